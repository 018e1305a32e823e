/**
 * Cluster events and queueing hints (pkg/scheduler/framework/events.go and each plugin's
 * EventsToRegister / QueueingHintFn, with SchedulerQueueingHints on as since v1.32). An event moves
 * an unschedulable pod back to the active or backoff queue only when a plugin that rejected the pod
 * registered for it and its hint says Queue.
 */
import { findMatchingUntoleratedTaint } from '../../../core/tolerations.js';
import type { Node, Pod } from '../../../core/types.js';
import {
  PLUGIN_NODE_AFFINITY, PLUGIN_NODE_NAME, PLUGIN_NODE_RESOURCES_FIT, PLUGIN_NODE_UNSCHEDULABLE, PLUGIN_TAINT_TOLERATION,
} from '../constants.js';
import { NodeInfo, podInfoOf } from '../node-info.js';
import { fitsRequest } from '../plugins/node-resources-fit.js';
import { podMatchesNodeRequired } from '../plugins/node-affinity-match.js';
import { podToleratesUnschedulable } from '../plugins/node-unschedulable.js';
import { nodeAllocatable } from '../resources.js';

export const PLUGIN_SCHEDULING_GATES = 'SchedulingGates';

export type NodeUpdateAction = 'UpdateNodeAllocatable' | 'UpdateNodeLabel' | 'UpdateNodeTaint' | 'UpdateNodeCondition' | 'UpdateNodeAnnotation';
export type PodUpdateAction = 'UpdatePodLabel' | 'UpdatePodToleration' | 'UpdatePodSchedulingGatesEliminated' | 'UpdatePodOther';

export type ClusterEvent =
  | { type: 'NodeAdd'; node: Node }
  | { type: 'NodeUpdate'; oldNode: Node; node: Node; actions: ReadonlySet<NodeUpdateAction> }
  | { type: 'AssignedPodAdd'; pod: Pod }
  | { type: 'AssignedPodDelete'; pod: Pod }
  | { type: 'UnscheduledPodUpdate'; oldPod: Pod; pod: Pod; actions: ReadonlySet<PodUpdateAction> }
  /** Wildcard events: every rejected pod is worth retrying. */
  | { type: 'UnschedulableTimeout' }
  | { type: 'ForceActivate' };

export function isWildcard(ev: ClusterEvent): boolean {
  return ev.type === 'UnschedulableTimeout' || ev.type === 'ForceActivate';
}

export function eventLabel(ev: ClusterEvent): string {
  return ev.type === 'NodeUpdate' || ev.type === 'UnscheduledPodUpdate' ? `${ev.type}:${[...ev.actions].join('|')}` : ev.type;
}

const json = (x: unknown) => JSON.stringify(x ?? null);

function conditionsWithoutHeartbeats(n: Node): unknown {
  return (n.status?.conditions ?? []).map((c) => ({ type: c.type, status: c.status, reason: c.reason, message: c.message }));
}

/** NodeSchedulingPropertiesChange: what a node update changed, as scheduling sees it. */
export function nodeUpdateActions(oldNode: Node, node: Node): Set<NodeUpdateAction> {
  const a = new Set<NodeUpdateAction>();
  // extractNodeSpecUnschedulableChange reports a node becoming schedulable as a taint change.
  if (!!oldNode.spec?.unschedulable !== !!node.spec?.unschedulable && !node.spec?.unschedulable) a.add('UpdateNodeTaint');
  if (json(oldNode.status?.allocatable) !== json(node.status?.allocatable)) a.add('UpdateNodeAllocatable');
  if (json(oldNode.metadata?.labels) !== json(node.metadata?.labels)) a.add('UpdateNodeLabel');
  if (json(oldNode.spec?.taints) !== json(node.spec?.taints)) a.add('UpdateNodeTaint');
  if (json(conditionsWithoutHeartbeats(oldNode)) !== json(conditionsWithoutHeartbeats(node))) a.add('UpdateNodeCondition');
  if (json(oldNode.metadata?.annotations) !== json(node.metadata?.annotations)) a.add('UpdateNodeAnnotation');
  return a;
}

/** PodSchedulingPropertiesChange for an unscheduled pod's own update. */
export function podUpdateActions(oldPod: Pod, pod: Pod): Set<PodUpdateAction> {
  const a = new Set<PodUpdateAction>();
  if (json(oldPod.metadata?.labels) !== json(pod.metadata?.labels)) a.add('UpdatePodLabel');
  if (json(oldPod.spec?.tolerations) !== json(pod.spec?.tolerations)) a.add('UpdatePodToleration');
  if ((oldPod.spec?.schedulingGates?.length ?? 0) > 0 && (pod.spec?.schedulingGates?.length ?? 0) === 0) a.add('UpdatePodSchedulingGatesEliminated');
  if (a.size === 0) a.add('UpdatePodOther');
  return a;
}

export type Hint = 'Queue' | 'Skip';

/** A plugin's hint for an event, or undefined when the plugin did not register for it. */
type HintFn = (pod: Pod, ev: ClusterEvent) => Hint | undefined;

function nodeFits(pod: Pod, node: Node): boolean {
  return fitsRequest(podInfoOf(pod).res.requests, new NodeInfo(node)).length === 0;
}

/** noderesources haveAnyRequestedResourcesIncreased */
function requestedResourcesIncreased(pod: Pod, oldNode: Node, node: Node): boolean {
  const req = podInfoOf(pod).res.requests;
  const o = nodeAllocatable(oldNode);
  const n = nodeAllocatable(node);
  if (n.allowedPodNumber > o.allowedPodNumber) return true;
  if (req.milliCPU === 0 && req.memory === 0 && req.ephemeralStorage === 0 && !req.scalar?.size) return false;
  if ((req.milliCPU > 0 && n.milliCPU > o.milliCPU) || (req.memory > 0 && n.memory > o.memory)
    || (req.ephemeralStorage > 0 && n.ephemeralStorage > o.ephemeralStorage)) return true;
  for (const [k, q] of req.scalar ?? []) if (q !== 0 && (n.scalar?.get(k) ?? 0) > (o.scalar?.get(k) ?? 0)) return true;
  return false;
}

function untolerated(node: Node, pod: Pod): boolean {
  const taints = (node.spec?.taints ?? []).filter((t) => t.effect === 'NoSchedule' || t.effect === 'NoExecute');
  return findMatchingUntoleratedTaint(taints, pod.spec?.tolerations) !== undefined;
}

const HINTS: Record<string, HintFn> = {
  // fit.go isSchedulableAfterPodEvent / isSchedulableAfterNodeChange
  [PLUGIN_NODE_RESOURCES_FIT]: (pod, ev) => {
    if (ev.type === 'AssignedPodDelete') return ev.pod.spec?.nodeName ? 'Queue' : 'Skip';
    if (ev.type === 'NodeAdd') return nodeFits(pod, ev.node) ? 'Queue' : 'Skip';
    if (ev.type === 'NodeUpdate' && ev.actions.has('UpdateNodeAllocatable')) {
      if (!nodeFits(pod, ev.node)) return 'Skip';
      return requestedResourcesIncreased(pod, ev.oldNode, ev.node) ? 'Queue' : 'Skip';
    }
    return undefined;
  },
  // node_unschedulable.go isSchedulableAfterNodeChange / isSchedulableAfterPodTolerationChange
  [PLUGIN_NODE_UNSCHEDULABLE]: (pod, ev) => {
    if (ev.type === 'NodeAdd') return ev.node.spec?.unschedulable ? 'Skip' : 'Queue';
    if (ev.type === 'NodeUpdate' && ev.actions.has('UpdateNodeTaint')) {
      return ev.oldNode.spec?.unschedulable && !ev.node.spec?.unschedulable ? 'Queue' : 'Skip';
    }
    if (ev.type === 'UnscheduledPodUpdate' && ev.actions.has('UpdatePodToleration')) {
      return ev.pod.metadata?.uid === pod.metadata?.uid && podToleratesUnschedulable(ev.pod.spec?.tolerations ?? []) ? 'Queue' : 'Skip';
    }
    return undefined;
  },
  // taint_toleration.go isSchedulableAfterNodeChange / isSchedulableAfterPodTolerationChange
  [PLUGIN_TAINT_TOLERATION]: (pod, ev) => {
    if (ev.type === 'NodeAdd') return untolerated(ev.node, pod) ? 'Skip' : 'Queue';
    if (ev.type === 'NodeUpdate' && ev.actions.has('UpdateNodeTaint')) {
      return untolerated(ev.oldNode, pod) && !untolerated(ev.node, pod) ? 'Queue' : 'Skip';
    }
    if (ev.type === 'UnscheduledPodUpdate' && ev.actions.has('UpdatePodToleration')) {
      return ev.pod.metadata?.uid === pod.metadata?.uid ? 'Queue' : 'Skip';
    }
    return undefined;
  },
  // node_affinity.go isSchedulableAfterNodeChange
  [PLUGIN_NODE_AFFINITY]: (pod, ev) => {
    if (ev.type === 'NodeAdd') return podMatchesNodeRequired(pod, ev.node) ? 'Queue' : 'Skip';
    if (ev.type === 'NodeUpdate' && ev.actions.has('UpdateNodeLabel')) {
      if (!podMatchesNodeRequired(pod, ev.node)) return 'Skip';
      return podMatchesNodeRequired(pod, ev.oldNode) ? 'Skip' : 'Queue';
    }
    return undefined;
  },
  // node_name.go isSchedulableAfterNodeAdd
  [PLUGIN_NODE_NAME]: (pod, ev) => {
    if (ev.type !== 'NodeAdd') return undefined;
    const want = pod.spec?.nodeName;
    return !want || want === ev.node.metadata?.name ? 'Queue' : 'Skip';
  },
  // scheduling_gates.go isSchedulableAfterUpdatePodSchedulingGatesEliminated
  [PLUGIN_SCHEDULING_GATES]: (pod, ev) => {
    if (ev.type !== 'UnscheduledPodUpdate' || !ev.actions.has('UpdatePodSchedulingGatesEliminated')) return undefined;
    return ev.pod.metadata?.uid === pod.metadata?.uid ? 'Queue' : 'Skip';
  },
};

/** isEventOfInterest: whether any plugin registered for the event. */
export function isEventOfInterest(ev: ClusterEvent): boolean {
  switch (ev.type) {
    case 'NodeAdd': case 'AssignedPodDelete': case 'UnschedulableTimeout': case 'ForceActivate': return true;
    case 'NodeUpdate': return ev.actions.has('UpdateNodeAllocatable') || ev.actions.has('UpdateNodeLabel') || ev.actions.has('UpdateNodeTaint');
    case 'UnscheduledPodUpdate': return ev.actions.has('UpdatePodToleration') || ev.actions.has('UpdatePodSchedulingGatesEliminated');
    default: return false;
  }
}

export type QueueingStrategy = 'Skip' | 'AfterBackoff';

/**
 * isPodWorthRequeuing: no rejecting plugin or a wildcard event → retry after backoff; otherwise
 * retry when a rejecting plugin's hint says Queue.
 */
export function isPodWorthRequeuing(pod: Pod, rejectors: ReadonlySet<string>, ev: ClusterEvent): QueueingStrategy {
  if (rejectors.size === 0 || isWildcard(ev)) return 'AfterBackoff';
  for (const plugin of rejectors) {
    const fn = HINTS[plugin];
    if (fn && fn(pod, ev) === 'Queue') return 'AfterBackoff';
  }
  return 'Skip';
}
