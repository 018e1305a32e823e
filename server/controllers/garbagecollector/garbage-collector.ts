/**
 * GarbageCollector (pkg/controller/garbagecollector): deletes objects whose owners are gone
 * (background propagation: the owner goes first, then its dependents), finishes foreground
 * deletions (the owner waits, with the foregroundDeletion finalizer, until its blocking dependents
 * are gone) and honours the orphan finalizer (dependents lose their ownerReference). Pods go
 * through graceful deletion, so a deleted Deployment's pods terminate like any other.
 * The store is the source of truth, so owners are looked up directly instead of through a graph.
 */
import { KINDS, NAMESPACED, type KObject, type Kind, type Mutable, type ObjectMeta, type OwnerReference } from '../../../core/types.js';
import { toK8sTime } from '../../../core/time-format.js';
import { deletePod } from '../../registry/index.js';
import { StoreError, type Store, type WatchEvent } from '../../store/index.js';
import type { Controller, ControllerContext, ControllerFactory } from '../controller.js';
import { WorkQueue } from '../replicaset/index.js';
import {
  blockingDependents, classifyReferences, decideAttemptToDelete, FOREGROUND_DELETION_FINALIZER, isDeletingDependents, kindOfReference,
  ORPHAN_FINALIZER, ownerNamespace, type OwnerState, type PropagationPolicy,
} from './decisions.js';

export const GARBAGE_COLLECTOR_NAME = 'garbage-collector-controller';
export const OWNER_UID_INDEX = 'garbagecollector/owner-uid';
/** Kinds that can be dependents (Events never carry ownerReferences). */
const DEPENDENT_KINDS: Kind[] = KINDS.filter((k) => k !== 'Event');

export const garbageCollector: ControllerFactory = (ctx) => new GarbageCollector(ctx);

const indexed = new WeakSet<Store>();
/** Registers, once per store, the index of objects by the uids of their owners. */
export function ensureOwnerIndex(store: Store): void {
  if (indexed.has(store)) return;
  indexed.add(store);
  for (const k of DEPENDENT_KINDS) store.addIndex(k, OWNER_UID_INDEX, (o) => (o.metadata?.ownerReferences ?? []).map((r) => r.uid));
}

/** Every object that lists uid among its owners. */
export function dependentsOf(store: Store, uid: string): { kind: Kind; obj: KObject }[] {
  ensureOwnerIndex(store);
  const out: { kind: Kind; obj: KObject }[] = [];
  for (const kind of DEPENDENT_KINDS) for (const obj of store.byIndex(kind, OWNER_UID_INDEX, uid)) out.push({ kind, obj });
  return out;
}

/** Removes ownerReferences to uid from every dependent (the orphan finalizer's work). */
export function orphanDependentsOf(store: Store, uid: string): number {
  const deps = dependentsOf(store, uid);
  for (const { kind, obj } of deps) removeOwnerReferences(store, kind, obj, [uid]);
  return deps.length;
}

/**
 * Starts a foreground deletion (DELETE with propagationPolicy=Foreground): the object gets a
 * deletionTimestamp and the foregroundDeletion finalizer; the garbage collector deletes its
 * blocking dependents first, then removes it.
 */
export function markForegroundDeletion(store: Store, kind: Kind, namespace: string | undefined, name: string): KObject {
  return store.mutate(kind, namespace, name, (o) => {
    const m = o.metadata as Mutable<ObjectMeta>;
    m.deletionTimestamp ??= toK8sTime(store.clock.now());
    m.deletionGracePeriodSeconds ??= 0;
    if (!(m.finalizers ?? []).includes(FOREGROUND_DELETION_FINALIZER)) m.finalizers = [...(m.finalizers ?? []), FOREGROUND_DELETION_FINALIZER];
  });
}

function removeOwnerReferences(store: Store, kind: Kind, obj: KObject, uids: string[]): void {
  const cur = store.get(kind, obj.metadata?.namespace, obj.metadata?.name ?? '');
  if (!cur || cur.metadata?.uid !== obj.metadata?.uid) return;
  store.mutate(kind, obj.metadata?.namespace, obj.metadata?.name ?? '', (o) => {
    const m = (o.metadata ??= {});
    const before = m.ownerReferences?.length ?? 0;
    m.ownerReferences = (m.ownerReferences ?? []).filter((r) => !uids.includes(r.uid));
    if (m.ownerReferences.length === 0) delete m.ownerReferences;
    return (m.ownerReferences?.length ?? 0) !== before;
  });
}

interface Item { kind: Kind; namespace?: string; name: string; uid: string }

export class GarbageCollector implements Controller {
  readonly name = GARBAGE_COLLECTOR_NAME;
  private readonly queue: WorkQueue;
  private readonly items = new Map<string, Item>();
  private readonly log;
  private unwatch: (() => void) | null = null;

  constructor(private readonly ctx: ControllerContext) {
    this.log = ctx.log.child({ component: GARBAGE_COLLECTOR_NAME });
    this.queue = new WorkQueue(ctx.clock, (k) => this.sync(k), this.log);
  }

  start(): void {
    ensureOwnerIndex(this.ctx.store);
    this.unwatch = this.ctx.store.watch(DEPENDENT_KINDS, {}, (ev) => this.onEvent(ev));
    for (const kind of DEPENDENT_KINDS) {
      for (const o of this.ctx.store.list(kind)) {
        if (o.metadata?.ownerReferences?.length || this.hasGCFinalizer(o)) this.enqueue(kind, o);
      }
    }
  }

  stop(): void {
    this.unwatch?.();
    this.unwatch = null;
    this.queue.shutDown();
  }

  private enqueue(kind: Kind, o: KObject): void {
    const m = o.metadata ?? {};
    const key = `${kind}\u0000${m.namespace ?? ''}\u0000${m.name ?? ''}\u0000${m.uid ?? ''}`;
    this.items.set(key, { kind, namespace: m.namespace, name: m.name ?? '', uid: m.uid ?? '' });
    this.queue.add(key);
  }

  private enqueueOwnersOf(o: KObject): void {
    for (const ref of o.metadata?.ownerReferences ?? []) {
      const kind = kindOfReference(ref);
      if (!kind) continue;
      const owner = this.ctx.store.get(kind, ownerNamespace(kind, o), ref.name);
      if (owner && owner.metadata?.uid === ref.uid && isDeletingDependents(owner)) this.enqueue(kind, owner);
    }
  }

  private hasGCFinalizer(o: KObject): boolean {
    const f = o.metadata?.finalizers ?? [];
    return !!o.metadata?.deletionTimestamp && (f.includes(FOREGROUND_DELETION_FINALIZER) || f.includes(ORPHAN_FINALIZER));
  }

  private onEvent(ev: WatchEvent): void {
    const o = ev.object;
    if (ev.type === 'DELETED') {
      // Its dependents may now be dangling; a foreground-deleting owner may be unblocked.
      for (const d of dependentsOf(this.ctx.store, o.metadata?.uid ?? '')) this.enqueue(d.kind, d.obj);
      this.enqueueOwnersOf(o);
      return;
    }
    const refs = o.metadata?.ownerReferences, oldRefs = ev.old?.metadata?.ownerReferences;
    const refsChanged = ev.type === 'ADDED' || (refs !== oldRefs && JSON.stringify(refs) !== JSON.stringify(oldRefs));
    if ((refsChanged && o.metadata?.ownerReferences?.length) || this.hasGCFinalizer(o)) this.enqueue(ev.kind, o);
    if (refsChanged && ev.old) this.enqueueOwnersOf(ev.old);
  }

  /** attemptToDeleteItem (and the orphan / deleting-dependents paths). */
  sync(key: string): void {
    const item = this.items.get(key);
    this.items.delete(key);
    if (!item) return;
    const store = this.ctx.store;
    const obj = store.get(item.kind, item.namespace, item.name);
    if (!obj || obj.metadata?.uid !== item.uid) return;
    if (isDeletingDependents(obj)) return this.processDeletingDependents(item.kind, obj);
    if (obj.metadata?.deletionTimestamp && (obj.metadata.finalizers ?? []).includes(ORPHAN_FINALIZER)) {
      orphanDependentsOf(store, item.uid);
      return this.removeFinalizer(item.kind, obj, ORPHAN_FINALIZER);
    }
    const refs = obj.metadata?.ownerReferences ?? [];
    if (refs.length === 0) return;
    const classified = classifyReferences(refs, (ref) => this.lookupOwner(ref, obj));
    const decision = decideAttemptToDelete(obj, classified, dependentsOf(store, item.uid).length > 0);
    const why = { solid: classified.solid.map(refName), dangling: classified.dangling.map(refName), waiting: classified.waitingForDependentsDeletion.map(refName) };
    if (decision.action === 'removeOwnerReferences') {
      this.log.debug({ object: `${item.kind}/${item.name}`, ...why }, 'removing dangling owner references');
      removeOwnerReferences(store, item.kind, obj, decision.uids);
    } else if (decision.action === 'delete') {
      this.log.info({ object: `${item.kind}/${item.namespace ?? ''}/${item.name}`, policy: decision.policy, ...why }, 'deleting object whose owners are gone');
      this.deleteObject(item.kind, obj, decision.policy);
    }
  }

  private lookupOwner(ref: OwnerReference, dependent: KObject): OwnerState {
    const kind = kindOfReference(ref);
    if (!kind) return { state: 'unknown' };
    // A cluster-scoped dependent cannot have a namespaced owner: the reference resolves to nothing.
    if (NAMESPACED[kind] && !dependent.metadata?.namespace) return { state: 'absent' };
    const owner = this.ctx.store.get(kind, ownerNamespace(kind, dependent), ref.name);
    return owner ? { state: 'present', owner } : { state: 'absent' };
  }

  /** deleteObject with a propagation policy, the way kube-apiserver would carry it out. */
  private deleteObject(kind: Kind, obj: KObject, policy: PropagationPolicy): void {
    const store = this.ctx.store;
    const ns = obj.metadata?.namespace;
    const name = obj.metadata?.name ?? '';
    try {
      if (policy === 'Orphan') orphanDependentsOf(store, obj.metadata?.uid ?? '');
      if (kind === 'Pod') {
        deletePod(store, ns ?? 'default', name, { preconditions: { uid: obj.metadata?.uid } });
      } else if (policy === 'Foreground') {
        markForegroundDeletion(store, kind, ns, name);
      } else if ((obj.metadata?.finalizers ?? []).filter((f) => f !== ORPHAN_FINALIZER).length > 0) {
        // Other finalizers hold the object: it waits with a deletionTimestamp, as in kube-apiserver.
        store.mutate(kind, ns, name, (o) => void ((o.metadata as Mutable<ObjectMeta>).deletionTimestamp ??= toK8sTime(store.clock.now())));
      } else {
        store.remove(kind, ns, name, { expectUID: obj.metadata?.uid });
      }
    } catch (err) {
      if (err instanceof StoreError && (err.reason === 'NotFound' || err.reason === 'Conflict')) return;
      throw err;
    }
  }

  /** processDeletingDependentsItem: delete the blocking dependents; once none is left, drop the finalizer. */
  private processDeletingDependents(kind: Kind, owner: KObject): void {
    const deps = dependentsOf(this.ctx.store, owner.metadata?.uid ?? '');
    const blocking = blockingDependents(owner.metadata?.uid ?? '', deps.map((d) => d.obj));
    if (blocking.length === 0) return this.removeFinalizer(kind, owner, FOREGROUND_DELETION_FINALIZER);
    for (const d of deps) if (blocking.includes(d.obj) && !isDeletingDependents(d.obj)) this.enqueue(d.kind, d.obj);
  }

  /** Removes a finalizer; with none left, the object is gone (kube-apiserver deletes it on that update). */
  private removeFinalizer(kind: Kind, obj: KObject, finalizer: string): void {
    const store = this.ctx.store;
    const ns = obj.metadata?.namespace;
    const name = obj.metadata?.name ?? '';
    const rest = (obj.metadata?.finalizers ?? []).filter((f) => f !== finalizer);
    if (rest.length === 0 && kind !== 'Pod') {
      store.remove(kind, ns, name, { expectUID: obj.metadata?.uid });
      return;
    }
    store.mutate(kind, ns, name, (o) => {
      const m = (o.metadata ??= {});
      m.finalizers = (m.finalizers ?? []).filter((f) => f !== finalizer);
      if (m.finalizers.length === 0) delete m.finalizers;
    });
  }
}

function refName(r: OwnerReference): string {
  return `${r.kind}/${r.name}`;
}
