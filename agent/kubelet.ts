/**
 * One emulated kubelet: registers its node, renews its Lease, posts node status with a stats
 * summary, runs the pods bound to it, and (through its resource model) evicts under pressure.
 * Transport-agnostic: the same code runs over a WebSocket or the simulation's in-memory link.
 */
import type { Clock, Timer } from '../core/clock/index.js';
import type { Logger } from '../core/logger.js';
import type { Pod } from '../core/types.js';
import { parseDuration } from '../core/duration.js';
import {
  ControlAction, decodeServerFrame, encodeAgentFrame, FrameError, PROTOCOL_VERSION,
  type AgentFrame, type NodeConditionMsg, type NodeUpdateMsg, type SummaryMsg,
} from '../proto/codec.js';
import type { kemu } from '../proto/gen/kemu.js';
import { StatsDelta } from './connection/stats-delta.js';
import type { AgentTransport } from './connection/transport.js';
import { DEFAULT_POD_START_DELAY_MS, type NodeConfig } from './node-config.js';
import { PodRuntime, type AdmitResult, type PodState } from './pods/runtime.js';
import { podStatusFrame } from './pods/status-frame.js';
import { mirrorPodOf, staticPodFromManifest } from './pods/static-pods.js';

/** What the kubelet asks of its resource model (usage, stats, eviction manager). */
export interface ResourceModel {
  start(): void;
  stop(): void;
  /** Pressure conditions (MemoryPressure, DiskPressure, PIDPressure) as of now. */
  conditions(now: number): NodeConditionMsg[];
  summary(now: number): SummaryMsg;
  admit(pod: Pod): AdmitResult;
  qosClass(pod: Pod): string;
  /** Node labels/annotations/taints changed (usage annotations live there). */
  nodeUpdated(node: NodeUpdateMsg): void;
  podChanged(ps: PodState, what: 'started' | 'stopped' | 'updated'): void;
}

export interface KubeletDeps {
  clock: Clock;
  transport: AgentTransport;
  token: string;
  log: Logger;
  /** Builds the resource model once the runtime exists. */
  resourceModel: (k: Kubelet) => ResourceModel;
  /** Called when the control plane refuses this agent for good (bad token, version). */
  onFatal?: (code: number, reason: string) => void;
  /** A clock that can follow the control plane's time (scale, pause) in live mode. */
  syncClock?: (clusterTime: number, scale: number, paused: boolean) => void;
  /** Uniform [0, 1) for the loops' jitter and phase (seeded in the simulation). */
  random?: () => number;
}

/** pkg/kubelet/nodelease: the lease controller renews with wait.JitterUntil(…, 0.04). */
const LEASE_RENEW_JITTER = 0.04;

export class Kubelet {
  readonly runtime: PodRuntime;
  readonly model: ResourceModel;
  node: NodeUpdateMsg = { labels: {}, annotations: {}, taints: [], unschedulable: false };
  private loops: Timer[] = [];
  private registered = false;
  private syncing: Set<string> | undefined;
  private running = false;
  private readonly hostIP: string;
  private podIPSeq = 2;
  private readonly podIPs = new Map<string, string>();
  readonly leaseDurationSeconds: number;
  private readonly statusPeriodMs: number;
  private nodeUid = '';
  /** Set when the server accepts delta summaries (Welcome.stats_delta), per connection. */
  private statsDelta: StatsDelta | undefined;

  constructor(readonly config: NodeConfig, private readonly deps: KubeletDeps) {
    this.hostIP = config.internalIP ?? '10.0.0.1';
    this.leaseDurationSeconds = config.kubelet?.nodeLeaseDurationSeconds ?? 40;
    this.statusPeriodMs = parseDuration(config.kubelet?.nodeStatusUpdateFrequency ?? '10s');
    this.node = { labels: { ...(config.labels ?? {}) }, annotations: { ...(config.annotations ?? {}) }, taints: [], unschedulable: !!config.unschedulable };
    this.runtime = new PodRuntime(config.name, deps.clock, {
      admit: (pod) => this.model.admit(pod),
      statusChanged: (ps) => this.sendPodStatus(ps),
      terminated: (ps) => this.send({ pod_terminated: { ref: ps.ref, uid: ps.uid } }),
      event: (ps, type, reason, message) => this.sendEvent(ps?.ref ?? 0, type, reason, message),
      lifecycle: (ps, what) => this.model.podChanged(ps, what),
    }, config.podStartDelayMs ?? DEFAULT_POD_START_DELAY_MS);
    this.model = deps.resourceModel(this);
  }

  get name(): string {
    return this.config.name;
  }

  get clock(): Clock {
    return this.deps.clock;
  }

  get connected(): boolean {
    return this.deps.transport.connected && this.registered;
  }

  /** Starts the kubelet: connect, register, and run its loops. */
  start(): void {
    if (this.running) return;
    this.running = true;
    // Static pods run from the manifests at once, API server or not.
    for (const manifest of this.config.staticPods ?? []) this.runtime.addStatic(staticPodFromManifest(manifest, this.name, this.deps.clock.now()));
    this.deps.transport.connect(this.handlers);
    this.startLoops();
  }

  /** The kubelet process dies: no more leases or status, pods frozen where they are. */
  stop(): void {
    this.running = false;
    this.stopLoops();
    this.runtime.freeze();
    this.deps.transport.close();
  }

  /** Live chaos (stopNode on a running cluster): loops pause, the process and connection stay. */
  pauseLoops(): void {
    this.stopLoops();
  }

  resumeLoops(): void {
    if (this.running && this.loops.length === 0) this.startLoops();
  }

  /**
   * Live partition: drop the connection and stay away for durationMs of cluster time (0: reconnect
   * with the usual back-off at once). The kubelet keeps running and evicting locally meanwhile.
   */
  partition(durationMs: number): void {
    if (durationMs <= 0) return this.deps.transport.drop();
    this.deps.transport.close();
    this.deps.clock.setTimer(durationMs, () => {
      if (this.running) this.deps.transport.connect(this.handlers);
    });
  }

  private readonly handlers = {
    onOpen: () => this.sendHello(),
    onFrame: (b: Uint8Array) => this.onFrame(b),
    onClose: (code: number, reason: string) => this.onDisconnect(code, reason),
  };

  send(frame: AgentFrame): boolean {
    if (!this.registered && !frame.hello) return false;
    return this.deps.transport.send(encodeAgentFrame(frame));
  }

  sendEvent(ref: number, type: 'Normal' | 'Warning', reason: string, message: string, annotations?: Record<string, string>, why?: unknown): void {
    this.send({ event: { ref, type, reason, message, annotations: annotations ?? {}, why_json: why === undefined ? '' : JSON.stringify(why) } });
  }

  sendPodStatus(ps: PodState): void {
    // A static pod without a mirror yet has no API object to update.
    if (ps.ref === 0) return;
    this.send({ pod_status: podStatusFrame(ps, this.model.qosClass(ps.pod), this.hostIP, this.podIP(ps.uid)) });
  }

  sendNodeStatus(): void {
    const now = this.deps.clock.now();
    const conditions: NodeConditionMsg[] = [
      ...this.model.conditions(now),
      // The emulated runtime is always healthy: Ready is True while the kubelet runs.
      { type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status', last_heartbeat_time: now },
    ];
    const summary = this.model.summary(now);
    if (!this.statsDelta) {
      this.send({ node_status: { conditions, summary } });
      return;
    }
    const d = this.statsDelta.status(conditions, summary, now);
    if (this.send({ node_status: d.msg })) d.commit();
    else this.statsDelta.reset();
  }

  /** kubelet's mirror client: every static pod has a mirror pod in the API server. */
  private createMirrorPods(): void {
    if (!this.registered || this.syncing) return;
    for (const ps of this.runtime.unmirroredStatic()) {
      const json = new TextEncoder().encode(JSON.stringify(mirrorPodOf(ps.pod, this.name, this.nodeUid)));
      this.send({ mirror_pod: { pod_json: json } });
    }
  }

  private podIP(uid: string): string {
    let ip = this.podIPs.get(uid);
    if (!ip) {
      const n = this.podIPSeq++;
      ip = `10.244.${(n >> 8) & 255}.${n & 255}`;
      this.podIPs.set(uid, ip);
    }
    return ip;
  }

  private startLoops(): void {
    const clock = this.deps.clock;
    const random = this.deps.random ?? Math.random;
    // Lease renewal every nodeLeaseDurationSeconds/4 (pkg/kubelet/nodelease, renewInterval = 0.25),
    // with the lease controller's 4 % jitter.
    const renewMs = (this.leaseDurationSeconds * 1000) / 4;
    let leaseTimer: Timer;
    const scheduleRenewal = () => {
      leaseTimer = clock.setTimer(Math.round(renewMs * (1 + LEASE_RENEW_JITTER * random())), () => {
        this.renewLease();
        scheduleRenewal();
      });
    };
    scheduleRenewal();
    this.loops.push({ cancel: () => leaseTimer.cancel() });
    // Node status every nodeStatusUpdateFrequency; the control plane persists it when changed
    // or every nodeStatusReportFrequency (5 min), which is kubelet's rule. Kubelets in one agent
    // process start their loops at a random phase, as independently started kubelets would, so
    // that a thousand of them do not all report in the same millisecond.
    const phase = Math.round(this.statusPeriodMs * random());
    this.loops.push(clock.setTimer(phase, () => {
      this.sendNodeStatus();
      this.loops.push(clock.every(this.statusPeriodMs, () => this.sendNodeStatus()));
    }));
    this.model.start();
  }

  private stopLoops(): void {
    for (const t of this.loops) t.cancel();
    this.loops = [];
    this.model.stop();
  }

  private renewLease(): void {
    this.send({ lease: { renew_time: this.deps.clock.now() } });
  }

  private sendHello(): void {
    const c = this.config;
    const k = c.kubelet ?? {};
    this.send({
      hello: {
        protocol_version: PROTOCOL_VERSION,
        node_name: c.name,
        token: this.deps.token,
        capacity: c.capacity,
        allocatable: c.allocatable ?? {},
        labels: c.labels ?? {},
        annotations: c.annotations ?? {},
        taints: (c.taints ?? []).map((t) => ({ key: t.key, value: t.value ?? '', effect: t.effect, time_added: 0 })),
        internal_ip: this.hostIP,
        unschedulable: !!c.unschedulable,
        node_info: { machine_id: c.name, system_uuid: c.name, boot_id: c.name, kubelet_version: 'v1.32.0-kemu' },
        kubelet: {
          eviction_hard: k.evictionHard ?? {}, eviction_soft: k.evictionSoft ?? {},
          eviction_soft_grace_period: k.evictionSoftGracePeriod ?? {}, eviction_minimum_reclaim: k.evictionMinimumReclaim ?? {},
          eviction_max_pod_grace_period: k.evictionMaxPodGracePeriod ?? 0,
          eviction_pressure_transition_period: k.evictionPressureTransitionPeriod ?? '5m',
          node_status_update_frequency: k.nodeStatusUpdateFrequency ?? '10s',
          node_lease_duration_seconds: this.leaseDurationSeconds,
        },
      },
    });
  }

  private onDisconnect(code: number, reason: string): void {
    this.registered = false;
    this.syncing = undefined;
    if (code === 4001 || code === 4002 || code === 4006) this.deps.onFatal?.(code, reason);
  }

  private onFrame(bytes: Uint8Array): void {
    let f: kemu.v1.ServerFrame;
    try {
      f = decodeServerFrame(bytes);
    } catch (err) {
      this.deps.log.warn({ err: (err as FrameError).message }, 'dropping undecodable frame from control plane');
      return;
    }
    switch (f.msg) {
      case 'welcome': {
        const w = f.welcome!;
        this.registered = true;
        this.nodeUid = w.node_uid ?? '';
        // A new connection: the server has no previous summary to apply a delta to.
        this.statsDelta = w.stats_delta ? new StatsDelta() : undefined;
        this.syncing = new Set();
        this.deps.syncClock?.(w.cluster_time ?? 0, w.time_scale || 1, w.paused ?? false);
        this.deps.log.info({ node: this.name }, 'registered with the control plane');
        return;
      }
      case 'pod': {
        const ps = this.runtime.upsert(f.pod!);
        this.syncing?.add(f.pod!.uid ?? '');
        this.model.podChanged(ps, 'updated');
        return;
      }
      case 'pod_delete':
        this.runtime.remove(f.pod_delete?.uid ?? '');
        this.createMirrorPods();
        return;
      case 'node':
        this.node = f.node!;
        this.model.nodeUpdated(this.node);
        return;
      case 'sync_done': {
        if (this.syncing) this.runtime.reconcile(this.syncing);
        this.syncing = undefined;
        this.createMirrorPods();
        // Full state after (re)connecting: node status, lease and every pod's status.
        this.renewLease();
        this.sendNodeStatus();
        for (const ps of this.runtime.all()) this.sendPodStatus(ps);
        return;
      }
      case 'clock': {
        const c = f.clock!;
        this.deps.syncClock?.(c.cluster_time ?? 0, c.time_scale || 1, c.paused ?? false);
        return;
      }
      case 'control': {
        const a = f.control?.action;
        if (a === ControlAction.STOP_KUBELET) this.pauseLoops();
        else if (a === ControlAction.START_KUBELET) this.resumeLoops();
        else if (a === ControlAction.DISCONNECT) this.partition(f.control?.duration_ms ?? 0);
        return;
      }
      case 'error':
        this.deps.log.warn({ code: f.error?.code, message: f.error?.message }, 'control plane reported an error');
        return;
    }
  }
}
