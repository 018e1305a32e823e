/**
 * The event stream's frames (proto/kemu.proto, StreamFrame and friends), with every field present.
 * JSON frames carry exactly these objects; protobuf frames encode the same objects. The dashboard
 * and `kemu events` import these types (type-only) so server and clients share one schema.
 */
import type { kemu } from '../../proto/gen/kemu.js';

export type WatchChangeType = 'ADDED' | 'MODIFIED' | 'DELETED';

/** The eviction mechanisms an Event can belong to ('' = none of them). */
export type Mechanism = 'kubelet' | 'taint' | 'preemption' | 'api-eviction' | '';

export type SnapshotReason = 'initial' | 'resync' | 'expired';

export interface ClockView {
  now: number;
  scale: number;
  paused: boolean;
}

export interface TaintView {
  key: string;
  value: string;
  effect: string;
  /** ms since the epoch, 0 = not set. */
  time_added: number;
}

export interface NodeView {
  name: string;
  uid: string;
  resource_version: string;
  zone: string;
  ready: string;
  ready_reason: string;
  ready_since: number;
  pressure: string[];
  taints: TaintView[];
  unschedulable: boolean;
  capacity: Record<string, string>;
  allocatable: Record<string, string>;
  labels: Record<string, string>;
  usage: Record<string, string>;
  creation_time: number;
  deletion_time: number;
}

export interface PodView {
  namespace: string;
  name: string;
  uid: string;
  resource_version: string;
  node: string;
  phase: string;
  reason: string;
  message: string;
  qos_class: string;
  priority: number;
  priority_class_name: string;
  deletion_time: number;
  owner_kind: string;
  owner_name: string;
  ready: boolean;
  restarts: number;
  requests: Record<string, string>;
  limits: Record<string, string>;
  usage: Record<string, string>;
  disruption_reason: string;
  disruption_message: string;
  creation_time: number;
  nominated_node: string;
}

export interface ObjectRefView {
  kind: string;
  namespace: string;
  name: string;
  uid: string;
}

export interface EventView {
  namespace: string;
  name: string;
  uid: string;
  resource_version: string;
  type: string;
  reason: string;
  message: string;
  involved: ObjectRefView;
  source_component: string;
  source_host: string;
  count: number;
  first_time: number;
  last_time: number;
  why_json: string;
  mechanism: Mechanism;
  node: string;
  eviction: boolean;
}

export interface SignalView {
  signal: string;
  available: number;
  capacity: number;
  /** Threshold in the unit of `available`; -1 = none. */
  hard: number;
  soft: number;
  hard_value: string;
  soft_value: string;
}

export interface NodeUsageView {
  node: string;
  time: number;
  signals: SignalView[];
}

export interface ObjectView {
  kind: string;
  namespace: string;
  name: string;
  uid: string;
  resource_version: string;
  json: string;
}

export interface ChangeView {
  type: WatchChangeType;
  node?: NodeView;
  pod?: PodView;
  event?: EventView;
  other?: ObjectView;
}

export interface SnapshotView {
  resource_version: number;
  reason: SnapshotReason;
  clock: ClockView;
  nodes: NodeView[];
  pods: PodView[];
  events: EventView[];
  usage: NodeUsageView[];
  objects: ObjectView[];
}

export interface DeltaView {
  resource_version: number;
  changes: ChangeView[];
  usage: NodeUsageView[];
  clock: ClockView;
}

export type StreamFrame = { snapshot: SnapshotView; delta?: undefined } | { delta: DeltaView; snapshot?: undefined };

/** Close codes of the event stream (documented in proto/kemu.proto). */
export const StreamCloseCode = {
  GoingAway: 1001,
  Unauthorized: 4001,
  TooSlow: 4008,
  BadRequest: 4400,
} as const;

// Compile-time proof that these views encode as the protobuf messages.
type Assignable<T, U extends T> = U;
export type _ProtoCompatible = [
  Assignable<kemu.v1.StreamNode.$Properties, NodeView>,
  Assignable<kemu.v1.StreamPod.$Properties, PodView>,
  Assignable<kemu.v1.StreamEvent.$Properties, EventView>,
  Assignable<kemu.v1.StreamNodeUsage.$Properties, NodeUsageView>,
  Assignable<kemu.v1.StreamSnapshot.$Properties, SnapshotView>,
  Assignable<kemu.v1.StreamDelta.$Properties, DeltaView>,
  Assignable<kemu.v1.StreamFrame.$Properties, StreamFrame>,
];
