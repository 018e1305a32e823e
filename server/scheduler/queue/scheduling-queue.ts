/**
 * The scheduling queue (pkg/scheduler/backend/queue/scheduling_queue.go, active_queue.go,
 * backoff_queue.go): activeQ ordered by priority then arrival, backoffQ ordered by backoff expiry,
 * an error backoffQ for pods that failed without a rejecting plugin, and unschedulablePods, which
 * wait for a cluster event whose queueing hint says Queue, or for the 5-minute leftover flush.
 * The owner calls flushBackoffQCompleted every second and flushUnschedulablePodsLeftover every 30s.
 * One pod at a time is in flight; events seen while it is in flight decide where it goes if it
 * fails (determineSchedulingHintForInFlightPod).
 */
import type { Clock } from '../../../core/clock/index.js';
import type { Pod } from '../../../core/types.js';
import { DEFAULT_POD_MAX_IN_UNSCHEDULABLE_PODS_DURATION } from '../constants.js';
import { podPriority } from '../node-info.js';
import { backoffExpiration, isBackingOff } from './backoff.js';
import {
  PLUGIN_SCHEDULING_GATES, isEventOfInterest, isPodWorthRequeuing, podUpdateActions, type ClusterEvent, type QueueingStrategy,
} from './cluster-events.js';
import { KeyedHeap } from './heap.js';
import { Nominator, type Nominating } from './nominator.js';

export interface QueuedPodInfo {
  pod: Pod;
  readonly uid: string;
  /** When the pod was (re-)added to the queue; backoff counts from here. */
  timestamp: number;
  /** Arrival order, the tie-break after equal timestamps (real clocks rarely tie; virtual ones do). */
  seq: number;
  attempts: number;
  initialAttemptTimestamp?: number;
  /** Plugins that rejected the pod in its last attempt. */
  unschedulablePlugins: Set<string>;
  /** Cached getBackoffTime, cleared on pop. */
  backoffExpiration: number | null;
  gated: boolean;
}

export type QueueName = 'active' | 'backoff' | 'unschedulable' | 'inFlight';

export interface SchedulingQueueOptions {
  clock: Clock;
  podInitialBackoff: number;
  podMaxBackoff: number;
  podMaxInUnschedulablePodsDuration?: number;
  /** SchedulerPopFromBackoffQ (beta, on by default since v1.33): pop from backoffQ when activeQ is empty. */
  popFromBackoffQ?: boolean;
  /** Whether the pod still exists unbound (the nominator ignores others). */
  isStillPending: (pod: Pod) => boolean;
  /** Called when activeQ (or a poppable backoffQ) gains pods. */
  onWork?: () => void;
  /** Called when the pods nominated to a node change. */
  onNominationChange?: (node: string) => void;
}

/** PrioritySort.Less: higher priority first, then earlier timestamp, then arrival. */
function activeLess(a: QueuedPodInfo, b: QueuedPodInfo): boolean {
  const pa = podPriority(a.pod);
  const pb = podPriority(b.pod);
  if (pa !== pb) return pa > pb;
  if (a.timestamp !== b.timestamp) return a.timestamp < b.timestamp;
  return a.seq < b.seq;
}

export class SchedulingQueue {
  readonly nominator: Nominator;
  private readonly active = new KeyedHeap<QueuedPodInfo>((q) => q.uid, activeLess);
  private readonly backoff: KeyedHeap<QueuedPodInfo>;
  private readonly errorBackoff: KeyedHeap<QueuedPodInfo>;
  private readonly unschedulable = new Map<string, QueuedPodInfo>();
  private inFlight: { info: QueuedPodInfo; events: ClusterEvent[] } | null = null;
  private cycle = 0;
  private seq = 0;
  private readonly popFromBackoffQ: boolean;
  private readonly maxInUnschedulable: number;

  constructor(private readonly opts: SchedulingQueueOptions) {
    this.nominator = new Nominator(opts.onNominationChange);
    this.popFromBackoffQ = opts.popFromBackoffQ ?? true;
    this.maxInUnschedulable = opts.podMaxInUnschedulablePodsDuration ?? DEFAULT_POD_MAX_IN_UNSCHEDULABLE_PODS_DURATION;
    const byExpiry = (withPriority: boolean) => (a: QueuedPodInfo, b: QueuedPodInfo) => {
      const ea = this.backoffTime(a);
      const eb = this.backoffTime(b);
      if (ea !== eb) return ea < eb;
      return withPriority ? activeLess(a, b) : a.seq < b.seq;
    };
    this.backoff = new KeyedHeap((q) => q.uid, byExpiry(this.popFromBackoffQ));
    this.errorBackoff = new KeyedHeap((q) => q.uid, byExpiry(false));
  }

  /** SchedulingCycle(): incremented on every pop. */
  get schedulingCycle(): number {
    return this.cycle;
  }

  private now(): number {
    return this.opts.clock.now();
  }

  private backoffTime(q: QueuedPodInfo): number {
    if (q.attempts === 0) return 0;
    q.backoffExpiration ??= backoffExpiration(q.timestamp, q.attempts, this.opts.podInitialBackoff, this.opts.podMaxBackoff, this.popFromBackoffQ);
    return q.backoffExpiration;
  }

  /** isPodBackingoff */
  isBackingOff(q: QueuedPodInfo): boolean {
    return isBackingOff(this.backoffTime(q), q.attempts, this.now(), this.popFromBackoffQ);
  }

  private newQueued(pod: Pod): QueuedPodInfo {
    return {
      pod, uid: pod.metadata?.uid ?? '', timestamp: this.now(), seq: this.seq++, attempts: 0,
      unschedulablePlugins: new Set(), backoffExpiration: null, gated: false,
    };
  }

  /** moveToActiveQ: runs PreEnqueue (scheduling gates); a gated pod waits in unschedulablePods. */
  private moveToActive(q: QueuedPodInfo, nominate: boolean): boolean {
    const gates = q.pod.spec?.schedulingGates ?? [];
    q.gated = gates.length > 0;
    if (q.gated) {
      q.unschedulablePlugins.add(PLUGIN_SCHEDULING_GATES);
      if (!this.active.has(q.uid) && !this.backoffHas(q.uid)) this.unschedulable.set(q.uid, q);
      return false;
    }
    q.initialAttemptTimestamp ??= this.now();
    this.active.addOrUpdate(q);
    this.unschedulable.delete(q.uid);
    this.backoff.delete(q.uid);
    this.errorBackoff.delete(q.uid);
    if (nominate) this.nominator.add(q.pod, null, this.opts.isStillPending);
    return true;
  }

  private backoffHas(uid: string): boolean {
    return this.backoff.has(uid) || this.errorBackoff.has(uid);
  }

  private addToBackoff(q: QueuedPodInfo): void {
    if (q.unschedulablePlugins.size === 0) {
      this.errorBackoff.addOrUpdate(q);
      this.backoff.delete(q.uid);
    } else {
      this.backoff.addOrUpdate(q);
      this.errorBackoff.delete(q.uid);
    }
  }

  /** Add: a new unscheduled pod. */
  add(pod: Pod): void {
    if (this.moveToActive(this.newQueued(pod), true)) this.opts.onWork?.();
  }

  /** Update: an unscheduled pod changed. */
  update(oldPod: Pod, pod: Pod): void {
    const uid = pod.metadata?.uid ?? '';
    const actions = podUpdateActions(oldPod, pod);
    const ev: ClusterEvent = { type: 'UnscheduledPodUpdate', oldPod, pod, actions };
    if (this.inFlight && this.inFlight.info.uid === uid) {
      if (isEventOfInterest(ev)) this.inFlight.events.push(ev);
      this.inFlight.info.pod = pod;
      return;
    }
    for (const heap of [this.active, this.backoff, this.errorBackoff]) {
      const q = heap.get(uid);
      if (q) {
        q.pod = pod;
        heap.addOrUpdate(q);
        this.nominator.update(oldPod, pod, this.opts.isStillPending);
        return;
      }
    }
    const q = this.unschedulable.get(uid);
    if (q) {
      q.pod = pod;
      this.nominator.update(oldPod, pod, this.opts.isStillPending);
      const where = this.requeue(q, isPodWorthRequeuing(pod, q.unschedulablePlugins, ev));
      if (where !== 'unschedulable') this.unschedulable.delete(uid);
      if (where === 'active' || (where === 'backoff' && this.popFromBackoffQ)) this.opts.onWork?.();
      return;
    }
    if (this.moveToActive(this.newQueued(pod), true)) this.opts.onWork?.();
  }

  /** Delete: the pod is gone, bound or no longer ours. */
  delete(pod: Pod): void {
    const uid = pod.metadata?.uid ?? '';
    this.nominator.delete(pod);
    this.active.delete(uid);
    this.backoff.delete(uid);
    this.errorBackoff.delete(uid);
    this.unschedulable.delete(uid);
  }

  /** Pop: the head of activeQ (or of backoffQ when activeQ is empty and PopFromBackoffQ is on). */
  pop(): QueuedPodInfo | undefined {
    let q = this.active.pop();
    if (!q && this.popFromBackoffQ) q = this.backoff.pop();
    if (!q) return undefined;
    q.attempts++;
    q.backoffExpiration = null;
    q.unschedulablePlugins = new Set();
    this.cycle++;
    this.inFlight = { info: q, events: [] };
    return q;
  }

  /** Done: the in-flight pod's cycle ended. */
  done(uid: string): void {
    if (this.inFlight?.info.uid === uid) this.inFlight = null;
  }

  /**
   * AddUnschedulableIfNotPresent: the in-flight pod failed; `rejectors` are the plugins that
   * rejected it (empty for errors). Returns where the pod went.
   */
  addUnschedulableIfNotPresent(q: QueuedPodInfo, rejectors: ReadonlySet<string>): QueueName | undefined {
    const events = this.inFlight?.info.uid === q.uid ? this.inFlight.events : [];
    this.done(q.uid);
    if (this.unschedulable.has(q.uid) || this.active.has(q.uid) || this.backoffHas(q.uid)) return undefined;
    q.timestamp = this.now();
    q.unschedulablePlugins = new Set(rejectors);
    let strategy: QueueingStrategy = 'Skip';
    if (rejectors.size === 0) strategy = 'AfterBackoff';
    else for (const ev of events) if (isPodWorthRequeuing(q.pod, q.unschedulablePlugins, ev) === 'AfterBackoff') strategy = 'AfterBackoff';
    const where = this.requeue(q, strategy);
    if (where === 'active' || (where === 'backoff' && this.popFromBackoffQ)) this.opts.onWork?.();
    return where;
  }

  /** requeuePodViaQueueingHint */
  private requeue(q: QueuedPodInfo, strategy: QueueingStrategy): QueueName {
    if (strategy === 'Skip') {
      this.unschedulable.set(q.uid, q);
      return 'unschedulable';
    }
    if (this.isBackingOff(q)) {
      this.unschedulable.delete(q.uid);
      this.addToBackoff(q);
      return 'backoff';
    }
    if (this.moveToActive(q, false)) return 'active';
    return 'unschedulable';
  }

  /** MoveAllToActiveOrBackoffQueue: a cluster event may make unschedulable pods schedulable. */
  moveAllToActiveOrBackoffQueue(ev: ClusterEvent, preCheck?: (pod: Pod) => boolean): void {
    if (!isEventOfInterest(ev)) return;
    this.movePods([...this.unschedulable.values()].filter((q) => !preCheck || preCheck(q.pod)), ev);
  }

  private movePods(list: QueuedPodInfo[], ev: ClusterEvent): void {
    let work = false;
    for (const q of list) {
      if (q.gated && q.unschedulablePlugins.has(PLUGIN_SCHEDULING_GATES)) continue;
      const strategy = isPodWorthRequeuing(q.pod, q.unschedulablePlugins, ev);
      if (strategy === 'Skip') continue;
      this.unschedulable.delete(q.uid);
      const where = this.requeue(q, strategy);
      if (where === 'active' || (where === 'backoff' && this.popFromBackoffQ)) work = true;
    }
    if (this.inFlight) this.inFlight.events.push(ev);
    if (work) this.opts.onWork?.();
  }

  /** flushBackoffQCompleted: pods whose backoff ended move to activeQ. */
  flushBackoffQCompleted(): void {
    let work = false;
    for (const heap of [this.backoff, this.errorBackoff]) {
      for (let q = heap.peek(); q && !this.isBackingOff(q); q = heap.peek()) {
        heap.pop();
        if (this.moveToActive(q, false)) work = true;
      }
    }
    if (work) this.opts.onWork?.();
  }

  /** flushUnschedulablePodsLeftover: pods unschedulable for longer than 5 minutes are retried. */
  flushUnschedulablePodsLeftover(): void {
    const now = this.now();
    const old = [...this.unschedulable.values()].filter((q) => now - q.timestamp > this.maxInUnschedulable);
    if (old.length > 0) this.movePods(old, { type: 'UnschedulableTimeout' });
  }

  /** Activate: moves the given pods from unschedulablePods or backoffQ to activeQ. */
  activate(pods: Pod[]): void {
    let work = false;
    for (const pod of pods) {
      const uid = pod.metadata?.uid ?? '';
      const q = this.unschedulable.get(uid) ?? this.backoff.get(uid) ?? this.errorBackoff.get(uid);
      if (q) {
        if (this.moveToActive(q, false)) work = true;
      } else if (this.inFlight?.info.uid === uid) this.inFlight.events.push({ type: 'ForceActivate' });
    }
    if (work) this.opts.onWork?.();
  }

  /** Whether pop() would return a pod. */
  hasWork(): boolean {
    return this.active.size > 0 || (this.popFromBackoffQ && this.backoff.size > 0);
  }

  /** Where a pod waits (for tests, the dashboard and `why`). */
  where(uid: string): QueueName | undefined {
    if (this.inFlight?.info.uid === uid) return 'inFlight';
    if (this.active.has(uid)) return 'active';
    if (this.backoffHas(uid)) return 'backoff';
    if (this.unschedulable.has(uid)) return 'unschedulable';
    return undefined;
  }

  get(uid: string): QueuedPodInfo | undefined {
    return this.active.get(uid) ?? this.backoff.get(uid) ?? this.errorBackoff.get(uid) ?? this.unschedulable.get(uid)
      ?? (this.inFlight?.info.uid === uid ? this.inFlight.info : undefined);
  }

  counts(): { active: number; backoff: number; unschedulable: number } {
    return { active: this.active.size, backoff: this.backoff.size + this.errorBackoff.size, unschedulable: this.unschedulable.size };
  }

  /** Adds a nomination for a pod (handleSchedulingFailure's AddNominatedPod). */
  addNominatedPod(pod: Pod, nominating: Nominating | null): void {
    this.nominator.add(pod, nominating, this.opts.isStillPending);
  }
}
