/**
 * The taint eviction controller (pkg/controller/tainteviction/taint_eviction.go, the TaintManager
 * of older releases): pods on nodes with NoExecute taints they do not tolerate are deleted at once;
 * pods tolerating them for tolerationSeconds are deleted when the shortest of those runs out,
 * counted from when this controller observed the taint or the pod. The decision is decision.ts.
 */
import type { Mutable, Node, ObjectReference, Pod, Taint } from '../../../core/types.js';
import { getNoExecuteTaints, taintsEqual, tolerationsEqual } from '../../../core/tolerations.js';
import type { WatchEvent } from '../../store/index.js';
import { StoreError } from '../../store/index.js';
import { deletePod } from '../../registry/index.js';
import type { Controller, ControllerContext } from '../controller.js';
import { updatePodCondition } from '../nodelifecycle/pod-condition.js';
import {
  cancellingDeletionMessage, CONTROLLER_NAME, DELETE_RETRIES, DELETE_RETRY_INTERVAL_MS, DISRUPTION_TARGET, EVENT_COMPONENT,
  EVENT_TAINT_MANAGER_EVICTION, markingForDeletionMessage, MESSAGE_DELETION_BY_TAINT_MANAGER, REASON_DELETION_BY_TAINT_MANAGER,
} from './constants.js';
import { decidePodOnNode, type TaintEvictionWhy } from './decision.js';
import { TimedWorkerQueue, type TimedWorker } from './timed-workers.js';

/** Pods by spec.nodeName (the same index the node lifecycle controller registers). */
const POD_NODE_NAME_INDEX = 'spec.nodeName';

const podKey = (namespace: string, name: string): string => `${namespace}/${name}`;
const splitKey = (key: string): [string, string] => {
  const i = key.indexOf('/');
  return [key.slice(0, i), key.slice(i + 1)];
};

export class TaintEvictionController implements Controller {
  readonly name = CONTROLLER_NAME;
  /** taintedNodes: the NoExecute taints of each node that has at least one. */
  private readonly taintedNodes = new Map<string, Taint[]>();
  private readonly queue: TimedWorkerQueue<TaintEvictionWhy>;
  private unwatch: (() => void) | undefined;

  constructor(private readonly ctx: ControllerContext) {
    this.queue = new TimedWorkerQueue(ctx.clock, (key, w) => this.deletePodHandler(key, w));
  }

  start(): void {
    if (this.unwatch) return;
    if (!this.ctx.config.enableTaintManager) {
      // --enable-taint-manager=false (legacy): NoExecute taints are not enforced at all.
      this.ctx.log.info('taint manager disabled (--enable-taint-manager=false): NoExecute taints are not enforced');
      return;
    }
    const { store } = this.ctx;
    store.addIndex('Pod', POD_NODE_NAME_INDEX, (o) => ((o as Pod).spec?.nodeName ? [(o as Pod).spec!.nodeName!] : []));
    this.unwatch = store.watch(['Node', 'Pod'], {}, (ev) => this.onEvent(ev));
    // The informers' initial list; node updates are handled before pod updates.
    for (const node of store.list<Node>('Node')) this.nodeUpdated(undefined, node);
    for (const pod of store.list<Pod>('Pod')) this.podUpdated(undefined, pod);
  }

  stop(): void {
    this.unwatch?.();
    this.unwatch = undefined;
    this.queue.cancelAll();
    this.taintedNodes.clear();
  }

  /** The pending eviction of a pod, if any (GetWorkerUnsafe), for tests and the dashboard. */
  scheduledEviction(namespace: string, name: string): { createdAt: number; fireAt: number; why: TaintEvictionWhy } | undefined {
    const w = this.queue.get(podKey(namespace, name));
    return w && { createdAt: w.createdAt, fireAt: w.fireAt, why: w.data };
  }

  private onEvent(ev: WatchEvent): void {
    if (ev.kind === 'Node') {
      const obj = ev.object as Node;
      if (ev.type === 'ADDED') this.nodeUpdated(undefined, obj);
      else if (ev.type === 'MODIFIED') this.nodeUpdated(ev.old as Node, obj);
      else this.nodeUpdated(obj, undefined);
      return;
    }
    const obj = ev.object as Pod;
    if (ev.type === 'ADDED') this.podUpdated(undefined, obj);
    else if (ev.type === 'MODIFIED') this.podUpdated(ev.old as Pod, obj);
    else this.podUpdated(obj, undefined);
  }

  /** NodeUpdated: only a change of the NoExecute taints (timeAdded included), an add or a delete counts. */
  private nodeUpdated(oldNode: Node | undefined, newNode: Node | undefined): void {
    if (oldNode && newNode && taintsEqual(getNoExecuteTaints(oldNode.spec?.taints), getNoExecuteTaints(newNode.spec?.taints))) return;
    this.handleNodeUpdate((newNode ?? oldNode)?.metadata?.name ?? '');
  }

  /** PodUpdated: only a change of tolerations or nodeName, an add or a delete counts. */
  private podUpdated(oldPod: Pod | undefined, newPod: Pod | undefined): void {
    if (oldPod && newPod && tolerationsEqual(oldPod.spec?.tolerations, newPod.spec?.tolerations)
      && oldPod.spec?.nodeName === newPod.spec?.nodeName) return;
    const p = (newPod ?? oldPod)!;
    this.handlePodUpdate(p.metadata?.namespace ?? 'default', p.metadata?.name ?? '', p.spec?.nodeName ?? '');
  }

  private handleNodeUpdate(nodeName: string): void {
    const node = this.ctx.store.get<Node>('Node', undefined, nodeName);
    if (!node) {
      this.taintedNodes.delete(nodeName); // no cancellation here, as upstream
      return;
    }
    const taints = getNoExecuteTaints(node.spec?.taints);
    if (taints.length === 0) this.taintedNodes.delete(nodeName);
    else this.taintedNodes.set(nodeName, taints);
    // Every pod bound to the node, terminal and terminating ones included.
    const pods = this.ctx.store.byIndex<Pod>('Pod', POD_NODE_NAME_INDEX, nodeName);
    if (pods.length === 0) return;
    if (taints.length === 0) {
      for (const p of pods) this.cancelWorkWithEvent(podKey(p.metadata?.namespace ?? 'default', p.metadata?.name ?? ''));
      return;
    }
    const now = this.ctx.clock.now(); // one "now" for all pods of this update
    for (const p of pods) this.processPodOnNode(p, nodeName, taints, now);
  }

  private handlePodUpdate(namespace: string, name: string, nodeNameFromEvent: string): void {
    const pod = this.ctx.store.get<Pod>('Pod', namespace, name);
    if (!pod) {
      this.cancelWorkWithEvent(podKey(namespace, name));
      return;
    }
    const nodeName = pod.spec?.nodeName ?? '';
    if (nodeName !== nodeNameFromEvent || nodeName === '') return;
    const taints = this.taintedNodes.get(nodeName);
    if (!taints) return; // node untainted (or deleted): any eviction was cancelled already
    this.processPodOnNode(pod, nodeName, taints, this.ctx.clock.now());
  }

  private processPodOnNode(pod: Pod, nodeName: string, taints: Taint[], now: number): void {
    const key = podKey(pod.metadata?.namespace ?? 'default', pod.metadata?.name ?? '');
    const existing = this.queue.get(key);
    const d = decidePodOnNode({ pod: key, node: nodeName, tolerations: pod.spec?.tolerations, taints, now, existing });
    switch (d.kind) {
      case 'cancel':
        this.cancelWorkWithEvent(key);
        return;
      case 'evictNow':
        this.cancelWorkWithEvent(key);
        this.queue.addWork(key, now, now, d.why);
        return;
      case 'schedule':
        this.ctx.log.debug({ pod: key, node: nodeName, fireAt: d.why.fireAt }, 'pod eviction scheduled');
        this.queue.addWork(key, d.createdAt, d.fireAt, d.why);
        return;
      case 'keep':
    }
  }

  private cancelWorkWithEvent(key: string): void {
    if (!this.queue.cancelWork(key)) return;
    this.ctx.log.info({ pod: key }, 'pod eviction cancelled');
    this.recordPodEvent(key, cancellingDeletionMessage(key));
  }

  /** deletePodHandler: event, then DisruptionTarget condition and a graceful delete (default options). */
  private deletePodHandler(key: string, worker: TimedWorker<TaintEvictionWhy>): void {
    const why = { ...worker.data, firedAt: new Date(this.ctx.clock.now()).toISOString() };
    this.ctx.log.info({ pod: key, why }, 'deleting pod');
    this.recordPodEvent(key, markingForDeletionMessage(key), why);
    this.attemptDelete(key, 0);
  }

  private attemptDelete(key: string, attempt: number): void {
    const [ns, name] = splitKey(key);
    const { store, clock } = this.ctx;
    try {
      // GET, add the DisruptionTarget condition (written only if it changed), then DELETE.
      store.mutate<Pod>('Pod', ns, name, (p) => {
        const conditions = updatePodCondition(p.status, {
          type: DISRUPTION_TARGET, status: 'True', reason: REASON_DELETION_BY_TAINT_MANAGER, message: MESSAGE_DELETION_BY_TAINT_MANAGER,
        }, clock.now());
        if (!conditions) return false;
        (p as Mutable<Pod>).status = { ...p.status, conditions };
        return true;
      });
      deletePod(store, ns, name);
    } catch (e) {
      if (e instanceof StoreError && e.reason === 'NotFound') return; // gone already: retrying cannot help
      if (attempt + 1 >= DELETE_RETRIES) {
        this.ctx.log.error({ pod: key, err: String(e) }, 'taint eviction: failed to delete pod');
        return;
      }
      clock.setTimer(DELETE_RETRY_INTERVAL_MS, () => this.attemptDelete(key, attempt + 1));
    }
  }

  private recordPodEvent(key: string, message: string, why?: unknown): void {
    const [namespace, name] = splitKey(key);
    const ref: ObjectReference = { apiVersion: 'v1', kind: 'Pod', name, namespace };
    this.ctx.recorder.record({
      involvedObject: ref, type: 'Normal', reason: EVENT_TAINT_MANAGER_EVICTION, message,
      source: { component: EVENT_COMPONENT }, ...(why === undefined ? {} : { why }),
    });
  }
}
