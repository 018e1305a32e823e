/** Deployment controller (pkg/controller/deployment): public surface. */
export { deploymentController, DeploymentController, DEPLOYMENT_CONTROLLER_NAME, SCALING_REPLICASET_REASON } from './deployment.js';
export { deploymentDefaults } from './defaults.js';
export {
  computeHash, equalIgnoreHash, resolveFenceposts, maxSurge, maxUnavailable, newRSNewReplicas, getProportion, findActiveOrLatest,
  isSaturated, setNewReplicaSetAnnotations, DEFAULT_DEPLOYMENT_UNIQUE_LABEL_KEY, REVISION_ANNOTATION, REVISION_HISTORY_ANNOTATION,
  DESIRED_REPLICAS_ANNOTATION, MAX_REPLICAS_ANNOTATION,
} from './util.js';
export {
  calculateStatus, rolloutStatus, deploymentComplete, deploymentProgressing, deploymentTimedOut, DEPLOYMENT_AVAILABLE,
  DEPLOYMENT_PROGRESSING, DEPLOYMENT_REPLICA_FAILURE, REPLICASET_UPDATED_REASON, FAILED_RS_CREATE_REASON, NEW_REPLICASET_REASON,
  FOUND_NEW_RS_REASON, NEW_RS_AVAILABLE_REASON, TIMED_OUT_REASON, PAUSED_DEPLOY_REASON, RESUMED_DEPLOY_REASON,
  MINIMUM_REPLICAS_AVAILABLE, MINIMUM_REPLICAS_UNAVAILABLE,
} from './status.js';
export { reconcileNewReplicaSet, reconcileOldReplicaSets, scaleDeployment, replicaSetsToCleanUp, oldPodsRunning } from './rollout.js';
export type { Scaler, ScaleStep } from './rollout.js';
