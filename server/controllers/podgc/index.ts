/** Pod garbage collector (pkg/controller/podgc): public surface. */
export { podGCController, PodGCController, POD_GC_CONTROLLER_NAME } from './podgc.js';
export type { PodGCReason } from './podgc.js';
export {
  terminatedPodsToDelete, outOfServiceTerminatingPods, unscheduledTerminatingPods, orphanedPods, NodeQuarantine, isPodTerminated,
  podIsEvicted, byEvictionAndCreationTimestamp, isNodeReady, GC_CHECK_PERIOD_MS, QUARANTINE_TIME_MS, DELETION_BY_POD_GC_REASON,
  POD_GC_NODE_GONE_MESSAGE,
} from './decisions.js';
