/**
 * The kubelet eviction manager: a thin shell around the pure decisions in this folder.
 * Upstream: pkg/kubelet/eviction/eviction_manager.go (managerImpl: Start, synchronize,
 * reclaimNodeLevelResources, localStorageEviction, evictPod, waitForPodsCleanup, Admit,
 * IsUnder*Pressure).
 *
 * Loop: synchronize every monitoring interval (10s); after an eviction, wait as long as upstream's
 * blocking kill (the pod's effective grace period, at most max(10s, 1.5 x grace)), then poll every
 * 1s for up to 30s until the evicted pods are cleaned up, and synchronize again at once. At most
 * one pod per cycle for thresholds; local-storage limit evictions may take several.
 */
import type { Clock, Timer } from '../../core/clock/index.js';
import { logger as rootLogger, type Logger } from '../../core/logger.js';
import { isCriticalPod } from '../../core/qos.js';
import { toK8sTime } from '../../core/time-format.js';
import type { Pod, PodCondition } from '../../core/types.js';
import type { Summary } from '../stats/index.js';
import { admitPod, type AdmitResult } from './admit.js';
import type { EvictionConfig } from './config.js';
import { updateContainerFsThresholds } from './containerfs.js';
import { localStorageViolations } from './local-storage.js';
import { effectiveGracePeriodSeconds, killPodTimeoutSeconds } from './grace.js';
import { evictionMessage } from './message.js';
import { formatObserved, getThresholdQuantity, makeSignalObservations, type StatsFunc } from './observations.js';
import { buildSignalToRankFunc, rankWithKeys, type FsLayout, type RankedCandidate, type Ranker } from './rank.js';
import { buildSignalToNodeReclaimFuncs, type NodeReclaimFunc } from './reclaim.js';
import {
  describeThreshold, getReclaimableThreshold, mergeThresholds, nodeConditions, nodeConditionsLastObservedAt,
  nodeConditionsObservedSince, sortByEvictionPriority, thresholdsFirstObservedAt, thresholdsMet, thresholdsMetGracePeriod,
  thresholdsUpdatedStats, type NodeConditionsObservedAt, type ThresholdsObservedAt, type ThresholdWhy,
} from './thresholds.js';
import {
  CONDITION_DISRUPTION_TARGET, DISK_PRESSURE, IMMEDIATE_EVICTION_GRACE_PERIOD_SECONDS, isHardEvictionThreshold, MEMORY_PRESSURE,
  PID_PRESSURE, POD_CLEANUP_POLL_FREQ_MS, POD_CLEANUP_TIMEOUT_MS, REASON_EVICTED, REASON_EVICTION_THRESHOLD_MET,
  REASON_TERMINATION_BY_KUBELET, type PressureCondition, type ReclaimResource, type Signal, type SignalObservation, type SignalObservations, type Threshold,
} from './types.js';

/** The DisruptionTarget condition the kubelet adds to an evicted pod (observedGeneration: v1.33+). */
export type DisruptionCondition = PodCondition & { observedGeneration?: number };

export interface KillPodOptions {
  /** Override for the pod's grace period (the pod worker may still use less, never more). */
  gracePeriodSeconds: number;
  /** Status to set (upstream's status function): phase Failed, reason Evicted, optional condition. */
  status: { phase: 'Failed'; reason: typeof REASON_EVICTED; message: string; condition?: DisruptionCondition };
  why: EvictionDecision;
}

export interface EvictionEvent {
  type: 'Warning' | 'Normal';
  reason: string;
  message: string;
  /** The pod the event is about; absent means the node. */
  pod?: Pod;
  annotations?: Record<string, string>;
  why?: EvictionDecision;
}

export interface EvictionManagerOptions {
  clock: Clock;
  config: EvictionConfig;
  /** Summary API with fresh stats (summaryProvider.Get(ctx, true)); may throw. */
  summary(): Summary;
  /** kl.GetActivePods: pods admitted and not yet fully terminated, in admission order. */
  activePods(): Pod[];
  /** Starts killing the pod (killPodNow); the kubelet applies `status` and terminates with the grace override. */
  killPod(pod: Pod, opts: KillPodOptions): void;
  /** Node-level garbage collection; each returns the bytes freed. */
  reclaim?: { containerGC(): number; imageGC(): number };
  recordEvent(event: EvictionEvent): void;
  /** HasDedicatedImageFs / HasDedicatedContainerFs, asked once on the first synchronize. */
  diskInfo?(): { dedicatedImageFs: boolean; splitContainerImageFs?: boolean };
  /** podResourcesAreReclaimed; default: the pod is no longer among activePods(). */
  podCleanedUp?(pod: Pod): boolean;
  log?: Logger;
}

/** What one synchronize saw and decided: attached to events as the "why". */
export interface EvictionDecision {
  at: number;
  outcome: string;
  nodeConditions: PressureCondition[];
  observations: Record<string, { available: string; capacity: string }>;
  /** Thresholds met but still inside their grace period. */
  pending: Array<ThresholdWhy & { firstObservedAt: number; evictableAt: number }>;
  /** Thresholds met, grace satisfied and with fresh stats, in eviction priority order. */
  thresholdsMet: ThresholdWhy[];
  signal?: Signal;
  resource?: ReclaimResource;
  threshold?: ThresholdWhy & { quantity: string };
  observed?: { available: string; capacity: string };
  reclaim?: { functions: NodeReclaimFunc[]; freedBytes: Partial<Record<NodeReclaimFunc, number>>; resolved: boolean };
  rule?: string;
  candidates?: RankedCandidate[];
  skipped?: Array<{ pod: string; reason: string }>;
  evicted?: Array<{ pod: string; uid: string; gracePeriodSeconds: number; message: string; signal: string }>;
}

export interface SyncResult {
  evicted: Pod[];
  error?: string;
  decision: EvictionDecision;
}

/** Events and kills get the decision as it stood when they happened. */
const snapshot = (d: EvictionDecision): EvictionDecision => structuredClone(d);

const podName = (p: Pod): string => `${p.metadata?.namespace ?? ''}/${p.metadata?.name ?? ''}`;

export class EvictionManager {
  private readonly log: Logger;
  private thresholds: Threshold[];
  private layout?: FsLayout;
  private rankers?: Record<Signal, Ranker>;
  private reclaimFuncs: Partial<Record<Signal, NodeReclaimFunc[]>> = {};
  private conditions: PressureCondition[] = [];
  private conditionsLastObservedAt: NodeConditionsObservedAt = new Map();
  private firstObservedAt: ThresholdsObservedAt = new Map();
  private metState: Threshold[] = [];
  private lastObservations: SignalObservations = {};
  private decision?: EvictionDecision;
  private lastEvictionDecision?: EvictionDecision;
  private running = false;
  private timer?: Timer;

  constructor(private readonly deps: EvictionManagerOptions) {
    this.log = deps.log ?? rootLogger('eviction-manager');
    this.thresholds = [...deps.config.thresholds];
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  stop(): void {
    this.running = false;
    this.timer?.cancel();
    this.timer = undefined;
  }

  isUnderMemoryPressure(): boolean { return this.conditions.includes(MEMORY_PRESSURE); }
  isUnderDiskPressure(): boolean { return this.conditions.includes(DISK_PRESSURE); }
  isUnderPIDPressure(): boolean { return this.conditions.includes(PID_PRESSURE); }
  /** The pressure conditions currently reported (after the transition period). */
  nodeConditions(): PressureCondition[] { return [...this.conditions]; }
  /** The thresholds in force (containerfs ones added after the first synchronize). */
  effectiveThresholds(): Threshold[] { return [...this.thresholds]; }
  /** The last synchronize's decision, and the last one that evicted a pod. */
  lastDecision(): EvictionDecision | undefined { return this.decision; }
  lastEviction(): EvictionDecision | undefined { return this.lastEvictionDecision; }

  /** The PodAdmitHandler: may this pod start on the node now? */
  admit(pod: Pod): AdmitResult { return admitPod(this.conditions, pod); }

  private schedule(delayMs: number): void {
    this.timer = this.deps.clock.setTimer(delayMs, () => this.loop());
  }

  private loop(): void {
    if (!this.running) return;
    let r: SyncResult | undefined;
    try {
      r = this.synchronize();
    } catch (err) {
      this.log.error({ err }, 'eviction manager: failed to synchronize');
    }
    if (r && r.evicted.length > 0 && !r.error) this.waitForPodsCleanup(r.evicted, r.decision);
    else {
      if (r?.error) this.log.error({ err: r.error }, 'eviction manager: failed to synchronize');
      this.schedule(this.deps.config.monitoringIntervalMs);
    }
  }

  /**
   * Start: after an eviction, evictPod's killPodNow has blocked until the pod worker terminated
   * each evicted pod (its effective grace period) or gave up (max(10s, 1.5 x grace)), one pod
   * after the other; only then does waitForPodsCleanup start its 1 s ticker, for up to 30 s, and
   * synchronize runs again as soon as every pod is cleaned up. Here the kills do not block the
   * caller, so the loop waits out the same time: the first cleanup check is one tick after the
   * last kill finished.
   */
  private waitForPodsCleanup(pods: Pod[], decision: EvictionDecision): void {
    const clock = this.deps.clock;
    const cleaned = this.deps.podCleanedUp ?? ((p: Pod) => !this.deps.activePods().some((a) => a.metadata?.uid === p.metadata?.uid));
    const override = new Map((decision.evicted ?? []).map((e) => [e.uid, e.gracePeriodSeconds]));
    const start = clock.now();
    // A pod that is already gone (it never started) returns from the kill at once.
    const dying = pods.filter((p) => !cleaned(p));
    const killMs = dying.reduce((a, p) => a + effectiveGracePeriodSeconds(p, override.get(p.metadata?.uid ?? '')) * 1000, 0);
    const killTimeoutMs = dying.reduce((a, p) => a + killPodTimeoutSeconds(p, override.get(p.metadata?.uid ?? '')) * 1000, 0);
    const ticker = (from: number): void => {
      const deadline = from + POD_CLEANUP_TIMEOUT_MS;
      const tick = (): void => {
        if (!this.running) return;
        if (pods.every((p) => cleaned(p)) || clock.now() >= deadline) this.loop();
        else this.timer = clock.setTimer(POD_CLEANUP_POLL_FREQ_MS, tick);
      };
      this.timer = clock.setTimer(POD_CLEANUP_POLL_FREQ_MS, tick);
    };
    const killReturned = (): void => {
      if (!this.running) return;
      // The pod worker is done, or killPodNow timed out: either way the kill returns.
      if (dying.every((p) => cleaned(p)) || clock.now() - start >= killTimeoutMs) ticker(clock.now());
      else this.timer = clock.setTimer(Math.min(POD_CLEANUP_POLL_FREQ_MS, start + killTimeoutMs - clock.now()), killReturned);
    };
    if (dying.length === 0) ticker(start);
    else this.timer = clock.setTimer(Math.min(killMs, killTimeoutMs), killReturned);
  }

  /** One pass of the control loop; returns the pods it evicted. */
  synchronize(): SyncResult {
    const now = this.deps.clock.now();
    const decision: EvictionDecision = { at: now, outcome: '', nodeConditions: [...this.conditions], observations: {}, pending: [], thresholdsMet: [] };
    const done = (outcome: string, evicted: Pod[] = [], error?: string): SyncResult => {
      decision.outcome = outcome;
      this.decision = decision;
      if (evicted.length > 0) this.lastEvictionDecision = decision;
      return { evicted, error, decision };
    };
    const cfg = this.deps.config;
    if (this.thresholds.length === 0 && !cfg.localStorageCapacityIsolation) return done('no thresholds configured');

    if (!this.layout) {
      const info = this.deps.diskInfo?.() ?? { dedicatedImageFs: false };
      this.layout = { dedicatedImageFs: info.dedicatedImageFs, splitContainerImageFs: !!info.splitContainerImageFs };
      if (!cfg.kubeletSeparateDiskGC && this.layout.splitContainerImageFs) {
        return done('error', [], 'KubeletSeparateDiskGC is turned off but we still have a split filesystem');
      }
      const upd = updateContainerFsThresholds(this.thresholds, this.layout);
      this.thresholds = upd.thresholds;
      for (const w of upd.warnings) this.log.warn({ warning: w }, 'eviction manager: found conflicting containerfs eviction. Ignoring.');
      this.rankers = buildSignalToRankFunc(this.layout);
      this.reclaimFuncs = buildSignalToNodeReclaimFuncs(this.layout);
    }

    const activePods = this.deps.activePods();
    let summary: Summary;
    try {
      summary = this.deps.summary();
    } catch (err) {
      this.log.error({ err }, 'eviction manager: failed to get summary stats');
      return done('summary unavailable');
    }
    const { observations, statsFunc } = makeSignalObservations(summary);
    for (const [s, o] of Object.entries(observations)) if (o) decision.observations[s] = this.printed(s, o);

    let met = thresholdsMet(this.thresholds, observations, false);
    if (this.metState.length > 0) met = mergeThresholds(met, thresholdsMet(this.metState, observations, true));
    const firstObservedAt = thresholdsFirstObservedAt(met, this.firstObservedAt, now);
    const lastObservedAt = nodeConditionsLastObservedAt(nodeConditions(met), this.conditionsLastObservedAt, now);
    const conditions = nodeConditionsObservedSince(lastObservedAt, cfg.pressureTransitionPeriodMs, now);
    const graceMet = thresholdsMetGracePeriod(firstObservedAt, now);
    for (const [t, at] of firstObservedAt) {
      if (!graceMet.includes(t)) decision.pending.push({ ...describeThreshold(t), firstObservedAt: at, evictableAt: at + t.gracePeriod });
    }
    this.conditions = conditions;
    this.firstObservedAt = firstObservedAt;
    this.conditionsLastObservedAt = lastObservedAt;
    this.metState = graceMet;
    const fresh = thresholdsUpdatedStats(graceMet, observations, this.lastObservations);
    this.lastObservations = observations;
    decision.nodeConditions = [...conditions];

    if (cfg.localStorageCapacityIsolation) {
      const evicted: Pod[] = [];
      for (const v of localStorageViolations(activePods, statsFunc, this.layout.dedicatedImageFs)) {
        if (this.evictPod(v.pod, IMMEDIATE_EVICTION_GRACE_PERIOD_SECONDS, v.message, undefined, undefined, v.signal, decision)) evicted.push(v.pod);
      }
      if (evicted.length > 0) return done('evicted pods over their local storage limits', evicted);
    }

    if (fresh.length === 0) return done(decision.pending.length > 0 ? 'waiting for grace periods' : 'no resources are starved');
    const sorted = sortByEvictionPriority(fresh);
    decision.thresholdsMet = sorted.map(describeThreshold);
    const reclaimable = getReclaimableThreshold(sorted);
    if (!reclaimable) return done('no reclaimable threshold');
    const { threshold, resource } = reclaimable;
    const observed = observations[threshold.signal]!;
    decision.signal = threshold.signal;
    decision.resource = resource;
    decision.threshold = { ...describeThreshold(threshold), quantity: getThresholdQuantity(threshold.value, observed.capacity).text };
    decision.observed = { available: formatObserved(observed), capacity: String(observed.capacity) };

    this.deps.recordEvent({ type: 'Warning', reason: REASON_EVICTION_THRESHOLD_MET, message: `Attempting to reclaim ${resource}`, why: snapshot(decision) });
    if (this.reclaimNodeLevelResources(threshold.signal, decision)) return done('reclaimed node-level resources without evicting pods');

    const ranker = this.rankers?.[threshold.signal];
    if (!ranker) {
      this.log.error({ signal: threshold.signal }, 'eviction manager: no ranking function for signal');
      return done('no ranking function');
    }
    if (activePods.length === 0) {
      this.log.error('eviction manager: eviction thresholds have been met, but no pods are active to evict');
      return done('no pods are active to evict');
    }
    const { ranked, candidates } = rankWithKeys(ranker, activePods, statsFunc);
    decision.rule = ranker.rule;
    decision.candidates = candidates;
    for (const pod of ranked) {
      const grace = this.gracePeriodOverride(threshold, pod);
      const { message, annotations } = evictionMessage(resource, pod, statsFunc, sorted, observations);
      const condition: DisruptionCondition = {
        type: CONDITION_DISRUPTION_TARGET, status: 'True', reason: REASON_TERMINATION_BY_KUBELET, message,
        lastTransitionTime: toK8sTime(now),
        ...(pod.metadata?.generation !== undefined ? { observedGeneration: pod.metadata.generation } : {}),
      };
      if (this.evictPod(pod, grace, message, annotations, condition, threshold.signal, decision)) return done('evicted', [pod]);
    }
    this.log.info('eviction manager: unable to evict any pods from the node');
    return done('unable to evict any pods from the node');
  }

  /** An observation as the decision prints it; the text is reused while the numbers stay (most cycles). */
  private printed(signal: string, o: SignalObservation): { available: string; capacity: string } {
    let p = this.printedObservations.get(signal);
    if (!p || p.available !== o.available || p.capacity !== o.capacity || p.format !== o.format) {
      p = { available: o.available, capacity: o.capacity, format: o.format, text: { available: formatObserved(o), capacity: String(o.capacity) } };
      this.printedObservations.set(signal, p);
    }
    return p.text; // shared between decisions, read-only (events and kills get structuredClone copies)
  }

  private readonly printedObservations = new Map<string, { available: number; capacity: number; format: SignalObservation['format']; text: { available: string; capacity: string } }>();

  /** Hard: 1s. Soft: evictionMaxPodGracePeriod, capped by the pod's terminationGracePeriodSeconds. */
  private gracePeriodOverride(threshold: Threshold, pod: Pod): number {
    if (isHardEvictionThreshold(threshold)) return IMMEDIATE_EVICTION_GRACE_PERIOD_SECONDS;
    const max = this.deps.config.maxPodGracePeriodSeconds;
    const tgps = pod.spec?.terminationGracePeriodSeconds;
    return tgps !== undefined && tgps !== null ? Math.min(max, tgps) : max;
  }

  /** Runs the signal's garbage collectors; true when no threshold (with min-reclaim) is met afterwards. */
  private reclaimNodeLevelResources(signal: Signal, decision: EvictionDecision): boolean {
    const funcs = this.reclaimFuncs[signal] ?? [];
    if (funcs.length === 0) return false;
    const freedBytes: Partial<Record<NodeReclaimFunc, number>> = {};
    for (const f of funcs) {
      try {
        freedBytes[f] = this.deps.reclaim ? this.deps.reclaim[f]() : 0;
      } catch (err) {
        this.log.warn({ err, signal }, 'eviction manager: unexpected error when attempting to reduce resource pressure');
      }
    }
    let summary: Summary;
    try {
      summary = this.deps.summary();
    } catch (err) {
      this.log.error({ err }, 'eviction manager: failed to get summary stats after resource reclaim');
      decision.reclaim = { functions: funcs, freedBytes, resolved: false };
      return false;
    }
    const { observations } = makeSignalObservations(summary);
    const resolved = thresholdsMet(this.thresholds, observations, true).length === 0;
    decision.reclaim = { functions: funcs, freedBytes, resolved };
    return resolved;
  }

  /** Refuses critical pods; otherwise records the Evicted event and starts the kill. */
  private evictPod(
    pod: Pod, gracePeriodSeconds: number, message: string, annotations: Record<string, string> | undefined,
    condition: DisruptionCondition | undefined, signal: string, decision: EvictionDecision,
  ): boolean {
    if (isCriticalPod(pod)) {
      this.log.error({ pod: podName(pod) }, 'eviction manager: cannot evict a critical pod');
      (decision.skipped ??= []).push({ pod: podName(pod), reason: 'critical pod' });
      return false;
    }
    (decision.evicted ??= []).push({ pod: podName(pod), uid: pod.metadata?.uid ?? '', gracePeriodSeconds, message, signal });
    this.deps.recordEvent({ type: 'Warning', reason: REASON_EVICTED, message, pod, annotations, why: snapshot(decision) });
    try {
      this.deps.killPod(pod, {
        gracePeriodSeconds,
        status: { phase: 'Failed', reason: REASON_EVICTED, message, ...(condition ? { condition } : {}) },
        why: snapshot(decision),
      });
      this.log.info({ pod: podName(pod), gracePeriodSeconds }, 'eviction manager: pod is evicted successfully');
    } catch (err) {
      this.log.error({ err, pod: podName(pod) }, 'eviction manager: pod failed to evict');
    }
    return true;
  }
}

export type { StatsFunc };
