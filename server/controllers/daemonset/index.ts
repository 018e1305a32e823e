/** DaemonSet controller (pkg/controller/daemon): public surface. */
export {
  daemonSetController, DaemonSetsController, DAEMONSET_CONTROLLER_NAME, FAILED_DAEMON_POD_REASON, SUCCEEDED_DAEMON_POD_REASON,
} from './daemonset.js';
export { daemonSetDefaults } from './defaults.js';
export {
  nodeShouldRunDaemonPod, daemonPlacement, newDaemonPod, daemonPodTemplate, replaceNodeNameAffinity, targetNodeName, podsShouldBeOnNode,
  CONTROLLER_REVISION_HASH_LABEL, POD_TEMPLATE_GENERATION_LABEL,
} from './placement.js';
export type { NodePlacement, NodeActions } from './placement.js';
export { planRollingUpdate, isPodUpdated, updatedDesiredNodeCounts } from './update.js';
export type { RollingUpdatePlan } from './update.js';
export { computeDaemonSetStatus } from './status.js';
export { Backoff } from './backoff.js';
