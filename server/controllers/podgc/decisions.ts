/**
 * Pod garbage collection decisions, pure (pkg/controller/podgc/gc_controller.go): which terminated
 * pods exceed --terminated-pod-gc-threshold, which pods are orphaned (their node is gone after the
 * quarantine), which terminating pods sit on out-of-service nodes, which unscheduled pods are
 * terminating.
 */
import { TAINT_NODE_OUT_OF_SERVICE } from '../../../core/tolerations.js';
import type { Node, Pod } from '../../../core/types.js';
import { byCreationTimestamp } from '../replicaset/index.js';

/** gcCheckPeriod and quarantineTime. */
export const GC_CHECK_PERIOD_MS = 20_000;
export const QUARANTINE_TIME_MS = 40_000;

/** The DisruptionTarget condition set on orphaned pods before they are deleted. */
export const DELETION_BY_POD_GC_REASON = 'DeletionByPodGC';
export const POD_GC_NODE_GONE_MESSAGE = 'PodGC: node no longer exists';
/** The kubelet's eviction reason (pkg/kubelet/eviction Reason). */
export const EVICTED_REASON = 'Evicted';

/** isPodTerminated: anything but Pending, Running and Unknown (an empty phase counts, as upstream). */
export function isPodTerminated(pod: Pod): boolean {
  const phase = pod.status?.phase ?? '';
  return phase !== 'Pending' && phase !== 'Running' && phase !== 'Unknown';
}

/** eviction.PodIsEvicted. */
export function podIsEvicted(pod: Pod): boolean {
  return pod.status?.phase === 'Failed' && pod.status?.reason === EVICTED_REASON;
}

/** byEvictionAndCreationTimestamp: evicted pods first, then oldest, then by name. */
export function byEvictionAndCreationTimestamp(a: Pod, b: Pod): number {
  const ea = podIsEvicted(a), eb = podIsEvicted(b);
  if (ea !== eb) return ea ? -1 : 1;
  return byCreationTimestamp(a, b);
}

/** gcTerminated: the terminated pods beyond the threshold, evicted and oldest first (threshold <= 0 disables). */
export function terminatedPodsToDelete(pods: Pod[], threshold: number): Pod[] {
  if (threshold <= 0) return [];
  const terminated = pods.filter(isPodTerminated);
  const n = terminated.length - threshold;
  if (n <= 0) return [];
  return terminated.sort(byEvictionAndCreationTimestamp).slice(0, n);
}

/** nodeutil.IsNodeReady. */
export function isNodeReady(node: Node): boolean {
  return (node.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

/** gcTerminating: terminating pods on nodes that are not Ready and carry the out-of-service taint. */
export function outOfServiceTerminatingPods(pods: Pod[], nodes: Map<string, Node>): Pod[] {
  return pods.filter((p) => {
    if (!p.metadata?.deletionTimestamp) return false;
    const node = nodes.get(p.spec?.nodeName ?? '');
    return !!node && !isNodeReady(node) && (node.spec?.taints ?? []).some((t) => t.key === TAINT_NODE_OUT_OF_SERVICE);
  }).sort(byEvictionAndCreationTimestamp);
}

/** gcUnscheduledTerminating: terminating pods never bound to a node. */
export function unscheduledTerminatingPods(pods: Pod[]): Pod[] {
  return pods.filter((p) => !!p.metadata?.deletionTimestamp && !p.spec?.nodeName);
}

/**
 * The orphan quarantine (upstream: a delaying queue of node names): a missing node is confirmed
 * gone only when it is still missing QUARANTINE_TIME after it was first noticed.
 */
export class NodeQuarantine {
  private readonly waiting = new Map<string, number>();

  /** One gc pass: notices missing nodes, returns the ones whose quarantine ended with the node still missing. */
  pass(pods: Pod[], existing: Set<string>, now: number, stillMissing: (name: string) => boolean): Set<string> {
    for (const p of pods) {
      const n = p.spec?.nodeName;
      if (n && !existing.has(n) && !this.waiting.has(n)) this.waiting.set(n, now + QUARANTINE_TIME_MS);
    }
    const deleted = new Set<string>();
    for (const [name, readyAt] of this.waiting) {
      if (readyAt > now) continue;
      this.waiting.delete(name);
      if (!existing.has(name) && stillMissing(name)) deleted.add(name);
    }
    return deleted;
  }

  get size(): number {
    return this.waiting.size;
  }
}

/** gcOrphaned: pods bound to nodes confirmed deleted. */
export function orphanedPods(pods: Pod[], deletedNodes: Set<string>): Pod[] {
  return pods.filter((p) => deletedNodes.has(p.spec?.nodeName ?? ''));
}
