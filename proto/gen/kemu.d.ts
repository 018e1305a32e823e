import * as $protobuf from "protobufjs";

export namespace kemu {

    namespace v1 {

        interface IAgentFrame extends kemu.v1.AgentFrame.$Properties {
        }

        class AgentFrame {
            constructor(properties?: kemu.v1.AgentFrame.$Properties);
            $unknowns?: Uint8Array[];
            hello?: (kemu.v1.Hello.$Properties|null);
            lease?: (kemu.v1.LeaseRenew.$Properties|null);
            node_status?: (kemu.v1.NodeStatus.$Properties|null);
            pod_status?: (kemu.v1.PodStatus.$Properties|null);
            event?: (kemu.v1.KubeletEvent.$Properties|null);
            pod_terminated?: (kemu.v1.PodTerminated.$Properties|null);
            mirror_pod?: (kemu.v1.MirrorPod.$Properties|null);
            msg?: ("hello"|"lease"|"node_status"|"pod_status"|"event"|"pod_terminated"|"mirror_pod");
            static create(properties: kemu.v1.AgentFrame.$Shape): kemu.v1.AgentFrame & kemu.v1.AgentFrame.$Shape;
            static create(properties?: kemu.v1.AgentFrame.$Properties): kemu.v1.AgentFrame;
            static encode(message: kemu.v1.AgentFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.AgentFrame & kemu.v1.AgentFrame.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace AgentFrame {
            interface $Properties {
                hello?: (kemu.v1.Hello.$Properties|null);
                lease?: (kemu.v1.LeaseRenew.$Properties|null);
                node_status?: (kemu.v1.NodeStatus.$Properties|null);
                pod_status?: (kemu.v1.PodStatus.$Properties|null);
                event?: (kemu.v1.KubeletEvent.$Properties|null);
                pod_terminated?: (kemu.v1.PodTerminated.$Properties|null);
                mirror_pod?: (kemu.v1.MirrorPod.$Properties|null);
                msg?: ("hello"|"lease"|"node_status"|"pod_status"|"event"|"pod_terminated"|"mirror_pod");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              hello?: kemu.v1.Hello.$Shape|null;
              lease?: kemu.v1.LeaseRenew.$Shape|null;
              node_status?: kemu.v1.NodeStatus.$Shape|null;
              pod_status?: kemu.v1.PodStatus.$Shape|null;
              event?: kemu.v1.KubeletEvent.$Shape|null;
              pod_terminated?: kemu.v1.PodTerminated.$Shape|null;
              mirror_pod?: kemu.v1.MirrorPod.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ msg?: undefined; hello?: null; lease?: null; node_status?: null; pod_status?: null; event?: null; pod_terminated?: null; mirror_pod?: null }|{ msg?: "hello"; hello: kemu.v1.Hello.$Shape; lease?: null; node_status?: null; pod_status?: null; event?: null; pod_terminated?: null; mirror_pod?: null }|{ msg?: "lease"; hello?: null; lease: kemu.v1.LeaseRenew.$Shape; node_status?: null; pod_status?: null; event?: null; pod_terminated?: null; mirror_pod?: null }|{ msg?: "node_status"; hello?: null; lease?: null; node_status: kemu.v1.NodeStatus.$Shape; pod_status?: null; event?: null; pod_terminated?: null; mirror_pod?: null }|{ msg?: "pod_status"; hello?: null; lease?: null; node_status?: null; pod_status: kemu.v1.PodStatus.$Shape; event?: null; pod_terminated?: null; mirror_pod?: null }|{ msg?: "event"; hello?: null; lease?: null; node_status?: null; pod_status?: null; event: kemu.v1.KubeletEvent.$Shape; pod_terminated?: null; mirror_pod?: null }|{ msg?: "pod_terminated"; hello?: null; lease?: null; node_status?: null; pod_status?: null; event?: null; pod_terminated: kemu.v1.PodTerminated.$Shape; mirror_pod?: null }|{ msg?: "mirror_pod"; hello?: null; lease?: null; node_status?: null; pod_status?: null; event?: null; pod_terminated?: null; mirror_pod: kemu.v1.MirrorPod.$Shape })
            );
        }

        interface IServerFrame extends kemu.v1.ServerFrame.$Properties {
        }

        class ServerFrame {
            constructor(properties?: kemu.v1.ServerFrame.$Properties);
            $unknowns?: Uint8Array[];
            welcome?: (kemu.v1.Welcome.$Properties|null);
            pod?: (kemu.v1.PodUpsert.$Properties|null);
            pod_delete?: (kemu.v1.PodDelete.$Properties|null);
            node?: (kemu.v1.NodeUpdate.$Properties|null);
            error?: (kemu.v1.Error.$Properties|null);
            sync_done?: (kemu.v1.SyncDone.$Properties|null);
            clock?: (kemu.v1.ClockUpdate.$Properties|null);
            control?: (kemu.v1.Control.$Properties|null);
            msg?: ("welcome"|"pod"|"pod_delete"|"node"|"error"|"sync_done"|"clock"|"control");
            static create(properties: kemu.v1.ServerFrame.$Shape): kemu.v1.ServerFrame & kemu.v1.ServerFrame.$Shape;
            static create(properties?: kemu.v1.ServerFrame.$Properties): kemu.v1.ServerFrame;
            static encode(message: kemu.v1.ServerFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.ServerFrame & kemu.v1.ServerFrame.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace ServerFrame {
            interface $Properties {
                welcome?: (kemu.v1.Welcome.$Properties|null);
                pod?: (kemu.v1.PodUpsert.$Properties|null);
                pod_delete?: (kemu.v1.PodDelete.$Properties|null);
                node?: (kemu.v1.NodeUpdate.$Properties|null);
                error?: (kemu.v1.Error.$Properties|null);
                sync_done?: (kemu.v1.SyncDone.$Properties|null);
                clock?: (kemu.v1.ClockUpdate.$Properties|null);
                control?: (kemu.v1.Control.$Properties|null);
                msg?: ("welcome"|"pod"|"pod_delete"|"node"|"error"|"sync_done"|"clock"|"control");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              welcome?: kemu.v1.Welcome.$Shape|null;
              pod?: kemu.v1.PodUpsert.$Shape|null;
              pod_delete?: kemu.v1.PodDelete.$Shape|null;
              node?: kemu.v1.NodeUpdate.$Shape|null;
              error?: kemu.v1.Error.$Shape|null;
              sync_done?: kemu.v1.SyncDone.$Shape|null;
              clock?: kemu.v1.ClockUpdate.$Shape|null;
              control?: kemu.v1.Control.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ msg?: undefined; welcome?: null; pod?: null; pod_delete?: null; node?: null; error?: null; sync_done?: null; clock?: null; control?: null }|{ msg?: "welcome"; welcome: kemu.v1.Welcome.$Shape; pod?: null; pod_delete?: null; node?: null; error?: null; sync_done?: null; clock?: null; control?: null }|{ msg?: "pod"; welcome?: null; pod: kemu.v1.PodUpsert.$Shape; pod_delete?: null; node?: null; error?: null; sync_done?: null; clock?: null; control?: null }|{ msg?: "pod_delete"; welcome?: null; pod?: null; pod_delete: kemu.v1.PodDelete.$Shape; node?: null; error?: null; sync_done?: null; clock?: null; control?: null }|{ msg?: "node"; welcome?: null; pod?: null; pod_delete?: null; node: kemu.v1.NodeUpdate.$Shape; error?: null; sync_done?: null; clock?: null; control?: null }|{ msg?: "error"; welcome?: null; pod?: null; pod_delete?: null; node?: null; error: kemu.v1.Error.$Shape; sync_done?: null; clock?: null; control?: null }|{ msg?: "sync_done"; welcome?: null; pod?: null; pod_delete?: null; node?: null; error?: null; sync_done: kemu.v1.SyncDone.$Shape; clock?: null; control?: null }|{ msg?: "clock"; welcome?: null; pod?: null; pod_delete?: null; node?: null; error?: null; sync_done?: null; clock: kemu.v1.ClockUpdate.$Shape; control?: null }|{ msg?: "control"; welcome?: null; pod?: null; pod_delete?: null; node?: null; error?: null; sync_done?: null; clock?: null; control: kemu.v1.Control.$Shape })
            );
        }

        interface IHello extends kemu.v1.Hello.$Properties {
        }

        class Hello {
            constructor(properties?: kemu.v1.Hello.$Properties);
            $unknowns?: Uint8Array[];
            protocol_version: number;
            node_name: string;
            token: string;
            capacity: { [k: string]: string };
            allocatable: { [k: string]: string };
            labels: { [k: string]: string };
            taints: kemu.v1.Taint.$Properties[];
            node_info?: (kemu.v1.NodeInfo.$Properties|null);
            kubelet?: (kemu.v1.KubeletSettings.$Properties|null);
            annotations: { [k: string]: string };
            internal_ip: string;
            unschedulable: boolean;
            static create(properties: kemu.v1.Hello.$Shape): kemu.v1.Hello & kemu.v1.Hello.$Shape;
            static create(properties?: kemu.v1.Hello.$Properties): kemu.v1.Hello;
            static encode(message: kemu.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.Hello & kemu.v1.Hello.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace Hello {
            interface $Properties {
                protocol_version?: (number|null);
                node_name?: (string|null);
                token?: (string|null);
                capacity?: ({ [k: string]: string }|null);
                allocatable?: ({ [k: string]: string }|null);
                labels?: ({ [k: string]: string }|null);
                taints?: (kemu.v1.Taint.$Properties[]|null);
                node_info?: (kemu.v1.NodeInfo.$Properties|null);
                kubelet?: (kemu.v1.KubeletSettings.$Properties|null);
                annotations?: ({ [k: string]: string }|null);
                internal_ip?: (string|null);
                unschedulable?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.Hello.$Properties;
        }

        interface INodeInfo extends kemu.v1.NodeInfo.$Properties {
        }

        class NodeInfo {
            constructor(properties?: kemu.v1.NodeInfo.$Properties);
            $unknowns?: Uint8Array[];
            machine_id: string;
            system_uuid: string;
            boot_id: string;
            kernel_version: string;
            os_image: string;
            container_runtime_version: string;
            kubelet_version: string;
            kube_proxy_version: string;
            operating_system: string;
            architecture: string;
            static create(properties: kemu.v1.NodeInfo.$Shape): kemu.v1.NodeInfo & kemu.v1.NodeInfo.$Shape;
            static create(properties?: kemu.v1.NodeInfo.$Properties): kemu.v1.NodeInfo;
            static encode(message: kemu.v1.NodeInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.NodeInfo & kemu.v1.NodeInfo.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeInfo {
            interface $Properties {
                machine_id?: (string|null);
                system_uuid?: (string|null);
                boot_id?: (string|null);
                kernel_version?: (string|null);
                os_image?: (string|null);
                container_runtime_version?: (string|null);
                kubelet_version?: (string|null);
                kube_proxy_version?: (string|null);
                operating_system?: (string|null);
                architecture?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.NodeInfo.$Properties;
        }

        interface IKubeletSettings extends kemu.v1.KubeletSettings.$Properties {
        }

        class KubeletSettings {
            constructor(properties?: kemu.v1.KubeletSettings.$Properties);
            $unknowns?: Uint8Array[];
            eviction_hard: { [k: string]: string };
            eviction_soft: { [k: string]: string };
            eviction_soft_grace_period: { [k: string]: string };
            eviction_minimum_reclaim: { [k: string]: string };
            eviction_max_pod_grace_period: number;
            eviction_pressure_transition_period: string;
            node_status_update_frequency: string;
            node_lease_duration_seconds: number;
            static create(properties: kemu.v1.KubeletSettings.$Shape): kemu.v1.KubeletSettings & kemu.v1.KubeletSettings.$Shape;
            static create(properties?: kemu.v1.KubeletSettings.$Properties): kemu.v1.KubeletSettings;
            static encode(message: kemu.v1.KubeletSettings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.KubeletSettings & kemu.v1.KubeletSettings.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace KubeletSettings {
            interface $Properties {
                eviction_hard?: ({ [k: string]: string }|null);
                eviction_soft?: ({ [k: string]: string }|null);
                eviction_soft_grace_period?: ({ [k: string]: string }|null);
                eviction_minimum_reclaim?: ({ [k: string]: string }|null);
                eviction_max_pod_grace_period?: (number|null);
                eviction_pressure_transition_period?: (string|null);
                node_status_update_frequency?: (string|null);
                node_lease_duration_seconds?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.KubeletSettings.$Properties;
        }

        interface ILeaseRenew extends kemu.v1.LeaseRenew.$Properties {
        }

        class LeaseRenew {
            constructor(properties?: kemu.v1.LeaseRenew.$Properties);
            $unknowns?: Uint8Array[];
            renew_time: number;
            static create(properties: kemu.v1.LeaseRenew.$Shape): kemu.v1.LeaseRenew & kemu.v1.LeaseRenew.$Shape;
            static create(properties?: kemu.v1.LeaseRenew.$Properties): kemu.v1.LeaseRenew;
            static encode(message: kemu.v1.LeaseRenew.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.LeaseRenew & kemu.v1.LeaseRenew.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace LeaseRenew {
            interface $Properties {
                renew_time?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.LeaseRenew.$Properties;
        }

        interface INodeStatus extends kemu.v1.NodeStatus.$Properties {
        }

        class NodeStatus {
            constructor(properties?: kemu.v1.NodeStatus.$Properties);
            $unknowns?: Uint8Array[];
            conditions: kemu.v1.NodeCondition.$Properties[];
            summary?: (kemu.v1.Summary.$Properties|null);
            allocatable: { [k: string]: string };
            conditions_unchanged: boolean;
            heartbeat_time: number;
            static create(properties: kemu.v1.NodeStatus.$Shape): kemu.v1.NodeStatus & kemu.v1.NodeStatus.$Shape;
            static create(properties?: kemu.v1.NodeStatus.$Properties): kemu.v1.NodeStatus;
            static encode(message: kemu.v1.NodeStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.NodeStatus & kemu.v1.NodeStatus.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeStatus {
            interface $Properties {
                conditions?: (kemu.v1.NodeCondition.$Properties[]|null);
                summary?: (kemu.v1.Summary.$Properties|null);
                allocatable?: ({ [k: string]: string }|null);
                conditions_unchanged?: (boolean|null);
                heartbeat_time?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.NodeStatus.$Properties;
        }

        interface INodeCondition extends kemu.v1.NodeCondition.$Properties {
        }

        class NodeCondition {
            constructor(properties?: kemu.v1.NodeCondition.$Properties);
            $unknowns?: Uint8Array[];
            type: string;
            status: string;
            reason: string;
            message: string;
            last_heartbeat_time: number;
            last_transition_time: number;
            static create(properties: kemu.v1.NodeCondition.$Shape): kemu.v1.NodeCondition & kemu.v1.NodeCondition.$Shape;
            static create(properties?: kemu.v1.NodeCondition.$Properties): kemu.v1.NodeCondition;
            static encode(message: kemu.v1.NodeCondition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.NodeCondition & kemu.v1.NodeCondition.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeCondition {
            interface $Properties {
                type?: (string|null);
                status?: (string|null);
                reason?: (string|null);
                message?: (string|null);
                last_heartbeat_time?: (number|null);
                last_transition_time?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.NodeCondition.$Properties;
        }

        interface ISummary extends kemu.v1.Summary.$Properties {
        }

        class Summary {
            constructor(properties?: kemu.v1.Summary.$Properties);
            $unknowns?: Uint8Array[];
            node?: (kemu.v1.NodeStats.$Properties|null);
            pods: kemu.v1.PodStats.$Properties[];
            time: number;
            pods_delta: boolean;
            pod_refs: number[];
            static create(properties: kemu.v1.Summary.$Shape): kemu.v1.Summary & kemu.v1.Summary.$Shape;
            static create(properties?: kemu.v1.Summary.$Properties): kemu.v1.Summary;
            static encode(message: kemu.v1.Summary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.Summary & kemu.v1.Summary.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace Summary {
            interface $Properties {
                node?: (kemu.v1.NodeStats.$Properties|null);
                pods?: (kemu.v1.PodStats.$Properties[]|null);
                time?: (number|null);
                pods_delta?: (boolean|null);
                pod_refs?: (number[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.Summary.$Properties;
        }

        interface INodeStats extends kemu.v1.NodeStats.$Properties {
        }

        class NodeStats {
            constructor(properties?: kemu.v1.NodeStats.$Properties);
            $unknowns?: Uint8Array[];
            cpu_usage_nano_cores: number;
            memory?: (kemu.v1.MemoryStats.$Properties|null);
            fs?: (kemu.v1.FsStats.$Properties|null);
            image_fs?: (kemu.v1.FsStats.$Properties|null);
            container_fs?: (kemu.v1.FsStats.$Properties|null);
            rlimit?: (kemu.v1.RlimitStats.$Properties|null);
            allocatable_memory_working_set_bytes: number;
            static create(properties: kemu.v1.NodeStats.$Shape): kemu.v1.NodeStats & kemu.v1.NodeStats.$Shape;
            static create(properties?: kemu.v1.NodeStats.$Properties): kemu.v1.NodeStats;
            static encode(message: kemu.v1.NodeStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.NodeStats & kemu.v1.NodeStats.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeStats {
            interface $Properties {
                cpu_usage_nano_cores?: (number|null);
                memory?: (kemu.v1.MemoryStats.$Properties|null);
                fs?: (kemu.v1.FsStats.$Properties|null);
                image_fs?: (kemu.v1.FsStats.$Properties|null);
                container_fs?: (kemu.v1.FsStats.$Properties|null);
                rlimit?: (kemu.v1.RlimitStats.$Properties|null);
                allocatable_memory_working_set_bytes?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.NodeStats.$Properties;
        }

        interface IMemoryStats extends kemu.v1.MemoryStats.$Properties {
        }

        class MemoryStats {
            constructor(properties?: kemu.v1.MemoryStats.$Properties);
            $unknowns?: Uint8Array[];
            available_bytes: number;
            usage_bytes: number;
            working_set_bytes: number;
            rss_bytes: number;
            static create(properties: kemu.v1.MemoryStats.$Shape): kemu.v1.MemoryStats & kemu.v1.MemoryStats.$Shape;
            static create(properties?: kemu.v1.MemoryStats.$Properties): kemu.v1.MemoryStats;
            static encode(message: kemu.v1.MemoryStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.MemoryStats & kemu.v1.MemoryStats.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace MemoryStats {
            interface $Properties {
                available_bytes?: (number|null);
                usage_bytes?: (number|null);
                working_set_bytes?: (number|null);
                rss_bytes?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.MemoryStats.$Properties;
        }

        interface IFsStats extends kemu.v1.FsStats.$Properties {
        }

        class FsStats {
            constructor(properties?: kemu.v1.FsStats.$Properties);
            $unknowns?: Uint8Array[];
            capacity_bytes: number;
            available_bytes: number;
            used_bytes: number;
            inodes: number;
            inodes_free: number;
            inodes_used: number;
            static create(properties: kemu.v1.FsStats.$Shape): kemu.v1.FsStats & kemu.v1.FsStats.$Shape;
            static create(properties?: kemu.v1.FsStats.$Properties): kemu.v1.FsStats;
            static encode(message: kemu.v1.FsStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.FsStats & kemu.v1.FsStats.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace FsStats {
            interface $Properties {
                capacity_bytes?: (number|null);
                available_bytes?: (number|null);
                used_bytes?: (number|null);
                inodes?: (number|null);
                inodes_free?: (number|null);
                inodes_used?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.FsStats.$Properties;
        }

        interface IRlimitStats extends kemu.v1.RlimitStats.$Properties {
        }

        class RlimitStats {
            constructor(properties?: kemu.v1.RlimitStats.$Properties);
            $unknowns?: Uint8Array[];
            maxpid: number;
            curproc: number;
            static create(properties: kemu.v1.RlimitStats.$Shape): kemu.v1.RlimitStats & kemu.v1.RlimitStats.$Shape;
            static create(properties?: kemu.v1.RlimitStats.$Properties): kemu.v1.RlimitStats;
            static encode(message: kemu.v1.RlimitStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.RlimitStats & kemu.v1.RlimitStats.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace RlimitStats {
            interface $Properties {
                maxpid?: (number|null);
                curproc?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.RlimitStats.$Properties;
        }

        interface IPodStats extends kemu.v1.PodStats.$Properties {
        }

        class PodStats {
            constructor(properties?: kemu.v1.PodStats.$Properties);
            $unknowns?: Uint8Array[];
            ref: number;
            cpu_usage_nano_cores: number;
            memory_working_set_bytes: number;
            ephemeral_storage_used_bytes: number;
            inodes_used: number;
            pids: number;
            containers: kemu.v1.ContainerStats.$Properties[];
            static create(properties: kemu.v1.PodStats.$Shape): kemu.v1.PodStats & kemu.v1.PodStats.$Shape;
            static create(properties?: kemu.v1.PodStats.$Properties): kemu.v1.PodStats;
            static encode(message: kemu.v1.PodStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.PodStats & kemu.v1.PodStats.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace PodStats {
            interface $Properties {
                ref?: (number|null);
                cpu_usage_nano_cores?: (number|null);
                memory_working_set_bytes?: (number|null);
                ephemeral_storage_used_bytes?: (number|null);
                inodes_used?: (number|null);
                pids?: (number|null);
                containers?: (kemu.v1.ContainerStats.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.PodStats.$Properties;
        }

        interface IContainerStats extends kemu.v1.ContainerStats.$Properties {
        }

        class ContainerStats {
            constructor(properties?: kemu.v1.ContainerStats.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            cpu_usage_nano_cores: number;
            memory_working_set_bytes: number;
            rootfs_used_bytes: number;
            logs_used_bytes: number;
            static create(properties: kemu.v1.ContainerStats.$Shape): kemu.v1.ContainerStats & kemu.v1.ContainerStats.$Shape;
            static create(properties?: kemu.v1.ContainerStats.$Properties): kemu.v1.ContainerStats;
            static encode(message: kemu.v1.ContainerStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.ContainerStats & kemu.v1.ContainerStats.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerStats {
            interface $Properties {
                name?: (string|null);
                cpu_usage_nano_cores?: (number|null);
                memory_working_set_bytes?: (number|null);
                rootfs_used_bytes?: (number|null);
                logs_used_bytes?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.ContainerStats.$Properties;
        }

        interface IPodStatus extends kemu.v1.PodStatus.$Properties {
        }

        class PodStatus {
            constructor(properties?: kemu.v1.PodStatus.$Properties);
            $unknowns?: Uint8Array[];
            ref: number;
            phase: string;
            reason: string;
            message: string;
            conditions: kemu.v1.PodCondition.$Properties[];
            container_statuses: kemu.v1.ContainerStatus.$Properties[];
            qos_class: string;
            start_time: number;
            pod_ip: string;
            host_ip: string;
            init_container_statuses: kemu.v1.ContainerStatus.$Properties[];
            static create(properties: kemu.v1.PodStatus.$Shape): kemu.v1.PodStatus & kemu.v1.PodStatus.$Shape;
            static create(properties?: kemu.v1.PodStatus.$Properties): kemu.v1.PodStatus;
            static encode(message: kemu.v1.PodStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.PodStatus & kemu.v1.PodStatus.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace PodStatus {
            interface $Properties {
                ref?: (number|null);
                phase?: (string|null);
                reason?: (string|null);
                message?: (string|null);
                conditions?: (kemu.v1.PodCondition.$Properties[]|null);
                container_statuses?: (kemu.v1.ContainerStatus.$Properties[]|null);
                qos_class?: (string|null);
                start_time?: (number|null);
                pod_ip?: (string|null);
                host_ip?: (string|null);
                init_container_statuses?: (kemu.v1.ContainerStatus.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              ref?: number|null;
              phase?: string|null;
              reason?: string|null;
              message?: string|null;
              conditions?: kemu.v1.PodCondition.$Shape[]|null;
              container_statuses?: kemu.v1.ContainerStatus.$Shape[]|null;
              qos_class?: string|null;
              start_time?: number|null;
              pod_ip?: string|null;
              host_ip?: string|null;
              init_container_statuses?: kemu.v1.ContainerStatus.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IPodCondition extends kemu.v1.PodCondition.$Properties {
        }

        class PodCondition {
            constructor(properties?: kemu.v1.PodCondition.$Properties);
            $unknowns?: Uint8Array[];
            type: string;
            status: string;
            reason: string;
            message: string;
            last_transition_time: number;
            static create(properties: kemu.v1.PodCondition.$Shape): kemu.v1.PodCondition & kemu.v1.PodCondition.$Shape;
            static create(properties?: kemu.v1.PodCondition.$Properties): kemu.v1.PodCondition;
            static encode(message: kemu.v1.PodCondition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.PodCondition & kemu.v1.PodCondition.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace PodCondition {
            interface $Properties {
                type?: (string|null);
                status?: (string|null);
                reason?: (string|null);
                message?: (string|null);
                last_transition_time?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.PodCondition.$Properties;
        }

        interface IContainerStatus extends kemu.v1.ContainerStatus.$Properties {
        }

        class ContainerStatus {
            constructor(properties?: kemu.v1.ContainerStatus.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            ready: boolean;
            restart_count: number;
            started: boolean;
            state?: (kemu.v1.ContainerState.$Properties|null);
            last_state?: (kemu.v1.ContainerState.$Properties|null);
            image: string;
            container_id: string;
            static create(properties: kemu.v1.ContainerStatus.$Shape): kemu.v1.ContainerStatus & kemu.v1.ContainerStatus.$Shape;
            static create(properties?: kemu.v1.ContainerStatus.$Properties): kemu.v1.ContainerStatus;
            static encode(message: kemu.v1.ContainerStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.ContainerStatus & kemu.v1.ContainerStatus.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerStatus {
            interface $Properties {
                name?: (string|null);
                ready?: (boolean|null);
                restart_count?: (number|null);
                started?: (boolean|null);
                state?: (kemu.v1.ContainerState.$Properties|null);
                last_state?: (kemu.v1.ContainerState.$Properties|null);
                image?: (string|null);
                container_id?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              name?: string|null;
              ready?: boolean|null;
              restart_count?: number|null;
              started?: boolean|null;
              state?: kemu.v1.ContainerState.$Shape|null;
              last_state?: kemu.v1.ContainerState.$Shape|null;
              image?: string|null;
              container_id?: string|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IContainerState extends kemu.v1.ContainerState.$Properties {
        }

        class ContainerState {
            constructor(properties?: kemu.v1.ContainerState.$Properties);
            $unknowns?: Uint8Array[];
            running?: (kemu.v1.StateRunning.$Properties|null);
            waiting?: (kemu.v1.StateWaiting.$Properties|null);
            terminated?: (kemu.v1.StateTerminated.$Properties|null);
            state?: ("running"|"waiting"|"terminated");
            static create(properties: kemu.v1.ContainerState.$Shape): kemu.v1.ContainerState & kemu.v1.ContainerState.$Shape;
            static create(properties?: kemu.v1.ContainerState.$Properties): kemu.v1.ContainerState;
            static encode(message: kemu.v1.ContainerState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.ContainerState & kemu.v1.ContainerState.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerState {
            interface $Properties {
                running?: (kemu.v1.StateRunning.$Properties|null);
                waiting?: (kemu.v1.StateWaiting.$Properties|null);
                terminated?: (kemu.v1.StateTerminated.$Properties|null);
                state?: ("running"|"waiting"|"terminated");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              running?: kemu.v1.StateRunning.$Shape|null;
              waiting?: kemu.v1.StateWaiting.$Shape|null;
              terminated?: kemu.v1.StateTerminated.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ state?: undefined; running?: null; waiting?: null; terminated?: null }|{ state?: "running"; running: kemu.v1.StateRunning.$Shape; waiting?: null; terminated?: null }|{ state?: "waiting"; running?: null; waiting: kemu.v1.StateWaiting.$Shape; terminated?: null }|{ state?: "terminated"; running?: null; waiting?: null; terminated: kemu.v1.StateTerminated.$Shape })
            );
        }

        interface IStateRunning extends kemu.v1.StateRunning.$Properties {
        }

        class StateRunning {
            constructor(properties?: kemu.v1.StateRunning.$Properties);
            $unknowns?: Uint8Array[];
            started_at: number;
            static create(properties: kemu.v1.StateRunning.$Shape): kemu.v1.StateRunning & kemu.v1.StateRunning.$Shape;
            static create(properties?: kemu.v1.StateRunning.$Properties): kemu.v1.StateRunning;
            static encode(message: kemu.v1.StateRunning.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.StateRunning & kemu.v1.StateRunning.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace StateRunning {
            interface $Properties {
                started_at?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.StateRunning.$Properties;
        }

        interface IStateWaiting extends kemu.v1.StateWaiting.$Properties {
        }

        class StateWaiting {
            constructor(properties?: kemu.v1.StateWaiting.$Properties);
            $unknowns?: Uint8Array[];
            reason: string;
            message: string;
            static create(properties: kemu.v1.StateWaiting.$Shape): kemu.v1.StateWaiting & kemu.v1.StateWaiting.$Shape;
            static create(properties?: kemu.v1.StateWaiting.$Properties): kemu.v1.StateWaiting;
            static encode(message: kemu.v1.StateWaiting.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.StateWaiting & kemu.v1.StateWaiting.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace StateWaiting {
            interface $Properties {
                reason?: (string|null);
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.StateWaiting.$Properties;
        }

        interface IStateTerminated extends kemu.v1.StateTerminated.$Properties {
        }

        class StateTerminated {
            constructor(properties?: kemu.v1.StateTerminated.$Properties);
            $unknowns?: Uint8Array[];
            exit_code: number;
            reason: string;
            message: string;
            started_at: number;
            finished_at: number;
            static create(properties: kemu.v1.StateTerminated.$Shape): kemu.v1.StateTerminated & kemu.v1.StateTerminated.$Shape;
            static create(properties?: kemu.v1.StateTerminated.$Properties): kemu.v1.StateTerminated;
            static encode(message: kemu.v1.StateTerminated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.StateTerminated & kemu.v1.StateTerminated.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace StateTerminated {
            interface $Properties {
                exit_code?: (number|null);
                reason?: (string|null);
                message?: (string|null);
                started_at?: (number|null);
                finished_at?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.StateTerminated.$Properties;
        }

        interface IKubeletEvent extends kemu.v1.KubeletEvent.$Properties {
        }

        class KubeletEvent {
            constructor(properties?: kemu.v1.KubeletEvent.$Properties);
            $unknowns?: Uint8Array[];
            ref: number;
            type: string;
            reason: string;
            message: string;
            annotations: { [k: string]: string };
            why_json: string;
            static create(properties: kemu.v1.KubeletEvent.$Shape): kemu.v1.KubeletEvent & kemu.v1.KubeletEvent.$Shape;
            static create(properties?: kemu.v1.KubeletEvent.$Properties): kemu.v1.KubeletEvent;
            static encode(message: kemu.v1.KubeletEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.KubeletEvent & kemu.v1.KubeletEvent.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace KubeletEvent {
            interface $Properties {
                ref?: (number|null);
                type?: (string|null);
                reason?: (string|null);
                message?: (string|null);
                annotations?: ({ [k: string]: string }|null);
                why_json?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.KubeletEvent.$Properties;
        }

        interface IPodTerminated extends kemu.v1.PodTerminated.$Properties {
        }

        class PodTerminated {
            constructor(properties?: kemu.v1.PodTerminated.$Properties);
            $unknowns?: Uint8Array[];
            ref: number;
            uid: string;
            static create(properties: kemu.v1.PodTerminated.$Shape): kemu.v1.PodTerminated & kemu.v1.PodTerminated.$Shape;
            static create(properties?: kemu.v1.PodTerminated.$Properties): kemu.v1.PodTerminated;
            static encode(message: kemu.v1.PodTerminated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.PodTerminated & kemu.v1.PodTerminated.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace PodTerminated {
            interface $Properties {
                ref?: (number|null);
                uid?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.PodTerminated.$Properties;
        }

        interface IMirrorPod extends kemu.v1.MirrorPod.$Properties {
        }

        class MirrorPod {
            constructor(properties?: kemu.v1.MirrorPod.$Properties);
            $unknowns?: Uint8Array[];
            pod_json: Uint8Array;
            delete: boolean;
            namespace: string;
            name: string;
            static create(properties: kemu.v1.MirrorPod.$Shape): kemu.v1.MirrorPod & kemu.v1.MirrorPod.$Shape;
            static create(properties?: kemu.v1.MirrorPod.$Properties): kemu.v1.MirrorPod;
            static encode(message: kemu.v1.MirrorPod.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.MirrorPod & kemu.v1.MirrorPod.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace MirrorPod {
            interface $Properties {
                pod_json?: (Uint8Array|null);
                "delete"?: (boolean|null);
                namespace?: (string|null);
                name?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.MirrorPod.$Properties;
        }

        interface IWelcome extends kemu.v1.Welcome.$Properties {
        }

        class Welcome {
            constructor(properties?: kemu.v1.Welcome.$Properties);
            $unknowns?: Uint8Array[];
            protocol_version: number;
            cluster_time: number;
            time_scale: number;
            paused: boolean;
            node_uid: string;
            server_version: string;
            stats_delta: boolean;
            static create(properties: kemu.v1.Welcome.$Shape): kemu.v1.Welcome & kemu.v1.Welcome.$Shape;
            static create(properties?: kemu.v1.Welcome.$Properties): kemu.v1.Welcome;
            static encode(message: kemu.v1.Welcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.Welcome & kemu.v1.Welcome.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace Welcome {
            interface $Properties {
                protocol_version?: (number|null);
                cluster_time?: (number|null);
                time_scale?: (number|null);
                paused?: (boolean|null);
                node_uid?: (string|null);
                server_version?: (string|null);
                stats_delta?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.Welcome.$Properties;
        }

        interface IPodUpsert extends kemu.v1.PodUpsert.$Properties {
        }

        class PodUpsert {
            constructor(properties?: kemu.v1.PodUpsert.$Properties);
            $unknowns?: Uint8Array[];
            ref: number;
            uid: string;
            namespace: string;
            name: string;
            priority: number;
            priority_class_name: string;
            containers: kemu.v1.Container.$Properties[];
            init_containers: kemu.v1.Container.$Properties[];
            annotations: { [k: string]: string };
            labels: { [k: string]: string };
            termination_grace_period_seconds: number;
            owner?: (kemu.v1.OwnerRef.$Properties|null);
            deletion_timestamp: number;
            deletion_grace_period_seconds: number;
            creation_timestamp: number;
            tolerations: kemu.v1.Toleration.$Properties[];
            restart_policy: string;
            resource_version: string;
            has_overhead: boolean;
            overhead: { [k: string]: string };
            volumes: kemu.v1.Volume.$Properties[];
            phase: string;
            start_time: number;
            static create(properties: kemu.v1.PodUpsert.$Shape): kemu.v1.PodUpsert & kemu.v1.PodUpsert.$Shape;
            static create(properties?: kemu.v1.PodUpsert.$Properties): kemu.v1.PodUpsert;
            static encode(message: kemu.v1.PodUpsert.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.PodUpsert & kemu.v1.PodUpsert.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace PodUpsert {
            interface $Properties {
                ref?: (number|null);
                uid?: (string|null);
                namespace?: (string|null);
                name?: (string|null);
                priority?: (number|null);
                priority_class_name?: (string|null);
                containers?: (kemu.v1.Container.$Properties[]|null);
                init_containers?: (kemu.v1.Container.$Properties[]|null);
                annotations?: ({ [k: string]: string }|null);
                labels?: ({ [k: string]: string }|null);
                termination_grace_period_seconds?: (number|null);
                owner?: (kemu.v1.OwnerRef.$Properties|null);
                deletion_timestamp?: (number|null);
                deletion_grace_period_seconds?: (number|null);
                creation_timestamp?: (number|null);
                tolerations?: (kemu.v1.Toleration.$Properties[]|null);
                restart_policy?: (string|null);
                resource_version?: (string|null);
                has_overhead?: (boolean|null);
                overhead?: ({ [k: string]: string }|null);
                volumes?: (kemu.v1.Volume.$Properties[]|null);
                phase?: (string|null);
                start_time?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.PodUpsert.$Properties;
        }

        interface IContainer extends kemu.v1.Container.$Properties {
        }

        class Container {
            constructor(properties?: kemu.v1.Container.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            requests: { [k: string]: string };
            limits: { [k: string]: string };
            image: string;
            static create(properties: kemu.v1.Container.$Shape): kemu.v1.Container & kemu.v1.Container.$Shape;
            static create(properties?: kemu.v1.Container.$Properties): kemu.v1.Container;
            static encode(message: kemu.v1.Container.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.Container & kemu.v1.Container.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace Container {
            interface $Properties {
                name?: (string|null);
                requests?: ({ [k: string]: string }|null);
                limits?: ({ [k: string]: string }|null);
                image?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.Container.$Properties;
        }

        interface IVolume extends kemu.v1.Volume.$Properties {
        }

        class Volume {
            constructor(properties?: kemu.v1.Volume.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            empty_dir: boolean;
            size_limit: string;
            medium: string;
            static create(properties: kemu.v1.Volume.$Shape): kemu.v1.Volume & kemu.v1.Volume.$Shape;
            static create(properties?: kemu.v1.Volume.$Properties): kemu.v1.Volume;
            static encode(message: kemu.v1.Volume.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.Volume & kemu.v1.Volume.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace Volume {
            interface $Properties {
                name?: (string|null);
                empty_dir?: (boolean|null);
                size_limit?: (string|null);
                medium?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.Volume.$Properties;
        }

        interface IOwnerRef extends kemu.v1.OwnerRef.$Properties {
        }

        class OwnerRef {
            constructor(properties?: kemu.v1.OwnerRef.$Properties);
            $unknowns?: Uint8Array[];
            api_version: string;
            kind: string;
            name: string;
            uid: string;
            controller: boolean;
            static create(properties: kemu.v1.OwnerRef.$Shape): kemu.v1.OwnerRef & kemu.v1.OwnerRef.$Shape;
            static create(properties?: kemu.v1.OwnerRef.$Properties): kemu.v1.OwnerRef;
            static encode(message: kemu.v1.OwnerRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.OwnerRef & kemu.v1.OwnerRef.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace OwnerRef {
            interface $Properties {
                api_version?: (string|null);
                kind?: (string|null);
                name?: (string|null);
                uid?: (string|null);
                controller?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.OwnerRef.$Properties;
        }

        interface IToleration extends kemu.v1.Toleration.$Properties {
        }

        class Toleration {
            constructor(properties?: kemu.v1.Toleration.$Properties);
            $unknowns?: Uint8Array[];
            key: string;
            operator: string;
            value: string;
            effect: string;
            toleration_seconds: number;
            has_toleration_seconds: boolean;
            static create(properties: kemu.v1.Toleration.$Shape): kemu.v1.Toleration & kemu.v1.Toleration.$Shape;
            static create(properties?: kemu.v1.Toleration.$Properties): kemu.v1.Toleration;
            static encode(message: kemu.v1.Toleration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.Toleration & kemu.v1.Toleration.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace Toleration {
            interface $Properties {
                key?: (string|null);
                operator?: (string|null);
                value?: (string|null);
                effect?: (string|null);
                toleration_seconds?: (number|null);
                has_toleration_seconds?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.Toleration.$Properties;
        }

        interface ITaint extends kemu.v1.Taint.$Properties {
        }

        class Taint {
            constructor(properties?: kemu.v1.Taint.$Properties);
            $unknowns?: Uint8Array[];
            key: string;
            value: string;
            effect: string;
            time_added: number;
            static create(properties: kemu.v1.Taint.$Shape): kemu.v1.Taint & kemu.v1.Taint.$Shape;
            static create(properties?: kemu.v1.Taint.$Properties): kemu.v1.Taint;
            static encode(message: kemu.v1.Taint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.Taint & kemu.v1.Taint.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace Taint {
            interface $Properties {
                key?: (string|null);
                value?: (string|null);
                effect?: (string|null);
                time_added?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.Taint.$Properties;
        }

        interface IPodDelete extends kemu.v1.PodDelete.$Properties {
        }

        class PodDelete {
            constructor(properties?: kemu.v1.PodDelete.$Properties);
            $unknowns?: Uint8Array[];
            ref: number;
            uid: string;
            static create(properties: kemu.v1.PodDelete.$Shape): kemu.v1.PodDelete & kemu.v1.PodDelete.$Shape;
            static create(properties?: kemu.v1.PodDelete.$Properties): kemu.v1.PodDelete;
            static encode(message: kemu.v1.PodDelete.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.PodDelete & kemu.v1.PodDelete.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace PodDelete {
            interface $Properties {
                ref?: (number|null);
                uid?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.PodDelete.$Properties;
        }

        interface INodeUpdate extends kemu.v1.NodeUpdate.$Properties {
        }

        class NodeUpdate {
            constructor(properties?: kemu.v1.NodeUpdate.$Properties);
            $unknowns?: Uint8Array[];
            labels: { [k: string]: string };
            annotations: { [k: string]: string };
            taints: kemu.v1.Taint.$Properties[];
            unschedulable: boolean;
            static create(properties: kemu.v1.NodeUpdate.$Shape): kemu.v1.NodeUpdate & kemu.v1.NodeUpdate.$Shape;
            static create(properties?: kemu.v1.NodeUpdate.$Properties): kemu.v1.NodeUpdate;
            static encode(message: kemu.v1.NodeUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.NodeUpdate & kemu.v1.NodeUpdate.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeUpdate {
            interface $Properties {
                labels?: ({ [k: string]: string }|null);
                annotations?: ({ [k: string]: string }|null);
                taints?: (kemu.v1.Taint.$Properties[]|null);
                unschedulable?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.NodeUpdate.$Properties;
        }

        interface ISyncDone extends kemu.v1.SyncDone.$Properties {
        }

        class SyncDone {
            constructor(properties?: kemu.v1.SyncDone.$Properties);
            $unknowns?: Uint8Array[];
            pod_count: number;
            static create(properties: kemu.v1.SyncDone.$Shape): kemu.v1.SyncDone & kemu.v1.SyncDone.$Shape;
            static create(properties?: kemu.v1.SyncDone.$Properties): kemu.v1.SyncDone;
            static encode(message: kemu.v1.SyncDone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.SyncDone & kemu.v1.SyncDone.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace SyncDone {
            interface $Properties {
                pod_count?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.SyncDone.$Properties;
        }

        interface IClockUpdate extends kemu.v1.ClockUpdate.$Properties {
        }

        class ClockUpdate {
            constructor(properties?: kemu.v1.ClockUpdate.$Properties);
            $unknowns?: Uint8Array[];
            cluster_time: number;
            time_scale: number;
            paused: boolean;
            static create(properties: kemu.v1.ClockUpdate.$Shape): kemu.v1.ClockUpdate & kemu.v1.ClockUpdate.$Shape;
            static create(properties?: kemu.v1.ClockUpdate.$Properties): kemu.v1.ClockUpdate;
            static encode(message: kemu.v1.ClockUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.ClockUpdate & kemu.v1.ClockUpdate.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClockUpdate {
            interface $Properties {
                cluster_time?: (number|null);
                time_scale?: (number|null);
                paused?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.ClockUpdate.$Properties;
        }

        interface IControl extends kemu.v1.Control.$Properties {
        }

        class Control {
            constructor(properties?: kemu.v1.Control.$Properties);
            $unknowns?: Uint8Array[];
            action: kemu.v1.Control.Action;
            duration_ms: number;
            static create(properties: kemu.v1.Control.$Shape): kemu.v1.Control & kemu.v1.Control.$Shape;
            static create(properties?: kemu.v1.Control.$Properties): kemu.v1.Control;
            static encode(message: kemu.v1.Control.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.Control & kemu.v1.Control.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace Control {
            interface $Properties {
                action?: (kemu.v1.Control.Action|null);
                duration_ms?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.Control.$Properties;

            enum Action {
                NONE = 0,
                STOP_KUBELET = 1,
                START_KUBELET = 2,
                DISCONNECT = 3
            }
        }

        interface IError extends kemu.v1.Error.$Properties {
        }

        class Error {
            constructor(properties?: kemu.v1.Error.$Properties);
            $unknowns?: Uint8Array[];
            code: number;
            message: string;
            static create(properties: kemu.v1.Error.$Shape): kemu.v1.Error & kemu.v1.Error.$Shape;
            static create(properties?: kemu.v1.Error.$Properties): kemu.v1.Error;
            static encode(message: kemu.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.Error & kemu.v1.Error.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace Error {
            interface $Properties {
                code?: (number|null);
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.Error.$Properties;
        }

        interface IStreamFrame extends kemu.v1.StreamFrame.$Properties {
        }

        class StreamFrame {
            constructor(properties?: kemu.v1.StreamFrame.$Properties);
            $unknowns?: Uint8Array[];
            snapshot?: (kemu.v1.StreamSnapshot.$Properties|null);
            delta?: (kemu.v1.StreamDelta.$Properties|null);
            msg?: ("snapshot"|"delta");
            static create(properties: kemu.v1.StreamFrame.$Shape): kemu.v1.StreamFrame & kemu.v1.StreamFrame.$Shape;
            static create(properties?: kemu.v1.StreamFrame.$Properties): kemu.v1.StreamFrame;
            static encode(message: kemu.v1.StreamFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.StreamFrame & kemu.v1.StreamFrame.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace StreamFrame {
            interface $Properties {
                snapshot?: (kemu.v1.StreamSnapshot.$Properties|null);
                delta?: (kemu.v1.StreamDelta.$Properties|null);
                msg?: ("snapshot"|"delta");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              snapshot?: kemu.v1.StreamSnapshot.$Shape|null;
              delta?: kemu.v1.StreamDelta.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ msg?: undefined; snapshot?: null; delta?: null }|{ msg?: "snapshot"; snapshot: kemu.v1.StreamSnapshot.$Shape; delta?: null }|{ msg?: "delta"; snapshot?: null; delta: kemu.v1.StreamDelta.$Shape })
            );
        }

        interface IStreamSnapshot extends kemu.v1.StreamSnapshot.$Properties {
        }

        class StreamSnapshot {
            constructor(properties?: kemu.v1.StreamSnapshot.$Properties);
            $unknowns?: Uint8Array[];
            resource_version: number;
            reason: string;
            clock?: (kemu.v1.StreamClock.$Properties|null);
            nodes: kemu.v1.StreamNode.$Properties[];
            pods: kemu.v1.StreamPod.$Properties[];
            events: kemu.v1.StreamEvent.$Properties[];
            usage: kemu.v1.StreamNodeUsage.$Properties[];
            objects: kemu.v1.StreamObject.$Properties[];
            static create(properties: kemu.v1.StreamSnapshot.$Shape): kemu.v1.StreamSnapshot & kemu.v1.StreamSnapshot.$Shape;
            static create(properties?: kemu.v1.StreamSnapshot.$Properties): kemu.v1.StreamSnapshot;
            static encode(message: kemu.v1.StreamSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.StreamSnapshot & kemu.v1.StreamSnapshot.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace StreamSnapshot {
            interface $Properties {
                resource_version?: (number|null);
                reason?: (string|null);
                clock?: (kemu.v1.StreamClock.$Properties|null);
                nodes?: (kemu.v1.StreamNode.$Properties[]|null);
                pods?: (kemu.v1.StreamPod.$Properties[]|null);
                events?: (kemu.v1.StreamEvent.$Properties[]|null);
                usage?: (kemu.v1.StreamNodeUsage.$Properties[]|null);
                objects?: (kemu.v1.StreamObject.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.StreamSnapshot.$Properties;
        }

        interface IStreamDelta extends kemu.v1.StreamDelta.$Properties {
        }

        class StreamDelta {
            constructor(properties?: kemu.v1.StreamDelta.$Properties);
            $unknowns?: Uint8Array[];
            resource_version: number;
            changes: kemu.v1.StreamChange.$Properties[];
            usage: kemu.v1.StreamNodeUsage.$Properties[];
            clock?: (kemu.v1.StreamClock.$Properties|null);
            static create(properties: kemu.v1.StreamDelta.$Shape): kemu.v1.StreamDelta & kemu.v1.StreamDelta.$Shape;
            static create(properties?: kemu.v1.StreamDelta.$Properties): kemu.v1.StreamDelta;
            static encode(message: kemu.v1.StreamDelta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.StreamDelta & kemu.v1.StreamDelta.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace StreamDelta {
            interface $Properties {
                resource_version?: (number|null);
                changes?: (kemu.v1.StreamChange.$Properties[]|null);
                usage?: (kemu.v1.StreamNodeUsage.$Properties[]|null);
                clock?: (kemu.v1.StreamClock.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              resource_version?: number|null;
              changes?: kemu.v1.StreamChange.$Shape[]|null;
              usage?: kemu.v1.StreamNodeUsage.$Shape[]|null;
              clock?: kemu.v1.StreamClock.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IStreamClock extends kemu.v1.StreamClock.$Properties {
        }

        class StreamClock {
            constructor(properties?: kemu.v1.StreamClock.$Properties);
            $unknowns?: Uint8Array[];
            now: number;
            scale: number;
            paused: boolean;
            static create(properties: kemu.v1.StreamClock.$Shape): kemu.v1.StreamClock & kemu.v1.StreamClock.$Shape;
            static create(properties?: kemu.v1.StreamClock.$Properties): kemu.v1.StreamClock;
            static encode(message: kemu.v1.StreamClock.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.StreamClock & kemu.v1.StreamClock.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace StreamClock {
            interface $Properties {
                now?: (number|null);
                scale?: (number|null);
                paused?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.StreamClock.$Properties;
        }

        interface IStreamChange extends kemu.v1.StreamChange.$Properties {
        }

        class StreamChange {
            constructor(properties?: kemu.v1.StreamChange.$Properties);
            $unknowns?: Uint8Array[];
            type: string;
            node?: (kemu.v1.StreamNode.$Properties|null);
            pod?: (kemu.v1.StreamPod.$Properties|null);
            event?: (kemu.v1.StreamEvent.$Properties|null);
            other?: (kemu.v1.StreamObject.$Properties|null);
            object?: ("node"|"pod"|"event"|"other");
            static create(properties: kemu.v1.StreamChange.$Shape): kemu.v1.StreamChange & kemu.v1.StreamChange.$Shape;
            static create(properties?: kemu.v1.StreamChange.$Properties): kemu.v1.StreamChange;
            static encode(message: kemu.v1.StreamChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.StreamChange & kemu.v1.StreamChange.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace StreamChange {
            interface $Properties {
                type?: (string|null);
                node?: (kemu.v1.StreamNode.$Properties|null);
                pod?: (kemu.v1.StreamPod.$Properties|null);
                event?: (kemu.v1.StreamEvent.$Properties|null);
                other?: (kemu.v1.StreamObject.$Properties|null);
                object?: ("node"|"pod"|"event"|"other");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              type?: string|null;
              node?: kemu.v1.StreamNode.$Shape|null;
              pod?: kemu.v1.StreamPod.$Shape|null;
              event?: kemu.v1.StreamEvent.$Shape|null;
              other?: kemu.v1.StreamObject.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ object?: undefined; node?: null; pod?: null; event?: null; other?: null }|{ object?: "node"; node: kemu.v1.StreamNode.$Shape; pod?: null; event?: null; other?: null }|{ object?: "pod"; node?: null; pod: kemu.v1.StreamPod.$Shape; event?: null; other?: null }|{ object?: "event"; node?: null; pod?: null; event: kemu.v1.StreamEvent.$Shape; other?: null }|{ object?: "other"; node?: null; pod?: null; event?: null; other: kemu.v1.StreamObject.$Shape })
            );
        }

        interface IStreamNode extends kemu.v1.StreamNode.$Properties {
        }

        class StreamNode {
            constructor(properties?: kemu.v1.StreamNode.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            uid: string;
            resource_version: string;
            zone: string;
            ready: string;
            ready_reason: string;
            ready_since: number;
            pressure: string[];
            taints: kemu.v1.Taint.$Properties[];
            unschedulable: boolean;
            capacity: { [k: string]: string };
            allocatable: { [k: string]: string };
            labels: { [k: string]: string };
            usage: { [k: string]: string };
            creation_time: number;
            deletion_time: number;
            static create(properties: kemu.v1.StreamNode.$Shape): kemu.v1.StreamNode & kemu.v1.StreamNode.$Shape;
            static create(properties?: kemu.v1.StreamNode.$Properties): kemu.v1.StreamNode;
            static encode(message: kemu.v1.StreamNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.StreamNode & kemu.v1.StreamNode.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace StreamNode {
            interface $Properties {
                name?: (string|null);
                uid?: (string|null);
                resource_version?: (string|null);
                zone?: (string|null);
                ready?: (string|null);
                ready_reason?: (string|null);
                ready_since?: (number|null);
                pressure?: (string[]|null);
                taints?: (kemu.v1.Taint.$Properties[]|null);
                unschedulable?: (boolean|null);
                capacity?: ({ [k: string]: string }|null);
                allocatable?: ({ [k: string]: string }|null);
                labels?: ({ [k: string]: string }|null);
                usage?: ({ [k: string]: string }|null);
                creation_time?: (number|null);
                deletion_time?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.StreamNode.$Properties;
        }

        interface IStreamPod extends kemu.v1.StreamPod.$Properties {
        }

        class StreamPod {
            constructor(properties?: kemu.v1.StreamPod.$Properties);
            $unknowns?: Uint8Array[];
            namespace: string;
            name: string;
            uid: string;
            resource_version: string;
            node: string;
            phase: string;
            reason: string;
            message: string;
            qos_class: string;
            priority: number;
            priority_class_name: string;
            deletion_time: number;
            owner_kind: string;
            owner_name: string;
            ready: boolean;
            restarts: number;
            requests: { [k: string]: string };
            limits: { [k: string]: string };
            usage: { [k: string]: string };
            disruption_reason: string;
            disruption_message: string;
            creation_time: number;
            nominated_node: string;
            static create(properties: kemu.v1.StreamPod.$Shape): kemu.v1.StreamPod & kemu.v1.StreamPod.$Shape;
            static create(properties?: kemu.v1.StreamPod.$Properties): kemu.v1.StreamPod;
            static encode(message: kemu.v1.StreamPod.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.StreamPod & kemu.v1.StreamPod.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace StreamPod {
            interface $Properties {
                namespace?: (string|null);
                name?: (string|null);
                uid?: (string|null);
                resource_version?: (string|null);
                node?: (string|null);
                phase?: (string|null);
                reason?: (string|null);
                message?: (string|null);
                qos_class?: (string|null);
                priority?: (number|null);
                priority_class_name?: (string|null);
                deletion_time?: (number|null);
                owner_kind?: (string|null);
                owner_name?: (string|null);
                ready?: (boolean|null);
                restarts?: (number|null);
                requests?: ({ [k: string]: string }|null);
                limits?: ({ [k: string]: string }|null);
                usage?: ({ [k: string]: string }|null);
                disruption_reason?: (string|null);
                disruption_message?: (string|null);
                creation_time?: (number|null);
                nominated_node?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.StreamPod.$Properties;
        }

        interface IStreamEvent extends kemu.v1.StreamEvent.$Properties {
        }

        class StreamEvent {
            constructor(properties?: kemu.v1.StreamEvent.$Properties);
            $unknowns?: Uint8Array[];
            namespace: string;
            name: string;
            uid: string;
            resource_version: string;
            type: string;
            reason: string;
            message: string;
            involved?: (kemu.v1.StreamObjectRef.$Properties|null);
            source_component: string;
            source_host: string;
            count: number;
            first_time: number;
            last_time: number;
            why_json: string;
            mechanism: string;
            node: string;
            eviction: boolean;
            static create(properties: kemu.v1.StreamEvent.$Shape): kemu.v1.StreamEvent & kemu.v1.StreamEvent.$Shape;
            static create(properties?: kemu.v1.StreamEvent.$Properties): kemu.v1.StreamEvent;
            static encode(message: kemu.v1.StreamEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.StreamEvent & kemu.v1.StreamEvent.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace StreamEvent {
            interface $Properties {
                namespace?: (string|null);
                name?: (string|null);
                uid?: (string|null);
                resource_version?: (string|null);
                type?: (string|null);
                reason?: (string|null);
                message?: (string|null);
                involved?: (kemu.v1.StreamObjectRef.$Properties|null);
                source_component?: (string|null);
                source_host?: (string|null);
                count?: (number|null);
                first_time?: (number|null);
                last_time?: (number|null);
                why_json?: (string|null);
                mechanism?: (string|null);
                node?: (string|null);
                eviction?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.StreamEvent.$Properties;
        }

        interface IStreamObjectRef extends kemu.v1.StreamObjectRef.$Properties {
        }

        class StreamObjectRef {
            constructor(properties?: kemu.v1.StreamObjectRef.$Properties);
            $unknowns?: Uint8Array[];
            kind: string;
            namespace: string;
            name: string;
            uid: string;
            static create(properties: kemu.v1.StreamObjectRef.$Shape): kemu.v1.StreamObjectRef & kemu.v1.StreamObjectRef.$Shape;
            static create(properties?: kemu.v1.StreamObjectRef.$Properties): kemu.v1.StreamObjectRef;
            static encode(message: kemu.v1.StreamObjectRef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.StreamObjectRef & kemu.v1.StreamObjectRef.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace StreamObjectRef {
            interface $Properties {
                kind?: (string|null);
                namespace?: (string|null);
                name?: (string|null);
                uid?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.StreamObjectRef.$Properties;
        }

        interface IStreamNodeUsage extends kemu.v1.StreamNodeUsage.$Properties {
        }

        class StreamNodeUsage {
            constructor(properties?: kemu.v1.StreamNodeUsage.$Properties);
            $unknowns?: Uint8Array[];
            node: string;
            time: number;
            signals: kemu.v1.StreamSignal.$Properties[];
            static create(properties: kemu.v1.StreamNodeUsage.$Shape): kemu.v1.StreamNodeUsage & kemu.v1.StreamNodeUsage.$Shape;
            static create(properties?: kemu.v1.StreamNodeUsage.$Properties): kemu.v1.StreamNodeUsage;
            static encode(message: kemu.v1.StreamNodeUsage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.StreamNodeUsage & kemu.v1.StreamNodeUsage.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace StreamNodeUsage {
            interface $Properties {
                node?: (string|null);
                time?: (number|null);
                signals?: (kemu.v1.StreamSignal.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.StreamNodeUsage.$Properties;
        }

        interface IStreamSignal extends kemu.v1.StreamSignal.$Properties {
        }

        class StreamSignal {
            constructor(properties?: kemu.v1.StreamSignal.$Properties);
            $unknowns?: Uint8Array[];
            signal: string;
            available: number;
            capacity: number;
            hard: number;
            soft: number;
            hard_value: string;
            soft_value: string;
            static create(properties: kemu.v1.StreamSignal.$Shape): kemu.v1.StreamSignal & kemu.v1.StreamSignal.$Shape;
            static create(properties?: kemu.v1.StreamSignal.$Properties): kemu.v1.StreamSignal;
            static encode(message: kemu.v1.StreamSignal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.StreamSignal & kemu.v1.StreamSignal.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace StreamSignal {
            interface $Properties {
                signal?: (string|null);
                available?: (number|null);
                capacity?: (number|null);
                hard?: (number|null);
                soft?: (number|null);
                hard_value?: (string|null);
                soft_value?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.StreamSignal.$Properties;
        }

        interface IStreamObject extends kemu.v1.StreamObject.$Properties {
        }

        class StreamObject {
            constructor(properties?: kemu.v1.StreamObject.$Properties);
            $unknowns?: Uint8Array[];
            kind: string;
            namespace: string;
            name: string;
            uid: string;
            resource_version: string;
            json: string;
            static create(properties: kemu.v1.StreamObject.$Shape): kemu.v1.StreamObject & kemu.v1.StreamObject.$Shape;
            static create(properties?: kemu.v1.StreamObject.$Properties): kemu.v1.StreamObject;
            static encode(message: kemu.v1.StreamObject.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): kemu.v1.StreamObject & kemu.v1.StreamObject.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace StreamObject {
            interface $Properties {
                kind?: (string|null);
                namespace?: (string|null);
                name?: (string|null);
                uid?: (string|null);
                resource_version?: (string|null);
                json?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = kemu.v1.StreamObject.$Properties;
        }
    }
}
