/**
 * The API writes of the node lifecycle controller, against the store (status writes skip admission,
 * as subresource writes do upstream): SwapNodeControllerTaint, AddOrUpdateTaintOnNode,
 * RemoveTaintOffNode (pkg/controller/controller_utils.go, pkg/controller/util/node/controller_utils.go),
 * the node status update, MarkPodsNotReady, DeletePods and node events.
 */
import type { Clock } from '../../../core/clock/index.js';
import type { Logger } from '../../../core/logger.js';
import type { DaemonSet, Mutable, Node, NodeCondition, ObjectReference, Pod, Taint } from '../../../core/types.js';
import { toK8sTime } from '../../../core/time-format.js';
import { addOrUpdateTaint, removeTaint, taintExists } from '../../../core/tolerations.js';
import type { EventRecorder } from '../../events/recorder.js';
import { refTo } from '../../events/recorder.js';
import { deletePod } from '../../registry/index.js';
import { StoreError, type Store } from '../../store/index.js';
import {
  deletingAllPodsMessage, EVENT_COMPONENT, EVENT_DELETING_ALL_PODS, EVENT_NODE_CONTROLLER_EVICTION, EVENT_NODE_NOT_READY,
  MESSAGE_POD_NODE_NOT_READY, NODE_UNREACHABLE_POD_REASON, nodeControllerEvictionMessage, nodeUnreachablePodMessage,
} from './constants.js';
import { planDeletePods } from './legacy.js';
import { podNotReadyConditions } from './pod-condition.js';

export const POD_NODE_NAME_INDEX = 'spec.nodeName';

const isNotFound = (e: unknown): boolean => e instanceof StoreError && e.reason === 'NotFound';

export class NodeLifecycleWrites {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly recorder: EventRecorder,
    private readonly log: Logger,
  ) {}

  podsOnNode(nodeName: string): Pod[] {
    return this.store.byIndex<Pod>('Pod', POD_NODE_NAME_INDEX, nodeName);
  }

  /** AddOrUpdateTaintOnNode: one write if any taint changes. Returns false when the node is gone. */
  addOrUpdateTaints(nodeName: string, taints: readonly Taint[]): boolean {
    if (taints.length === 0) return true;
    return this.mutateTaints(nodeName, (cur) => {
      let next: Taint[] | undefined;
      for (const t of taints) next = addOrUpdateTaint(next ?? cur, t) ?? next;
      return next;
    });
  }

  /**
   * RemoveTaintOffNode: skips the write when `snapshot` carries none of the taints (upstream's
   * short circuit), else removes them (by key and effect) from the stored node in one write.
   */
  removeTaints(nodeName: string, snapshot: Node | undefined, taints: readonly Taint[]): boolean {
    if (taints.length === 0) return true;
    if (snapshot && !taints.some((t) => taintExists(snapshot.spec?.taints, t))) return true;
    return this.mutateTaints(nodeName, (cur) => {
      let next: Taint[] | undefined;
      for (const t of taints) next = removeTaint(next ?? cur, t) ?? next;
      return next;
    });
  }

  /** SwapNodeControllerTaint: add (timeAdded = now), then remove; two writes, as upstream. */
  swapNodeControllerTaint(nodeName: string, toAdd: readonly Taint[], toRemove: readonly Taint[], snapshot: Node | undefined): boolean {
    const now = toK8sTime(this.clock.now());
    if (!this.addOrUpdateTaints(nodeName, toAdd.map((t) => ({ ...t, timeAdded: now })))) return false;
    return this.removeTaints(nodeName, snapshot, toRemove);
  }

  /** UpdateStatus with new conditions; returns the stored node. Throws NotFound when it is gone. */
  updateNodeConditions(nodeName: string, conditions: NodeCondition[]): Node {
    return this.store.mutate<Node>('Node', undefined, nodeName, (n) => {
      (n as Mutable<Node>).status = { ...n.status, conditions };
    });
  }

  /** Adds/overwrites labels (AddOrUpdateLabelsOnNode). */
  updateNodeLabels(nodeName: string, labels: Record<string, string>): void {
    try {
      this.store.mutate<Node>('Node', undefined, nodeName, (n) => {
        n.metadata = { ...n.metadata, labels: { ...n.metadata?.labels, ...labels } };
      });
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  }

  /**
   * MarkPodsNotReady: each pod on the node with a Ready condition not yet False gets Ready=False
   * and a Warning NodeNotReady event. Returns false if a write failed (the caller retries next pass).
   */
  markPodsNotReady(pods: readonly Pod[], nodeName: string, why?: unknown): boolean {
    let ok = true;
    for (const pod of pods) {
      if (pod.spec?.nodeName !== nodeName) continue;
      const ns = pod.metadata?.namespace;
      const name = pod.metadata?.name ?? '';
      let changed = false;
      let updated: Pod;
      try {
        // Computed on the stored pod: others (the taint eviction controller) may have written since the list.
        updated = this.store.mutate<Pod>('Pod', ns, name, (p) => {
          const conditions = podNotReadyConditions(p.status, this.clock.now());
          if (!conditions) return false;
          (p as Mutable<Pod>).status = { ...p.status, conditions };
          changed = true;
          return true;
        });
      } catch (e) {
        if (isNotFound(e)) continue; // already deleted: nothing left to do
        this.log.warn({ pod: `${ns}/${name}`, err: String(e) }, 'failed to mark pod NotReady');
        ok = false;
        continue;
      }
      if (!changed) continue;
      this.recorder.record({
        involvedObject: refTo(updated), type: 'Warning', reason: EVENT_NODE_NOT_READY, message: MESSAGE_POD_NODE_NOT_READY,
        source: { component: EVENT_COMPONENT }, ...(why === undefined ? {} : { why }),
      });
    }
    return ok;
  }

  /** A Node event (RecordNodeEvent / RecordNodeStatusChange). */
  recordNodeEvent(nodeName: string, uid: string | undefined, type: 'Normal' | 'Warning', reason: string, message: string, why?: unknown): void {
    const ref: ObjectReference = { apiVersion: 'v1', kind: 'Node', name: nodeName, uid, namespace: '' };
    this.recorder.record({ involvedObject: ref, type, reason, message, source: { component: EVENT_COMPONENT }, ...(why === undefined ? {} : { why }) });
  }

  /**
   * DeletePods (legacy eviction): DeletingAllPods on the node, then per pod NodeLost reason and
   * message, skipping terminating and DaemonSet pods, NodeControllerEviction event and a graceful
   * delete with default options. Returns whether pods remain (deleted or terminating).
   */
  deletePods(pods: readonly Pod[], nodeName: string, nodeUID: string, daemonSets: readonly DaemonSet[], why?: unknown): boolean {
    let remaining = false;
    if (pods.length > 0) this.recordNodeEvent(nodeName, nodeUID, 'Normal', EVENT_DELETING_ALL_PODS, deletingAllPodsMessage(nodeName), why);
    for (const plan of planDeletePods(pods, nodeName, daemonSets)) {
      const ns = plan.pod.metadata?.namespace ?? 'default';
      const name = plan.pod.metadata?.name ?? '';
      let pod = plan.pod;
      if (plan.setReason) {
        try {
          pod = this.store.mutate<Pod>('Pod', ns, name, (p) => {
            (p as Mutable<Pod>).status = { ...p.status, reason: NODE_UNREACHABLE_POD_REASON, message: nodeUnreachablePodMessage(nodeName, name) };
          });
        } catch (e) {
          if (!isNotFound(e)) throw e;
        }
      }
      if (plan.action === 'skipTerminating') {
        remaining = true;
        continue;
      }
      if (plan.action === 'skipDaemonSet') continue;
      this.recorder.record({
        involvedObject: refTo(pod), type: 'Normal', reason: EVENT_NODE_CONTROLLER_EVICTION,
        message: nodeControllerEvictionMessage(name, nodeName), source: { component: EVENT_COMPONENT },
        ...(why === undefined ? {} : { why }),
      });
      try {
        deletePod(this.store, ns, name);
      } catch (e) {
        if (isNotFound(e)) continue;
        throw e;
      }
      remaining = true;
    }
    return remaining;
  }

  private mutateTaints(nodeName: string, fn: (cur: Taint[]) => Taint[] | undefined): boolean {
    try {
      this.store.mutate<Node>('Node', undefined, nodeName, (n) => {
        const next = fn(n.spec?.taints ?? []);
        if (!next) return false;
        n.spec = { ...n.spec, taints: next };
        if (next.length === 0) delete n.spec.taints;
        return true;
      });
      return true;
    } catch (e) {
      if (isNotFound(e)) return false;
      throw e;
    }
  }
}
