/**
 * PodEligibleToPreemptOthers (default_preemption.go): a pod with preemptionPolicy Never never
 * preempts; a pod already nominated to a node waits while a lower-priority pod there is still
 * terminating because of an earlier preemption (deletionTimestamp set and DisruptionTarget=True
 * with reason PreemptionByScheduler), unless that node is now UnschedulableAndUnresolvable for it.
 */
import type { Pod } from '../../../core/types.js';
import {
  CONDITION_DISRUPTION_TARGET, MSG_NOT_ELIGIBLE_NEVER, MSG_NOT_ELIGIBLE_TERMINATING, POD_REASON_PREEMPTION_BY_SCHEDULER, PREEMPT_NEVER,
} from '../constants.js';
import type { NodeInfo } from '../node-info.js';
import type { PodContext } from '../plugins/types.js';
import type { Status } from '../status.js';
import { isPreemptionAllowed, type SelectVictimsInput } from './victims.js';

/** podTerminatingByPreemption */
export function podTerminatingByPreemption(pod: Pod): boolean {
  if (!pod.metadata?.deletionTimestamp) return false;
  for (const c of pod.status?.conditions ?? []) {
    if (c.type === CONDITION_DISRUPTION_TARGET) return c.status === 'True' && c.reason === POD_REASON_PREEMPTION_BY_SCHEDULER;
  }
  return false;
}

export interface Eligibility {
  eligible: boolean;
  /** Why not ('' when eligible). */
  message: string;
}

export function podEligibleToPreemptOthers(
  pc: PodContext,
  nominatedNodeStatus: Status,
  nominatedNode: NodeInfo | undefined,
  isEligiblePod?: SelectVictimsInput['isEligiblePod'],
): Eligibility {
  if (pc.pod.spec?.preemptionPolicy === PREEMPT_NEVER) return { eligible: false, message: MSG_NOT_ELIGIBLE_NEVER };
  const nnn = pc.pod.status?.nominatedNodeName;
  if (nnn) {
    if (nominatedNodeStatus.code === 'UnschedulableAndUnresolvable') return { eligible: true, message: '' };
    if (nominatedNode) {
      for (const pi of nominatedNode.pods.values()) {
        if (isPreemptionAllowed(nominatedNode, pi, pc, isEligiblePod) && podTerminatingByPreemption(pi.pod)) {
          return { eligible: false, message: MSG_NOT_ELIGIBLE_TERMINATING };
        }
      }
    }
  }
  return { eligible: true, message: '' };
}
