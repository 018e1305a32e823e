/**
 * podutil.UpdatePodCondition (pkg/api/v1/pod/util.go): adds or replaces a condition, keeping its
 * lastTransitionTime when the status did not change; reports whether anything changed.
 */
import type { PodCondition, PodStatus } from '../../core/types.js';

export function updatePodCondition(status: PodStatus, condition: PodCondition, nowIso: string): boolean {
  const cond: PodCondition = { ...condition, lastTransitionTime: nowIso };
  const conds = (status.conditions ??= []);
  const i = conds.findIndex((c) => c.type === cond.type);
  if (i < 0) {
    conds.push(cond);
    return true;
  }
  const old = conds[i];
  if (cond.status === old.status) cond.lastTransitionTime = old.lastTransitionTime;
  const equal = cond.status === old.status && (cond.reason ?? '') === (old.reason ?? '') && (cond.message ?? '') === (old.message ?? '')
    && (cond.lastProbeTime ?? null) === (old.lastProbeTime ?? null) && cond.lastTransitionTime === old.lastTransitionTime;
  conds[i] = cond;
  return !equal;
}
