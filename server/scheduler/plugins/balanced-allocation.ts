/**
 * NodeResourcesBalancedAllocation (pkg/scheduler/framework/plugins/noderesources/balanced_allocation.go):
 * favours nodes whose cpu and memory utilisation fractions (node requests + pod requests, actual
 * requests, each capped at 1) are close: score = (1 - |f_cpu - f_mem| / 2) * 100, truncated.
 * Skipped for pods that request neither cpu nor memory (upstream issue #129138). Weight 1.
 */
import { MAX_NODE_SCORE, PLUGIN_BALANCED_ALLOCATION } from '../constants.js';
import type { NodeInfo } from '../node-info.js';
import type { PodContext, ScorePlugin } from './types.js';

/** balancedResourceScorer over [requested, allocatable] pairs (resources with 0 allocatable are skipped). */
export function balancedResourceScorer(requested: number[], allocatable: number[]): number {
  const fractions: number[] = [];
  let total = 0;
  for (let i = 0; i < requested.length; i++) {
    if (allocatable[i] === 0) continue;
    let f = requested[i] / allocatable[i];
    if (f > 1) f = 1;
    total += f;
    fractions.push(f);
  }
  let std = 0;
  if (fractions.length === 2) {
    std = Math.abs((fractions[0] - fractions[1]) / 2);
  } else if (fractions.length > 2) {
    const mean = total / fractions.length;
    let sum = 0;
    for (const f of fractions) sum += (f - mean) * (f - mean);
    std = Math.sqrt(sum / fractions.length);
  }
  return Math.trunc((1 - std) * MAX_NODE_SCORE);
}

export const balancedAllocationScore: ScorePlugin = {
  name: PLUGIN_BALANCED_ALLOCATION,
  weight: 1,
  preScore(pc: PodContext): boolean {
    const r = pc.info.res.requests;
    return r.milliCPU !== 0 || r.memory !== 0;
  },
  score(pc: PodContext, ni: NodeInfo): number {
    const r = pc.info.res.requests;
    const cpuAlloc = ni.allocatable.milliCPU;
    const memAlloc = ni.allocatable.memory;
    if (cpuAlloc === 0 || memAlloc === 0) {
      return balancedResourceScorer([ni.requested.milliCPU + r.milliCPU, ni.requested.memory + r.memory], [cpuAlloc, memAlloc]);
    }
    // The two-resource case of balancedResourceScorer, without allocating.
    const fc = Math.min(1, (ni.requested.milliCPU + r.milliCPU) / cpuAlloc);
    const fm = Math.min(1, (ni.requested.memory + r.memory) / memAlloc);
    return Math.trunc((1 - Math.abs((fc - fm) / 2)) * MAX_NODE_SCORE);
  },
};
