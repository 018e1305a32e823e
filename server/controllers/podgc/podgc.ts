/**
 * PodGCController (pkg/controller/podgc/gc_controller.go): every 20s, force-deletes terminated pods
 * above --terminated-pod-gc-threshold (evicted ones first), terminating pods on out-of-service
 * nodes, pods bound to nodes that no longer exist (after a 40s quarantine; they get a
 * DisruptionTarget condition, DeletionByPodGC) and terminating pods that were never scheduled.
 * Non-terminal pods are marked Failed before deletion, since no kubelet will do it.
 */
import type { Mutable, Node, Pod, PodCondition } from '../../../core/types.js';
import type { Timer } from '../../../core/clock/index.js';
import { deletePod } from '../../registry/index.js';
import { StoreError, type Store } from '../../store/index.js';
import { TAINT_NODE_OUT_OF_SERVICE } from '../../../core/tolerations.js';
import type { Controller, ControllerContext, ControllerFactory } from '../controller.js';
import { updatePodCondition } from '../replicaset/index.js';
import {
  DELETION_BY_POD_GC_REASON, GC_CHECK_PERIOD_MS, isNodeReady, isPodTerminated, NodeQuarantine, orphanedPods, outOfServiceTerminatingPods,
  POD_GC_NODE_GONE_MESSAGE, terminatedPodsToDelete, unscheduledTerminatingPods,
} from './decisions.js';

export const POD_GC_CONTROLLER_NAME = 'pod-garbage-collector';

/** Pods by spec.nodeName (the control plane's index, server/controlplane.ts), and the terminating pods never bound to a node. */
const POD_NODE_NAME_INDEX = 'spec.nodeName';
const PODGC_UNSCHEDULED_DELETING_INDEX = 'podgc/unscheduled-terminating';
const indexed = new WeakSet<Store>();
function ensurePodGCIndexes(store: Store): void {
  if (indexed.has(store)) return;
  indexed.add(store);
  if (!store.hasIndex('Pod', POD_NODE_NAME_INDEX)) store.addIndex('Pod', POD_NODE_NAME_INDEX, (o) => ((o as Pod).spec?.nodeName ? [(o as Pod).spec!.nodeName!] : []));
  store.addIndex('Pod', PODGC_UNSCHEDULED_DELETING_INDEX, (o) => (o.metadata?.deletionTimestamp && !(o as Pod).spec?.nodeName ? ['true'] : []));
}

/** gcTerminating's node filter: not Ready and tainted out-of-service. */
function isOutOfService(node: Node): boolean {
  return !isNodeReady(node) && (node.spec?.taints ?? []).some((t) => t.key === TAINT_NODE_OUT_OF_SERVICE);
}

export type PodGCReason = 'Terminated' | 'TerminatingOutOfService' | 'Orphaned' | 'TerminatingUnscheduled';

export const podGCController: ControllerFactory = (ctx) => new PodGCController(ctx);

export class PodGCController implements Controller {
  readonly name = POD_GC_CONTROLLER_NAME;
  private readonly quarantine = new NodeQuarantine();
  private readonly log;
  private timer: Timer | null = null;

  constructor(private readonly ctx: ControllerContext) {
    this.log = ctx.log.child({ component: POD_GC_CONTROLLER_NAME });
  }

  start(): void {
    ensurePodGCIndexes(this.ctx.store);
    this.timer = this.ctx.clock.every(GC_CHECK_PERIOD_MS, () => this.gc());
  }

  stop(): void {
    this.timer?.cancel();
    this.timer = null;
  }

  /** One pass, in upstream order. */
  gc(): void {
    const store = this.ctx.store;
    ensurePodGCIndexes(store);
    const nodes = new Map(store.list<Node>('Node').map((n) => [n.metadata?.name ?? '', n]));
    const threshold = this.ctx.config.terminatedPodGcThreshold;
    // Each step lists the pods again (upstream lists from the informer). The steps only look at
    // terminated pods, pods being deleted and pods bound to unknown nodes: one scan sorts those
    // out, redone only when a step wrote something. A step that provably finds nothing (fewer pods
    // than the threshold; no node out of service) skips it: a pass is then a few index lookups.
    let listedAt = -1;
    let scan = { terminated: [] as Pod[], deleting: [] as Pod[], strayNodes: [] as Pod[] };
    const rescan = (): typeof scan => {
      if (store.resourceVersion === listedAt) return scan;
      listedAt = store.resourceVersion;
      scan = { terminated: [], deleting: [], strayNodes: [] };
      for (const p of store.list<Pod>('Pod')) {
        if (isPodTerminated(p)) scan.terminated.push(p);
        if (p.metadata?.deletionTimestamp) scan.deleting.push(p);
        const n = p.spec?.nodeName;
        if (n && !nodes.has(n)) scan.strayNodes.push(p);
      }
      return scan;
    };
    if (threshold > 0 && store.count('Pod') > threshold) {
      for (const p of terminatedPodsToDelete(rescan().terminated, threshold)) this.markFailedAndDelete(p, 'Terminated', { threshold });
    }
    if ([...nodes.values()].some(isOutOfService)) {
      for (const p of outOfServiceTerminatingPods(rescan().deleting, nodes)) this.markFailedAndDelete(p, 'TerminatingOutOfService');
    }
    // Pods bound to a node that is not listed, found through the node-name index (the quarantine
    // only records node names, so their order does not matter).
    const stray: Pod[] = [];
    for (const n of store.indexValues('Pod', POD_NODE_NAME_INDEX)) if (!nodes.has(n)) stray.push(...store.byIndex<Pod>('Pod', POD_NODE_NAME_INDEX, n));
    const deletedNodes = this.quarantine.pass(stray, new Set(nodes.keys()), this.ctx.clock.now(), (n) => !store.get('Node', undefined, n));
    const condition: PodCondition = { type: 'DisruptionTarget', status: 'True', reason: DELETION_BY_POD_GC_REASON, message: POD_GC_NODE_GONE_MESSAGE };
    if (deletedNodes.size > 0) {
      for (const p of orphanedPods(rescan().strayNodes, deletedNodes)) this.markFailedAndDelete(p, 'Orphaned', { node: p.spec?.nodeName }, condition);
    }
    if (store.byIndex('Pod', PODGC_UNSCHEDULED_DELETING_INDEX, 'true').length > 0) {
      for (const p of unscheduledTerminatingPods(rescan().deleting)) this.markFailedAndDelete(p, 'TerminatingUnscheduled');
    }
  }

  /** markFailedAndDeletePodWithCondition: phase Failed (plus the condition) unless terminal, then delete with grace 0. */
  private markFailedAndDelete(pod: Pod, reason: PodGCReason, why: Record<string, unknown> = {}, condition?: PodCondition): void {
    const ns = pod.metadata?.namespace ?? 'default';
    const name = pod.metadata?.name ?? '';
    const uid = pod.metadata?.uid;
    try {
      const cur = this.ctx.store.get<Pod>('Pod', ns, name);
      if (!cur || cur.metadata?.uid !== uid) return;
      const phase = cur.status?.phase;
      if (phase !== 'Succeeded' && phase !== 'Failed') {
        const now = this.ctx.clock.now();
        this.ctx.store.mutate<Pod>('Pod', ns, name, (p) => {
          const status = ((p as Mutable<Pod>).status ??= {});
          status.phase = 'Failed';
          if (condition) updatePodCondition(status, condition, now);
        });
      }
      deletePod(this.ctx.store, ns, name, { gracePeriodSeconds: 0, preconditions: { uid } });
      this.log.info({ pod: `${ns}/${name}`, reason, ...why }, 'PodGC is force deleting Pod');
    } catch (err) {
      if (err instanceof StoreError && err.reason === 'NotFound') return;
      this.log.warn({ pod: `${ns}/${name}`, reason, err: (err as Error).message }, 'pod GC failed to delete pod');
    }
  }
}
