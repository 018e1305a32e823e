/**
 * One agent connection: the kube-apiserver side of a kubelet. Transport-agnostic (WebSocket or
 * the simulation's in-memory link). Enforces the protocol (hello first, version, token) and the
 * NodeRestriction rule: an agent writes only its own Node, its Lease and pods bound to it.
 */
import type { Node, Pod } from '../../core/types.js';
import type { Lease, Mutable, ObjectMeta, PodCondition, PodStatus } from '../../core/types.js';
import { toMicroTime } from '../../core/time-format.js';
import {
  CloseCode, decodeAgentFrame, encodeServerFrame, FrameError, PROTOCOL_VERSION,
  type Hello, type KubeletEventMsg, type MirrorPodMsg, type NodeStatusMsg, type PodStatusMsg, type ServerFrame,
} from '../../proto/codec.js';
import type { kemu } from '../../proto/gen/kemu.js';
import { refTo } from '../events/recorder.js';
import { StoreError } from '../store/index.js';
import type { GatewayContext } from './context.js';
import { applyHelloStatus, conditionsDiffer, leaseFor, mergeConditions, nodeFromHello, NODE_LEASE_NAMESPACE } from './node-objects.js';
import { nodeSyncKey, nodeToUpdate, podSyncKey, podToUpsert } from './pod-frames.js';
import { podStatusFromMsg } from './pod-status.js';
import { ConditionsBase, SummaryBase } from './stats-cache.js';

export interface AgentConnection {
  send(bytes: Uint8Array): void;
  close(code: number, reason: string): void;
  readonly remote: string;
}

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** kubelet's nodeStatusReportFrequency: post unchanged status at least this often. */
const NODE_STATUS_REPORT_FREQUENCY_MS = 5 * 60_000;

interface PodEntry { ref: number; namespace: string; name: string; uid: string; syncKey: string }

export class AgentSession {
  nodeName = '';
  private welcomed = false;
  private closed = false;
  private nextRef = 1;
  private readonly podsByUid = new Map<string, PodEntry>();
  private readonly podsByRef = new Map<number, PodEntry>();
  private lastNodeSyncKey = '';
  private lastStatusPersistAt = -Infinity;
  private leaseDurationSeconds = 40;
  /** Cluster time of the last welcome or clock frame this session sent. */
  private lastClockSentAt = -Infinity;
  /** The previous summary's pods on this connection: the base of a delta summary (Summary.pods_delta). */
  private readonly summaryBase = new SummaryBase();
  private readonly conditionsBase = new ConditionsBase();
  /** Frames received, by kind: for metrics and benchmarks. */
  readonly received = { lease: 0, status: 0, pod: 0, other: 0 };

  constructor(private readonly ctx: GatewayContext, private readonly conn: AgentConnection) {}

  get isWelcomed(): boolean {
    return this.welcomed && !this.closed;
  }

  /** Handles one binary frame from the agent. Never throws: bad input closes this connection only. */
  onFrame(bytes: Uint8Array): void {
    if (this.closed) return;
    let frame: kemu.v1.AgentFrame;
    try {
      frame = decodeAgentFrame(bytes);
    } catch (err) {
      return this.reject(CloseCode.MalformedFrame, (err as FrameError).message);
    }
    try {
      if (!this.welcomed) {
        if (frame.msg !== 'hello' || !frame.hello) return this.reject(CloseCode.NotHello, 'first frame must be hello');
        return this.onHello(frame.hello);
      }
      switch (frame.msg) {
        case 'lease': this.received.lease++; this.ctx.counters.lease++; return this.onLease(frame.lease?.renew_time ?? 0);
        case 'node_status': this.received.status++; this.ctx.counters.status++; return this.onNodeStatus(frame.node_status!);
        case 'pod_status': this.received.pod++; this.ctx.counters.pod++; return this.onPodStatus(frame.pod_status!);
        case 'event': this.received.other++; return this.onEvent(frame.event!);
        case 'pod_terminated': this.received.other++; return this.onPodTerminated(frame.pod_terminated?.ref ?? 0, frame.pod_terminated?.uid ?? '');
        case 'mirror_pod': this.received.other++; return this.onMirrorPod(frame.mirror_pod!);
        case 'hello': return this.reject(CloseCode.NotHello, 'hello sent twice');
        default: return this.reject(CloseCode.MalformedFrame, `unknown frame ${String(frame.msg)}`);
      }
    } catch (err) {
      if (err instanceof ForbiddenError) return this.reject(CloseCode.Forbidden, err.message);
      // A store error on one write (e.g. a pod deleted meanwhile) must not kill the connection.
      if (err instanceof StoreError) {
        this.ctx.log.debug({ node: this.nodeName, err: err.message }, 'agent write refused');
        return;
      }
      this.ctx.log.error({ node: this.nodeName, err }, 'agent frame handling failed');
    }
  }

  onClose(): void {
    if (this.closed) return;
    this.closed = true;
    this.ctx.detach(this);
  }

  /** Sends a frame to the agent (dropped once closed). */
  send(frame: ServerFrame): void {
    if (this.closed) return;
    this.conn.send(encodeServerFrame(frame));
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.conn.close(code, reason);
    this.ctx.detach(this);
  }

  private reject(code: number, reason: string): void {
    this.ctx.log.warn({ remote: this.conn.remote, node: this.nodeName || undefined, code, reason }, 'agent connection refused');
    this.close(code, reason);
  }

  // ---- hello / registration ----

  private onHello(h: Hello): void {
    if ((h.protocol_version ?? 0) !== PROTOCOL_VERSION) {
      return this.reject(CloseCode.UnsupportedVersion, `unsupported protocol version ${h.protocol_version ?? 0}, server speaks ${PROTOCOL_VERSION}`);
    }
    if (!this.ctx.checkToken(h.token ?? '')) return this.reject(CloseCode.BadToken, 'invalid bootstrap token');
    const name = h.node_name ?? '';
    if (!DNS1123_SUBDOMAIN.test(name) || name.length > 253) return this.reject(CloseCode.InvalidHello, `invalid node name "${name}"`);
    this.nodeName = name;
    this.leaseDurationSeconds = h.kubelet?.node_lease_duration_seconds || 40;
    const store = this.ctx.store;
    const now = this.ctx.clock.now();
    const existing = store.get<Node>('Node', undefined, name);
    let node: Node;
    if (existing) {
      node = store.mutate<Node>('Node', undefined, name, (n) => applyHelloStatus(n, h, now));
    } else {
      node = store.create('Node', nodeFromHello(h, now));
    }
    this.ctx.attach(this);
    this.welcomed = true;
    this.ctx.kubeletSettings.set(name, h.kubelet ?? {});
    const c = this.ctx.clockState();
    this.lastClockSentAt = c.now;
    this.send({ welcome: { protocol_version: PROTOCOL_VERSION, cluster_time: c.now, time_scale: c.scale, paused: c.paused, node_uid: node.metadata?.uid ?? '', server_version: 'v1.32.0-kemu', stats_delta: true } });
    this.syncNode(node, true);
    let count = 0;
    for (const pod of store.byIndex<Pod>('Pod', 'spec.nodeName', name)) {
      this.syncPod(pod);
      count++;
    }
    this.send({ sync_done: { pod_count: count } });
    this.ctx.log.info({ node: name, remote: this.conn.remote, pods: count }, existing ? 'node re-registered' : 'node registered');
  }

  // ---- agent -> server ----

  private onLease(renewTime: number): void {
    const store = this.ctx.store;
    const name = this.nodeName;
    const existing = store.get('Lease', NODE_LEASE_NAMESPACE, name);
    const now = this.ctx.clock.now();
    const renewMs = renewTime || now;
    if (renewTime) this.ctx.observeLeaseLag(now - renewTime);
    const echo = this.ctx.clockEchoIntervalMs();
    if (echo > 0 && now - this.lastClockSentAt >= echo) {
      const c = this.ctx.clockState();
      this.lastClockSentAt = c.now;
      this.send({ clock: { cluster_time: c.now, time_scale: c.scale, paused: c.paused } });
    }
    if (!existing) {
      const node = store.get<Node>('Node', undefined, name);
      store.create('Lease', leaseFor(name, node?.metadata?.uid ?? '', this.leaseDurationSeconds, renewMs));
      return;
    }
    // Hot path (every node, every 10 s): a shallow copy, not a deep clone of the stored object.
    const l = existing as Lease;
    const renew = toMicroTime(renewMs);
    store.update<Lease>('Lease', {
      ...l,
      spec: { ...l.spec, holderIdentity: name, leaseDurationSeconds: this.leaseDurationSeconds, renewTime: renew, acquireTime: l.spec?.acquireTime ?? renew },
    });
  }

  private onNodeStatus(s: NodeStatusMsg): void {
    const now = this.ctx.clock.now();
    if (s.summary) this.ctx.stats.set({ node: this.nodeName, receivedAt: now, summary: this.summaryBase.apply(s.summary), pods: this.refMap() });
    const { conditions: incoming, heartbeat } = this.conditionsBase.apply(s);
    const node = this.ctx.store.get<Node>('Node', undefined, this.nodeName);
    if (!node) return;
    const allocChanged = !!s.allocatable && Object.keys(s.allocatable).length > 0 &&
      JSON.stringify(s.allocatable) !== JSON.stringify(node.status?.allocatable ?? {});
    // kubelet posts status when it changed, or every nodeStatusReportFrequency otherwise.
    if (!conditionsDiffer(node.status?.conditions, incoming) && !allocChanged && now - this.lastStatusPersistAt < NODE_STATUS_REPORT_FREQUENCY_MS) return;
    this.lastStatusPersistAt = now;
    // A shallow copy (stored objects are never mutated), not a deep clone of the whole Node.
    const st = node.status ?? {};
    const status: Mutable<NonNullable<Node['status']>> = { ...st, conditions: mergeConditions(st.conditions, incoming, now, heartbeat) };
    if (allocChanged) status.allocatable = { ...s.allocatable };
    this.ctx.store.update<Node>('Node', { ...node, status });
  }

  private onPodStatus(s: PodStatusMsg): void {
    const entry = this.ownPod(s.ref ?? 0);
    const store = this.ctx.store;
    const pod = store.get<Pod>('Pod', entry.namespace, entry.name);
    if (!pod || pod.metadata?.uid !== entry.uid) return;
    const next = mergeNonKubeletConditions(podStatusFromMsg(s, pod.status), pod.status);
    if (JSON.stringify(next) === JSON.stringify(pod.status ?? {})) return;
    store.update<Pod>('Pod', { ...pod, status: next });
  }

  private onEvent(e: KubeletEventMsg): void {
    const host = this.nodeName;
    let involved;
    if (e.ref) {
      const entry = this.ownPod(e.ref);
      const pod = this.ctx.store.get<Pod>('Pod', entry.namespace, entry.name);
      involved = pod ? refTo(pod) : { kind: 'Pod', apiVersion: 'v1', namespace: entry.namespace, name: entry.name, uid: entry.uid };
    } else {
      const node = this.ctx.store.get<Node>('Node', undefined, host);
      // kubelet's node events reference the node by name with uid = node name (upstream quirk).
      involved = { kind: 'Node', name: host, uid: host, ...(node ? {} : {}) };
    }
    let why: unknown;
    if (e.why_json) {
      try { why = JSON.parse(e.why_json); } catch { why = { raw: e.why_json }; }
    }
    this.ctx.recorder.record({
      involvedObject: involved, type: e.type === 'Warning' ? 'Warning' : 'Normal', reason: e.reason ?? '', message: e.message ?? '',
      source: { component: 'kubelet', host }, why, annotations: e.annotations ?? undefined,
    });
  }

  private onPodTerminated(ref: number, uid: string): void {
    const entry = this.ownPod(ref);
    if (uid && uid !== entry.uid) throw new ForbiddenError(`pod ref ${ref} does not have uid ${uid}`);
    const pod = this.ctx.store.get<Pod>('Pod', entry.namespace, entry.name);
    if (!pod || pod.metadata?.uid !== entry.uid) return;
    // The kubelet may only finish a deletion that the API started (pkg/kubelet/status/status_manager.go).
    if (!pod.metadata?.deletionTimestamp) return;
    this.ctx.store.remove('Pod', entry.namespace, entry.name, { expectUID: entry.uid });
  }

  private onMirrorPod(m: MirrorPodMsg): void {
    const store = this.ctx.store;
    if (m.delete) {
      const pod = store.get<Pod>('Pod', m.namespace ?? '', m.name ?? '');
      if (!pod) return;
      if (pod.spec?.nodeName !== this.nodeName || !pod.metadata?.annotations?.['kubernetes.io/config.mirror']) {
        throw new ForbiddenError(`node "${this.nodeName}" may not delete pod ${m.namespace}/${m.name}`);
      }
      store.remove('Pod', m.namespace ?? '', m.name ?? '');
      return;
    }
    let pod: Pod;
    try {
      pod = JSON.parse(new TextDecoder().decode(m.pod_json ?? new Uint8Array())) as Pod;
    } catch {
      throw new ForbiddenError('mirror pod is not valid JSON');
    }
    if (pod.spec?.nodeName !== this.nodeName || !pod.metadata?.annotations?.['kubernetes.io/config.mirror']) {
      throw new ForbiddenError(`node "${this.nodeName}" can only create mirror pods bound to itself`);
    }
    const meta = pod.metadata as Mutable<ObjectMeta>;
    delete meta.uid; delete meta.resourceVersion;
    const existing = store.get<Pod>('Pod', meta.namespace ?? 'default', meta.name ?? '');
    if (existing) return;
    this.ctx.registry.create('Pod', pod);
  }

  // ---- server -> agent ----

  /** Sends a pod bound to this node (first time or when something the kubelet reacts to changed). */
  syncPod(pod: Pod): void {
    const uid = pod.metadata?.uid ?? '';
    let entry = this.podsByUid.get(uid);
    const key = podSyncKey(pod);
    if (entry && entry.syncKey === key) return;
    if (!entry) {
      entry = { ref: this.nextRef++, namespace: pod.metadata?.namespace ?? 'default', name: pod.metadata?.name ?? '', uid, syncKey: key };
      this.podsByUid.set(uid, entry);
      this.podsByRef.set(entry.ref, entry);
    }
    entry.syncKey = key;
    this.send({ pod: podToUpsert(pod, entry.ref) });
  }

  podGone(uid: string): void {
    const entry = this.podsByUid.get(uid);
    if (!entry) return;
    this.podsByUid.delete(uid);
    // Keep the ref resolvable for in-flight frames; drop it after the agent was told.
    this.send({ pod_delete: { ref: entry.ref, uid } });
    this.podsByRef.delete(entry.ref);
  }

  syncNode(node: Node, force = false): void {
    const key = nodeSyncKey(node);
    if (!force && key === this.lastNodeSyncKey) return;
    this.lastNodeSyncKey = key;
    this.send({ node: nodeToUpdate(node) });
  }

  private ownPod(ref: number): PodEntry {
    const entry = this.podsByRef.get(ref);
    if (!entry) throw new ForbiddenError(`node "${this.nodeName}" has no pod with ref ${ref}`);
    const pod = this.ctx.store.get<Pod>('Pod', entry.namespace, entry.name);
    if (pod && pod.metadata?.uid === entry.uid && pod.spec?.nodeName !== this.nodeName) {
      throw new ForbiddenError(`pod ${entry.namespace}/${entry.name} is not bound to node "${this.nodeName}"`);
    }
    return entry;
  }

  private refMap(): Map<number, { namespace: string; name: string; uid: string }> {
    return this.podsByRef;
  }
}

class ForbiddenError extends Error {}

/**
 * Conditions other components own (PodScheduled from the scheduler, DisruptionTarget from
 * controllers) survive a kubelet status update unless the kubelet reports that type itself.
 */
function mergeNonKubeletConditions(next: PodStatus, prev: PodStatus | undefined): PodStatus {
  const mine = new Set((next.conditions ?? []).map((c) => c.type));
  const keep: PodCondition[] = (prev?.conditions ?? []).filter((c) => !mine.has(c.type));
  return { ...next, conditions: [...keep, ...(next.conditions ?? [])], ...(prev?.nominatedNodeName ? { nominatedNodeName: prev.nominatedNodeName } : {}) };
}

