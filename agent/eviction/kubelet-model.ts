/**
 * The kubelet's resource model, wired from the parts in agent/usage, agent/stats and this folder:
 * usage annotations -> Summary -> EvictionManager (killing through the pod runtime), node pressure
 * conditions, pod admission and QoS. Plugs into agent/kubelet.ts `ResourceModel`.
 * Upstream: pkg/kubelet/kubelet.go (NewMainKubelet wiring of the eviction manager, rejectPod),
 * pkg/kubelet/nodestatus/setters.go, pkg/kubelet/kubelet_node_status.go (recordNodeStatusEvent).
 */
import { logger } from '../../core/logger.js';
import { parseQuantity } from '../../core/quantity.js';
import { getPodQOS } from '../../core/qos.js';
import type { Pod } from '../../core/types.js';
import type { NodeConditionMsg, NodeUpdateMsg, PodStatsMsg, SummaryMsg } from '../../proto/codec.js';
import type { Kubelet, ResourceModel } from '../kubelet.js';
import type { AdmitResult, PodState } from '../pods/runtime.js';
import { buildSummary, hasDedicatedImageFs, type Summary } from '../stats/index.js';
import { nodeSummaryToMsg, podStatsMsg, PodUsageCollector, runtimeViewOf, type CollectedPod } from './stats-collection.js';
import {
  containerMemoryModel, describeUsageProblems, nextOOMKill, NodeGarbage, podUsageAt, REASON_INVALID_USAGE_ANNOTATION,
  type UsageProblem,
} from '../usage/index.js';
import type { Timer } from '../../core/clock/index.js';
import { evictionConfigFromKubelet, hardMemoryEvictionBytes, type EvictionConfig } from './config.js';
import { effectiveGracePeriodSeconds } from './grace.js';
import { EvictionManager } from './manager.js';
import { nodePressureConditions, type KubeletNodeCondition } from './node-conditions.js';

/** The Summary in wire form (proto/kemu.proto Summary). */
export function summaryToMsg(s: Summary, refOf: (uid: string) => number, dedicatedImageFs: boolean): SummaryMsg {
  return {
    ...nodeSummaryToMsg(s, dedicatedImageFs),
    pods: s.pods.map((p) => ({
      ref: refOf(p.podRef.uid),
      cpu_usage_nano_cores: p.cpu?.usageNanoCores,
      memory_working_set_bytes: p.memory?.workingSetBytes,
      ephemeral_storage_used_bytes: p['ephemeral-storage']?.usedBytes,
      inodes_used: p['ephemeral-storage']?.inodesUsed,
      pids: p.process_stats?.process_count,
      containers: p.containers.length > 1 ? p.containers.map((c) => ({
        name: c.name, cpu_usage_nano_cores: c.cpu?.usageNanoCores, memory_working_set_bytes: c.memory?.workingSetBytes,
        rootfs_used_bytes: c.rootfs?.usedBytes, logs_used_bytes: c.logs?.usedBytes,
      })) : [],
    })),
  };
}

function conditionToMsg(c: KubeletNodeCondition): NodeConditionMsg {
  return { type: c.type, status: c.status, reason: c.reason, message: c.message, last_heartbeat_time: c.lastHeartbeatTime, last_transition_time: c.lastTransitionTime };
}

/** One stats collection: the Summary and the usage it was built from. */
interface Collection { now: number; summary: Summary; pods: CollectedPod[] }

class KubeletResourceModel implements ResourceModel {
  readonly config: EvictionConfig;
  readonly manager: EvictionManager;
  private readonly gc = new NodeGarbage();
  private readonly dedicatedImageFs: boolean;
  private readonly evictionHardMemoryBytes: number;
  private pressureConditions: KubeletNodeCondition[] = [];
  private readonly reportedProblems = new Map<string, string>();

  constructor(private readonly k: Kubelet) {
    // Throws EvictionConfigError on an invalid configuration, like a kubelet refusing to start.
    this.config = evictionConfigFromKubelet(k.config.kubelet ?? {});
    this.dedicatedImageFs = hasDedicatedImageFs(k.config.limits);
    let capacityMemory = 0;
    try { capacityMemory = parseQuantity(k.config.capacity.memory ?? '0').value(); } catch { /* validated upstream */ }
    this.evictionHardMemoryBytes = hardMemoryEvictionBytes(this.config.thresholds, capacityMemory);
    this.manager = new EvictionManager({
      clock: k.clock,
      config: this.config,
      log: logger('eviction-manager', { node: k.name }),
      summary: () => this.buildSummary(k.clock.now()),
      activePods: () => this.activePods(),
      killPod: (pod, o) => {
        const uid = pod.metadata?.uid ?? '';
        const c = o.status.condition;
        k.runtime.stop(uid, {
          gracePeriodSeconds: effectiveGracePeriodSeconds(pod, o.gracePeriodSeconds),
          status: { phase: o.status.phase, reason: o.status.reason, message: o.status.message },
          ...(c ? { condition: { type: c.type, status: 'True' as const, reason: c.reason ?? '', message: c.message ?? '' } } : {}),
        });
      },
      recordEvent: (e) => k.sendEvent(e.pod ? this.refOf(e.pod.metadata?.uid ?? '') : 0, e.type, e.reason, e.message, e.annotations, e.why),
      // Garbage collection changes the node's usage: the summary memoised for this instant is stale.
      reclaim: {
        imageGC: () => this.afterGC(this.gc.imageGC(k.node.annotations ?? {})),
        containerGC: () => this.afterGC(this.gc.containerGC(k.node.annotations ?? {})),
      },
      diskInfo: () => ({ dedicatedImageFs: this.dedicatedImageFs }),
      podCleanedUp: (pod) => k.runtime.get(pod.metadata?.uid ?? '')?.stopped ?? true,
    });
  }

  start(): void {
    this.reportNodeProblems();
    this.manager.start();
  }

  stop(): void {
    this.manager.stop();
    for (const t of this.oomTimers.values()) t.cancel();
    this.oomTimers.clear();
  }

  private readonly oomTimers = new Map<string, Timer>();

  /**
   * The kernel OOM killer, independent of eviction: a timer at the instant a running container's
   * working set first exceeds its memory limit (usage is a known function of time), re-planned
   * whenever the pod or its containers change.
   */
  private planOOM(ps: PodState): void {
    this.oomTimers.get(ps.uid)?.cancel();
    this.oomTimers.delete(ps.uid);
    if (ps.stopped || ps.terminating || ps.phase !== 'Running') return;
    const running = Object.fromEntries(ps.containers.map((c) => [c.name, { running: c.phase === 'running', startedAt: c.startedAt }]));
    const next = nextOOMKill(ps.pod, containerMemoryModel(ps.pod), running, this.k.clock.now());
    if (!next) return;
    this.oomTimers.set(ps.uid, this.k.clock.setTimer(next.at - this.k.clock.now(), () => {
      this.oomTimers.delete(ps.uid);
      this.k.runtime.oomKill(ps.uid, next.container);
    }));
  }

  conditions(now: number): NodeConditionMsg[] {
    const { conditions, events } = nodePressureConditions(this.pressureConditions, {
      memory: this.manager.isUnderMemoryPressure(), disk: this.manager.isUnderDiskPressure(), pid: this.manager.isUnderPIDPressure(),
    }, now);
    this.pressureConditions = conditions;
    // kubelet recordNodeStatusEvent: "Node <name> status is now: <event>"
    for (const e of events) this.k.sendEvent(0, e.type, e.reason, `Node ${this.k.name} status is now: ${e.reason}`);
    return conditions.map(conditionToMsg);
  }

  /**
   * The stats the status post carries. Like the kubelet's Summary API, which serves cAdvisor's
   * cached stats (housekeeping every ~10 s), it reuses the eviction manager's last collection when
   * that is younger than one monitoring interval and nothing changed since.
   */
  summary(now: number): SummaryMsg {
    const c = this.summaryCache && now - this.summaryCache.now < this.config.monitoringIntervalMs ? this.summaryCache : this.collect(now);
    // The pods' wire stats are rebuilt only when the collection or the runtime changed. A pod's ref
    // is the one the runtime has for its uid now (0 once it is gone), as the cached collection may
    // be up to one interval old; while the runtime's version stays, no ref changes.
    const v = this.k.runtime.version;
    let m = this.sentPods;
    if (!m || m.version !== v) m = this.sentPods = { pods: c.pods, version: v, msgs: c.pods.map((p) => podStatsMsg(p, this.refOf(p.ps.uid))) };
    else if (m.pods !== c.pods) {
      // A pod in the same place with the same snapshot keeps the ref it had then.
      const old = m;
      const refAt = (p: CollectedPod, i: number): number => (old.pods[i]?.snap === p.snap ? old.msgs[i].ref ?? 0 : this.refOf(p.ps.uid));
      m = this.sentPods = { pods: c.pods, version: v, msgs: c.pods.map((p, i) => p.msg ?? podStatsMsg(p, refAt(p, i))) };
    }
    return { ...nodeSummaryToMsg(c.summary, this.dedicatedImageFs), pods: m.msgs };
  }

  private sentPods: { pods: CollectedPod[]; version: number; msgs: PodStatsMsg[] } | undefined;

  /** The eviction admit handler (the other kubelet admit handlers are not emulated). */
  admit(pod: Pod): AdmitResult {
    const r = this.manager.admit(pod);
    return r.admit ? { admit: true } : { admit: false, reason: r.reason, message: r.message };
  }

  qosClass(pod: Pod): string {
    return getPodQOS(pod);
  }

  nodeUpdated(_node: NodeUpdateMsg): void {
    this.touch();
    this.reportNodeProblems();
  }

  podChanged(ps: PodState, what: 'started' | 'stopped' | 'updated'): void {
    this.touch();
    this.planOOM(ps);
    if (what === 'stopped') {
      this.reportedProblems.delete(ps.uid);
      return;
    }
    this.report(ps.uid, ps.ref, podUsageAt(ps.pod, this.k.clock.now(), runtimeViewOf(ps)).problems);
  }

  private active: { version: number; pods: Pod[] } = { version: -1, pods: [] };

  /** The active pods' objects, the same (read-only) array while the runtime did not change. */
  private activePods(): Pod[] {
    const v = this.k.runtime.version;
    if (this.active.version !== v) this.active = { version: v, pods: this.activeStates().map((ps) => ps.pod) };
    return this.active.pods;
  }

  /** Pods the eviction manager may act on: admitted and not yet stopped (terminating included), in admission order. */
  private activeStates(): PodState[] {
    return [...this.k.runtime.all()].filter((ps) => !ps.stopped);
  }

  private summaryCache: Collection | undefined;
  private readonly collector = new PodUsageCollector();

  /** Invalidates the memoised summary (a pod or the node changed). */
  private touch(): void {
    this.summaryCache = undefined;
  }

  private afterGC(freedBytes: number): number {
    this.touch();
    return freedBytes;
  }

  /**
   * The stats summary at `now`. The status loop and the eviction loop both ask every 10 s, at the
   * same instants: one computation serves both unless something changed in between.
   */
  private buildSummary(now: number): Summary {
    return this.collect(now).summary;
  }

  private collect(now: number): Collection {
    if (this.summaryCache?.now === now) return this.summaryCache;
    const { pods, totals } = this.collector.collect(this.k.runtime, now);
    const summary = buildSummary({
      nodeName: this.k.name, time: now, capacity: this.k.config.capacity, allocatable: this.k.config.allocatable,
      limits: this.k.config.limits ?? undefined, nodeUsage: this.gc.usage(this.k.node.annotations ?? {}),
      pods, podTotals: totals,
      evictionHardMemoryBytes: this.evictionHardMemoryBytes,
    });
    this.summaryCache = { now, summary, pods };
    return this.summaryCache;
  }

  private refOf(uid: string): number {
    return this.k.runtime.get(uid)?.ref ?? 0;
  }

  private reportNodeProblems(): void {
    this.report('', 0, this.gc.usage(this.k.node.annotations ?? {}).problems);
  }

  /** One Warning event per distinct set of bad usage annotations. */
  private report(key: string, ref: number, problems: UsageProblem[]): void {
    const text = describeUsageProblems(problems);
    if (this.reportedProblems.get(key) === text) return;
    this.reportedProblems.set(key, text);
    if (problems.length > 0) this.k.sendEvent(ref, 'Warning', REASON_INVALID_USAGE_ANNOTATION, text, undefined, { problems });
  }
}

/** ResourceModel factory for KubeletDeps.resourceModel / agent/default-model.ts. */
export function kubeletResourceModel(k: Kubelet): ResourceModel {
  return new KubeletResourceModel(k);
}
