/** A parsed, validated scenario (see /shared/spec/scenario-format.md). */
import type { KObject, Taint } from '../../core/types.js';
import type { NodeConfig } from '../../agent/node-config.js';
import type { ControlPlaneConfig } from '../../server/config.js';

export type ObjectKind = 'Pod' | 'Node' | 'Deployment' | 'ReplicaSet' | 'DaemonSet' | 'PriorityClass' | 'PodDisruptionBudget' | 'Namespace' | 'Lease' | 'Event';

export interface ObjectRef { kind: ObjectKind; namespace?: string; name: string }

export type Action =
  | { type: 'stopNode' | 'startNode' | 'partitionNode' | 'healNode' | 'deleteNode' | 'cordon' | 'uncordon' | 'drain'; node: string }
  | { type: 'addNode'; nodes: NodeConfig[] }
  | { type: 'apply'; manifest: KObject }
  | { type: 'delete'; ref: ObjectRef }
  | { type: 'patch'; ref: ObjectRef; patch: Record<string, unknown> }
  | { type: 'taint' | 'untaint'; node: string; taint: Taint }
  | { type: 'evict'; namespace: string; name: string }
  | { type: 'setUsage'; pod?: { namespace: string; name: string }; node?: string; usage: Record<string, string> };

export interface Step {
  atMs: number;
  path: string;
  action: Action;
}

export type Expectation =
  | { index: number; path: string; type: 'event'; match: Record<string, unknown>; afterMs?: number; beforeMs?: number }
  | { index: number; path: string; type: 'noEvent'; match: Record<string, unknown>; afterMs?: number; beforeMs?: number }
  | { index: number; path: string; type: 'object'; atMs: number; ref: ObjectRef; matches?: Record<string, unknown>; absent: boolean };

export interface Scenario {
  name: string;
  seed: number | string;
  durationMs: number;
  controlPlane: Partial<ControlPlaneConfig>;
  nodes: NodeConfig[];
  objects: KObject[];
  timeline: Step[];
  expect: Expectation[];
}
