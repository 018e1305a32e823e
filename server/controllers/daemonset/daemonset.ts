/**
 * DaemonSetsController (pkg/controller/daemon/daemon_controller.go, update.go): one pod per
 * eligible node. Pods are created without spec.nodeName but with required node affinity on
 * metadata.name, so the scheduler places them; they carry the default daemon tolerations, so
 * taint-based eviction leaves them alone. Failed daemon pods (e.g. evicted) are deleted and
 * recreated, with backoff.
 */
import { fromLabelSelector, matchesLabels, type Selector } from '../../../core/labels.js';
import type { DaemonSet, Mutable, Node, Pod } from '../../../core/types.js';
import { refTo } from '../../events/recorder.js';
import { keyOf, type WatchEvent } from '../../store/index.js';
import type { Controller, ControllerContext, ControllerFactory } from '../controller.js';
import {
  applyClaims, claimCandidates, claimObjects, computeHash, controllerRefOf, ensurePodIndexes, isPodTerminal, newControllerRef,
  nextAvailableIn, PodControl, podFromTemplate, WorkQueue,
} from '../replicaset/index.js';
import { Backoff } from './backoff.js';
import { daemonPlacement, daemonPodTemplate, podsShouldBeOnNode, replaceNodeNameAffinity, targetNodeName } from './placement.js';
import { computeDaemonSetStatus, daemonSetStatusEqual } from './status.js';
import { planRollingUpdate } from './update.js';

export const DAEMONSET_CONTROLLER_NAME = 'daemonset-controller';
export const FAILED_DAEMON_POD_REASON = 'FailedDaemonPod';
export const SUCCEEDED_DAEMON_POD_REASON = 'SucceededDaemonPod';

export const daemonSetController: ControllerFactory = (ctx) => new DaemonSetsController(ctx);

export class DaemonSetsController implements Controller {
  readonly name = DAEMONSET_CONTROLLER_NAME;
  private readonly queue: WorkQueue;
  private readonly pods: PodControl;
  private readonly failedPodsBackoff = new Backoff(1000, 15 * 60 * 1000);
  private readonly log;
  private unwatch: (() => void) | null = null;

  constructor(private readonly ctx: ControllerContext) {
    this.log = ctx.log.child({ component: DAEMONSET_CONTROLLER_NAME });
    this.queue = new WorkQueue(ctx.clock, (k) => this.sync(k), this.log);
    this.pods = new PodControl(ctx, DAEMONSET_CONTROLLER_NAME);
  }

  start(): void {
    ensurePodIndexes(this.ctx.store);
    this.unwatch = this.ctx.store.watch(['DaemonSet', 'Pod', 'Node'], {}, (ev) => this.onEvent(ev));
    this.enqueueAll();
  }

  stop(): void {
    this.unwatch?.();
    this.unwatch = null;
    this.queue.shutDown();
  }

  private enqueueAll(): void {
    for (const ds of this.ctx.store.list<DaemonSet>('DaemonSet')) this.enqueue(ds);
  }

  private enqueue(ds: DaemonSet): void {
    this.queue.add(keyOf(ds.metadata?.namespace, ds.metadata?.name ?? ''));
  }

  private onEvent(ev: WatchEvent): void {
    if (ev.kind === 'DaemonSet') return this.enqueue(ev.object as DaemonSet);
    if (ev.kind === 'Node') {
      // Only what placement depends on: existence, labels, taints (heartbeats are ignored).
      const n = ev.object as Node, o = ev.old as Node | undefined;
      if (ev.type !== 'MODIFIED' || !o || JSON.stringify(n.metadata?.labels) !== JSON.stringify(o.metadata?.labels) ||
        JSON.stringify(n.spec?.taints) !== JSON.stringify(o.spec?.taints)) this.enqueueAll();
      return;
    }
    const ns = ev.object.metadata?.namespace ?? 'default';
    for (const p of [ev.object as Pod, ev.old as Pod | undefined]) {
      if (!p) continue;
      const ref = controllerRefOf(p);
      if (ref) {
        if (ref.kind === 'DaemonSet') this.queue.add(keyOf(ns, ref.name));
      } else if (ev.type !== 'DELETED' && !p.metadata?.deletionTimestamp) {
        for (const ds of this.ctx.store.list<DaemonSet>('DaemonSet', { namespace: ns })) if (selects(ds, p)) this.enqueue(ds);
      }
    }
  }

  /** syncDaemonSet. */
  sync(key: string): void {
    const [ns, name] = key.split('/');
    const ds = this.ctx.store.get<DaemonSet>('DaemonSet', ns, name);
    if (!ds) return;
    let selector: Selector;
    try {
      selector = fromLabelSelector(ds.spec?.selector);
    } catch {
      return;
    }
    const nodes = this.ctx.store.list<Node>('Node').sort((a, b) => ((a.metadata?.name ?? '') < (b.metadata?.name ?? '') ? -1 : 1));
    const hash = computeHash(ds.spec?.template, ds.status?.collisionCount);
    const now = this.ctx.clock.now();
    let err: Error | undefined;
    if (!ds.metadata?.deletionTimestamp) {
      err = this.manage(ds, selector, nodes, hash);
      if (!err && (ds.spec?.updateStrategy?.type ?? 'RollingUpdate') === 'RollingUpdate') err = this.rollingUpdate(ds, selector, nodes, hash);
    }
    const fresh = this.ctx.store.get<DaemonSet>('DaemonSet', ns, name);
    if (!fresh || fresh.metadata?.uid !== ds.metadata?.uid) return;
    const nodeToPods = this.nodesToDaemonPods(fresh, selector);
    const status = computeDaemonSetStatus(fresh, nodes, nodeToPods, hash, now, !err);
    if (!daemonSetStatusEqual(fresh.status, status)) {
      this.ctx.store.mutate<DaemonSet>('DaemonSet', ns, name, (c) => void ((c as Mutable<DaemonSet>).status = status));
    }
    if ((fresh.spec?.minReadySeconds ?? 0) > 0 && status.numberReady !== status.numberAvailable) {
      const wait = nextAvailableIn([...nodeToPods.values()].flat(), fresh.spec?.minReadySeconds ?? 0, now);
      if (wait !== undefined) this.queue.addAfter(key, wait);
    }
    if (err) throw err;
  }

  /** getNodesToDaemonPods: claimed pods by target node, minus terminal pods already being deleted. */
  private nodesToDaemonPods(ds: DaemonSet, selector: Selector): Map<string, Pod[]> {
    const ref = newControllerRef(ds, 'apps/v1', 'DaemonSet');
    const claimed = applyClaims(this.ctx.store, 'Pod', ds, ref, claimObjects(ds, selector, claimCandidates(this.ctx.store, ds)));
    const m = new Map<string, Pod[]>();
    for (const p of claimed) {
      if (isPodTerminal(p) && p.metadata?.deletionTimestamp) continue;
      const node = targetNodeName(p);
      if (node === undefined) continue;
      const list = m.get(node);
      if (list) list.push(p);
      else m.set(node, [p]);
    }
    return m;
  }

  private manage(ds: DaemonSet, selector: Selector, nodes: Node[], hash: string): Error | undefined {
    const nodeToPods = this.nodesToDaemonPods(ds, selector);
    const now = this.ctx.clock.now();
    const create: string[] = [];
    const remove: { pod: Pod; why: unknown }[] = [];
    const shouldRun = daemonPlacement(ds);
    for (const node of nodes) {
      const nodeName = node.metadata?.name ?? '';
      const placement = shouldRun(node);
      const backoffKey = `${ds.metadata?.uid}/${ds.status?.observedGeneration ?? 0}/${nodeName}`;
      const actions = podsShouldBeOnNode(placement, nodeToPods.get(nodeName), () => {
        if (this.failedPodsBackoff.isInBackOffSinceUpdate(backoffKey, now)) return this.failedPodsBackoff.get(backoffKey);
        this.failedPodsBackoff.next(backoffKey, now);
        return 'delete';
      });
      if (actions.create) create.push(nodeName);
      if (actions.backoff !== undefined) this.queue.addAfter(keyOf(ds.metadata?.namespace, ds.metadata?.name ?? ''), actions.backoff);
      for (const d of actions.delete) {
        const pn = `${d.pod.metadata?.namespace}/${d.pod.metadata?.name}`;
        if (d.event === 'FailedDaemonPod') {
          this.event(ds, 'Warning', FAILED_DAEMON_POD_REASON, `Found failed daemon pod ${pn} on node ${nodeName}, will try to kill it`);
        } else if (d.event === 'SucceededDaemonPod') {
          this.event(ds, 'Normal', SUCCEEDED_DAEMON_POD_REASON, `Found succeeded daemon pod ${pn} on node ${nodeName}, will try to delete it`);
        }
        remove.push({ pod: d.pod, why: { node: nodeName, phase: d.pod.status?.phase ?? '', reason: d.pod.status?.reason, placement } });
      }
    }
    // getUnscheduledPodsWithoutNode: pods pinned to nodes that no longer exist would never be scheduled.
    const existing = new Set(nodes.map((n) => n.metadata?.name ?? ''));
    for (const [nodeName, pods] of nodeToPods) {
      if (existing.has(nodeName)) continue;
      for (const p of pods) if (!p.spec?.nodeName) remove.push({ pod: p, why: { node: nodeName, reason: 'NodeNotFound' } });
    }
    return this.syncNodes(ds, remove, create, hash);
  }

  private rollingUpdate(ds: DaemonSet, selector: Selector, nodes: Node[], hash: string): Error | undefined {
    const nodeToPods = this.nodesToDaemonPods(ds, selector);
    const placement = daemonPlacement(ds);
    const desired = nodes.filter((n) => placement(n).shouldRun).length;
    const plan = planRollingUpdate(ds, nodeToPods, desired, hash, this.ctx.clock.now());
    const why = { decision: 'RollingUpdate', maxUnavailable: plan.maxUnavailable, numUnavailable: plan.numUnavailable, replacingUnavailable: plan.replacingUnavailable, revision: hash };
    return this.syncNodes(ds, plan.oldPodsToDelete.map((pod) => ({ pod, why })), [], hash);
  }

  /** syncNodes: delete, then create one pod per node (node-pinned via affinity), in slow-start batches. */
  private syncNodes(ds: DaemonSet, remove: { pod: Pod; why: unknown }[], createOn: string[], hash: string): Error | undefined {
    let first: Error | undefined;
    for (const r of remove) first ??= this.pods.deletePod(ds, r.pod, r.why);
    if (createOn.length > 0) {
      const template = daemonPodTemplate(ds, hash);
      const ref = newControllerRef(ds, 'apps/v1', 'DaemonSet');
      const pods = createOn.map((nodeName) => {
        const pod = podFromTemplate(template, ds, ref);
        pod.spec!.affinity = replaceNodeNameAffinity(pod.spec!.affinity, nodeName);
        return pod;
      });
      const res = this.pods.createPods(ds, pods, { decision: 'NodeNeedsDaemonPod', nodes: createOn, revision: hash });
      if (res.throttledMs !== undefined) this.queue.addAfter(keyOf(ds.metadata?.namespace, ds.metadata?.name ?? ''), res.throttledMs);
      first ??= res.error;
    }
    return first;
  }

  private event(ds: DaemonSet, type: 'Normal' | 'Warning', reason: string, message: string): void {
    this.ctx.recorder.record({ involvedObject: refTo(ds), type, reason, message, source: { component: DAEMONSET_CONTROLLER_NAME } });
  }
}

function selects(ds: DaemonSet, pod: Pod): boolean {
  try {
    const sel = fromLabelSelector(ds.spec?.selector);
    return sel.length > 0 && matchesLabels(sel, pod.metadata?.labels);
  } catch {
    return false;
  }
}
