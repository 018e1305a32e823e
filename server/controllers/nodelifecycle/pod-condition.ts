/**
 * Pod condition updates as pkg/api/v1/pod/util.go UpdatePodCondition does them, pure:
 * lastTransitionTime moves to now only when the status changes; returns undefined when nothing
 * changed (no write needed). Used by MarkPodsNotReady here and by the taint eviction controller
 * for the DisruptionTarget condition.
 */
import type { PodCondition, PodStatus } from '../../../core/types.js';
import { toK8sTime } from '../../../core/time-format.js';

export function updatePodCondition(status: PodStatus | undefined, condition: PodCondition, now: number): PodCondition[] | undefined {
  const conds = status?.conditions ?? [];
  const i = conds.findIndex((c) => c.type === condition.type);
  const next: PodCondition = { ...condition, lastTransitionTime: toK8sTime(now) };
  if (i < 0) return [...conds, next];
  const old = conds[i];
  if (next.status === old.status) {
    if (old.lastTransitionTime === undefined) delete next.lastTransitionTime;
    else next.lastTransitionTime = old.lastTransitionTime;
  }
  const same = next.status === old.status && (next.reason ?? '') === (old.reason ?? '')
    && (next.message ?? '') === (old.message ?? '') && (next.lastProbeTime ?? '') === (old.lastProbeTime ?? '')
    && (next.lastTransitionTime ?? '') === (old.lastTransitionTime ?? '');
  if (same) return undefined;
  const out = [...conds];
  out[i] = next;
  return out;
}

/**
 * MarkPodsNotReady for one pod (pkg/controller/util/node/controller_utils.go): the pod's Ready
 * condition set to False, reason and message kept. Undefined when the pod has no Ready condition
 * or it is already False.
 */
export function podNotReadyConditions(status: PodStatus | undefined, now: number): PodCondition[] | undefined {
  const ready = (status?.conditions ?? []).find((c) => c.type === 'Ready');
  if (!ready) return undefined;
  return updatePodCondition(status, { ...ready, status: 'False' }, now);
}
