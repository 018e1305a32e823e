/**
 * kube-scheduler as a kemu controller: a thin shell around the queue, the cache and the pure
 * decisions (schedule-pod.ts, preemption/). It mirrors pkg/scheduler/schedule_one.go ScheduleOne /
 * handleSchedulingFailure and pkg/scheduler/eventhandlers.go: unscheduled pods of this scheduler
 * go to the queue, bound pods to the cache; node and pod events requeue unschedulable pods.
 * Scheduling runs in batches on zero-delay clock timers, so a ManualClock run is deterministic.
 */
import type { Timer } from '../../core/clock/index.js';
import type { Logger } from '../../core/logger.js';
import type { Random } from '../../core/random.js';
import { toK8sTime } from '../../core/time-format.js';
import type { Mutable, Node, Pod, PodDisruptionBudget } from '../../core/types.js';
import type { Controller, ControllerContext } from '../controllers/controller.js';
import { refTo, type EventInput } from '../events/recorder.js';
import { StoreError, type WatchEvent } from '../store/index.js';
import { countsOnNode, SchedulerCache } from './cache.js';
import {
  CONDITION_POD_SCHEDULED, DEFAULT_SCHEDULER_NAME, MSG_NO_NODES_AVAILABLE, NOTE_LENGTH_LIMIT, POD_REASON_SCHEDULER_ERROR,
  POD_REASON_UNSCHEDULABLE, REASON_FAILED_SCHEDULING, REASON_SCHEDULED, scheduledEventMessage, skipDeletingPodMessage,
  FLUSH_BACKOFF_Q_PERIOD, FLUSH_UNSCHEDULABLE_PODS_PERIOD,
} from './constants.js';
import { EquivalenceCache } from './equivalence.js';
import { fitErrorMessage } from './fit-error.js';
import { cachedPodInfo, podInfoOf, podKey } from './node-info.js';
import { podContext } from './plugins/types.js';
import { runDefaultFilters } from './plugins/framework.js';
import { updatePodCondition } from './pod-status.js';
import { executePreemption, preempt, type PreemptionWhy } from './preemption/index.js';
import { nodeUpdateActions, SchedulingQueue, type Nominating, type QueuedPodInfo } from './queue/index.js';
import { filterWithNominatedPods, schedulePod } from './schedule-pod.js';
import { isRejected, type NodeToStatus, type SnapshotIndex } from './status.js';
import { failedSchedulingWhy, type FailedSchedulingWhy } from './why.js';

export interface SchedulerOptions {
  /** The profile's schedulerName (pods naming another scheduler are left alone). */
  schedulerName?: string;
  /** Pods scheduled per timer tick before yielding to other timers (default 256). */
  batchSize?: number;
  /** SchedulerPopFromBackoffQ (default true, as upstream since v1.33). */
  popFromBackoffQ?: boolean;
  /** percentageOfNodesToScore (0 = adaptive, the default). */
  percentageOfNodesToScore?: number;
  minCandidateNodesPercentage?: number;
  minCandidateNodesAbsolute?: number;
  /** Preemption's random offset into the potential nodes (default: from ctx.random). */
  preemptionOffset?: (numPotentialNodes: number) => number;
  /** Per-node entries kept in a FailedScheduling event's why (default 100). */
  maxWhyNodes?: number;
  /** Reuse filter results and dry runs of unchanged nodes between pods with the same spec (default true; equivalence.ts). */
  equivalenceCache?: boolean;
}

/** An outcome of one scheduling attempt, for callers that drive the scheduler step by step. */
export type AttemptOutcome =
  | { pod: string; result: 'scheduled'; node: string }
  | { pod: string; result: 'unschedulable' | 'error'; message: string; nominatedNode?: string }
  | { pod: string; result: 'skipped' };

function truncateMessage(m: string): string {
  if (m.length <= NOTE_LENGTH_LIMIT) return m;
  const suffix = ' ...';
  return m.slice(0, NOTE_LENGTH_LIMIT - suffix.length) + suffix;
}

function isNotFound(e: unknown): boolean {
  return e instanceof StoreError && e.reason === 'NotFound';
}

export class KubeScheduler implements Controller {
  readonly name = 'kube-scheduler';
  readonly cache = new SchedulerCache();
  readonly queue: SchedulingQueue;
  private readonly equivalence: EquivalenceCache | null;
  private readonly schedulerName: string;
  private readonly log: Logger;
  private readonly hostRandom: Random;
  private readonly offsetRandom: Random;
  private nextStartNodeIndex = 0;
  private loopTimer: Timer | null = null;
  private timers: Timer[] = [];
  private unwatch: (() => void) | null = null;
  private running = false;
  /** Outcomes of recent attempts, newest last (the last 1000 to 2000), for tests and the dashboard. */
  readonly outcomes: AttemptOutcome[] = [];

  constructor(private readonly ctx: ControllerContext, private readonly opts: SchedulerOptions = {}) {
    this.schedulerName = opts.schedulerName ?? DEFAULT_SCHEDULER_NAME;
    this.log = ctx.log.child({ component: 'scheduler' });
    this.hostRandom = ctx.random.fork('selectHost');
    this.offsetRandom = ctx.random.fork('preemptionOffset');
    this.queue = new SchedulingQueue({
      clock: ctx.clock,
      podInitialBackoff: ctx.config.podInitialBackoff,
      podMaxBackoff: ctx.config.podMaxBackoff,
      popFromBackoffQ: opts.popFromBackoffQ ?? true,
      isStillPending: (pod) => {
        const live = ctx.store.get<Pod>('Pod', pod.metadata?.namespace, pod.metadata?.name ?? '');
        return !!live && !live.spec?.nodeName;
      },
      onWork: () => this.kick(),
      onNominationChange: (node) => this.cache.touch(node),
    });
    this.equivalence = opts.equivalenceCache === false ? null : new EquivalenceCache();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    const { store, clock } = this.ctx;
    for (const n of store.list<Node>('Node')) this.cache.addNode(n);
    for (const p of store.list<Pod>('Pod')) this.onPodAdded(p);
    this.unwatch = store.watch(['Pod', 'Node'], {}, (ev) => this.onEvent(ev));
    this.timers.push(clock.every(FLUSH_BACKOFF_Q_PERIOD, () => this.queue.flushBackoffQCompleted()));
    this.timers.push(clock.every(FLUSH_UNSCHEDULABLE_PODS_PERIOD, () => this.queue.flushUnschedulablePodsLeftover()));
    this.kick();
  }

  stop(): void {
    this.running = false;
    this.unwatch?.();
    this.unwatch = null;
    for (const t of this.timers) t.cancel();
    this.timers = [];
    this.loopTimer?.cancel();
    this.loopTimer = null;
  }

  private responsibleFor(pod: Pod): boolean {
    return (pod.spec?.schedulerName || DEFAULT_SCHEDULER_NAME) === this.schedulerName;
  }

  /** An unbound, non-terminal pod of this scheduler: it belongs in the queue. */
  private isQueueable(pod: Pod): boolean {
    const phase = pod.status?.phase;
    return !pod.spec?.nodeName && phase !== 'Succeeded' && phase !== 'Failed' && this.responsibleFor(pod);
  }

  // ---------------------------------------------------------------------------------------------
  // Event handlers (eventhandlers.go)
  // ---------------------------------------------------------------------------------------------

  private onEvent(ev: WatchEvent): void {
    if (ev.kind === 'Node') this.onNodeEvent(ev);
    else if (ev.kind === 'Pod') this.onPodEvent(ev);
  }

  private onNodeEvent(ev: WatchEvent): void {
    const node = ev.object as Node;
    if (ev.type === 'ADDED') {
      this.cache.addNode(node);
      this.queue.moveAllToActiveOrBackoffQueue({ type: 'NodeAdd', node });
    } else if (ev.type === 'MODIFIED') {
      const oldNode = ev.old as Node;
      this.cache.updateNode(node);
      const actions = nodeUpdateActions(oldNode, node);
      if (actions.size > 0) this.queue.moveAllToActiveOrBackoffQueue({ type: 'NodeUpdate', oldNode, node, actions });
    } else {
      this.cache.removeNode(node.metadata?.name ?? '');
    }
  }

  private onPodAdded(pod: Pod): void {
    if (countsOnNode(pod)) this.cache.upsertPod(pod);
    else if (this.isQueueable(pod)) this.queue.add(pod);
  }

  private onPodEvent(ev: WatchEvent): void {
    const pod = ev.object as Pod;
    if (ev.type === 'ADDED') return this.onPodAdded(pod);
    const old = (ev.old ?? ev.object) as Pod;
    if (ev.type === 'DELETED') {
      if (countsOnNode(old)) {
        this.cache.removePod(old);
        this.queue.moveAllToActiveOrBackoffQueue({ type: 'AssignedPodDelete', pod: old });
      } else this.queue.delete(old);
      return;
    }
    // MODIFIED
    if (old.spec?.nodeName || pod.spec?.nodeName) {
      if (!old.spec?.nodeName) this.queue.delete(old);
      const counted = countsOnNode(old);
      this.cache.upsertPod(pod, cachedPodInfo(old));
      // A pod turning Succeeded/Failed leaves the scheduler's informer: a delete for the cache.
      if (counted && !countsOnNode(pod)) this.queue.moveAllToActiveOrBackoffQueue({ type: 'AssignedPodDelete', pod: old });
      return;
    }
    if (this.isQueueable(pod)) this.queue.update(old, pod);
    else this.queue.delete(old);
  }

  // ---------------------------------------------------------------------------------------------
  // The scheduling loop
  // ---------------------------------------------------------------------------------------------

  private kick(): void {
    if (!this.running || this.loopTimer) return;
    this.loopTimer = this.ctx.clock.setTimer(0, () => {
      this.loopTimer = null;
      this.runBatch();
    });
  }

  private runBatch(): void {
    const batch = this.opts.batchSize ?? 256;
    for (let i = 0; i < batch && this.running && this.queue.hasWork(); i++) this.scheduleOne();
    if (this.queue.hasWork()) this.kick();
  }

  /** ScheduleOne: pops one pod and tries it. Returns the outcome, or undefined when the queue is empty. */
  scheduleOne(): AttemptOutcome | undefined {
    const q = this.queue.pop();
    if (!q) return undefined;
    let outcome: AttemptOutcome;
    try {
      outcome = this.attempt(q);
    } catch (e) {
      // An unexpected failure: log it and retry the pod after backoff (an error, no rejecting plugin).
      const message = String((e as Error)?.message ?? e);
      this.log.error({ pod: podKey(q.pod), err: message }, 'error scheduling pod; retrying');
      if (this.queue.where(q.uid) === 'inFlight') this.queue.addUnschedulableIfNotPresent(q, new Set());
      outcome = { pod: podKey(q.pod), result: 'error', message };
    }
    this.outcomes.push(outcome);
    if (this.outcomes.length > 2000) this.outcomes.splice(0, this.outcomes.length - 1000);
    return outcome;
  }

  private attempt(q: QueuedPodInfo): AttemptOutcome {
    const { store } = this.ctx;
    const key = podKey(q.pod);
    const live = store.get<Pod>('Pod', q.pod.metadata?.namespace, q.pod.metadata?.name ?? '');
    if (!live || live.metadata?.uid !== q.uid || live.spec?.nodeName) {
      this.queue.done(q.uid);
      return { pod: key, result: 'skipped' };
    }
    q.pod = live;
    if (live.metadata?.deletionTimestamp) {
      // skipPodSchedule case 1: the pod is being deleted.
      this.event({
        involvedObject: refTo(live), type: 'Warning', reason: REASON_FAILED_SCHEDULING,
        message: skipDeletingPodMessage(live.metadata.namespace ?? 'default', live.metadata.name ?? ''), source: { component: this.schedulerName },
      });
      this.queue.done(q.uid);
      return { pod: key, result: 'skipped' };
    }
    // The queued version lends its parsed requests to the live one (see podInfoOf).
    const pc = podContext(podInfoOf(live, q.pod === live ? undefined : cachedPodInfo(q.pod)));
    const nodes = this.cache.nodes();
    const snapshot = this.cache.snapshotIndex();
    const res = schedulePod({
      pc, nodes, getNode: (n) => this.cache.get(n), nominated: this.queue.nominator, nextStartNodeIndex: this.nextStartNodeIndex,
      random: this.hostRandom, percentageOfNodesToScore: this.opts.percentageOfNodesToScore,
      snapshot, memo: this.equivalence?.filterKey(pc, this.queue.nominator.nominatedNodeOf(q.uid)),
    });
    this.nextStartNodeIndex = res.nextStartNodeIndex;
    if (res.ok) return this.bind(q, res.node, { evaluatedNodes: res.evaluatedNodes, feasibleNodes: res.feasibleNodes, score: res.topScore });

    if (res.numAllNodes === 0) {
      // ErrNoNodesAvailable: UnschedulableAndUnresolvable with no rejecting plugin (retried after backoff).
      const why = failedSchedulingWhy(key, pc.info.priority, 0, res.statuses, 0);
      why.error = MSG_NO_NODES_AVAILABLE;
      return this.handleFailure(q, POD_REASON_UNSCHEDULABLE, MSG_NO_NODES_AVAILABLE, { mode: 'Override', nodeName: '' }, why, new Set());
    }
    const rejectors = new Set<string>();
    for (const s of res.statuses.distinct().keys()) if (isRejected(s) && s.plugin) rejectors.add(s.plugin);
    const why = failedSchedulingWhy(key, pc.info.priority, res.numAllNodes, res.statuses, this.opts.maxWhyNodes ?? 100);
    let postFilterMsg = '';
    let nominating: Nominating | null = { mode: 'Override', nodeName: '' };
    if (this.ctx.config.preemption) {
      const r = this.runPreemption(pc, res.statuses, nodes, snapshot);
      why.preemption = r.why;
      postFilterMsg = r.message;
      nominating = r.nominating;
    }
    const message = fitErrorMessage(res.numAllNodes, res.statuses, postFilterMsg);
    return this.handleFailure(q, POD_REASON_UNSCHEDULABLE, message, nominating, why, rejectors);
  }

  /** Events are best effort, as with client-go's broadcaster: a failure to record never fails scheduling. */
  private event(input: EventInput): void {
    try {
      this.ctx.recorder.record(input);
    } catch (e) {
      this.log.warn({ reason: input.reason, object: input.involvedObject.name, err: String((e as Error).message) }, 'could not record event');
    }
  }

  /** DefaultPreemption.PostFilter: decide, then carry out. */
  private runPreemption(pc: ReturnType<typeof podContext>, statuses: NodeToStatus, nodes: ReturnType<SchedulerCache['nodes']>, snapshot: SnapshotIndex):
    { message: string; nominating: Nominating | null; why: PreemptionWhy } {
    const { store, clock, recorder } = this.ctx;
    const nominated = this.queue.nominator;
    const pdbs = store.list<PodDisruptionBudget>('PodDisruptionBudget');
    const now = clock.now();
    const r = preempt({
      pc, statuses, nodes, getNode: (n) => this.cache.get(n), pdbs,
      // The default filters with nominated pods: what the dry-run memos stand for.
      filter: (p, ni) => filterWithNominatedPods(p, ni, nominated, runDefaultFilters),
      now, snapshot, memo: this.equivalence?.dryRunKey(pc, nominated.nominatedNodeOf(pc.info.uid), now, pdbs),
      randomOffset: this.opts.preemptionOffset ?? ((n) => this.offsetRandom.intn(n)),
      minCandidateNodesPercentage: this.opts.minCandidateNodesPercentage,
      minCandidateNodesAbsolute: this.opts.minCandidateNodesAbsolute,
    });
    switch (r.kind) {
      case 'notEligible':
      case 'error':
        return { message: r.message, nominating: null, why: r.why };
      case 'noCandidates':
        return { message: r.message, nominating: { mode: 'Override', nodeName: '' }, why: r.why };
      case 'nominate': {
        const node = r.candidate.node;
        const lower = nominated.nominatedPodsForNode(node).filter((p) => p.priority < pc.info.priority).map((p) => p.pod);
        const ex = executePreemption({ store, recorder, clock }, pc.pod, r.candidate, lower, r.why);
        this.log.info({ pod: pc.info.key, node, victims: ex.preempted, skipped: ex.skipped, decidedBy: r.why.decidedBy }, 'preempted');
        if (ex.errors.length > 0) {
          // prepareCandidateAsync: when an API call fails, the preemptor is activated to try again.
          this.log.warn({ pod: pc.info.key, errors: ex.errors }, 'preemption API calls failed');
          this.queue.activate([pc.pod]);
        }
        return { message: '', nominating: { mode: 'Override', nodeName: node }, why: r.why };
      }
    }
  }

  /** The DefaultBinder's Binding: spec.nodeName and PodScheduled=True, then the Scheduled event. */
  private bind(q: QueuedPodInfo, node: string, detail: { evaluatedNodes: number; feasibleNodes: number; score?: number }): AttemptOutcome {
    const { store, clock } = this.ctx;
    const ns = q.pod.metadata?.namespace ?? 'default';
    const name = q.pod.metadata?.name ?? '';
    let bound: Pod;
    try {
      bound = store.mutate<Pod>('Pod', ns, name, (copy) => {
        if (copy.metadata?.uid !== q.uid) throw new StoreError('Conflict', 409, `Precondition failed: UID in precondition: ${q.uid}, UID in object meta: ${copy.metadata?.uid}`);
        if (copy.spec?.nodeName) throw new StoreError('Conflict', 409, `pod ${name} is already assigned to node "${copy.spec.nodeName}"`);
        if (copy.metadata?.deletionTimestamp) throw new StoreError('Conflict', 409, `pod ${name} is being deleted, cannot be assigned to a host`);
        copy.spec!.nodeName = node;
        const status = ((copy as Mutable<Pod>).status ??= {});
        updatePodCondition(status, { type: CONDITION_POD_SCHEDULED, status: 'True' }, toK8sTime(clock.now()));
      });
    } catch (e) {
      // handleBindingCycleError → FailureHandler with an error status (no rejecting plugin).
      const msg = isNotFound(e) ? `pods "${name}" not found` : String((e as Error).message);
      return this.handleFailure(q, POD_REASON_SCHEDULER_ERROR, msg, { mode: 'Override', nodeName: '' }, undefined, new Set());
    }
    this.queue.done(q.uid);
    this.event({
      involvedObject: refTo(bound), type: 'Normal', reason: REASON_SCHEDULED, message: scheduledEventMessage(ns, name, node),
      source: { component: this.schedulerName }, why: { node, ...detail },
    });
    return { pod: `${ns}/${name}`, result: 'scheduled', node };
  }

  /** handleSchedulingFailure: back to the queue, nomination, FailedScheduling event, PodScheduled=False. */
  private handleFailure(
    q: QueuedPodInfo, reason: string, message: string, nominating: Nominating | null, why: FailedSchedulingWhy | undefined, rejectors: ReadonlySet<string>,
  ): AttemptOutcome {
    const { store, clock } = this.ctx;
    const ns = q.pod.metadata?.namespace ?? 'default';
    const name = q.pod.metadata?.name ?? '';
    const key = `${ns}/${name}`;
    const cached = store.get<Pod>('Pod', ns, name);
    if (!cached || cached.metadata?.uid !== q.uid || cached.spec?.nodeName) {
      this.queue.done(q.uid);
    } else {
      q.pod = cached;
      const where = this.queue.addUnschedulableIfNotPresent(q, rejectors);
      if (why && where) why.queue = where;
    }
    if (cached && cached.metadata?.uid === q.uid && !cached.spec?.nodeName) this.queue.addNominatedPod(cached, nominating);
    const result = reason === POD_REASON_UNSCHEDULABLE ? 'unschedulable' : 'error';
    if (!cached || cached.metadata?.uid !== q.uid) return { pod: key, result, message };
    this.event({
      involvedObject: refTo(cached), type: 'Warning', reason: REASON_FAILED_SCHEDULING, message: truncateMessage(message),
      source: { component: this.schedulerName }, ...(why ? { why } : {}),
    });
    try {
      store.mutate<Pod>('Pod', ns, name, (copy) => {
        if (copy.metadata?.uid !== q.uid || copy.spec?.nodeName) return false;
        const status = ((copy as Mutable<Pod>).status ??= {});
        const nnnChanged = nominating?.mode === 'Override' && (status.nominatedNodeName ?? '') !== nominating.nodeName;
        const condChanged = updatePodCondition(status, { type: CONDITION_POD_SCHEDULED, status: 'False', reason, message }, toK8sTime(clock.now()));
        if (!nnnChanged && !condChanged) return false;
        if (nnnChanged) {
          if (nominating.nodeName) status.nominatedNodeName = nominating.nodeName;
          else delete status.nominatedNodeName;
        }
      });
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
    const nominatedNode = nominating?.mode === 'Override' && nominating.nodeName ? nominating.nodeName : undefined;
    return { pod: key, result, message, ...(nominatedNode ? { nominatedNode } : {}) };
  }
}
