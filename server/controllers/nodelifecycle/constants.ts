/**
 * Names, reasons and messages of the node lifecycle controller, as upstream
 * (pkg/controller/nodelifecycle/node_lifecycle_controller.go, pkg/controller/util/node/controller_utils.go,
 * pkg/util/node/node.go). Events and tests reuse these constants.
 */
import type { Taint } from '../../../core/types.js';
import {
  TAINT_NODE_DISK_PRESSURE, TAINT_NODE_MEMORY_PRESSURE, TAINT_NODE_NETWORK_UNAVAILABLE, TAINT_NODE_NOT_READY,
  TAINT_NODE_PID_PRESSURE, TAINT_NODE_UNREACHABLE, TAINT_NODE_UNSCHEDULABLE, TaintEffect,
} from '../../../core/tolerations.js';

export const CONTROLLER_NAME = 'node-lifecycle-controller';
/** Event source component (record.EventSource{Component: "node-controller"}). */
export const EVENT_COMPONENT = 'node-controller';

/** Namespace of the kubelets' heartbeat leases (v1.NamespaceNodeLease). */
export const NODE_LEASE_NAMESPACE = 'kube-node-lease';

/** Node labels read by the controller. */
export const LABEL_EXCLUDE_DISRUPTION = 'node.kubernetes.io/exclude-disruption';
export const LABEL_TOPOLOGY_ZONE = 'topology.kubernetes.io/zone';
export const LABEL_TOPOLOGY_REGION = 'topology.kubernetes.io/region';
export const LABEL_FAILURE_DOMAIN_BETA_ZONE = 'failure-domain.beta.kubernetes.io/zone';
export const LABEL_FAILURE_DOMAIN_BETA_REGION = 'failure-domain.beta.kubernetes.io/region';
export const LABEL_OS_STABLE = 'kubernetes.io/os';
export const LABEL_OS_BETA = 'beta.kubernetes.io/os';
export const LABEL_ARCH_STABLE = 'kubernetes.io/arch';
export const LABEL_ARCH_BETA = 'beta.kubernetes.io/arch';

/** Node condition types. */
export const NodeConditionType = {
  Ready: 'Ready',
  MemoryPressure: 'MemoryPressure',
  DiskPressure: 'DiskPressure',
  PIDPressure: 'PIDPressure',
  NetworkUnavailable: 'NetworkUnavailable',
} as const;

/** Conditions the controller sets to Unknown when the kubelet goes silent (not NetworkUnavailable). */
export const CONDITIONS_SET_UNKNOWN = [
  NodeConditionType.Ready, NodeConditionType.MemoryPressure, NodeConditionType.DiskPressure, NodeConditionType.PIDPressure,
] as const;

export const REASON_NODE_STATUS_UNKNOWN = 'NodeStatusUnknown';
export const MESSAGE_NODE_STATUS_UNKNOWN = 'Kubelet stopped posting node status.';
export const REASON_NODE_STATUS_NEVER_UPDATED = 'NodeStatusNeverUpdated';
export const MESSAGE_NODE_STATUS_NEVER_UPDATED = 'Kubelet never posted node status.';

/** Event reasons. */
export const EVENT_REGISTERED_NODE = 'RegisteredNode';
export const EVENT_REMOVING_NODE = 'RemovingNode';
export const EVENT_NODE_NOT_READY = 'NodeNotReady';
export const EVENT_DELETING_ALL_PODS = 'DeletingAllPods';
export const EVENT_NODE_CONTROLLER_EVICTION = 'NodeControllerEviction';
/** Pod event message of MarkPodsNotReady. */
export const MESSAGE_POD_NODE_NOT_READY = 'Node is not ready';

/** pkg/util/node: reason and message set on pods of a lost node before the legacy eviction. */
export const NODE_UNREACHABLE_POD_REASON = 'NodeLost';
export const nodeUnreachablePodMessage = (node: string, pod: string): string =>
  `Node ${node} which was running pod ${pod} is unresponsive`;

/** RecordNodeEvent: "Node <name> event: <event>". */
export const nodeEventMessage = (node: string, event: string): string => `Node ${node} event: ${event}`;
export const registeredNodeMessage = (node: string): string => nodeEventMessage(node, `Registered Node ${node} in Controller`);
export const removingNodeMessage = (node: string): string => nodeEventMessage(node, `Removing Node ${node} from Controller`);
export const deletingAllPodsMessage = (node: string): string => nodeEventMessage(node, `Deleting all Pods from Node ${node}.`);
/** RecordNodeStatusChange: "Node <name> status is now: <status>". */
export const nodeStatusChangeMessage = (node: string, status: string): string => `Node ${node} status is now: ${status}`;
export const nodeControllerEvictionMessage = (pod: string, node: string): string => `Marking for deletion Pod ${pod} from Node ${node}`;

/** NoExecute taints managed by the controller (both without a value). */
export const UNREACHABLE_TAINT_TEMPLATE: Readonly<Taint> = Object.freeze({ key: TAINT_NODE_UNREACHABLE, effect: TaintEffect.NoExecute });
export const NOT_READY_TAINT_TEMPLATE: Readonly<Taint> = Object.freeze({ key: TAINT_NODE_NOT_READY, effect: TaintEffect.NoExecute });

/** nodeConditionToTaintKeyStatusMap: condition type → status → NoSchedule taint key. */
export const NODE_CONDITION_TO_TAINT_KEY: Readonly<Record<string, Readonly<Record<string, string>>>> = Object.freeze({
  [NodeConditionType.Ready]: { False: TAINT_NODE_NOT_READY, Unknown: TAINT_NODE_UNREACHABLE },
  [NodeConditionType.MemoryPressure]: { True: TAINT_NODE_MEMORY_PRESSURE },
  [NodeConditionType.DiskPressure]: { True: TAINT_NODE_DISK_PRESSURE },
  [NodeConditionType.NetworkUnavailable]: { True: TAINT_NODE_NETWORK_UNAVAILABLE },
  [NodeConditionType.PIDPressure]: { True: TAINT_NODE_PID_PRESSURE },
});

/** taintKeyToNodeConditionMap keys plus the unschedulable taint: the NoSchedule taints the controller owns. */
export const CONTROLLER_NO_SCHEDULE_TAINT_KEYS: ReadonlySet<string> = new Set([
  TAINT_NODE_NOT_READY, TAINT_NODE_UNREACHABLE, TAINT_NODE_NETWORK_UNAVAILABLE, TAINT_NODE_MEMORY_PRESSURE,
  TAINT_NODE_DISK_PRESSURE, TAINT_NODE_PID_PRESSURE, TAINT_NODE_UNSCHEDULABLE,
]);

/** scheduler.NodeEvictionPeriod: how often the NoExecute tainting (or legacy eviction) pass runs. */
export const NODE_EVICTION_PERIOD_MS = 100;
/** scheduler.EvictionRateLimiterBurst. */
export const EVICTION_RATE_LIMITER_BURST = 1;
/** Retry delay when a queued node has no Ready condition (doNoExecuteTaintingPass). */
export const TAINT_RETRY_MS = 50;
