/**
 * Names and strings the scheduler shares with events, conditions and tests. Every string here is
 * copied from upstream kube-scheduler so `kubectl describe pod` reads the same as on a real cluster.
 */

/** v1.DefaultSchedulerName */
export const DEFAULT_SCHEDULER_NAME = 'default-scheduler';

// Event reasons (pkg/scheduler/schedule_one.go, pkg/scheduler/framework/preemption/preemption.go).
export const REASON_SCHEDULED = 'Scheduled';
export const REASON_FAILED_SCHEDULING = 'FailedScheduling';
export const REASON_PREEMPTED = 'Preempted';

// Pod condition types and reasons (k8s.io/api/core/v1 types.go).
export const CONDITION_POD_SCHEDULED = 'PodScheduled';
export const CONDITION_DISRUPTION_TARGET = 'DisruptionTarget';
/** v1.PodReasonUnschedulable */
export const POD_REASON_UNSCHEDULABLE = 'Unschedulable';
/** v1.PodReasonSchedulerError */
export const POD_REASON_SCHEDULER_ERROR = 'SchedulerError';
/** v1.PodReasonPreemptionByScheduler */
export const POD_REASON_PREEMPTION_BY_SCHEDULER = 'PreemptionByScheduler';

/** v1.PreemptionPolicy values */
export const PREEMPT_LOWER_PRIORITY = 'PreemptLowerPriority';
export const PREEMPT_NEVER = 'Never';

// Plugin names (pkg/scheduler/framework/plugins/names/names.go).
export const PLUGIN_NODE_UNSCHEDULABLE = 'NodeUnschedulable';
export const PLUGIN_NODE_NAME = 'NodeName';
export const PLUGIN_TAINT_TOLERATION = 'TaintToleration';
export const PLUGIN_NODE_AFFINITY = 'NodeAffinity';
export const PLUGIN_NODE_RESOURCES_FIT = 'NodeResourcesFit';
export const PLUGIN_BALANCED_ALLOCATION = 'NodeResourcesBalancedAllocation';
export const PLUGIN_DEFAULT_PREEMPTION = 'DefaultPreemption';

// Filter reasons.
/** nodeunschedulable.ErrReasonUnschedulable */
export const ERR_REASON_UNSCHEDULABLE = 'node(s) were unschedulable';
/** nodename.ErrReason */
export const ERR_REASON_NODE_NAME = "node(s) didn't match the requested node name";
/** nodeaffinity.ErrReasonPod */
export const ERR_REASON_NODE_AFFINITY = "node(s) didn't match Pod's node affinity/selector";
/** tainttoleration Filter: fmt.Sprintf("node(s) had untolerated taint {%s: %s}", key, value) */
export function errReasonUntoleratedTaint(key: string, value: string | undefined): string {
  return `node(s) had untolerated taint {${key}: ${value ?? ''}}`;
}
/** noderesources fitsRequest */
export const ERR_REASON_TOO_MANY_PODS = 'Too many pods';
export function errReasonInsufficient(resource: string): string {
  return `Insufficient ${resource}`;
}

// FitError and preemption texts.
/** framework.NoNodeAvailableMsg */
export function noNodeAvailableMsg(numAllNodes: number): string {
  return `0/${numAllNodes} nodes are available`;
}
/** DefaultPreemption.PostFilter prefix */
export const PREEMPTION_MSG_PREFIX = 'preemption: ';
export const MSG_NO_PREEMPTION_VICTIMS = 'No preemption victims found for incoming pod';
export const MSG_PREEMPTION_NOT_HELPFUL = 'Preemption is not helpful for scheduling';
export const MSG_NOT_ELIGIBLE_NEVER = 'not eligible due to preemptionPolicy=Never.';
export const MSG_NOT_ELIGIBLE_TERMINATING = 'not eligible due to a terminating pod on the nominated node.';
export const MSG_NO_CANDIDATE = 'no candidate node for preemption';
/** ErrNoNodesAvailable */
export const MSG_NO_NODES_AVAILABLE = 'no nodes available to schedule pods';

/** The message of the DisruptionTarget condition written on preemption victims. */
export function preemptingConditionMessage(schedulerName: string): string {
  return `${schedulerName}: preempting to accommodate a higher priority pod`;
}
/** Event note on a victim: "Preempted by pod %v on node %v" (preemptor UID, node). */
export function preemptedEventMessage(preemptorUID: string, node: string): string {
  return `Preempted by pod ${preemptorUID} on node ${node}`;
}
/** Event note on a bound pod: "Successfully assigned %v/%v to %v". */
export function scheduledEventMessage(namespace: string, name: string, node: string): string {
  return `Successfully assigned ${namespace}/${name} to ${node}`;
}
/** skipPodSchedule: "skip schedule deleting pod: %v/%v" */
export function skipDeletingPodMessage(namespace: string, name: string): string {
  return `skip schedule deleting pod: ${namespace}/${name}`;
}

/** validation.NoteLengthLimit: FailedScheduling messages are truncated to it. */
export const NOTE_LENGTH_LIMIT = 1024;

/** Scoring (pkg/scheduler/framework/interface.go). */
export const MAX_NODE_SCORE = 100;

/** schedule_one.go */
export const MIN_FEASIBLE_NODES_TO_FIND = 100;
export const MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND = 5;

/** DefaultPreemptionArgs defaults (pkg/scheduler/apis/config/v1/defaults.go). */
export const DEFAULT_MIN_CANDIDATE_NODES_PERCENTAGE = 10;
export const DEFAULT_MIN_CANDIDATE_NODES_ABSOLUTE = 100;

/** scheduling_queue.go */
export const DEFAULT_POD_MAX_IN_UNSCHEDULABLE_PODS_DURATION = 5 * 60_000;
export const FLUSH_BACKOFF_Q_PERIOD = 1_000;
export const FLUSH_UNSCHEDULABLE_PODS_PERIOD = 30_000;

/** schedutil.DefaultMilliCPURequest / DefaultMemoryRequest (non-zero defaults for scoring). */
export const DEFAULT_MILLI_CPU_REQUEST = 100;
export const DEFAULT_MEMORY_REQUEST = 200 * 1024 * 1024;

/** Well-known taint the NodeUnschedulable plugin checks tolerations against. */
export const TAINT_NODE_UNSCHEDULABLE = 'node.kubernetes.io/unschedulable';
