/**
 * ReplicaSet controller (pkg/controller/replicaset) and the controller helpers the other workload
 * controllers share (pkg/controller/controller_utils.go equivalents).
 */
export { replicaSetController, ReplicaSetController, REPLICASET_CONTROLLER_NAME } from './replica-set.js';
export { replicaSetDefaults, validateWorkloadSpec } from './defaults.js';
export {
  planReplicas, getPodsToDelete, calculateReplicaSetStatus, replicaSetStatusEqual, slowStartBatches,
  BURST_REPLICAS, REPLICA_FAILURE_CONDITION,
} from './replicas.js';
export type { ReplicaPlan, InactivePod } from './replicas.js';
export * from './controller-utils.js';
export { PodControl } from './pod-control.js';
export type { CreateResult } from './pod-control.js';
export { WorkQueue } from './workqueue.js';
