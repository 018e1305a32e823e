/**
 * Carrying out a preemption (pkg/scheduler/framework/preemption/preemption.go prepareCandidateAsync,
 * Evaluator.PreemptPod, clearNominatedNodeName). Like the async preemption on by default since
 * v1.33, lower-priority pods nominated to the node lose their nomination first; then each victim
 * that is not already terminating gets the DisruptionTarget condition (reason
 * PreemptionByScheduler), is deleted with its own grace period, and gets a Preempted event. The
 * calls complete synchronously here, so the preemptor is never left waiting on PreEnqueue.
 */
import type { Clock } from '../../../core/clock/index.js';
import type { Mutable, Pod } from '../../../core/types.js';
import { toK8sTime } from '../../../core/time-format.js';
import { refTo, type EventInput, type EventRecorder } from '../../events/recorder.js';
import { deletePod } from '../../registry/index.js';
import { StoreError, type Store } from '../../store/index.js';
import {
  CONDITION_DISRUPTION_TARGET, DEFAULT_SCHEDULER_NAME, POD_REASON_PREEMPTION_BY_SCHEDULER, REASON_PREEMPTED,
  preemptedEventMessage, preemptingConditionMessage,
} from '../constants.js';
import type { PodInfo } from '../node-info.js';
import { updatePodCondition } from '../pod-status.js';
import type { Candidate } from './candidates.js';
import type { PreemptionWhy } from './evaluator.js';

export interface ExecutorDeps {
  store: Store;
  recorder: EventRecorder;
  clock: Clock;
}

export interface ExecutionResult {
  /** Victims deleted (or whose deletion started) now. */
  preempted: string[];
  /** Victims skipped because they were already terminating or gone. */
  skipped: string[];
  /** Pods whose nomination to the node was cleared. */
  clearedNominations: string[];
  errors: string[];
}

function isNotFound(e: unknown): boolean {
  return e instanceof StoreError && e.reason === 'NotFound';
}

/** clearNominatedNodeName: status.nominatedNodeName = "" on each pod. */
export function clearNominatedNodeName(store: Store, pods: readonly Pod[]): string[] {
  const cleared: string[] = [];
  for (const p of pods) {
    const ns = p.metadata?.namespace;
    const name = p.metadata?.name ?? '';
    try {
      store.mutate<Pod>('Pod', ns, name, (copy) => {
        if (!copy.status?.nominatedNodeName) return false;
        delete copy.status.nominatedNodeName;
      });
      cleared.push(`${ns}/${name}`);
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  }
  return cleared;
}

/** PreemptPod for one victim: the DisruptionTarget condition, then a graceful delete, then the event. */
function preemptVictim(deps: ExecutorDeps, preemptor: Pod, node: string, victim: PodInfo, why: PreemptionWhy): 'preempted' | 'skipped' {
  const { store } = deps;
  const ns = victim.pod.metadata?.namespace ?? 'default';
  const name = victim.pod.metadata?.name ?? '';
  const live = store.get<Pod>('Pod', ns, name);
  if (!live || live.metadata?.uid !== victim.uid || live.metadata?.deletionTimestamp) return 'skipped';
  const schedulerName = preemptor.spec?.schedulerName || DEFAULT_SCHEDULER_NAME;
  try {
    store.mutate<Pod>('Pod', ns, name, (copy) => {
      const status = ((copy as Mutable<Pod>).status ??= {});
      return updatePodCondition(status, {
        type: CONDITION_DISRUPTION_TARGET, status: 'True', reason: POD_REASON_PREEMPTION_BY_SCHEDULER,
        message: preemptingConditionMessage(schedulerName),
      }, toK8sTime(deps.clock.now()));
    });
    deletePod(store, ns, name);
  } catch (e) {
    if (isNotFound(e)) return 'skipped';
    throw e;
  }
  const after = store.get<Pod>('Pod', ns, name) ?? live;
  recordEvent(deps, {
    involvedObject: refTo(after), type: 'Normal', reason: REASON_PREEMPTED,
    message: preemptedEventMessage(preemptor.metadata?.uid ?? '', node),
    source: { component: DEFAULT_SCHEDULER_NAME },
    why: {
      preemptor: refTo(preemptor), node, victim: `${ns}/${name}`, victimPriority: victim.priority,
      decidedBy: why.decidedBy, victims: why.victims, candidates: why.candidates?.length ?? 0,
    },
  });
  return 'preempted';
}

/** Events are best effort (client-go's broadcaster drops failures). */
function recordEvent(deps: ExecutorDeps, input: EventInput): void {
  try {
    deps.recorder.record(input);
  } catch {
    // The preemption itself succeeded; a lost event must not undo or repeat it.
  }
}

/**
 * Executes a chosen candidate. `lowerNominated` are the pods nominated to the candidate node with
 * a lower priority than the preemptor (getLowerPriorityNominatedPods).
 */
export function executePreemption(deps: ExecutorDeps, preemptor: Pod, candidate: Candidate, lowerNominated: readonly Pod[], why: PreemptionWhy): ExecutionResult {
  const res: ExecutionResult = { preempted: [], skipped: [], clearedNominations: [], errors: [] };
  try {
    res.clearedNominations = clearNominatedNodeName(deps.store, lowerNominated);
  } catch (e) {
    res.errors.push(String((e as Error).message));
  }
  for (const v of candidate.victims) {
    try {
      const r = preemptVictim(deps, preemptor, candidate.node, v, why);
      (r === 'preempted' ? res.preempted : res.skipped).push(v.key);
    } catch (e) {
      res.errors.push(String((e as Error).message));
      break;
    }
  }
  return res;
}
