/**
 * Kubernetes object types, from the `kubernetes-types` package (generated from the upstream OpenAPI).
 * kemu uses the real shapes everywhere so objects go straight to kubectl without translation.
 */
export type {
  Pod, PodSpec, PodStatus, PodCondition, Container, ContainerStatus, Node, NodeSpec, NodeStatus,
  NodeCondition, Taint, Toleration, Namespace, Event, ObjectReference, ResourceRequirements,
  NodeSelector, NodeSelectorRequirement, NodeSelectorTerm, Affinity, NodeAffinity,
} from 'kubernetes-types/core/v1.js';
export type { ObjectMeta, OwnerReference, LabelSelector, Status, StatusCause } from 'kubernetes-types/meta/v1.js';
export type { Lease } from 'kubernetes-types/coordination/v1.js';
export type { ReplicaSet, Deployment, DaemonSet } from 'kubernetes-types/apps/v1.js';
export type { PodDisruptionBudget, Eviction } from 'kubernetes-types/policy/v1.js';
export type { PriorityClass } from 'kubernetes-types/scheduling/v1.js';

import type { ObjectMeta } from 'kubernetes-types/meta/v1.js';

/** Any stored Kubernetes object. */
export interface KObject {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMeta;
}

/** The kinds the control plane stores. */
export const KINDS = [
  'Namespace', 'Node', 'Pod', 'Event', 'Lease', 'ReplicaSet', 'Deployment', 'DaemonSet',
  'PriorityClass', 'PodDisruptionBudget',
] as const;
export type Kind = (typeof KINDS)[number];

export const NAMESPACED: Record<Kind, boolean> = {
  Namespace: false, Node: false, PriorityClass: false,
  Pod: true, Event: true, Lease: true, ReplicaSet: true, Deployment: true, DaemonSet: true,
  PodDisruptionBudget: true,
};

export const API_VERSION: Record<Kind, string> = {
  Namespace: 'v1', Node: 'v1', Pod: 'v1', Event: 'v1',
  Lease: 'coordination.k8s.io/v1', ReplicaSet: 'apps/v1', Deployment: 'apps/v1', DaemonSet: 'apps/v1',
  PriorityClass: 'scheduling.k8s.io/v1', PodDisruptionBudget: 'policy/v1',
};

/** kubernetes-types marks server-set fields readonly; the store is the server, so it may set them. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
