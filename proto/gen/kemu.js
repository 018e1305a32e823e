/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const kemu = $root.kemu = (() => {

    const kemu = {};

    kemu.v1 = (function() {

        const v1 = {};

        v1.AgentFrame = (function() {

            const AgentFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AgentFrame.prototype.hello = null;
            AgentFrame.prototype.lease = null;
            AgentFrame.prototype.node_status = null;
            AgentFrame.prototype.pod_status = null;
            AgentFrame.prototype.event = null;
            AgentFrame.prototype.pod_terminated = null;
            AgentFrame.prototype.mirror_pod = null;

            let $oneOfFields;

            $Object.defineProperty(AgentFrame.prototype, "msg", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "lease", "node_status", "pod_status", "event", "pod_terminated", "mirror_pod"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            AgentFrame.create = function(properties) {
                return new AgentFrame(properties);
            };

            AgentFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    $root.kemu.v1.Hello.encode(message.hello, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.lease != null && $Object.hasOwnProperty.call(message, "lease"))
                    $root.kemu.v1.LeaseRenew.encode(message.lease, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.node_status != null && $Object.hasOwnProperty.call(message, "node_status"))
                    $root.kemu.v1.NodeStatus.encode(message.node_status, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.pod_status != null && $Object.hasOwnProperty.call(message, "pod_status"))
                    $root.kemu.v1.PodStatus.encode(message.pod_status, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    $root.kemu.v1.KubeletEvent.encode(message.event, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.pod_terminated != null && $Object.hasOwnProperty.call(message, "pod_terminated"))
                    $root.kemu.v1.PodTerminated.encode(message.pod_terminated, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.mirror_pod != null && $Object.hasOwnProperty.call(message, "mirror_pod"))
                    $root.kemu.v1.MirrorPod.encode(message.mirror_pod, writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AgentFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.AgentFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.hello = $root.kemu.v1.Hello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                            message.msg = "hello";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.lease = $root.kemu.v1.LeaseRenew.decode(reader, reader.size(), $undefined, _depth + 1, message.lease);
                            message.msg = "lease";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.node_status = $root.kemu.v1.NodeStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.node_status);
                            message.msg = "node_status";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.pod_status = $root.kemu.v1.PodStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.pod_status);
                            message.msg = "pod_status";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.event = $root.kemu.v1.KubeletEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.event);
                            message.msg = "event";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.pod_terminated = $root.kemu.v1.PodTerminated.decode(reader, reader.size(), $undefined, _depth + 1, message.pod_terminated);
                            message.msg = "pod_terminated";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.mirror_pod = $root.kemu.v1.MirrorPod.decode(reader, reader.size(), $undefined, _depth + 1, message.mirror_pod);
                            message.msg = "mirror_pod";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            AgentFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.AgentFrame";
            };

            return AgentFrame;
        })();

        v1.ServerFrame = (function() {

            const ServerFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ServerFrame.prototype.welcome = null;
            ServerFrame.prototype.pod = null;
            ServerFrame.prototype.pod_delete = null;
            ServerFrame.prototype.node = null;
            ServerFrame.prototype.error = null;
            ServerFrame.prototype.sync_done = null;
            ServerFrame.prototype.clock = null;
            ServerFrame.prototype.control = null;

            let $oneOfFields;

            $Object.defineProperty(ServerFrame.prototype, "msg", {
                get: $util.oneOfGetter($oneOfFields = ["welcome", "pod", "pod_delete", "node", "error", "sync_done", "clock", "control"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ServerFrame.create = function(properties) {
                return new ServerFrame(properties);
            };

            ServerFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome"))
                    $root.kemu.v1.Welcome.encode(message.welcome, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.pod != null && $Object.hasOwnProperty.call(message, "pod"))
                    $root.kemu.v1.PodUpsert.encode(message.pod, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.pod_delete != null && $Object.hasOwnProperty.call(message, "pod_delete"))
                    $root.kemu.v1.PodDelete.encode(message.pod_delete, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    $root.kemu.v1.NodeUpdate.encode(message.node, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.kemu.v1.Error.encode(message.error, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.sync_done != null && $Object.hasOwnProperty.call(message, "sync_done"))
                    $root.kemu.v1.SyncDone.encode(message.sync_done, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.clock != null && $Object.hasOwnProperty.call(message, "clock"))
                    $root.kemu.v1.ClockUpdate.encode(message.clock, writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.control != null && $Object.hasOwnProperty.call(message, "control"))
                    $root.kemu.v1.Control.encode(message.control, writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ServerFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.ServerFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.welcome = $root.kemu.v1.Welcome.decode(reader, reader.size(), $undefined, _depth + 1, message.welcome);
                            message.msg = "welcome";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.pod = $root.kemu.v1.PodUpsert.decode(reader, reader.size(), $undefined, _depth + 1, message.pod);
                            message.msg = "pod";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.pod_delete = $root.kemu.v1.PodDelete.decode(reader, reader.size(), $undefined, _depth + 1, message.pod_delete);
                            message.msg = "pod_delete";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.node = $root.kemu.v1.NodeUpdate.decode(reader, reader.size(), $undefined, _depth + 1, message.node);
                            message.msg = "node";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.kemu.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.msg = "error";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.sync_done = $root.kemu.v1.SyncDone.decode(reader, reader.size(), $undefined, _depth + 1, message.sync_done);
                            message.msg = "sync_done";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.clock = $root.kemu.v1.ClockUpdate.decode(reader, reader.size(), $undefined, _depth + 1, message.clock);
                            message.msg = "clock";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.control = $root.kemu.v1.Control.decode(reader, reader.size(), $undefined, _depth + 1, message.control);
                            message.msg = "control";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ServerFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.ServerFrame";
            };

            return ServerFrame;
        })();

        v1.Hello = (function() {

            const Hello = function (properties) {
                this.capacity = {};
                this.allocatable = {};
                this.labels = {};
                this.taints = [];
                this.annotations = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Hello.prototype.protocol_version = 0;
            Hello.prototype.node_name = "";
            Hello.prototype.token = "";
            Hello.prototype.capacity = $util.emptyObject;
            Hello.prototype.allocatable = $util.emptyObject;
            Hello.prototype.labels = $util.emptyObject;
            Hello.prototype.taints = $util.emptyArray;
            Hello.prototype.node_info = null;
            Hello.prototype.kubelet = null;
            Hello.prototype.annotations = $util.emptyObject;
            Hello.prototype.internal_ip = "";
            Hello.prototype.unschedulable = false;

            Hello.create = function(properties) {
                return new Hello(properties);
            };

            Hello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocol_version != null && $Object.hasOwnProperty.call(message, "protocol_version") && message.protocol_version !== 0)
                    writer.uint32(8).uint32(message.protocol_version);
                if (message.node_name != null && $Object.hasOwnProperty.call(message, "node_name") && message.node_name !== "")
                    writer.uint32(18).string(message.node_name);
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                    writer.uint32(26).string(message.token);
                if (message.capacity != null && $Object.hasOwnProperty.call(message, "capacity"))
                    for (let keys = $Object.keys(message.capacity), i = 0; i < keys.length; ++i)
                        writer.uint32(34).fork().uint32(10).string(keys[i]).uint32(18).string(message.capacity[keys[i]]).ldelim();
                if (message.allocatable != null && $Object.hasOwnProperty.call(message, "allocatable"))
                    for (let keys = $Object.keys(message.allocatable), i = 0; i < keys.length; ++i)
                        writer.uint32(42).fork().uint32(10).string(keys[i]).uint32(18).string(message.allocatable[keys[i]]).ldelim();
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(50).fork().uint32(10).string(keys[i]).uint32(18).string(message.labels[keys[i]]).ldelim();
                if (message.taints != null && message.taints.length)
                    for (let i = 0; i < message.taints.length; ++i)
                        $root.kemu.v1.Taint.encode(message.taints[i], writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.node_info != null && $Object.hasOwnProperty.call(message, "node_info"))
                    $root.kemu.v1.NodeInfo.encode(message.node_info, writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.kubelet != null && $Object.hasOwnProperty.call(message, "kubelet"))
                    $root.kemu.v1.KubeletSettings.encode(message.kubelet, writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.annotations != null && $Object.hasOwnProperty.call(message, "annotations"))
                    for (let keys = $Object.keys(message.annotations), i = 0; i < keys.length; ++i)
                        writer.uint32(82).fork().uint32(10).string(keys[i]).uint32(18).string(message.annotations[keys[i]]).ldelim();
                if (message.internal_ip != null && $Object.hasOwnProperty.call(message, "internal_ip") && message.internal_ip !== "")
                    writer.uint32(90).string(message.internal_ip);
                if (message.unschedulable != null && $Object.hasOwnProperty.call(message, "unschedulable") && message.unschedulable !== false)
                    writer.uint32(96).bool(message.unschedulable);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Hello.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.Hello();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocol_version = value;
                            else
                                delete message.protocol_version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node_name = value;
                            else
                                delete message.node_name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (message.capacity === $util.emptyObject)
                                message.capacity = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.capacity, key);
                            message.capacity[key] = value;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (message.allocatable === $util.emptyObject)
                                message.allocatable = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.allocatable, key);
                            message.allocatable[key] = value;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.taints && message.taints.length))
                                message.taints = [];
                            message.taints.push($root.kemu.v1.Taint.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.node_info = $root.kemu.v1.NodeInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.node_info);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.kubelet = $root.kemu.v1.KubeletSettings.decode(reader, reader.size(), $undefined, _depth + 1, message.kubelet);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (message.annotations === $util.emptyObject)
                                message.annotations = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.annotations, key);
                            message.annotations[key] = value;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.internal_ip = value;
                            else
                                delete message.internal_ip;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.unschedulable = value;
                            else
                                delete message.unschedulable;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Hello.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.Hello";
            };

            return Hello;
        })();

        v1.NodeInfo = (function() {

            const NodeInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            NodeInfo.prototype.machine_id = "";
            NodeInfo.prototype.system_uuid = "";
            NodeInfo.prototype.boot_id = "";
            NodeInfo.prototype.kernel_version = "";
            NodeInfo.prototype.os_image = "";
            NodeInfo.prototype.container_runtime_version = "";
            NodeInfo.prototype.kubelet_version = "";
            NodeInfo.prototype.kube_proxy_version = "";
            NodeInfo.prototype.operating_system = "";
            NodeInfo.prototype.architecture = "";

            NodeInfo.create = function(properties) {
                return new NodeInfo(properties);
            };

            NodeInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.machine_id != null && $Object.hasOwnProperty.call(message, "machine_id") && message.machine_id !== "")
                    writer.uint32(10).string(message.machine_id);
                if (message.system_uuid != null && $Object.hasOwnProperty.call(message, "system_uuid") && message.system_uuid !== "")
                    writer.uint32(18).string(message.system_uuid);
                if (message.boot_id != null && $Object.hasOwnProperty.call(message, "boot_id") && message.boot_id !== "")
                    writer.uint32(26).string(message.boot_id);
                if (message.kernel_version != null && $Object.hasOwnProperty.call(message, "kernel_version") && message.kernel_version !== "")
                    writer.uint32(34).string(message.kernel_version);
                if (message.os_image != null && $Object.hasOwnProperty.call(message, "os_image") && message.os_image !== "")
                    writer.uint32(42).string(message.os_image);
                if (message.container_runtime_version != null && $Object.hasOwnProperty.call(message, "container_runtime_version") && message.container_runtime_version !== "")
                    writer.uint32(50).string(message.container_runtime_version);
                if (message.kubelet_version != null && $Object.hasOwnProperty.call(message, "kubelet_version") && message.kubelet_version !== "")
                    writer.uint32(58).string(message.kubelet_version);
                if (message.kube_proxy_version != null && $Object.hasOwnProperty.call(message, "kube_proxy_version") && message.kube_proxy_version !== "")
                    writer.uint32(66).string(message.kube_proxy_version);
                if (message.operating_system != null && $Object.hasOwnProperty.call(message, "operating_system") && message.operating_system !== "")
                    writer.uint32(74).string(message.operating_system);
                if (message.architecture != null && $Object.hasOwnProperty.call(message, "architecture") && message.architecture !== "")
                    writer.uint32(82).string(message.architecture);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            NodeInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.NodeInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.machine_id = value;
                            else
                                delete message.machine_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.system_uuid = value;
                            else
                                delete message.system_uuid;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.boot_id = value;
                            else
                                delete message.boot_id;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kernel_version = value;
                            else
                                delete message.kernel_version;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.os_image = value;
                            else
                                delete message.os_image;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.container_runtime_version = value;
                            else
                                delete message.container_runtime_version;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kubelet_version = value;
                            else
                                delete message.kubelet_version;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kube_proxy_version = value;
                            else
                                delete message.kube_proxy_version;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.operating_system = value;
                            else
                                delete message.operating_system;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.architecture = value;
                            else
                                delete message.architecture;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            NodeInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.NodeInfo";
            };

            return NodeInfo;
        })();

        v1.KubeletSettings = (function() {

            const KubeletSettings = function (properties) {
                this.eviction_hard = {};
                this.eviction_soft = {};
                this.eviction_soft_grace_period = {};
                this.eviction_minimum_reclaim = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            KubeletSettings.prototype.eviction_hard = $util.emptyObject;
            KubeletSettings.prototype.eviction_soft = $util.emptyObject;
            KubeletSettings.prototype.eviction_soft_grace_period = $util.emptyObject;
            KubeletSettings.prototype.eviction_minimum_reclaim = $util.emptyObject;
            KubeletSettings.prototype.eviction_max_pod_grace_period = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            KubeletSettings.prototype.eviction_pressure_transition_period = "";
            KubeletSettings.prototype.node_status_update_frequency = "";
            KubeletSettings.prototype.node_lease_duration_seconds = 0;

            KubeletSettings.create = function(properties) {
                return new KubeletSettings(properties);
            };

            KubeletSettings.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.eviction_hard != null && $Object.hasOwnProperty.call(message, "eviction_hard"))
                    for (let keys = $Object.keys(message.eviction_hard), i = 0; i < keys.length; ++i)
                        writer.uint32(10).fork().uint32(10).string(keys[i]).uint32(18).string(message.eviction_hard[keys[i]]).ldelim();
                if (message.eviction_soft != null && $Object.hasOwnProperty.call(message, "eviction_soft"))
                    for (let keys = $Object.keys(message.eviction_soft), i = 0; i < keys.length; ++i)
                        writer.uint32(18).fork().uint32(10).string(keys[i]).uint32(18).string(message.eviction_soft[keys[i]]).ldelim();
                if (message.eviction_soft_grace_period != null && $Object.hasOwnProperty.call(message, "eviction_soft_grace_period"))
                    for (let keys = $Object.keys(message.eviction_soft_grace_period), i = 0; i < keys.length; ++i)
                        writer.uint32(26).fork().uint32(10).string(keys[i]).uint32(18).string(message.eviction_soft_grace_period[keys[i]]).ldelim();
                if (message.eviction_minimum_reclaim != null && $Object.hasOwnProperty.call(message, "eviction_minimum_reclaim"))
                    for (let keys = $Object.keys(message.eviction_minimum_reclaim), i = 0; i < keys.length; ++i)
                        writer.uint32(34).fork().uint32(10).string(keys[i]).uint32(18).string(message.eviction_minimum_reclaim[keys[i]]).ldelim();
                if (message.eviction_max_pod_grace_period != null && $Object.hasOwnProperty.call(message, "eviction_max_pod_grace_period") && (typeof message.eviction_max_pod_grace_period === "object" ? message.eviction_max_pod_grace_period.low || message.eviction_max_pod_grace_period.high : message.eviction_max_pod_grace_period !== 0))
                    writer.uint32(40).int64(message.eviction_max_pod_grace_period);
                if (message.eviction_pressure_transition_period != null && $Object.hasOwnProperty.call(message, "eviction_pressure_transition_period") && message.eviction_pressure_transition_period !== "")
                    writer.uint32(50).string(message.eviction_pressure_transition_period);
                if (message.node_status_update_frequency != null && $Object.hasOwnProperty.call(message, "node_status_update_frequency") && message.node_status_update_frequency !== "")
                    writer.uint32(58).string(message.node_status_update_frequency);
                if (message.node_lease_duration_seconds != null && $Object.hasOwnProperty.call(message, "node_lease_duration_seconds") && message.node_lease_duration_seconds !== 0)
                    writer.uint32(64).int32(message.node_lease_duration_seconds);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            KubeletSettings.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.KubeletSettings();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (message.eviction_hard === $util.emptyObject)
                                message.eviction_hard = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.eviction_hard, key);
                            message.eviction_hard[key] = value;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message.eviction_soft === $util.emptyObject)
                                message.eviction_soft = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.eviction_soft, key);
                            message.eviction_soft[key] = value;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (message.eviction_soft_grace_period === $util.emptyObject)
                                message.eviction_soft_grace_period = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.eviction_soft_grace_period, key);
                            message.eviction_soft_grace_period[key] = value;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (message.eviction_minimum_reclaim === $util.emptyObject)
                                message.eviction_minimum_reclaim = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.eviction_minimum_reclaim, key);
                            message.eviction_minimum_reclaim[key] = value;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.eviction_max_pod_grace_period = value;
                            else
                                delete message.eviction_max_pod_grace_period;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.eviction_pressure_transition_period = value;
                            else
                                delete message.eviction_pressure_transition_period;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node_status_update_frequency = value;
                            else
                                delete message.node_status_update_frequency;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.node_lease_duration_seconds = value;
                            else
                                delete message.node_lease_duration_seconds;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            KubeletSettings.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.KubeletSettings";
            };

            return KubeletSettings;
        })();

        v1.LeaseRenew = (function() {

            const LeaseRenew = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            LeaseRenew.prototype.renew_time = 0;

            LeaseRenew.create = function(properties) {
                return new LeaseRenew(properties);
            };

            LeaseRenew.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.renew_time != null && $Object.hasOwnProperty.call(message, "renew_time") && !$Object.is(message.renew_time, 0))
                    writer.uint32(9).double(message.renew_time);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            LeaseRenew.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.LeaseRenew();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.renew_time = value;
                            else
                                delete message.renew_time;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            LeaseRenew.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.LeaseRenew";
            };

            return LeaseRenew;
        })();

        v1.NodeStatus = (function() {

            const NodeStatus = function (properties) {
                this.conditions = [];
                this.allocatable = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            NodeStatus.prototype.conditions = $util.emptyArray;
            NodeStatus.prototype.summary = null;
            NodeStatus.prototype.allocatable = $util.emptyObject;
            NodeStatus.prototype.conditions_unchanged = false;
            NodeStatus.prototype.heartbeat_time = 0;

            NodeStatus.create = function(properties) {
                return new NodeStatus(properties);
            };

            NodeStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conditions != null && message.conditions.length)
                    for (let i = 0; i < message.conditions.length; ++i)
                        $root.kemu.v1.NodeCondition.encode(message.conditions[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.summary != null && $Object.hasOwnProperty.call(message, "summary"))
                    $root.kemu.v1.Summary.encode(message.summary, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.allocatable != null && $Object.hasOwnProperty.call(message, "allocatable"))
                    for (let keys = $Object.keys(message.allocatable), i = 0; i < keys.length; ++i)
                        writer.uint32(26).fork().uint32(10).string(keys[i]).uint32(18).string(message.allocatable[keys[i]]).ldelim();
                if (message.conditions_unchanged != null && $Object.hasOwnProperty.call(message, "conditions_unchanged") && message.conditions_unchanged !== false)
                    writer.uint32(32).bool(message.conditions_unchanged);
                if (message.heartbeat_time != null && $Object.hasOwnProperty.call(message, "heartbeat_time") && !$Object.is(message.heartbeat_time, 0))
                    writer.uint32(41).double(message.heartbeat_time);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            NodeStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.NodeStatus();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.conditions && message.conditions.length))
                                message.conditions = [];
                            message.conditions.push($root.kemu.v1.NodeCondition.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.summary = $root.kemu.v1.Summary.decode(reader, reader.size(), $undefined, _depth + 1, message.summary);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (message.allocatable === $util.emptyObject)
                                message.allocatable = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.allocatable, key);
                            message.allocatable[key] = value;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.conditions_unchanged = value;
                            else
                                delete message.conditions_unchanged;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.heartbeat_time = value;
                            else
                                delete message.heartbeat_time;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            NodeStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.NodeStatus";
            };

            return NodeStatus;
        })();

        v1.NodeCondition = (function() {

            const NodeCondition = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            NodeCondition.prototype.type = "";
            NodeCondition.prototype.status = "";
            NodeCondition.prototype.reason = "";
            NodeCondition.prototype.message = "";
            NodeCondition.prototype.last_heartbeat_time = 0;
            NodeCondition.prototype.last_transition_time = 0;

            NodeCondition.create = function(properties) {
                return new NodeCondition(properties);
            };

            NodeCondition.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(10).string(message.type);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== "")
                    writer.uint32(18).string(message.status);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(26).string(message.reason);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(34).string(message.message);
                if (message.last_heartbeat_time != null && $Object.hasOwnProperty.call(message, "last_heartbeat_time") && !$Object.is(message.last_heartbeat_time, 0))
                    writer.uint32(41).double(message.last_heartbeat_time);
                if (message.last_transition_time != null && $Object.hasOwnProperty.call(message, "last_transition_time") && !$Object.is(message.last_transition_time, 0))
                    writer.uint32(49).double(message.last_transition_time);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            NodeCondition.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.NodeCondition();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.last_heartbeat_time = value;
                            else
                                delete message.last_heartbeat_time;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.last_transition_time = value;
                            else
                                delete message.last_transition_time;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            NodeCondition.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.NodeCondition";
            };

            return NodeCondition;
        })();

        v1.Summary = (function() {

            const Summary = function (properties) {
                this.pods = [];
                this.pod_refs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Summary.prototype.node = null;
            Summary.prototype.pods = $util.emptyArray;
            Summary.prototype.time = 0;
            Summary.prototype.pods_delta = false;
            Summary.prototype.pod_refs = $util.emptyArray;

            Summary.create = function(properties) {
                return new Summary(properties);
            };

            Summary.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    $root.kemu.v1.NodeStats.encode(message.node, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.pods != null && message.pods.length)
                    for (let i = 0; i < message.pods.length; ++i)
                        $root.kemu.v1.PodStats.encode(message.pods[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.time != null && $Object.hasOwnProperty.call(message, "time") && !$Object.is(message.time, 0))
                    writer.uint32(25).double(message.time);
                if (message.pods_delta != null && $Object.hasOwnProperty.call(message, "pods_delta") && message.pods_delta !== false)
                    writer.uint32(32).bool(message.pods_delta);
                if (message.pod_refs != null && message.pod_refs.length)
                    writer.uint32(42).uint32s(message.pod_refs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Summary.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.Summary();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.node = $root.kemu.v1.NodeStats.decode(reader, reader.size(), $undefined, _depth + 1, message.node);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.pods && message.pods.length))
                                message.pods = [];
                            message.pods.push($root.kemu.v1.PodStats.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.time = value;
                            else
                                delete message.time;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.pods_delta = value;
                            else
                                delete message.pods_delta;
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.pod_refs && message.pod_refs.length))
                                    message.pod_refs = [];
                                reader.uint32s(message.pod_refs);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.pod_refs && message.pod_refs.length))
                                message.pod_refs = [];
                            message.pod_refs.push(reader.uint32());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Summary.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.Summary";
            };

            return Summary;
        })();

        v1.NodeStats = (function() {

            const NodeStats = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            NodeStats.prototype.cpu_usage_nano_cores = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            NodeStats.prototype.memory = null;
            NodeStats.prototype.fs = null;
            NodeStats.prototype.image_fs = null;
            NodeStats.prototype.container_fs = null;
            NodeStats.prototype.rlimit = null;
            NodeStats.prototype.allocatable_memory_working_set_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            NodeStats.create = function(properties) {
                return new NodeStats(properties);
            };

            NodeStats.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cpu_usage_nano_cores != null && $Object.hasOwnProperty.call(message, "cpu_usage_nano_cores") && (typeof message.cpu_usage_nano_cores === "object" ? message.cpu_usage_nano_cores.low || message.cpu_usage_nano_cores.high : message.cpu_usage_nano_cores !== 0))
                    writer.uint32(8).uint64(message.cpu_usage_nano_cores);
                if (message.memory != null && $Object.hasOwnProperty.call(message, "memory"))
                    $root.kemu.v1.MemoryStats.encode(message.memory, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.fs != null && $Object.hasOwnProperty.call(message, "fs"))
                    $root.kemu.v1.FsStats.encode(message.fs, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.image_fs != null && $Object.hasOwnProperty.call(message, "image_fs"))
                    $root.kemu.v1.FsStats.encode(message.image_fs, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.container_fs != null && $Object.hasOwnProperty.call(message, "container_fs"))
                    $root.kemu.v1.FsStats.encode(message.container_fs, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.rlimit != null && $Object.hasOwnProperty.call(message, "rlimit"))
                    $root.kemu.v1.RlimitStats.encode(message.rlimit, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.allocatable_memory_working_set_bytes != null && $Object.hasOwnProperty.call(message, "allocatable_memory_working_set_bytes") && (typeof message.allocatable_memory_working_set_bytes === "object" ? message.allocatable_memory_working_set_bytes.low || message.allocatable_memory_working_set_bytes.high : message.allocatable_memory_working_set_bytes !== 0))
                    writer.uint32(56).uint64(message.allocatable_memory_working_set_bytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            NodeStats.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.NodeStats();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.cpu_usage_nano_cores = value;
                            else
                                delete message.cpu_usage_nano_cores;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.memory = $root.kemu.v1.MemoryStats.decode(reader, reader.size(), $undefined, _depth + 1, message.memory);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.fs = $root.kemu.v1.FsStats.decode(reader, reader.size(), $undefined, _depth + 1, message.fs);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.image_fs = $root.kemu.v1.FsStats.decode(reader, reader.size(), $undefined, _depth + 1, message.image_fs);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.container_fs = $root.kemu.v1.FsStats.decode(reader, reader.size(), $undefined, _depth + 1, message.container_fs);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.rlimit = $root.kemu.v1.RlimitStats.decode(reader, reader.size(), $undefined, _depth + 1, message.rlimit);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.allocatable_memory_working_set_bytes = value;
                            else
                                delete message.allocatable_memory_working_set_bytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            NodeStats.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.NodeStats";
            };

            return NodeStats;
        })();

        v1.MemoryStats = (function() {

            const MemoryStats = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            MemoryStats.prototype.available_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            MemoryStats.prototype.usage_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            MemoryStats.prototype.working_set_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            MemoryStats.prototype.rss_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            MemoryStats.create = function(properties) {
                return new MemoryStats(properties);
            };

            MemoryStats.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.available_bytes != null && $Object.hasOwnProperty.call(message, "available_bytes") && (typeof message.available_bytes === "object" ? message.available_bytes.low || message.available_bytes.high : message.available_bytes !== 0))
                    writer.uint32(8).uint64(message.available_bytes);
                if (message.usage_bytes != null && $Object.hasOwnProperty.call(message, "usage_bytes") && (typeof message.usage_bytes === "object" ? message.usage_bytes.low || message.usage_bytes.high : message.usage_bytes !== 0))
                    writer.uint32(16).uint64(message.usage_bytes);
                if (message.working_set_bytes != null && $Object.hasOwnProperty.call(message, "working_set_bytes") && (typeof message.working_set_bytes === "object" ? message.working_set_bytes.low || message.working_set_bytes.high : message.working_set_bytes !== 0))
                    writer.uint32(24).uint64(message.working_set_bytes);
                if (message.rss_bytes != null && $Object.hasOwnProperty.call(message, "rss_bytes") && (typeof message.rss_bytes === "object" ? message.rss_bytes.low || message.rss_bytes.high : message.rss_bytes !== 0))
                    writer.uint32(32).uint64(message.rss_bytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            MemoryStats.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.MemoryStats();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.available_bytes = value;
                            else
                                delete message.available_bytes;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.usage_bytes = value;
                            else
                                delete message.usage_bytes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.working_set_bytes = value;
                            else
                                delete message.working_set_bytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.rss_bytes = value;
                            else
                                delete message.rss_bytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            MemoryStats.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.MemoryStats";
            };

            return MemoryStats;
        })();

        v1.FsStats = (function() {

            const FsStats = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FsStats.prototype.capacity_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            FsStats.prototype.available_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            FsStats.prototype.used_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            FsStats.prototype.inodes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            FsStats.prototype.inodes_free = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            FsStats.prototype.inodes_used = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            FsStats.create = function(properties) {
                return new FsStats(properties);
            };

            FsStats.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.capacity_bytes != null && $Object.hasOwnProperty.call(message, "capacity_bytes") && (typeof message.capacity_bytes === "object" ? message.capacity_bytes.low || message.capacity_bytes.high : message.capacity_bytes !== 0))
                    writer.uint32(8).uint64(message.capacity_bytes);
                if (message.available_bytes != null && $Object.hasOwnProperty.call(message, "available_bytes") && (typeof message.available_bytes === "object" ? message.available_bytes.low || message.available_bytes.high : message.available_bytes !== 0))
                    writer.uint32(16).uint64(message.available_bytes);
                if (message.used_bytes != null && $Object.hasOwnProperty.call(message, "used_bytes") && (typeof message.used_bytes === "object" ? message.used_bytes.low || message.used_bytes.high : message.used_bytes !== 0))
                    writer.uint32(24).uint64(message.used_bytes);
                if (message.inodes != null && $Object.hasOwnProperty.call(message, "inodes") && (typeof message.inodes === "object" ? message.inodes.low || message.inodes.high : message.inodes !== 0))
                    writer.uint32(32).uint64(message.inodes);
                if (message.inodes_free != null && $Object.hasOwnProperty.call(message, "inodes_free") && (typeof message.inodes_free === "object" ? message.inodes_free.low || message.inodes_free.high : message.inodes_free !== 0))
                    writer.uint32(40).uint64(message.inodes_free);
                if (message.inodes_used != null && $Object.hasOwnProperty.call(message, "inodes_used") && (typeof message.inodes_used === "object" ? message.inodes_used.low || message.inodes_used.high : message.inodes_used !== 0))
                    writer.uint32(48).uint64(message.inodes_used);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FsStats.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.FsStats();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.capacity_bytes = value;
                            else
                                delete message.capacity_bytes;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.available_bytes = value;
                            else
                                delete message.available_bytes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.used_bytes = value;
                            else
                                delete message.used_bytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.inodes = value;
                            else
                                delete message.inodes;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.inodes_free = value;
                            else
                                delete message.inodes_free;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.inodes_used = value;
                            else
                                delete message.inodes_used;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            FsStats.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.FsStats";
            };

            return FsStats;
        })();

        v1.RlimitStats = (function() {

            const RlimitStats = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RlimitStats.prototype.maxpid = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            RlimitStats.prototype.curproc = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            RlimitStats.create = function(properties) {
                return new RlimitStats(properties);
            };

            RlimitStats.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.maxpid != null && $Object.hasOwnProperty.call(message, "maxpid") && (typeof message.maxpid === "object" ? message.maxpid.low || message.maxpid.high : message.maxpid !== 0))
                    writer.uint32(8).uint64(message.maxpid);
                if (message.curproc != null && $Object.hasOwnProperty.call(message, "curproc") && (typeof message.curproc === "object" ? message.curproc.low || message.curproc.high : message.curproc !== 0))
                    writer.uint32(16).uint64(message.curproc);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RlimitStats.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.RlimitStats();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.maxpid = value;
                            else
                                delete message.maxpid;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.curproc = value;
                            else
                                delete message.curproc;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            RlimitStats.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.RlimitStats";
            };

            return RlimitStats;
        })();

        v1.PodStats = (function() {

            const PodStats = function (properties) {
                this.containers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PodStats.prototype.ref = 0;
            PodStats.prototype.cpu_usage_nano_cores = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            PodStats.prototype.memory_working_set_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            PodStats.prototype.ephemeral_storage_used_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            PodStats.prototype.inodes_used = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            PodStats.prototype.pids = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            PodStats.prototype.containers = $util.emptyArray;

            PodStats.create = function(properties) {
                return new PodStats(properties);
            };

            PodStats.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref") && message.ref !== 0)
                    writer.uint32(8).uint32(message.ref);
                if (message.cpu_usage_nano_cores != null && $Object.hasOwnProperty.call(message, "cpu_usage_nano_cores") && (typeof message.cpu_usage_nano_cores === "object" ? message.cpu_usage_nano_cores.low || message.cpu_usage_nano_cores.high : message.cpu_usage_nano_cores !== 0))
                    writer.uint32(16).uint64(message.cpu_usage_nano_cores);
                if (message.memory_working_set_bytes != null && $Object.hasOwnProperty.call(message, "memory_working_set_bytes") && (typeof message.memory_working_set_bytes === "object" ? message.memory_working_set_bytes.low || message.memory_working_set_bytes.high : message.memory_working_set_bytes !== 0))
                    writer.uint32(24).uint64(message.memory_working_set_bytes);
                if (message.ephemeral_storage_used_bytes != null && $Object.hasOwnProperty.call(message, "ephemeral_storage_used_bytes") && (typeof message.ephemeral_storage_used_bytes === "object" ? message.ephemeral_storage_used_bytes.low || message.ephemeral_storage_used_bytes.high : message.ephemeral_storage_used_bytes !== 0))
                    writer.uint32(32).uint64(message.ephemeral_storage_used_bytes);
                if (message.inodes_used != null && $Object.hasOwnProperty.call(message, "inodes_used") && (typeof message.inodes_used === "object" ? message.inodes_used.low || message.inodes_used.high : message.inodes_used !== 0))
                    writer.uint32(40).uint64(message.inodes_used);
                if (message.pids != null && $Object.hasOwnProperty.call(message, "pids") && (typeof message.pids === "object" ? message.pids.low || message.pids.high : message.pids !== 0))
                    writer.uint32(48).uint64(message.pids);
                if (message.containers != null && message.containers.length)
                    for (let i = 0; i < message.containers.length; ++i)
                        $root.kemu.v1.ContainerStats.encode(message.containers[i], writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PodStats.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.PodStats();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ref = value;
                            else
                                delete message.ref;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.cpu_usage_nano_cores = value;
                            else
                                delete message.cpu_usage_nano_cores;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memory_working_set_bytes = value;
                            else
                                delete message.memory_working_set_bytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ephemeral_storage_used_bytes = value;
                            else
                                delete message.ephemeral_storage_used_bytes;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.inodes_used = value;
                            else
                                delete message.inodes_used;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.pids = value;
                            else
                                delete message.pids;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.containers && message.containers.length))
                                message.containers = [];
                            message.containers.push($root.kemu.v1.ContainerStats.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PodStats.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.PodStats";
            };

            return PodStats;
        })();

        v1.ContainerStats = (function() {

            const ContainerStats = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContainerStats.prototype.name = "";
            ContainerStats.prototype.cpu_usage_nano_cores = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ContainerStats.prototype.memory_working_set_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ContainerStats.prototype.rootfs_used_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            ContainerStats.prototype.logs_used_bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            ContainerStats.create = function(properties) {
                return new ContainerStats(properties);
            };

            ContainerStats.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.cpu_usage_nano_cores != null && $Object.hasOwnProperty.call(message, "cpu_usage_nano_cores") && (typeof message.cpu_usage_nano_cores === "object" ? message.cpu_usage_nano_cores.low || message.cpu_usage_nano_cores.high : message.cpu_usage_nano_cores !== 0))
                    writer.uint32(16).uint64(message.cpu_usage_nano_cores);
                if (message.memory_working_set_bytes != null && $Object.hasOwnProperty.call(message, "memory_working_set_bytes") && (typeof message.memory_working_set_bytes === "object" ? message.memory_working_set_bytes.low || message.memory_working_set_bytes.high : message.memory_working_set_bytes !== 0))
                    writer.uint32(24).uint64(message.memory_working_set_bytes);
                if (message.rootfs_used_bytes != null && $Object.hasOwnProperty.call(message, "rootfs_used_bytes") && (typeof message.rootfs_used_bytes === "object" ? message.rootfs_used_bytes.low || message.rootfs_used_bytes.high : message.rootfs_used_bytes !== 0))
                    writer.uint32(32).uint64(message.rootfs_used_bytes);
                if (message.logs_used_bytes != null && $Object.hasOwnProperty.call(message, "logs_used_bytes") && (typeof message.logs_used_bytes === "object" ? message.logs_used_bytes.low || message.logs_used_bytes.high : message.logs_used_bytes !== 0))
                    writer.uint32(40).uint64(message.logs_used_bytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContainerStats.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.ContainerStats();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.cpu_usage_nano_cores = value;
                            else
                                delete message.cpu_usage_nano_cores;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memory_working_set_bytes = value;
                            else
                                delete message.memory_working_set_bytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.rootfs_used_bytes = value;
                            else
                                delete message.rootfs_used_bytes;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.logs_used_bytes = value;
                            else
                                delete message.logs_used_bytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContainerStats.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.ContainerStats";
            };

            return ContainerStats;
        })();

        v1.PodStatus = (function() {

            const PodStatus = function (properties) {
                this.conditions = [];
                this.container_statuses = [];
                this.init_container_statuses = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PodStatus.prototype.ref = 0;
            PodStatus.prototype.phase = "";
            PodStatus.prototype.reason = "";
            PodStatus.prototype.message = "";
            PodStatus.prototype.conditions = $util.emptyArray;
            PodStatus.prototype.container_statuses = $util.emptyArray;
            PodStatus.prototype.qos_class = "";
            PodStatus.prototype.start_time = 0;
            PodStatus.prototype.pod_ip = "";
            PodStatus.prototype.host_ip = "";
            PodStatus.prototype.init_container_statuses = $util.emptyArray;

            PodStatus.create = function(properties) {
                return new PodStatus(properties);
            };

            PodStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref") && message.ref !== 0)
                    writer.uint32(8).uint32(message.ref);
                if (message.phase != null && $Object.hasOwnProperty.call(message, "phase") && message.phase !== "")
                    writer.uint32(18).string(message.phase);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(26).string(message.reason);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(34).string(message.message);
                if (message.conditions != null && message.conditions.length)
                    for (let i = 0; i < message.conditions.length; ++i)
                        $root.kemu.v1.PodCondition.encode(message.conditions[i], writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.container_statuses != null && message.container_statuses.length)
                    for (let i = 0; i < message.container_statuses.length; ++i)
                        $root.kemu.v1.ContainerStatus.encode(message.container_statuses[i], writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.qos_class != null && $Object.hasOwnProperty.call(message, "qos_class") && message.qos_class !== "")
                    writer.uint32(58).string(message.qos_class);
                if (message.start_time != null && $Object.hasOwnProperty.call(message, "start_time") && !$Object.is(message.start_time, 0))
                    writer.uint32(65).double(message.start_time);
                if (message.pod_ip != null && $Object.hasOwnProperty.call(message, "pod_ip") && message.pod_ip !== "")
                    writer.uint32(74).string(message.pod_ip);
                if (message.host_ip != null && $Object.hasOwnProperty.call(message, "host_ip") && message.host_ip !== "")
                    writer.uint32(82).string(message.host_ip);
                if (message.init_container_statuses != null && message.init_container_statuses.length)
                    for (let i = 0; i < message.init_container_statuses.length; ++i)
                        $root.kemu.v1.ContainerStatus.encode(message.init_container_statuses[i], writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PodStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.PodStatus();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ref = value;
                            else
                                delete message.ref;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.phase = value;
                            else
                                delete message.phase;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.conditions && message.conditions.length))
                                message.conditions = [];
                            message.conditions.push($root.kemu.v1.PodCondition.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.container_statuses && message.container_statuses.length))
                                message.container_statuses = [];
                            message.container_statuses.push($root.kemu.v1.ContainerStatus.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.qos_class = value;
                            else
                                delete message.qos_class;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.start_time = value;
                            else
                                delete message.start_time;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.pod_ip = value;
                            else
                                delete message.pod_ip;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.host_ip = value;
                            else
                                delete message.host_ip;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (!(message.init_container_statuses && message.init_container_statuses.length))
                                message.init_container_statuses = [];
                            message.init_container_statuses.push($root.kemu.v1.ContainerStatus.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PodStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.PodStatus";
            };

            return PodStatus;
        })();

        v1.PodCondition = (function() {

            const PodCondition = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PodCondition.prototype.type = "";
            PodCondition.prototype.status = "";
            PodCondition.prototype.reason = "";
            PodCondition.prototype.message = "";
            PodCondition.prototype.last_transition_time = 0;

            PodCondition.create = function(properties) {
                return new PodCondition(properties);
            };

            PodCondition.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(10).string(message.type);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== "")
                    writer.uint32(18).string(message.status);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(26).string(message.reason);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(34).string(message.message);
                if (message.last_transition_time != null && $Object.hasOwnProperty.call(message, "last_transition_time") && !$Object.is(message.last_transition_time, 0))
                    writer.uint32(41).double(message.last_transition_time);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PodCondition.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.PodCondition();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.last_transition_time = value;
                            else
                                delete message.last_transition_time;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PodCondition.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.PodCondition";
            };

            return PodCondition;
        })();

        v1.ContainerStatus = (function() {

            const ContainerStatus = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContainerStatus.prototype.name = "";
            ContainerStatus.prototype.ready = false;
            ContainerStatus.prototype.restart_count = 0;
            ContainerStatus.prototype.started = false;
            ContainerStatus.prototype.state = null;
            ContainerStatus.prototype.last_state = null;
            ContainerStatus.prototype.image = "";
            ContainerStatus.prototype.container_id = "";

            ContainerStatus.create = function(properties) {
                return new ContainerStatus(properties);
            };

            ContainerStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.ready != null && $Object.hasOwnProperty.call(message, "ready") && message.ready !== false)
                    writer.uint32(16).bool(message.ready);
                if (message.restart_count != null && $Object.hasOwnProperty.call(message, "restart_count") && message.restart_count !== 0)
                    writer.uint32(24).uint32(message.restart_count);
                if (message.started != null && $Object.hasOwnProperty.call(message, "started") && message.started !== false)
                    writer.uint32(32).bool(message.started);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    $root.kemu.v1.ContainerState.encode(message.state, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.last_state != null && $Object.hasOwnProperty.call(message, "last_state"))
                    $root.kemu.v1.ContainerState.encode(message.last_state, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.image != null && $Object.hasOwnProperty.call(message, "image") && message.image !== "")
                    writer.uint32(58).string(message.image);
                if (message.container_id != null && $Object.hasOwnProperty.call(message, "container_id") && message.container_id !== "")
                    writer.uint32(66).string(message.container_id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContainerStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.ContainerStatus();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ready = value;
                            else
                                delete message.ready;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.restart_count = value;
                            else
                                delete message.restart_count;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.started = value;
                            else
                                delete message.started;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.state = $root.kemu.v1.ContainerState.decode(reader, reader.size(), $undefined, _depth + 1, message.state);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.last_state = $root.kemu.v1.ContainerState.decode(reader, reader.size(), $undefined, _depth + 1, message.last_state);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.image = value;
                            else
                                delete message.image;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.container_id = value;
                            else
                                delete message.container_id;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContainerStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.ContainerStatus";
            };

            return ContainerStatus;
        })();

        v1.ContainerState = (function() {

            const ContainerState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ContainerState.prototype.running = null;
            ContainerState.prototype.waiting = null;
            ContainerState.prototype.terminated = null;

            let $oneOfFields;

            $Object.defineProperty(ContainerState.prototype, "state", {
                get: $util.oneOfGetter($oneOfFields = ["running", "waiting", "terminated"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ContainerState.create = function(properties) {
                return new ContainerState(properties);
            };

            ContainerState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.running != null && $Object.hasOwnProperty.call(message, "running"))
                    $root.kemu.v1.StateRunning.encode(message.running, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.waiting != null && $Object.hasOwnProperty.call(message, "waiting"))
                    $root.kemu.v1.StateWaiting.encode(message.waiting, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.terminated != null && $Object.hasOwnProperty.call(message, "terminated"))
                    $root.kemu.v1.StateTerminated.encode(message.terminated, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ContainerState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.ContainerState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.running = $root.kemu.v1.StateRunning.decode(reader, reader.size(), $undefined, _depth + 1, message.running);
                            message.state = "running";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.waiting = $root.kemu.v1.StateWaiting.decode(reader, reader.size(), $undefined, _depth + 1, message.waiting);
                            message.state = "waiting";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.terminated = $root.kemu.v1.StateTerminated.decode(reader, reader.size(), $undefined, _depth + 1, message.terminated);
                            message.state = "terminated";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ContainerState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.ContainerState";
            };

            return ContainerState;
        })();

        v1.StateRunning = (function() {

            const StateRunning = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StateRunning.prototype.started_at = 0;

            StateRunning.create = function(properties) {
                return new StateRunning(properties);
            };

            StateRunning.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.started_at != null && $Object.hasOwnProperty.call(message, "started_at") && !$Object.is(message.started_at, 0))
                    writer.uint32(9).double(message.started_at);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StateRunning.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.StateRunning();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.started_at = value;
                            else
                                delete message.started_at;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StateRunning.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.StateRunning";
            };

            return StateRunning;
        })();

        v1.StateWaiting = (function() {

            const StateWaiting = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StateWaiting.prototype.reason = "";
            StateWaiting.prototype.message = "";

            StateWaiting.create = function(properties) {
                return new StateWaiting(properties);
            };

            StateWaiting.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(10).string(message.reason);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StateWaiting.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.StateWaiting();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StateWaiting.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.StateWaiting";
            };

            return StateWaiting;
        })();

        v1.StateTerminated = (function() {

            const StateTerminated = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StateTerminated.prototype.exit_code = 0;
            StateTerminated.prototype.reason = "";
            StateTerminated.prototype.message = "";
            StateTerminated.prototype.started_at = 0;
            StateTerminated.prototype.finished_at = 0;

            StateTerminated.create = function(properties) {
                return new StateTerminated(properties);
            };

            StateTerminated.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.exit_code != null && $Object.hasOwnProperty.call(message, "exit_code") && message.exit_code !== 0)
                    writer.uint32(8).int32(message.exit_code);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(18).string(message.reason);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(26).string(message.message);
                if (message.started_at != null && $Object.hasOwnProperty.call(message, "started_at") && !$Object.is(message.started_at, 0))
                    writer.uint32(33).double(message.started_at);
                if (message.finished_at != null && $Object.hasOwnProperty.call(message, "finished_at") && !$Object.is(message.finished_at, 0))
                    writer.uint32(41).double(message.finished_at);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StateTerminated.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.StateTerminated();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.exit_code = value;
                            else
                                delete message.exit_code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.started_at = value;
                            else
                                delete message.started_at;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.finished_at = value;
                            else
                                delete message.finished_at;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StateTerminated.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.StateTerminated";
            };

            return StateTerminated;
        })();

        v1.KubeletEvent = (function() {

            const KubeletEvent = function (properties) {
                this.annotations = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            KubeletEvent.prototype.ref = 0;
            KubeletEvent.prototype.type = "";
            KubeletEvent.prototype.reason = "";
            KubeletEvent.prototype.message = "";
            KubeletEvent.prototype.annotations = $util.emptyObject;
            KubeletEvent.prototype.why_json = "";

            KubeletEvent.create = function(properties) {
                return new KubeletEvent(properties);
            };

            KubeletEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref") && message.ref !== 0)
                    writer.uint32(8).uint32(message.ref);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(18).string(message.type);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(26).string(message.reason);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(34).string(message.message);
                if (message.annotations != null && $Object.hasOwnProperty.call(message, "annotations"))
                    for (let keys = $Object.keys(message.annotations), i = 0; i < keys.length; ++i)
                        writer.uint32(42).fork().uint32(10).string(keys[i]).uint32(18).string(message.annotations[keys[i]]).ldelim();
                if (message.why_json != null && $Object.hasOwnProperty.call(message, "why_json") && message.why_json !== "")
                    writer.uint32(50).string(message.why_json);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            KubeletEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.KubeletEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ref = value;
                            else
                                delete message.ref;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (message.annotations === $util.emptyObject)
                                message.annotations = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.annotations, key);
                            message.annotations[key] = value;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.why_json = value;
                            else
                                delete message.why_json;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            KubeletEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.KubeletEvent";
            };

            return KubeletEvent;
        })();

        v1.PodTerminated = (function() {

            const PodTerminated = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PodTerminated.prototype.ref = 0;
            PodTerminated.prototype.uid = "";

            PodTerminated.create = function(properties) {
                return new PodTerminated(properties);
            };

            PodTerminated.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref") && message.ref !== 0)
                    writer.uint32(8).uint32(message.ref);
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                    writer.uint32(18).string(message.uid);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PodTerminated.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.PodTerminated();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ref = value;
                            else
                                delete message.ref;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.uid = value;
                            else
                                delete message.uid;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PodTerminated.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.PodTerminated";
            };

            return PodTerminated;
        })();

        v1.MirrorPod = (function() {

            const MirrorPod = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            MirrorPod.prototype.pod_json = $util.newBuffer([]);
            MirrorPod.prototype["delete"] = false;
            MirrorPod.prototype.namespace = "";
            MirrorPod.prototype.name = "";

            MirrorPod.create = function(properties) {
                return new MirrorPod(properties);
            };

            MirrorPod.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.pod_json != null && $Object.hasOwnProperty.call(message, "pod_json") && message.pod_json.length)
                    writer.uint32(10).bytes(message.pod_json);
                if (message["delete"] != null && $Object.hasOwnProperty.call(message, "delete") && message["delete"] !== false)
                    writer.uint32(16).bool(message["delete"]);
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                    writer.uint32(26).string(message.namespace);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(34).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            MirrorPod.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.MirrorPod();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.pod_json = value;
                            else
                                delete message.pod_json;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message["delete"] = value;
                            else
                                delete message["delete"];
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.namespace = value;
                            else
                                delete message.namespace;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            MirrorPod.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.MirrorPod";
            };

            return MirrorPod;
        })();

        v1.Welcome = (function() {

            const Welcome = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Welcome.prototype.protocol_version = 0;
            Welcome.prototype.cluster_time = 0;
            Welcome.prototype.time_scale = 0;
            Welcome.prototype.paused = false;
            Welcome.prototype.node_uid = "";
            Welcome.prototype.server_version = "";
            Welcome.prototype.stats_delta = false;

            Welcome.create = function(properties) {
                return new Welcome(properties);
            };

            Welcome.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocol_version != null && $Object.hasOwnProperty.call(message, "protocol_version") && message.protocol_version !== 0)
                    writer.uint32(8).uint32(message.protocol_version);
                if (message.cluster_time != null && $Object.hasOwnProperty.call(message, "cluster_time") && !$Object.is(message.cluster_time, 0))
                    writer.uint32(17).double(message.cluster_time);
                if (message.time_scale != null && $Object.hasOwnProperty.call(message, "time_scale") && !$Object.is(message.time_scale, 0))
                    writer.uint32(25).double(message.time_scale);
                if (message.paused != null && $Object.hasOwnProperty.call(message, "paused") && message.paused !== false)
                    writer.uint32(32).bool(message.paused);
                if (message.node_uid != null && $Object.hasOwnProperty.call(message, "node_uid") && message.node_uid !== "")
                    writer.uint32(42).string(message.node_uid);
                if (message.server_version != null && $Object.hasOwnProperty.call(message, "server_version") && message.server_version !== "")
                    writer.uint32(50).string(message.server_version);
                if (message.stats_delta != null && $Object.hasOwnProperty.call(message, "stats_delta") && message.stats_delta !== false)
                    writer.uint32(56).bool(message.stats_delta);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Welcome.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.Welcome();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocol_version = value;
                            else
                                delete message.protocol_version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.cluster_time = value;
                            else
                                delete message.cluster_time;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.time_scale = value;
                            else
                                delete message.time_scale;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.paused = value;
                            else
                                delete message.paused;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node_uid = value;
                            else
                                delete message.node_uid;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.server_version = value;
                            else
                                delete message.server_version;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.stats_delta = value;
                            else
                                delete message.stats_delta;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Welcome.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.Welcome";
            };

            return Welcome;
        })();

        v1.PodUpsert = (function() {

            const PodUpsert = function (properties) {
                this.containers = [];
                this.init_containers = [];
                this.annotations = {};
                this.labels = {};
                this.tolerations = [];
                this.overhead = {};
                this.volumes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PodUpsert.prototype.ref = 0;
            PodUpsert.prototype.uid = "";
            PodUpsert.prototype.namespace = "";
            PodUpsert.prototype.name = "";
            PodUpsert.prototype.priority = 0;
            PodUpsert.prototype.priority_class_name = "";
            PodUpsert.prototype.containers = $util.emptyArray;
            PodUpsert.prototype.init_containers = $util.emptyArray;
            PodUpsert.prototype.annotations = $util.emptyObject;
            PodUpsert.prototype.labels = $util.emptyObject;
            PodUpsert.prototype.termination_grace_period_seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            PodUpsert.prototype.owner = null;
            PodUpsert.prototype.deletion_timestamp = 0;
            PodUpsert.prototype.deletion_grace_period_seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            PodUpsert.prototype.creation_timestamp = 0;
            PodUpsert.prototype.tolerations = $util.emptyArray;
            PodUpsert.prototype.restart_policy = "";
            PodUpsert.prototype.resource_version = "";
            PodUpsert.prototype.has_overhead = false;
            PodUpsert.prototype.overhead = $util.emptyObject;
            PodUpsert.prototype.volumes = $util.emptyArray;
            PodUpsert.prototype.phase = "";
            PodUpsert.prototype.start_time = 0;

            PodUpsert.create = function(properties) {
                return new PodUpsert(properties);
            };

            PodUpsert.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref") && message.ref !== 0)
                    writer.uint32(8).uint32(message.ref);
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                    writer.uint32(18).string(message.uid);
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                    writer.uint32(26).string(message.namespace);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(34).string(message.name);
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority") && message.priority !== 0)
                    writer.uint32(40).int32(message.priority);
                if (message.priority_class_name != null && $Object.hasOwnProperty.call(message, "priority_class_name") && message.priority_class_name !== "")
                    writer.uint32(50).string(message.priority_class_name);
                if (message.containers != null && message.containers.length)
                    for (let i = 0; i < message.containers.length; ++i)
                        $root.kemu.v1.Container.encode(message.containers[i], writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.init_containers != null && message.init_containers.length)
                    for (let i = 0; i < message.init_containers.length; ++i)
                        $root.kemu.v1.Container.encode(message.init_containers[i], writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.annotations != null && $Object.hasOwnProperty.call(message, "annotations"))
                    for (let keys = $Object.keys(message.annotations), i = 0; i < keys.length; ++i)
                        writer.uint32(74).fork().uint32(10).string(keys[i]).uint32(18).string(message.annotations[keys[i]]).ldelim();
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(82).fork().uint32(10).string(keys[i]).uint32(18).string(message.labels[keys[i]]).ldelim();
                if (message.termination_grace_period_seconds != null && $Object.hasOwnProperty.call(message, "termination_grace_period_seconds") && (typeof message.termination_grace_period_seconds === "object" ? message.termination_grace_period_seconds.low || message.termination_grace_period_seconds.high : message.termination_grace_period_seconds !== 0))
                    writer.uint32(88).int64(message.termination_grace_period_seconds);
                if (message.owner != null && $Object.hasOwnProperty.call(message, "owner"))
                    $root.kemu.v1.OwnerRef.encode(message.owner, writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.deletion_timestamp != null && $Object.hasOwnProperty.call(message, "deletion_timestamp") && !$Object.is(message.deletion_timestamp, 0))
                    writer.uint32(105).double(message.deletion_timestamp);
                if (message.deletion_grace_period_seconds != null && $Object.hasOwnProperty.call(message, "deletion_grace_period_seconds") && (typeof message.deletion_grace_period_seconds === "object" ? message.deletion_grace_period_seconds.low || message.deletion_grace_period_seconds.high : message.deletion_grace_period_seconds !== 0))
                    writer.uint32(112).int64(message.deletion_grace_period_seconds);
                if (message.creation_timestamp != null && $Object.hasOwnProperty.call(message, "creation_timestamp") && !$Object.is(message.creation_timestamp, 0))
                    writer.uint32(121).double(message.creation_timestamp);
                if (message.tolerations != null && message.tolerations.length)
                    for (let i = 0; i < message.tolerations.length; ++i)
                        $root.kemu.v1.Toleration.encode(message.tolerations[i], writer.uint32(130).fork(), _depth + 1).ldelim();
                if (message.restart_policy != null && $Object.hasOwnProperty.call(message, "restart_policy") && message.restart_policy !== "")
                    writer.uint32(138).string(message.restart_policy);
                if (message.resource_version != null && $Object.hasOwnProperty.call(message, "resource_version") && message.resource_version !== "")
                    writer.uint32(146).string(message.resource_version);
                if (message.has_overhead != null && $Object.hasOwnProperty.call(message, "has_overhead") && message.has_overhead !== false)
                    writer.uint32(152).bool(message.has_overhead);
                if (message.overhead != null && $Object.hasOwnProperty.call(message, "overhead"))
                    for (let keys = $Object.keys(message.overhead), i = 0; i < keys.length; ++i)
                        writer.uint32(162).fork().uint32(10).string(keys[i]).uint32(18).string(message.overhead[keys[i]]).ldelim();
                if (message.volumes != null && message.volumes.length)
                    for (let i = 0; i < message.volumes.length; ++i)
                        $root.kemu.v1.Volume.encode(message.volumes[i], writer.uint32(170).fork(), _depth + 1).ldelim();
                if (message.phase != null && $Object.hasOwnProperty.call(message, "phase") && message.phase !== "")
                    writer.uint32(178).string(message.phase);
                if (message.start_time != null && $Object.hasOwnProperty.call(message, "start_time") && !$Object.is(message.start_time, 0))
                    writer.uint32(185).double(message.start_time);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PodUpsert.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.PodUpsert();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ref = value;
                            else
                                delete message.ref;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.uid = value;
                            else
                                delete message.uid;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.namespace = value;
                            else
                                delete message.namespace;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.priority = value;
                            else
                                delete message.priority;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.priority_class_name = value;
                            else
                                delete message.priority_class_name;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.containers && message.containers.length))
                                message.containers = [];
                            message.containers.push($root.kemu.v1.Container.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.init_containers && message.init_containers.length))
                                message.init_containers = [];
                            message.init_containers.push($root.kemu.v1.Container.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (message.annotations === $util.emptyObject)
                                message.annotations = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.annotations, key);
                            message.annotations[key] = value;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.termination_grace_period_seconds = value;
                            else
                                delete message.termination_grace_period_seconds;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.owner = $root.kemu.v1.OwnerRef.decode(reader, reader.size(), $undefined, _depth + 1, message.owner);
                            continue;
                        }
                    case 13: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.deletion_timestamp = value;
                            else
                                delete message.deletion_timestamp;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.deletion_grace_period_seconds = value;
                            else
                                delete message.deletion_grace_period_seconds;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.creation_timestamp = value;
                            else
                                delete message.creation_timestamp;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tolerations && message.tolerations.length))
                                message.tolerations = [];
                            message.tolerations.push($root.kemu.v1.Toleration.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.restart_policy = value;
                            else
                                delete message.restart_policy;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.resource_version = value;
                            else
                                delete message.resource_version;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.has_overhead = value;
                            else
                                delete message.has_overhead;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            if (message.overhead === $util.emptyObject)
                                message.overhead = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.overhead, key);
                            message.overhead[key] = value;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            if (!(message.volumes && message.volumes.length))
                                message.volumes = [];
                            message.volumes.push($root.kemu.v1.Volume.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.phase = value;
                            else
                                delete message.phase;
                            continue;
                        }
                    case 23: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.start_time = value;
                            else
                                delete message.start_time;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PodUpsert.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.PodUpsert";
            };

            return PodUpsert;
        })();

        v1.Container = (function() {

            const Container = function (properties) {
                this.requests = {};
                this.limits = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Container.prototype.name = "";
            Container.prototype.requests = $util.emptyObject;
            Container.prototype.limits = $util.emptyObject;
            Container.prototype.image = "";

            Container.create = function(properties) {
                return new Container(properties);
            };

            Container.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.requests != null && $Object.hasOwnProperty.call(message, "requests"))
                    for (let keys = $Object.keys(message.requests), i = 0; i < keys.length; ++i)
                        writer.uint32(18).fork().uint32(10).string(keys[i]).uint32(18).string(message.requests[keys[i]]).ldelim();
                if (message.limits != null && $Object.hasOwnProperty.call(message, "limits"))
                    for (let keys = $Object.keys(message.limits), i = 0; i < keys.length; ++i)
                        writer.uint32(26).fork().uint32(10).string(keys[i]).uint32(18).string(message.limits[keys[i]]).ldelim();
                if (message.image != null && $Object.hasOwnProperty.call(message, "image") && message.image !== "")
                    writer.uint32(34).string(message.image);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Container.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.Container();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message.requests === $util.emptyObject)
                                message.requests = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.requests, key);
                            message.requests[key] = value;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (message.limits === $util.emptyObject)
                                message.limits = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.limits, key);
                            message.limits[key] = value;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.image = value;
                            else
                                delete message.image;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Container.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.Container";
            };

            return Container;
        })();

        v1.Volume = (function() {

            const Volume = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Volume.prototype.name = "";
            Volume.prototype.empty_dir = false;
            Volume.prototype.size_limit = "";
            Volume.prototype.medium = "";

            Volume.create = function(properties) {
                return new Volume(properties);
            };

            Volume.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.empty_dir != null && $Object.hasOwnProperty.call(message, "empty_dir") && message.empty_dir !== false)
                    writer.uint32(16).bool(message.empty_dir);
                if (message.size_limit != null && $Object.hasOwnProperty.call(message, "size_limit") && message.size_limit !== "")
                    writer.uint32(26).string(message.size_limit);
                if (message.medium != null && $Object.hasOwnProperty.call(message, "medium") && message.medium !== "")
                    writer.uint32(34).string(message.medium);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Volume.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.Volume();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.empty_dir = value;
                            else
                                delete message.empty_dir;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.size_limit = value;
                            else
                                delete message.size_limit;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.medium = value;
                            else
                                delete message.medium;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Volume.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.Volume";
            };

            return Volume;
        })();

        v1.OwnerRef = (function() {

            const OwnerRef = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            OwnerRef.prototype.api_version = "";
            OwnerRef.prototype.kind = "";
            OwnerRef.prototype.name = "";
            OwnerRef.prototype.uid = "";
            OwnerRef.prototype.controller = false;

            OwnerRef.create = function(properties) {
                return new OwnerRef(properties);
            };

            OwnerRef.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.api_version != null && $Object.hasOwnProperty.call(message, "api_version") && message.api_version !== "")
                    writer.uint32(10).string(message.api_version);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(18).string(message.kind);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(26).string(message.name);
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                    writer.uint32(34).string(message.uid);
                if (message.controller != null && $Object.hasOwnProperty.call(message, "controller") && message.controller !== false)
                    writer.uint32(40).bool(message.controller);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            OwnerRef.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.OwnerRef();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.api_version = value;
                            else
                                delete message.api_version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.uid = value;
                            else
                                delete message.uid;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.controller = value;
                            else
                                delete message.controller;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            OwnerRef.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.OwnerRef";
            };

            return OwnerRef;
        })();

        v1.Toleration = (function() {

            const Toleration = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Toleration.prototype.key = "";
            Toleration.prototype.operator = "";
            Toleration.prototype.value = "";
            Toleration.prototype.effect = "";
            Toleration.prototype.toleration_seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Toleration.prototype.has_toleration_seconds = false;

            Toleration.create = function(properties) {
                return new Toleration(properties);
            };

            Toleration.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                    writer.uint32(10).string(message.key);
                if (message.operator != null && $Object.hasOwnProperty.call(message, "operator") && message.operator !== "")
                    writer.uint32(18).string(message.operator);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(26).string(message.value);
                if (message.effect != null && $Object.hasOwnProperty.call(message, "effect") && message.effect !== "")
                    writer.uint32(34).string(message.effect);
                if (message.toleration_seconds != null && $Object.hasOwnProperty.call(message, "toleration_seconds") && (typeof message.toleration_seconds === "object" ? message.toleration_seconds.low || message.toleration_seconds.high : message.toleration_seconds !== 0))
                    writer.uint32(40).int64(message.toleration_seconds);
                if (message.has_toleration_seconds != null && $Object.hasOwnProperty.call(message, "has_toleration_seconds") && message.has_toleration_seconds !== false)
                    writer.uint32(48).bool(message.has_toleration_seconds);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Toleration.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.Toleration();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.operator = value;
                            else
                                delete message.operator;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.effect = value;
                            else
                                delete message.effect;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.toleration_seconds = value;
                            else
                                delete message.toleration_seconds;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.has_toleration_seconds = value;
                            else
                                delete message.has_toleration_seconds;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Toleration.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.Toleration";
            };

            return Toleration;
        })();

        v1.Taint = (function() {

            const Taint = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Taint.prototype.key = "";
            Taint.prototype.value = "";
            Taint.prototype.effect = "";
            Taint.prototype.time_added = 0;

            Taint.create = function(properties) {
                return new Taint(properties);
            };

            Taint.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                    writer.uint32(10).string(message.key);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(18).string(message.value);
                if (message.effect != null && $Object.hasOwnProperty.call(message, "effect") && message.effect !== "")
                    writer.uint32(26).string(message.effect);
                if (message.time_added != null && $Object.hasOwnProperty.call(message, "time_added") && !$Object.is(message.time_added, 0))
                    writer.uint32(33).double(message.time_added);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Taint.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.Taint();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.effect = value;
                            else
                                delete message.effect;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.time_added = value;
                            else
                                delete message.time_added;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Taint.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.Taint";
            };

            return Taint;
        })();

        v1.PodDelete = (function() {

            const PodDelete = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PodDelete.prototype.ref = 0;
            PodDelete.prototype.uid = "";

            PodDelete.create = function(properties) {
                return new PodDelete(properties);
            };

            PodDelete.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ref != null && $Object.hasOwnProperty.call(message, "ref") && message.ref !== 0)
                    writer.uint32(8).uint32(message.ref);
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                    writer.uint32(18).string(message.uid);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PodDelete.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.PodDelete();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ref = value;
                            else
                                delete message.ref;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.uid = value;
                            else
                                delete message.uid;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PodDelete.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.PodDelete";
            };

            return PodDelete;
        })();

        v1.NodeUpdate = (function() {

            const NodeUpdate = function (properties) {
                this.labels = {};
                this.annotations = {};
                this.taints = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            NodeUpdate.prototype.labels = $util.emptyObject;
            NodeUpdate.prototype.annotations = $util.emptyObject;
            NodeUpdate.prototype.taints = $util.emptyArray;
            NodeUpdate.prototype.unschedulable = false;

            NodeUpdate.create = function(properties) {
                return new NodeUpdate(properties);
            };

            NodeUpdate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(10).fork().uint32(10).string(keys[i]).uint32(18).string(message.labels[keys[i]]).ldelim();
                if (message.annotations != null && $Object.hasOwnProperty.call(message, "annotations"))
                    for (let keys = $Object.keys(message.annotations), i = 0; i < keys.length; ++i)
                        writer.uint32(18).fork().uint32(10).string(keys[i]).uint32(18).string(message.annotations[keys[i]]).ldelim();
                if (message.taints != null && message.taints.length)
                    for (let i = 0; i < message.taints.length; ++i)
                        $root.kemu.v1.Taint.encode(message.taints[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.unschedulable != null && $Object.hasOwnProperty.call(message, "unschedulable") && message.unschedulable !== false)
                    writer.uint32(32).bool(message.unschedulable);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            NodeUpdate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.NodeUpdate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message.annotations === $util.emptyObject)
                                message.annotations = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.annotations, key);
                            message.annotations[key] = value;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.taints && message.taints.length))
                                message.taints = [];
                            message.taints.push($root.kemu.v1.Taint.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.unschedulable = value;
                            else
                                delete message.unschedulable;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            NodeUpdate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.NodeUpdate";
            };

            return NodeUpdate;
        })();

        v1.SyncDone = (function() {

            const SyncDone = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SyncDone.prototype.pod_count = 0;

            SyncDone.create = function(properties) {
                return new SyncDone(properties);
            };

            SyncDone.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.pod_count != null && $Object.hasOwnProperty.call(message, "pod_count") && message.pod_count !== 0)
                    writer.uint32(8).uint32(message.pod_count);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SyncDone.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.SyncDone();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pod_count = value;
                            else
                                delete message.pod_count;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SyncDone.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.SyncDone";
            };

            return SyncDone;
        })();

        v1.ClockUpdate = (function() {

            const ClockUpdate = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ClockUpdate.prototype.cluster_time = 0;
            ClockUpdate.prototype.time_scale = 0;
            ClockUpdate.prototype.paused = false;

            ClockUpdate.create = function(properties) {
                return new ClockUpdate(properties);
            };

            ClockUpdate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cluster_time != null && $Object.hasOwnProperty.call(message, "cluster_time") && !$Object.is(message.cluster_time, 0))
                    writer.uint32(9).double(message.cluster_time);
                if (message.time_scale != null && $Object.hasOwnProperty.call(message, "time_scale") && !$Object.is(message.time_scale, 0))
                    writer.uint32(17).double(message.time_scale);
                if (message.paused != null && $Object.hasOwnProperty.call(message, "paused") && message.paused !== false)
                    writer.uint32(24).bool(message.paused);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ClockUpdate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.ClockUpdate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.cluster_time = value;
                            else
                                delete message.cluster_time;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.time_scale = value;
                            else
                                delete message.time_scale;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.paused = value;
                            else
                                delete message.paused;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ClockUpdate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.ClockUpdate";
            };

            return ClockUpdate;
        })();

        v1.Control = (function() {

            const Control = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Control.prototype.action = 0;
            Control.prototype.duration_ms = 0;

            Control.create = function(properties) {
                return new Control(properties);
            };

            Control.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.action != null && $Object.hasOwnProperty.call(message, "action") && message.action !== 0)
                    writer.uint32(8).int32(message.action);
                if (message.duration_ms != null && $Object.hasOwnProperty.call(message, "duration_ms") && !$Object.is(message.duration_ms, 0))
                    writer.uint32(17).double(message.duration_ms);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Control.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.Control();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.action = value;
                            else
                                delete message.action;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.duration_ms = value;
                            else
                                delete message.duration_ms;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Control.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.Control";
            };

            Control.Action = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "NONE"] = 0;
                values[valuesById[1] = "STOP_KUBELET"] = 1;
                values[valuesById[2] = "START_KUBELET"] = 2;
                values[valuesById[3] = "DISCONNECT"] = 3;
                return values;
            })();

            return Control;
        })();

        v1.Error = (function() {

            const Error = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Error.prototype.code = 0;
            Error.prototype.message = "";

            Error.create = function(properties) {
                return new Error(properties);
            };

            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(8).uint32(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Error.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.Error();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Error.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.Error";
            };

            return Error;
        })();

        v1.StreamFrame = (function() {

            const StreamFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StreamFrame.prototype.snapshot = null;
            StreamFrame.prototype.delta = null;

            let $oneOfFields;

            $Object.defineProperty(StreamFrame.prototype, "msg", {
                get: $util.oneOfGetter($oneOfFields = ["snapshot", "delta"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            StreamFrame.create = function(properties) {
                return new StreamFrame(properties);
            };

            StreamFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                    $root.kemu.v1.StreamSnapshot.encode(message.snapshot, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.delta != null && $Object.hasOwnProperty.call(message, "delta"))
                    $root.kemu.v1.StreamDelta.encode(message.delta, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StreamFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.StreamFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.snapshot = $root.kemu.v1.StreamSnapshot.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshot);
                            message.msg = "snapshot";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.delta = $root.kemu.v1.StreamDelta.decode(reader, reader.size(), $undefined, _depth + 1, message.delta);
                            message.msg = "delta";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StreamFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.StreamFrame";
            };

            return StreamFrame;
        })();

        v1.StreamSnapshot = (function() {

            const StreamSnapshot = function (properties) {
                this.nodes = [];
                this.pods = [];
                this.events = [];
                this.usage = [];
                this.objects = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StreamSnapshot.prototype.resource_version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            StreamSnapshot.prototype.reason = "";
            StreamSnapshot.prototype.clock = null;
            StreamSnapshot.prototype.nodes = $util.emptyArray;
            StreamSnapshot.prototype.pods = $util.emptyArray;
            StreamSnapshot.prototype.events = $util.emptyArray;
            StreamSnapshot.prototype.usage = $util.emptyArray;
            StreamSnapshot.prototype.objects = $util.emptyArray;

            StreamSnapshot.create = function(properties) {
                return new StreamSnapshot(properties);
            };

            StreamSnapshot.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.resource_version != null && $Object.hasOwnProperty.call(message, "resource_version") && (typeof message.resource_version === "object" ? message.resource_version.low || message.resource_version.high : message.resource_version !== 0))
                    writer.uint32(8).uint64(message.resource_version);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(18).string(message.reason);
                if (message.clock != null && $Object.hasOwnProperty.call(message, "clock"))
                    $root.kemu.v1.StreamClock.encode(message.clock, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.nodes != null && message.nodes.length)
                    for (let i = 0; i < message.nodes.length; ++i)
                        $root.kemu.v1.StreamNode.encode(message.nodes[i], writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.pods != null && message.pods.length)
                    for (let i = 0; i < message.pods.length; ++i)
                        $root.kemu.v1.StreamPod.encode(message.pods[i], writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.events != null && message.events.length)
                    for (let i = 0; i < message.events.length; ++i)
                        $root.kemu.v1.StreamEvent.encode(message.events[i], writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.usage != null && message.usage.length)
                    for (let i = 0; i < message.usage.length; ++i)
                        $root.kemu.v1.StreamNodeUsage.encode(message.usage[i], writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.objects != null && message.objects.length)
                    for (let i = 0; i < message.objects.length; ++i)
                        $root.kemu.v1.StreamObject.encode(message.objects[i], writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StreamSnapshot.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.StreamSnapshot();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.resource_version = value;
                            else
                                delete message.resource_version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.clock = $root.kemu.v1.StreamClock.decode(reader, reader.size(), $undefined, _depth + 1, message.clock);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.nodes && message.nodes.length))
                                message.nodes = [];
                            message.nodes.push($root.kemu.v1.StreamNode.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.pods && message.pods.length))
                                message.pods = [];
                            message.pods.push($root.kemu.v1.StreamPod.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.events && message.events.length))
                                message.events = [];
                            message.events.push($root.kemu.v1.StreamEvent.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.usage && message.usage.length))
                                message.usage = [];
                            message.usage.push($root.kemu.v1.StreamNodeUsage.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.objects && message.objects.length))
                                message.objects = [];
                            message.objects.push($root.kemu.v1.StreamObject.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StreamSnapshot.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.StreamSnapshot";
            };

            return StreamSnapshot;
        })();

        v1.StreamDelta = (function() {

            const StreamDelta = function (properties) {
                this.changes = [];
                this.usage = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StreamDelta.prototype.resource_version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            StreamDelta.prototype.changes = $util.emptyArray;
            StreamDelta.prototype.usage = $util.emptyArray;
            StreamDelta.prototype.clock = null;

            StreamDelta.create = function(properties) {
                return new StreamDelta(properties);
            };

            StreamDelta.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.resource_version != null && $Object.hasOwnProperty.call(message, "resource_version") && (typeof message.resource_version === "object" ? message.resource_version.low || message.resource_version.high : message.resource_version !== 0))
                    writer.uint32(8).uint64(message.resource_version);
                if (message.changes != null && message.changes.length)
                    for (let i = 0; i < message.changes.length; ++i)
                        $root.kemu.v1.StreamChange.encode(message.changes[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.usage != null && message.usage.length)
                    for (let i = 0; i < message.usage.length; ++i)
                        $root.kemu.v1.StreamNodeUsage.encode(message.usage[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.clock != null && $Object.hasOwnProperty.call(message, "clock"))
                    $root.kemu.v1.StreamClock.encode(message.clock, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StreamDelta.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.StreamDelta();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.resource_version = value;
                            else
                                delete message.resource_version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.changes && message.changes.length))
                                message.changes = [];
                            message.changes.push($root.kemu.v1.StreamChange.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.usage && message.usage.length))
                                message.usage = [];
                            message.usage.push($root.kemu.v1.StreamNodeUsage.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.clock = $root.kemu.v1.StreamClock.decode(reader, reader.size(), $undefined, _depth + 1, message.clock);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StreamDelta.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.StreamDelta";
            };

            return StreamDelta;
        })();

        v1.StreamClock = (function() {

            const StreamClock = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StreamClock.prototype.now = 0;
            StreamClock.prototype.scale = 0;
            StreamClock.prototype.paused = false;

            StreamClock.create = function(properties) {
                return new StreamClock(properties);
            };

            StreamClock.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.now != null && $Object.hasOwnProperty.call(message, "now") && !$Object.is(message.now, 0))
                    writer.uint32(9).double(message.now);
                if (message.scale != null && $Object.hasOwnProperty.call(message, "scale") && !$Object.is(message.scale, 0))
                    writer.uint32(17).double(message.scale);
                if (message.paused != null && $Object.hasOwnProperty.call(message, "paused") && message.paused !== false)
                    writer.uint32(24).bool(message.paused);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StreamClock.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.StreamClock();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.now = value;
                            else
                                delete message.now;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.scale = value;
                            else
                                delete message.scale;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.paused = value;
                            else
                                delete message.paused;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StreamClock.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.StreamClock";
            };

            return StreamClock;
        })();

        v1.StreamChange = (function() {

            const StreamChange = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StreamChange.prototype.type = "";
            StreamChange.prototype.node = null;
            StreamChange.prototype.pod = null;
            StreamChange.prototype.event = null;
            StreamChange.prototype.other = null;

            let $oneOfFields;

            $Object.defineProperty(StreamChange.prototype, "object", {
                get: $util.oneOfGetter($oneOfFields = ["node", "pod", "event", "other"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            StreamChange.create = function(properties) {
                return new StreamChange(properties);
            };

            StreamChange.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(10).string(message.type);
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    $root.kemu.v1.StreamNode.encode(message.node, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.pod != null && $Object.hasOwnProperty.call(message, "pod"))
                    $root.kemu.v1.StreamPod.encode(message.pod, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    $root.kemu.v1.StreamEvent.encode(message.event, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.other != null && $Object.hasOwnProperty.call(message, "other"))
                    $root.kemu.v1.StreamObject.encode(message.other, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StreamChange.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.StreamChange();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.node = $root.kemu.v1.StreamNode.decode(reader, reader.size(), $undefined, _depth + 1, message.node);
                            message.object = "node";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.pod = $root.kemu.v1.StreamPod.decode(reader, reader.size(), $undefined, _depth + 1, message.pod);
                            message.object = "pod";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.event = $root.kemu.v1.StreamEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.event);
                            message.object = "event";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.other = $root.kemu.v1.StreamObject.decode(reader, reader.size(), $undefined, _depth + 1, message.other);
                            message.object = "other";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StreamChange.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.StreamChange";
            };

            return StreamChange;
        })();

        v1.StreamNode = (function() {

            const StreamNode = function (properties) {
                this.pressure = [];
                this.taints = [];
                this.capacity = {};
                this.allocatable = {};
                this.labels = {};
                this.usage = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StreamNode.prototype.name = "";
            StreamNode.prototype.uid = "";
            StreamNode.prototype.resource_version = "";
            StreamNode.prototype.zone = "";
            StreamNode.prototype.ready = "";
            StreamNode.prototype.ready_reason = "";
            StreamNode.prototype.ready_since = 0;
            StreamNode.prototype.pressure = $util.emptyArray;
            StreamNode.prototype.taints = $util.emptyArray;
            StreamNode.prototype.unschedulable = false;
            StreamNode.prototype.capacity = $util.emptyObject;
            StreamNode.prototype.allocatable = $util.emptyObject;
            StreamNode.prototype.labels = $util.emptyObject;
            StreamNode.prototype.usage = $util.emptyObject;
            StreamNode.prototype.creation_time = 0;
            StreamNode.prototype.deletion_time = 0;

            StreamNode.create = function(properties) {
                return new StreamNode(properties);
            };

            StreamNode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                    writer.uint32(18).string(message.uid);
                if (message.resource_version != null && $Object.hasOwnProperty.call(message, "resource_version") && message.resource_version !== "")
                    writer.uint32(26).string(message.resource_version);
                if (message.zone != null && $Object.hasOwnProperty.call(message, "zone") && message.zone !== "")
                    writer.uint32(34).string(message.zone);
                if (message.ready != null && $Object.hasOwnProperty.call(message, "ready") && message.ready !== "")
                    writer.uint32(42).string(message.ready);
                if (message.ready_reason != null && $Object.hasOwnProperty.call(message, "ready_reason") && message.ready_reason !== "")
                    writer.uint32(50).string(message.ready_reason);
                if (message.ready_since != null && $Object.hasOwnProperty.call(message, "ready_since") && !$Object.is(message.ready_since, 0))
                    writer.uint32(57).double(message.ready_since);
                if (message.pressure != null && message.pressure.length)
                    for (let i = 0; i < message.pressure.length; ++i)
                        writer.uint32(66).string(message.pressure[i]);
                if (message.taints != null && message.taints.length)
                    for (let i = 0; i < message.taints.length; ++i)
                        $root.kemu.v1.Taint.encode(message.taints[i], writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.unschedulable != null && $Object.hasOwnProperty.call(message, "unschedulable") && message.unschedulable !== false)
                    writer.uint32(80).bool(message.unschedulable);
                if (message.capacity != null && $Object.hasOwnProperty.call(message, "capacity"))
                    for (let keys = $Object.keys(message.capacity), i = 0; i < keys.length; ++i)
                        writer.uint32(90).fork().uint32(10).string(keys[i]).uint32(18).string(message.capacity[keys[i]]).ldelim();
                if (message.allocatable != null && $Object.hasOwnProperty.call(message, "allocatable"))
                    for (let keys = $Object.keys(message.allocatable), i = 0; i < keys.length; ++i)
                        writer.uint32(98).fork().uint32(10).string(keys[i]).uint32(18).string(message.allocatable[keys[i]]).ldelim();
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(106).fork().uint32(10).string(keys[i]).uint32(18).string(message.labels[keys[i]]).ldelim();
                if (message.usage != null && $Object.hasOwnProperty.call(message, "usage"))
                    for (let keys = $Object.keys(message.usage), i = 0; i < keys.length; ++i)
                        writer.uint32(114).fork().uint32(10).string(keys[i]).uint32(18).string(message.usage[keys[i]]).ldelim();
                if (message.creation_time != null && $Object.hasOwnProperty.call(message, "creation_time") && !$Object.is(message.creation_time, 0))
                    writer.uint32(121).double(message.creation_time);
                if (message.deletion_time != null && $Object.hasOwnProperty.call(message, "deletion_time") && !$Object.is(message.deletion_time, 0))
                    writer.uint32(129).double(message.deletion_time);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StreamNode.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.StreamNode();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.uid = value;
                            else
                                delete message.uid;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.resource_version = value;
                            else
                                delete message.resource_version;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.zone = value;
                            else
                                delete message.zone;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ready = value;
                            else
                                delete message.ready;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ready_reason = value;
                            else
                                delete message.ready_reason;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.ready_since = value;
                            else
                                delete message.ready_since;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.pressure && message.pressure.length))
                                message.pressure = [];
                            message.pressure.push(reader.stringVerify());
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.taints && message.taints.length))
                                message.taints = [];
                            message.taints.push($root.kemu.v1.Taint.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.unschedulable = value;
                            else
                                delete message.unschedulable;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (message.capacity === $util.emptyObject)
                                message.capacity = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.capacity, key);
                            message.capacity[key] = value;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (message.allocatable === $util.emptyObject)
                                message.allocatable = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.allocatable, key);
                            message.allocatable[key] = value;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if (message.usage === $util.emptyObject)
                                message.usage = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.usage, key);
                            message.usage[key] = value;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.creation_time = value;
                            else
                                delete message.creation_time;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.deletion_time = value;
                            else
                                delete message.deletion_time;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StreamNode.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.StreamNode";
            };

            return StreamNode;
        })();

        v1.StreamPod = (function() {

            const StreamPod = function (properties) {
                this.requests = {};
                this.limits = {};
                this.usage = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StreamPod.prototype.namespace = "";
            StreamPod.prototype.name = "";
            StreamPod.prototype.uid = "";
            StreamPod.prototype.resource_version = "";
            StreamPod.prototype.node = "";
            StreamPod.prototype.phase = "";
            StreamPod.prototype.reason = "";
            StreamPod.prototype.message = "";
            StreamPod.prototype.qos_class = "";
            StreamPod.prototype.priority = 0;
            StreamPod.prototype.priority_class_name = "";
            StreamPod.prototype.deletion_time = 0;
            StreamPod.prototype.owner_kind = "";
            StreamPod.prototype.owner_name = "";
            StreamPod.prototype.ready = false;
            StreamPod.prototype.restarts = 0;
            StreamPod.prototype.requests = $util.emptyObject;
            StreamPod.prototype.limits = $util.emptyObject;
            StreamPod.prototype.usage = $util.emptyObject;
            StreamPod.prototype.disruption_reason = "";
            StreamPod.prototype.disruption_message = "";
            StreamPod.prototype.creation_time = 0;
            StreamPod.prototype.nominated_node = "";

            StreamPod.create = function(properties) {
                return new StreamPod(properties);
            };

            StreamPod.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                    writer.uint32(10).string(message.namespace);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(18).string(message.name);
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                    writer.uint32(26).string(message.uid);
                if (message.resource_version != null && $Object.hasOwnProperty.call(message, "resource_version") && message.resource_version !== "")
                    writer.uint32(34).string(message.resource_version);
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(42).string(message.node);
                if (message.phase != null && $Object.hasOwnProperty.call(message, "phase") && message.phase !== "")
                    writer.uint32(50).string(message.phase);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(58).string(message.reason);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(66).string(message.message);
                if (message.qos_class != null && $Object.hasOwnProperty.call(message, "qos_class") && message.qos_class !== "")
                    writer.uint32(74).string(message.qos_class);
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority") && message.priority !== 0)
                    writer.uint32(80).int32(message.priority);
                if (message.priority_class_name != null && $Object.hasOwnProperty.call(message, "priority_class_name") && message.priority_class_name !== "")
                    writer.uint32(90).string(message.priority_class_name);
                if (message.deletion_time != null && $Object.hasOwnProperty.call(message, "deletion_time") && !$Object.is(message.deletion_time, 0))
                    writer.uint32(97).double(message.deletion_time);
                if (message.owner_kind != null && $Object.hasOwnProperty.call(message, "owner_kind") && message.owner_kind !== "")
                    writer.uint32(106).string(message.owner_kind);
                if (message.owner_name != null && $Object.hasOwnProperty.call(message, "owner_name") && message.owner_name !== "")
                    writer.uint32(114).string(message.owner_name);
                if (message.ready != null && $Object.hasOwnProperty.call(message, "ready") && message.ready !== false)
                    writer.uint32(120).bool(message.ready);
                if (message.restarts != null && $Object.hasOwnProperty.call(message, "restarts") && message.restarts !== 0)
                    writer.uint32(128).uint32(message.restarts);
                if (message.requests != null && $Object.hasOwnProperty.call(message, "requests"))
                    for (let keys = $Object.keys(message.requests), i = 0; i < keys.length; ++i)
                        writer.uint32(138).fork().uint32(10).string(keys[i]).uint32(18).string(message.requests[keys[i]]).ldelim();
                if (message.limits != null && $Object.hasOwnProperty.call(message, "limits"))
                    for (let keys = $Object.keys(message.limits), i = 0; i < keys.length; ++i)
                        writer.uint32(146).fork().uint32(10).string(keys[i]).uint32(18).string(message.limits[keys[i]]).ldelim();
                if (message.usage != null && $Object.hasOwnProperty.call(message, "usage"))
                    for (let keys = $Object.keys(message.usage), i = 0; i < keys.length; ++i)
                        writer.uint32(154).fork().uint32(10).string(keys[i]).uint32(18).string(message.usage[keys[i]]).ldelim();
                if (message.disruption_reason != null && $Object.hasOwnProperty.call(message, "disruption_reason") && message.disruption_reason !== "")
                    writer.uint32(162).string(message.disruption_reason);
                if (message.disruption_message != null && $Object.hasOwnProperty.call(message, "disruption_message") && message.disruption_message !== "")
                    writer.uint32(170).string(message.disruption_message);
                if (message.creation_time != null && $Object.hasOwnProperty.call(message, "creation_time") && !$Object.is(message.creation_time, 0))
                    writer.uint32(177).double(message.creation_time);
                if (message.nominated_node != null && $Object.hasOwnProperty.call(message, "nominated_node") && message.nominated_node !== "")
                    writer.uint32(186).string(message.nominated_node);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StreamPod.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.StreamPod();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.namespace = value;
                            else
                                delete message.namespace;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.uid = value;
                            else
                                delete message.uid;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.resource_version = value;
                            else
                                delete message.resource_version;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.phase = value;
                            else
                                delete message.phase;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.qos_class = value;
                            else
                                delete message.qos_class;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.priority = value;
                            else
                                delete message.priority;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.priority_class_name = value;
                            else
                                delete message.priority_class_name;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.deletion_time = value;
                            else
                                delete message.deletion_time;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.owner_kind = value;
                            else
                                delete message.owner_kind;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.owner_name = value;
                            else
                                delete message.owner_name;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ready = value;
                            else
                                delete message.ready;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.restarts = value;
                            else
                                delete message.restarts;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            if (message.requests === $util.emptyObject)
                                message.requests = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.requests, key);
                            message.requests[key] = value;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            if (message.limits === $util.emptyObject)
                                message.limits = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.limits, key);
                            message.limits[key] = value;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            if (message.usage === $util.emptyObject)
                                message.usage = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.usage, key);
                            message.usage[key] = value;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.disruption_reason = value;
                            else
                                delete message.disruption_reason;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.disruption_message = value;
                            else
                                delete message.disruption_message;
                            continue;
                        }
                    case 22: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.creation_time = value;
                            else
                                delete message.creation_time;
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nominated_node = value;
                            else
                                delete message.nominated_node;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StreamPod.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.StreamPod";
            };

            return StreamPod;
        })();

        v1.StreamEvent = (function() {

            const StreamEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StreamEvent.prototype.namespace = "";
            StreamEvent.prototype.name = "";
            StreamEvent.prototype.uid = "";
            StreamEvent.prototype.resource_version = "";
            StreamEvent.prototype.type = "";
            StreamEvent.prototype.reason = "";
            StreamEvent.prototype.message = "";
            StreamEvent.prototype.involved = null;
            StreamEvent.prototype.source_component = "";
            StreamEvent.prototype.source_host = "";
            StreamEvent.prototype.count = 0;
            StreamEvent.prototype.first_time = 0;
            StreamEvent.prototype.last_time = 0;
            StreamEvent.prototype.why_json = "";
            StreamEvent.prototype.mechanism = "";
            StreamEvent.prototype.node = "";
            StreamEvent.prototype.eviction = false;

            StreamEvent.create = function(properties) {
                return new StreamEvent(properties);
            };

            StreamEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                    writer.uint32(10).string(message.namespace);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(18).string(message.name);
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                    writer.uint32(26).string(message.uid);
                if (message.resource_version != null && $Object.hasOwnProperty.call(message, "resource_version") && message.resource_version !== "")
                    writer.uint32(34).string(message.resource_version);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(42).string(message.type);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(50).string(message.reason);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(58).string(message.message);
                if (message.involved != null && $Object.hasOwnProperty.call(message, "involved"))
                    $root.kemu.v1.StreamObjectRef.encode(message.involved, writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.source_component != null && $Object.hasOwnProperty.call(message, "source_component") && message.source_component !== "")
                    writer.uint32(74).string(message.source_component);
                if (message.source_host != null && $Object.hasOwnProperty.call(message, "source_host") && message.source_host !== "")
                    writer.uint32(82).string(message.source_host);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(88).uint32(message.count);
                if (message.first_time != null && $Object.hasOwnProperty.call(message, "first_time") && !$Object.is(message.first_time, 0))
                    writer.uint32(97).double(message.first_time);
                if (message.last_time != null && $Object.hasOwnProperty.call(message, "last_time") && !$Object.is(message.last_time, 0))
                    writer.uint32(105).double(message.last_time);
                if (message.why_json != null && $Object.hasOwnProperty.call(message, "why_json") && message.why_json !== "")
                    writer.uint32(114).string(message.why_json);
                if (message.mechanism != null && $Object.hasOwnProperty.call(message, "mechanism") && message.mechanism !== "")
                    writer.uint32(122).string(message.mechanism);
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(130).string(message.node);
                if (message.eviction != null && $Object.hasOwnProperty.call(message, "eviction") && message.eviction !== false)
                    writer.uint32(136).bool(message.eviction);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StreamEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.StreamEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.namespace = value;
                            else
                                delete message.namespace;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.uid = value;
                            else
                                delete message.uid;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.resource_version = value;
                            else
                                delete message.resource_version;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.involved = $root.kemu.v1.StreamObjectRef.decode(reader, reader.size(), $undefined, _depth + 1, message.involved);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source_component = value;
                            else
                                delete message.source_component;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source_host = value;
                            else
                                delete message.source_host;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.first_time = value;
                            else
                                delete message.first_time;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.last_time = value;
                            else
                                delete message.last_time;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.why_json = value;
                            else
                                delete message.why_json;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.mechanism = value;
                            else
                                delete message.mechanism;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.eviction = value;
                            else
                                delete message.eviction;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StreamEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.StreamEvent";
            };

            return StreamEvent;
        })();

        v1.StreamObjectRef = (function() {

            const StreamObjectRef = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StreamObjectRef.prototype.kind = "";
            StreamObjectRef.prototype.namespace = "";
            StreamObjectRef.prototype.name = "";
            StreamObjectRef.prototype.uid = "";

            StreamObjectRef.create = function(properties) {
                return new StreamObjectRef(properties);
            };

            StreamObjectRef.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(10).string(message.kind);
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                    writer.uint32(18).string(message.namespace);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(26).string(message.name);
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                    writer.uint32(34).string(message.uid);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StreamObjectRef.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.StreamObjectRef();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.namespace = value;
                            else
                                delete message.namespace;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.uid = value;
                            else
                                delete message.uid;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StreamObjectRef.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.StreamObjectRef";
            };

            return StreamObjectRef;
        })();

        v1.StreamNodeUsage = (function() {

            const StreamNodeUsage = function (properties) {
                this.signals = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StreamNodeUsage.prototype.node = "";
            StreamNodeUsage.prototype.time = 0;
            StreamNodeUsage.prototype.signals = $util.emptyArray;

            StreamNodeUsage.create = function(properties) {
                return new StreamNodeUsage(properties);
            };

            StreamNodeUsage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(10).string(message.node);
                if (message.time != null && $Object.hasOwnProperty.call(message, "time") && !$Object.is(message.time, 0))
                    writer.uint32(17).double(message.time);
                if (message.signals != null && message.signals.length)
                    for (let i = 0; i < message.signals.length; ++i)
                        $root.kemu.v1.StreamSignal.encode(message.signals[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StreamNodeUsage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.StreamNodeUsage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.time = value;
                            else
                                delete message.time;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.signals && message.signals.length))
                                message.signals = [];
                            message.signals.push($root.kemu.v1.StreamSignal.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StreamNodeUsage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.StreamNodeUsage";
            };

            return StreamNodeUsage;
        })();

        v1.StreamSignal = (function() {

            const StreamSignal = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StreamSignal.prototype.signal = "";
            StreamSignal.prototype.available = 0;
            StreamSignal.prototype.capacity = 0;
            StreamSignal.prototype.hard = 0;
            StreamSignal.prototype.soft = 0;
            StreamSignal.prototype.hard_value = "";
            StreamSignal.prototype.soft_value = "";

            StreamSignal.create = function(properties) {
                return new StreamSignal(properties);
            };

            StreamSignal.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal") && message.signal !== "")
                    writer.uint32(10).string(message.signal);
                if (message.available != null && $Object.hasOwnProperty.call(message, "available") && !$Object.is(message.available, 0))
                    writer.uint32(17).double(message.available);
                if (message.capacity != null && $Object.hasOwnProperty.call(message, "capacity") && !$Object.is(message.capacity, 0))
                    writer.uint32(25).double(message.capacity);
                if (message.hard != null && $Object.hasOwnProperty.call(message, "hard") && !$Object.is(message.hard, 0))
                    writer.uint32(33).double(message.hard);
                if (message.soft != null && $Object.hasOwnProperty.call(message, "soft") && !$Object.is(message.soft, 0))
                    writer.uint32(41).double(message.soft);
                if (message.hard_value != null && $Object.hasOwnProperty.call(message, "hard_value") && message.hard_value !== "")
                    writer.uint32(50).string(message.hard_value);
                if (message.soft_value != null && $Object.hasOwnProperty.call(message, "soft_value") && message.soft_value !== "")
                    writer.uint32(58).string(message.soft_value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StreamSignal.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.StreamSignal();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.signal = value;
                            else
                                delete message.signal;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.available = value;
                            else
                                delete message.available;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.capacity = value;
                            else
                                delete message.capacity;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.hard = value;
                            else
                                delete message.hard;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.soft = value;
                            else
                                delete message.soft;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hard_value = value;
                            else
                                delete message.hard_value;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.soft_value = value;
                            else
                                delete message.soft_value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StreamSignal.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.StreamSignal";
            };

            return StreamSignal;
        })();

        v1.StreamObject = (function() {

            const StreamObject = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StreamObject.prototype.kind = "";
            StreamObject.prototype.namespace = "";
            StreamObject.prototype.name = "";
            StreamObject.prototype.uid = "";
            StreamObject.prototype.resource_version = "";
            StreamObject.prototype.json = "";

            StreamObject.create = function(properties) {
                return new StreamObject(properties);
            };

            StreamObject.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(10).string(message.kind);
                if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                    writer.uint32(18).string(message.namespace);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(26).string(message.name);
                if (message.uid != null && $Object.hasOwnProperty.call(message, "uid") && message.uid !== "")
                    writer.uint32(34).string(message.uid);
                if (message.resource_version != null && $Object.hasOwnProperty.call(message, "resource_version") && message.resource_version !== "")
                    writer.uint32(42).string(message.resource_version);
                if (message.json != null && $Object.hasOwnProperty.call(message, "json") && message.json !== "")
                    writer.uint32(50).string(message.json);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StreamObject.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.kemu.v1.StreamObject();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.namespace = value;
                            else
                                delete message.namespace;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.uid = value;
                            else
                                delete message.uid;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.resource_version = value;
                            else
                                delete message.resource_version;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.json = value;
                            else
                                delete message.json;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            StreamObject.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/kemu.v1.StreamObject";
            };

            return StreamObject;
        })();

        return v1;
    })();

    return kemu;
})();

export {
  $root as default
};
