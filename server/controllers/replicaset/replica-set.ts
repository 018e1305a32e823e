/**
 * ReplicaSetController (pkg/controller/replicaset/replica_set.go): keeps spec.replicas active pods.
 * Failed (e.g. evicted by the kubelet) and terminating pods are not active, so they get replaced.
 * Thin shell: watch → queue → claim pods → planReplicas → PodControl → status.
 */
import { fromLabelSelector, matchesLabels, type Selector } from '../../../core/labels.js';
import type { Mutable, Pod, ReplicaSet } from '../../../core/types.js';
import { keyOf, type WatchEvent } from '../../store/index.js';
import type { Controller, ControllerContext, ControllerFactory } from '../controller.js';
import {
  applyClaims, claimActivePods, claimCandidates, controllerRefOf, ensurePodIndexes, filterActivePods, isPodActive,
  newControllerRef, nextAvailableIn, podFromTemplate, POD_CONTROLLER_UID_INDEX,
} from './controller-utils.js';
import { PodControl } from './pod-control.js';
import { calculateReplicaSetStatus, planReplicas, replicaSetStatusEqual } from './replicas.js';
import { WorkQueue } from './workqueue.js';

export const REPLICASET_CONTROLLER_NAME = 'replicaset-controller';

export const replicaSetController: ControllerFactory = (ctx) => new ReplicaSetController(ctx);

export class ReplicaSetController implements Controller {
  readonly name = REPLICASET_CONTROLLER_NAME;
  private readonly queue: WorkQueue;
  private readonly pods: PodControl;
  private readonly log;
  private unwatch: (() => void) | null = null;

  constructor(private readonly ctx: ControllerContext) {
    this.log = ctx.log.child({ component: REPLICASET_CONTROLLER_NAME });
    this.queue = new WorkQueue(ctx.clock, (k) => this.sync(k), this.log);
    this.pods = new PodControl(ctx, REPLICASET_CONTROLLER_NAME);
  }

  start(): void {
    ensurePodIndexes(this.ctx.store);
    this.unwatch = this.ctx.store.watch(['ReplicaSet', 'Pod'], {}, (ev) => this.onEvent(ev));
    for (const rs of this.ctx.store.list<ReplicaSet>('ReplicaSet')) this.enqueue(rs);
  }

  stop(): void {
    this.unwatch?.();
    this.unwatch = null;
    this.queue.shutDown();
  }

  private enqueue(rs: ReplicaSet): void {
    this.queue.add(keyOf(rs.metadata?.namespace, rs.metadata?.name ?? ''));
  }

  private onEvent(ev: WatchEvent): void {
    if (ev.kind === 'ReplicaSet') return this.enqueue(ev.object as ReplicaSet);
    const ns = ev.object.metadata?.namespace ?? 'default';
    for (const p of [ev.object as Pod, ev.old as Pod | undefined]) {
      if (!p) continue;
      const ref = controllerRefOf(p);
      if (ref) {
        if (ref.kind === 'ReplicaSet') this.queue.add(keyOf(ns, ref.name));
      } else if (isPodActive(p) && ev.type !== 'DELETED') {
        // An orphan: every ReplicaSet that selects it may adopt it (getPodReplicaSets).
        for (const rs of this.ctx.store.list<ReplicaSet>('ReplicaSet', { namespace: ns })) {
          if (selects(rs, p)) this.enqueue(rs);
        }
      }
    }
  }

  /** syncReplicaSet. */
  sync(key: string): void {
    const [ns, name] = key.split('/');
    const rs = this.ctx.store.get<ReplicaSet>('ReplicaSet', ns, name);
    if (!rs) return;
    let selector: Selector;
    try {
      selector = fromLabelSelector(rs.spec?.selector);
    } catch (err) {
      this.log.warn({ rs: key, err: (err as Error).message }, 'invalid selector');
      return;
    }
    const ref = newControllerRef(rs, 'apps/v1', 'ReplicaSet');
    const listedAt = this.ctx.store.resourceVersion;
    const candidates = claimCandidates(this.ctx.store, rs);
    const { claims, inactive } = claimActivePods(rs, selector, candidates);
    const owned = applyClaims(this.ctx.store, 'Pod', rs, ref, claims);

    let manageError: { create: boolean; message: string } | null = null;
    if (!rs.metadata?.deletionTimestamp) manageError = this.manageReplicas(rs, owned, inactive);

    const now = this.ctx.clock.now();
    const fresh = this.ctx.store.get<ReplicaSet>('ReplicaSet', ns, name);
    if (!fresh || fresh.metadata?.uid !== rs.metadata?.uid) return;
    // Nothing written since the claim (no adoption, release, create or delete): the active pods it
    // controls are exactly the ones it claimed, in the same order; otherwise list them again.
    const active = this.ctx.store.resourceVersion === listedAt && !rs.metadata?.deletionTimestamp
      ? owned
      : filterActivePods(this.ctx.store.byIndex<Pod>('Pod', POD_CONTROLLER_UID_INDEX, rs.metadata?.uid ?? ''));
    const status = calculateReplicaSetStatus(fresh, active, manageError, now);
    let updated = fresh;
    if (!replicaSetStatusEqual(fresh.status, status)) {
      updated = this.ctx.store.mutate<ReplicaSet>('ReplicaSet', ns, name, (c) => void ((c as Mutable<ReplicaSet>).status = status));
    }
    // Resync when the next Ready pod becomes available (upstream: AddAfter(minReadySeconds)).
    const replicas = updated.spec?.replicas ?? 1;
    const wait = nextAvailableIn(active, updated.spec?.minReadySeconds ?? 0, now);
    if (!manageError && wait !== undefined && (updated.status?.readyReplicas ?? 0) === replicas && (updated.status?.availableReplicas ?? 0) !== replicas) {
      this.queue.addAfter(key, wait);
    }
    if (manageError) throw new Error(manageError.message);
  }

  private manageReplicas(rs: ReplicaSet, active: Pod[], inactive: Pod[]): { create: boolean; message: string } | null {
    const desired = rs.spec?.replicas ?? 1;
    const now = this.ctx.clock.now();
    const plan = planReplicas(desired, active, inactive, active.length > desired ? this.relatedPods(rs) : [], now);
    if (plan.action === 'create') {
      this.log.debug({ rs: rs.metadata?.name, need: desired, creating: plan.count }, 'too few replicas');
      const ref = newControllerRef(rs, 'apps/v1', 'ReplicaSet');
      const why = { decision: 'TooFewReplicas', desired: plan.desired, active: plan.active, creating: plan.count, replacing: plan.replacing };
      const res = this.pods.createPods(rs, { count: plan.count, make: () => podFromTemplate(rs.spec?.template, rs, ref) }, why);
      if (res.throttledMs !== undefined) this.queue.addAfter(keyOf(rs.metadata?.namespace, rs.metadata?.name ?? ''), res.throttledMs);
      return res.error ? { create: true, message: res.error.message } : null;
    }
    if (plan.action === 'delete') {
      this.log.debug({ rs: rs.metadata?.name, need: desired, deleting: plan.victims.length }, 'too many replicas');
      const why = { decision: 'TooManyReplicas', desired: plan.desired, active: plan.active, victims: plan.ranking };
      let first: Error | undefined;
      for (const v of plan.victims) first ??= this.pods.deletePod(rs, v.pod, why);
      return first ? { create: false, message: first.message } : null;
    }
    return null;
  }

  /** getIndirectlyRelatedPods: pods of every ReplicaSet with the same controller (none without one). */
  private relatedPods(rs: ReplicaSet): Pod[] {
    const owner = controllerRefOf(rs);
    if (!owner) return [];
    const seen = new Set<string>();
    const out: Pod[] = [];
    const ns = rs.metadata?.namespace;
    for (const other of this.ctx.store.list<ReplicaSet>('ReplicaSet', { namespace: ns })) {
      if (controllerRefOf(other)?.uid !== owner.uid) continue;
      let sel: Selector;
      try {
        sel = fromLabelSelector(other.spec?.selector);
      } catch {
        continue;
      }
      for (const p of this.ctx.store.list<Pod>('Pod', { namespace: ns, labelSelector: sel })) {
        const uid = p.metadata?.uid ?? '';
        if (seen.has(uid)) continue;
        seen.add(uid);
        out.push(p);
      }
    }
    return out;
  }
}

function selects(rs: ReplicaSet, pod: Pod): boolean {
  try {
    const sel = fromLabelSelector(rs.spec?.selector);
    return sel.length > 0 && matchesLabels(sel, pod.metadata?.labels);
  } catch {
    return false;
  }
}
