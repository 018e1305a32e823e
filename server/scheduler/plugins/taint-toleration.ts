/**
 * TaintToleration (pkg/scheduler/framework/plugins/tainttoleration/taint_toleration.go):
 * - Filter: the first NoSchedule/NoExecute taint (node order) the pod does not tolerate rejects the
 *   node as UnschedulableAndUnresolvable, "node(s) had untolerated taint {key: value}".
 * - Score: the number of PreferNoSchedule taints not tolerated by the pod's tolerations whose
 *   effect is empty or PreferNoSchedule; normalised in reverse (fewer is better). Weight 3.
 */
import { findMatchingUntoleratedTaint, tolerationsTolerateTaint } from '../../../core/tolerations.js';
import type { Toleration } from '../../../core/types.js';
import { PLUGIN_TAINT_TOLERATION, errReasonUntoleratedTaint } from '../constants.js';
import type { NodeInfo } from '../node-info.js';
import { newStatus, type Status } from '../status.js';
import { defaultNormalizeScore } from './normalize.js';
import type { FilterPlugin, PodContext, ScorePlugin } from './types.js';

export const taintTolerationFilter: FilterPlugin = {
  name: PLUGIN_TAINT_TOLERATION,
  filter(pc: PodContext, ni: NodeInfo): Status | null {
    if (ni.doNotScheduleTaints.length === 0) return null;
    // ni.doNotScheduleTaints is DoNotScheduleTaintsFilterFunc applied in node order.
    const taint = findMatchingUntoleratedTaint(ni.doNotScheduleTaints, pc.tolerations);
    if (!taint) return null;
    return newStatus('UnschedulableAndUnresolvable', PLUGIN_TAINT_TOLERATION, errReasonUntoleratedTaint(taint.key, taint.value));
  },
};

/** getAllTolerationPreferNoSchedule: tolerations with an empty or PreferNoSchedule effect. */
export function tolerationsPreferNoSchedule(tolerations: readonly Toleration[]): Toleration[] {
  return tolerations.filter((t) => !t.effect || t.effect === 'PreferNoSchedule');
}

/** countIntolerableTaintsPreferNoSchedule */
export function countIntolerableTaintsPreferNoSchedule(ni: NodeInfo, tolerations: readonly Toleration[]): number {
  let n = 0;
  for (const taint of ni.preferNoScheduleTaints) if (!tolerationsTolerateTaint(tolerations, taint)) n++;
  return n;
}

const preferCache = new WeakMap<PodContext, Toleration[]>();

export const taintTolerationScore: ScorePlugin = {
  name: PLUGIN_TAINT_TOLERATION,
  weight: 3,
  score(pc: PodContext, ni: NodeInfo): number {
    if (ni.preferNoScheduleTaints.length === 0) return 0;
    let tols = preferCache.get(pc);
    if (!tols) preferCache.set(pc, (tols = tolerationsPreferNoSchedule(pc.tolerations)));
    return countIntolerableTaintsPreferNoSchedule(ni, tols);
  },
  normalize(scores: number[]): void {
    defaultNormalizeScore(scores, true);
  },
};
