/**
 * The default profile's filter and score plugins in upstream order
 * (pkg/scheduler/apis/config/v1/default_plugins.go) and the runners
 * (pkg/scheduler/framework/runtime/framework.go RunFilterPlugins, RunScorePlugins).
 */
import type { NodeInfo } from '../node-info.js';
import type { Status } from '../status.js';
import { balancedAllocationScore } from './balanced-allocation.js';
import { nodeAffinityFilter, nodeAffinityScore } from './node-affinity.js';
import { nodeName } from './node-name.js';
import { nodeResourcesFitFilter, nodeResourcesFitScore } from './node-resources-fit.js';
import { nodeUnschedulable } from './node-unschedulable.js';
import { taintTolerationFilter, taintTolerationScore } from './taint-toleration.js';
import type { FilterPlugin, PodContext, ScorePlugin } from './types.js';

/** Filter order: NodeUnschedulable, NodeName, TaintToleration, NodeAffinity, NodeResourcesFit. */
export const DEFAULT_FILTERS: readonly FilterPlugin[] = [nodeUnschedulable, nodeName, taintTolerationFilter, nodeAffinityFilter, nodeResourcesFitFilter];

/** Score plugins with their default weights: TaintToleration 3, NodeAffinity 2, NodeResourcesFit 1, BalancedAllocation 1. */
export const DEFAULT_SCORERS: readonly ScorePlugin[] = [taintTolerationScore, nodeAffinityScore, nodeResourcesFitScore, balancedAllocationScore];

/** A filter chain over one node: null when the node passes. */
export type NodeFilter = (pc: PodContext, node: NodeInfo) => Status | null;

/** RunFilterPlugins: plugins in order; the first rejecting plugin's status is the node's status. */
export function filterChain(filters: readonly FilterPlugin[] = DEFAULT_FILTERS): NodeFilter {
  return (pc, node) => {
    for (const f of filters) {
      const s = f.filter(pc, node);
      if (s) return s;
    }
    return null;
  };
}

/**
 * filterChain(DEFAULT_FILTERS) with each plugin skipped when it cannot reject (no cordon, no
 * spec.nodeName, no NoSchedule/NoExecute taint, no selector): same results, fewer calls on the
 * hot path (tested against the plain chain).
 */
export const runDefaultFilters: NodeFilter = (pc, ni) => {
  let s: Status | null;
  if (ni.node.spec?.unschedulable && (s = nodeUnschedulable.filter(pc, ni))) return s;
  if (pc.pod.spec?.nodeName && (s = nodeName.filter(pc, ni))) return s;
  if (ni.doNotScheduleTaints.length > 0 && (s = taintTolerationFilter.filter(pc, ni))) return s;
  if (pc.affinity.hasRequired && (s = nodeAffinityFilter.filter(pc, ni))) return s;
  return nodeResourcesFitFilter.filter(pc, ni);
};

/**
 * RunPreScorePlugins + RunScorePlugins + NormalizeScore + weights: the total score of every
 * feasible node (same order as `nodes`). Skipped plugins contribute nothing.
 */
export function prioritizeNodes(pc: PodContext, nodes: readonly NodeInfo[], scorers: readonly ScorePlugin[] = DEFAULT_SCORERS): number[] {
  const totals = new Array<number>(nodes.length).fill(0);
  const scores = new Array<number>(nodes.length);
  for (const pl of scorers) {
    if (pl.preScore && !pl.preScore(pc)) continue;
    for (let i = 0; i < nodes.length; i++) scores[i] = pl.score(pc, nodes[i]);
    pl.normalize?.(scores);
    for (let i = 0; i < nodes.length; i++) totals[i] += scores[i] * pl.weight;
  }
  return totals;
}
