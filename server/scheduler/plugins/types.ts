/**
 * Plugin shapes (a small subset of pkg/scheduler/framework/interface.go): filters judge one node,
 * scorers rank feasible nodes 0..100 and may normalise across them; both read a per-cycle
 * PodContext computed once per pod (the PreFilter / PreScore state).
 */
import type { Pod, Toleration } from '../../../core/types.js';
import type { NodeInfo, PodInfo } from '../node-info.js';
import type { Status } from '../status.js';
import { compileNodeAffinity, type CompiledNodeAffinity } from './node-affinity-match.js';

export interface PodContext {
  readonly pod: Pod;
  readonly info: PodInfo;
  readonly tolerations: readonly Toleration[];
  readonly affinity: CompiledNodeAffinity;
}

export function podContext(info: PodInfo): PodContext {
  const pod = info.pod;
  return { pod, info, tolerations: pod.spec?.tolerations ?? [], affinity: compileNodeAffinity(pod) };
}

export interface FilterPlugin {
  readonly name: string;
  /** null means the node passes. */
  filter(pc: PodContext, node: NodeInfo): Status | null;
}

export interface ScorePlugin {
  readonly name: string;
  readonly weight: number;
  /** PreScore: false means Skip (the plugin gives no score in this cycle). */
  preScore?(pc: PodContext): boolean;
  score(pc: PodContext, node: NodeInfo): number;
  /** NormalizeScore, in place. */
  normalize?(scores: number[]): void;
}
