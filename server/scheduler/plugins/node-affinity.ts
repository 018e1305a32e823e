/**
 * NodeAffinity (pkg/scheduler/framework/plugins/nodeaffinity/node_affinity.go):
 * - Filter: nodeSelector and requiredDuringSchedulingIgnoredDuringExecution must match, else
 *   UnschedulableAndUnresolvable "node(s) didn't match Pod's node affinity/selector".
 * - Score: sum of matching preferred-term weights, normalised to 0..100. Weight 2. Skipped when the
 *   pod has no preferred terms.
 */
import { ERR_REASON_NODE_AFFINITY, PLUGIN_NODE_AFFINITY } from '../constants.js';
import type { NodeInfo } from '../node-info.js';
import { newStatus, type Status } from '../status.js';
import { defaultNormalizeScore } from './normalize.js';
import type { FilterPlugin, PodContext, ScorePlugin } from './types.js';

export const nodeAffinityFilter: FilterPlugin = {
  name: PLUGIN_NODE_AFFINITY,
  filter(pc: PodContext, ni: NodeInfo): Status | null {
    if (pc.affinity.matchesRequired(ni.labels, ni.name)) return null;
    return newStatus('UnschedulableAndUnresolvable', PLUGIN_NODE_AFFINITY, ERR_REASON_NODE_AFFINITY);
  },
};

export const nodeAffinityScore: ScorePlugin = {
  name: PLUGIN_NODE_AFFINITY,
  weight: 2,
  preScore(pc: PodContext): boolean {
    return pc.affinity.hasPreferred;
  },
  score(pc: PodContext, ni: NodeInfo): number {
    return pc.affinity.preferredScore(ni.labels, ni.name);
  },
  normalize(scores: number[]): void {
    defaultNormalizeScore(scores, false);
  },
};
