/**
 * The "why" attached to scheduler events (kemu.dev/why): per-node filter results of a failed
 * attempt (capped, with a reason histogram for all nodes) and the preemption decision.
 */
import { reasonHistogram } from './fit-error.js';
import type { PreemptionWhy } from './preemption/evaluator.js';
import type { NodeToStatus } from './status.js';

export interface NodeFilterWhy {
  plugin: string;
  code: string;
  reasons: readonly string[];
}

export interface FailedSchedulingWhy {
  pod: string;
  priority: number;
  numAllNodes: number;
  /** reason → number of nodes. */
  histogram: Record<string, number>;
  /** Filter result per node, for up to `maxNodes` nodes in the order they were evaluated. */
  nodes: Record<string, NodeFilterWhy>;
  omittedNodes: number;
  preemption?: PreemptionWhy;
  /** Where the pod waits now (active, backoff or unschedulable). */
  queue?: string;
  error?: string;
}

export function failedSchedulingWhy(pod: string, priority: number, numAllNodes: number, statuses: NodeToStatus, maxNodes: number): FailedSchedulingWhy {
  const nodes: Record<string, NodeFilterWhy> = {};
  let n = 0;
  for (const [name, s] of statuses.entries()) {
    if (n++ >= maxNodes) break;
    nodes[name] = { plugin: s.plugin, code: s.code, reasons: s.reasons };
  }
  return {
    pod, priority, numAllNodes, histogram: Object.fromEntries(reasonHistogram(numAllNodes, statuses)),
    nodes, omittedNodes: Math.max(0, statuses.size - maxNodes),
  };
}
