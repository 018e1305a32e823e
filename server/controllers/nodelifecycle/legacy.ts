/**
 * The legacy, non-taint eviction path (--enable-taint-manager=false, removed upstream in v1.27),
 * pure: processNoTaintBaseEviction of node_lifecycle_controller.go (v1.24–v1.26) and DeletePods of
 * pkg/controller/util/node/controller_utils.go.
 */
import type { DaemonSet, Pod } from '../../../core/types.js';
import { fromLabelSelector, matchesLabels } from '../../../core/labels.js';
import type { NodeHealth } from './node-health.js';

/** nodeEvictionMap statuses. */
export type NodeEvictionStatus = 'unmarked' | 'toBeEvicted' | 'evicted';

export interface LegacyEvictionWhy {
  mode: 'podEvictionTimeout';
  node: string;
  observedReady: string;
  decidedAt: string;
  /** The controller-local time the timeout counts from (Ready transition for False, last probe for Unknown). */
  since: string;
  sinceKind: 'readyTransitionTimestamp' | 'probeTimestamp';
  podEvictionTimeoutMs: number;
}

export type LegacyDecision =
  | { kind: 'evict'; why: LegacyEvictionWhy }
  | { kind: 'cancel' }
  | { kind: 'none' };

/**
 * Ready False: evict when now is strictly after readyTransitionTimestamp + podEvictionTimeout.
 * Ready Unknown: evict when now is strictly after probeTimestamp + podEvictionTimeout (counted from
 * the last heartbeat, not from when Unknown was written). Ready True: cancel any queued eviction.
 */
export function legacyEvictionDecision(
  nodeName: string,
  observedReadyStatus: string,
  health: NodeHealth,
  now: number,
  podEvictionTimeout: number,
): LegacyDecision {
  const why = (since: number, sinceKind: LegacyEvictionWhy['sinceKind']): LegacyEvictionWhy => ({
    mode: 'podEvictionTimeout', node: nodeName, observedReady: observedReadyStatus, decidedAt: new Date(now).toISOString(),
    since: new Date(since).toISOString(), sinceKind, podEvictionTimeoutMs: podEvictionTimeout,
  });
  switch (observedReadyStatus) {
    case 'False':
      return now > health.readyTransitionTimestamp + podEvictionTimeout
        ? { kind: 'evict', why: why(health.readyTransitionTimestamp, 'readyTransitionTimestamp') } : { kind: 'none' };
    case 'Unknown':
      return now > health.probeTimestamp + podEvictionTimeout
        ? { kind: 'evict', why: why(health.probeTimestamp, 'probeTimestamp') } : { kind: 'none' };
    case 'True':
      return { kind: 'cancel' };
    default:
      return { kind: 'none' };
  }
}

/**
 * DaemonSetLister.GetPodDaemonSets: a DaemonSet in the pod's namespace whose (non-empty, valid)
 * selector matches the pod's labels manages it. Pods without labels match none.
 */
export function isDaemonSetPod(pod: Pod, daemonSets: readonly DaemonSet[]): boolean {
  const labels = pod.metadata?.labels;
  if (!labels || Object.keys(labels).length === 0) return false;
  for (const ds of daemonSets) {
    if ((ds.metadata?.namespace ?? 'default') !== (pod.metadata?.namespace ?? 'default')) continue;
    let sel;
    try {
      sel = fromLabelSelector(ds.spec?.selector);
    } catch {
      continue; // an invalid selector matches nothing
    }
    if (sel.length === 0) continue; // an empty selector matches nothing, not everything
    if (matchesLabels(sel, labels)) return true;
  }
  return false;
}

export type NodeLostPodAction = 'delete' | 'skipTerminating' | 'skipDaemonSet';

export interface NodeLostPodPlan {
  pod: Pod;
  /** Set status.reason NodeLost and its message first (UpdateStatus), unless already set. */
  setReason: boolean;
  action: NodeLostPodAction;
}

/**
 * DeletePods: for each pod bound to the node, mark it NodeLost, then skip pods already terminating
 * (they count as remaining) and DaemonSet pods, and delete the rest with default options.
 */
export function planDeletePods(pods: readonly Pod[], nodeName: string, daemonSets: readonly DaemonSet[]): NodeLostPodPlan[] {
  const out: NodeLostPodPlan[] = [];
  for (const pod of pods) {
    if (pod.spec?.nodeName !== nodeName) continue;
    const setReason = pod.status?.reason !== 'NodeLost';
    let action: NodeLostPodAction = 'delete';
    if (pod.metadata?.deletionGracePeriodSeconds !== undefined && pod.metadata?.deletionGracePeriodSeconds !== null) action = 'skipTerminating';
    else if (isDaemonSetPod(pod, daemonSets)) action = 'skipDaemonSet';
    out.push({ pod, setReason, action });
  }
  return out;
}
