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
import { StoreError } from '../../store/index.js';
import type { Controller, ControllerContext, ControllerFactory } from '../controller.js';
import { updatePodCondition } from '../replicaset/index.js';
import {
  DELETION_BY_POD_GC_REASON, GC_CHECK_PERIOD_MS, NodeQuarantine, orphanedPods, outOfServiceTerminatingPods, POD_GC_NODE_GONE_MESSAGE,
  terminatedPodsToDelete, unscheduledTerminatingPods,
} from './decisions.js';

export const POD_GC_CONTROLLER_NAME = 'pod-garbage-collector';

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
    this.timer = this.ctx.clock.every(GC_CHECK_PERIOD_MS, () => this.gc());
  }

  stop(): void {
    this.timer?.cancel();
    this.timer = null;
  }

  /** One pass, in upstream order. */
  gc(): void {
    const store = this.ctx.store;
    const nodes = new Map(store.list<Node>('Node').map((n) => [n.metadata?.name ?? '', n]));
    let pods = store.list<Pod>('Pod');
    const threshold = this.ctx.config.terminatedPodGcThreshold;
    for (const p of terminatedPodsToDelete(pods, threshold)) this.markFailedAndDelete(p, 'Terminated', { threshold });
    for (const p of outOfServiceTerminatingPods(pods, nodes)) this.markFailedAndDelete(p, 'TerminatingOutOfService');
    pods = store.list<Pod>('Pod');
    const deletedNodes = this.quarantine.pass(pods, new Set(nodes.keys()), this.ctx.clock.now(), (n) => !store.get('Node', undefined, n));
    const condition: PodCondition = { type: 'DisruptionTarget', status: 'True', reason: DELETION_BY_POD_GC_REASON, message: POD_GC_NODE_GONE_MESSAGE };
    for (const p of orphanedPods(pods, deletedNodes)) this.markFailedAndDelete(p, 'Orphaned', { node: p.spec?.nodeName }, condition);
    for (const p of unscheduledTerminatingPods(store.list<Pod>('Pod'))) this.markFailedAndDelete(p, 'TerminatingUnscheduled');
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
