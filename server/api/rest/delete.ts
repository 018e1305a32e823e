/**
 * DELETE of one object and of a collection (apiserver/pkg/endpoints/handlers/delete.go,
 * registry/generic/registry/store.go Delete): preconditions, dry run, graceful pod deletion
 * (registry deletePod), finalizers (the object waits with a deletionTimestamp), and propagation.
 *
 * Propagation (registry/generic/registry/store.go deletionFinalizersForGarbageCollection):
 * Background removes the owner at once and leaves its dependents to the garbage collector
 * controller (server/controllers/garbagecollector/); Foreground gives the owner a deletionTimestamp
 * and the foregroundDeletion finalizer, and the garbage collector removes it after its blocking
 * dependents; Orphan removes the owner's ownerReferences from its dependents right away (upstream
 * sets the orphan finalizer and lets the garbage collector do this) and then removes the owner.
 */
import type { DeleteOptions } from 'kubernetes-types/meta/v1.js';
import { KINDS, NAMESPACED, type KObject, type Kind, type Mutable, type Namespace, type ObjectMeta } from '../../../core/types.js';
import { toK8sTime } from '../../../core/time-format.js';
import { deletePod } from '../../registry/index.js';
import type { Store } from '../../store/index.js';
import { isDryRun, qs, type ListQuery, type Query } from '../query.js';
import { apiVersionOf, type ResourceDef } from '../resources.js';
import { apiError, badRequest, REASON, success, type Status } from '../status.js';
import { byKey, notFoundFor, type ApiContext, type Backend } from './context.js';
import { finishNamespaceDeletion, IMMORTAL_NAMESPACES } from './namespace-deletion.js';

export type PropagationPolicy = 'Orphan' | 'Background' | 'Foreground';

/** Kinds whose DELETE answers with the object (store.ReturnDeletedObject) rather than a Status. */
const RETURNS_OBJECT = new Set<Kind>(['Pod', 'Namespace']);

/** DeleteOptions from the body merged with the query parameters (query wins where the body is silent). */
export function deleteOptionsFrom(body: DeleteOptions, q: Query | undefined): DeleteOptions {
  const opts: Mutable<DeleteOptions> = { ...body };
  const grace = qs(q, 'gracePeriodSeconds');
  if (opts.gracePeriodSeconds === undefined && grace !== undefined) {
    if (!/^-?\d+$/.test(grace)) throw badRequest(`invalid value for gracePeriodSeconds: strconv.ParseInt: parsing "${grace}": invalid syntax`);
    opts.gracePeriodSeconds = Number(grace);
  }
  const policy = qs(q, 'propagationPolicy');
  if (opts.propagationPolicy === undefined && policy !== undefined) opts.propagationPolicy = policy;
  const orphan = qs(q, 'orphanDependents');
  if (opts.orphanDependents === undefined && orphan !== undefined) opts.orphanDependents = orphan === 'true';
  return opts;
}

export function propagationOf(opts: DeleteOptions): PropagationPolicy {
  const p = opts.propagationPolicy;
  if (p !== undefined && p !== 'Orphan' && p !== 'Background' && p !== 'Foreground') {
    throw apiError(422, REASON.Invalid, `propagationPolicy: Unsupported value: "${p}": supported values: "Foreground", "Background", "Orphan"`);
  }
  if (p && opts.orphanDependents !== undefined) {
    throw apiError(422, REASON.Invalid, 'propagationPolicy: Invalid value: "' + p + '": orphanDependents and deletionPropagation cannot be both set');
  }
  if (p) return p;
  return opts.orphanDependents ? 'Orphan' : 'Background';
}

function checkPreconditions(def: ResourceDef, obj: KObject, opts: DeleteOptions): void {
  const pre = opts.preconditions;
  if (pre?.uid && pre.uid !== obj.metadata?.uid) {
    throw apiError(409, REASON.Conflict, `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${obj.metadata?.uid ?? ''}`,
      { name: obj.metadata?.name, group: def.group, kind: def.resource });
  }
  if (pre?.resourceVersion && pre.resourceVersion !== obj.metadata?.resourceVersion) {
    throw apiError(409, REASON.Conflict,
      `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${obj.metadata?.resourceVersion ?? ''}`,
      { name: obj.metadata?.name, group: def.group, kind: def.resource });
  }
}

/** Removes ownerReferences to `owner` from every object that has one (the orphan finalizer's job). */
export function orphanDependents(ctx: ApiContext, owner: KObject): number {
  const uid = owner.metadata?.uid;
  if (!uid) return 0;
  const store = ctx.cp.store;
  let n = 0;
  for (const kind of KINDS) {
    const opts = NAMESPACED[kind] && owner.metadata?.namespace ? { namespace: owner.metadata.namespace } : {};
    for (const dep of store.list(kind, opts)) {
      const refs = dep.metadata?.ownerReferences;
      if (!refs?.some((r) => r.uid === uid)) continue;
      const copy = structuredClone(dep);
      const m = copy.metadata as Mutable<ObjectMeta>;
      m.ownerReferences = refs.filter((r) => r.uid !== uid);
      if (m.ownerReferences.length === 0) delete m.ownerReferences;
      ctx.cp.registry.update(kind, copy);
      n++;
    }
  }
  return n;
}

/** metav1.FinalizerDeleteDependents. */
export const FOREGROUND_DELETION_FINALIZER = 'foregroundDeletion';

/** Marks an object deleted without removing it: it waits for its finalizers (extra ones are added). */
function markDeleting(store: Store, kind: Kind, obj: KObject, addFinalizer?: string): KObject {
  const has = (obj.metadata?.finalizers ?? []).includes(addFinalizer ?? '');
  if (obj.metadata?.deletionTimestamp && (!addFinalizer || has)) return obj;
  return store.mutate(kind, obj.metadata?.namespace, obj.metadata?.name ?? '', (o) => {
    const m = o.metadata as Mutable<ObjectMeta>;
    m.deletionTimestamp ??= toK8sTime(store.clock.now());
    m.deletionGracePeriodSeconds ??= 0;
    if (addFinalizer && !has) m.finalizers = [...(m.finalizers ?? []), addFinalizer];
  });
}

export interface DeleteResult {
  code: number;
  body: KObject | Status;
}

export function deleteObject(ctx: ApiContext, backend: Backend, namespace: string | undefined, name: string, opts: DeleteOptions, q: Query | undefined): DeleteResult {
  const { def, kind } = backend;
  const store = ctx.cp.store;
  const ns = def.namespaced ? namespace : undefined;
  const obj = store.get(kind, ns, name);
  if (!obj) throw notFoundFor(def, name);
  checkPreconditions(def, obj, opts);
  const policy = propagationOf(opts);
  if (kind === 'Namespace' && IMMORTAL_NAMESPACES.has(name)) {
    throw apiError(403, REASON.Forbidden, `namespaces "${name}" is forbidden: this namespace may not be deleted`, { name, kind: 'namespaces' });
  }
  if (isDryRun(q, opts.dryRun as string[] | undefined)) return { code: 200, body: backend.toServed(obj) };
  if (policy === 'Orphan') orphanDependents(ctx, obj);
  if (kind === 'Pod') {
    const { pod } = deletePod(store, ns ?? 'default', name, { gracePeriodSeconds: opts.gracePeriodSeconds, preconditions: opts.preconditions });
    return { code: 200, body: backend.toServed(pod) };
  }
  if (kind === 'Namespace') return { code: 200, body: backend.toServed(finishNamespaceDeletion(ctx, obj as Namespace)) };
  if (policy === 'Foreground') return { code: 200, body: backend.toServed(markDeleting(store, kind, obj, FOREGROUND_DELETION_FINALIZER)) };
  if ((obj.metadata?.finalizers ?? []).length > 0) return { code: 200, body: backend.toServed(markDeleting(store, kind, obj)) };
  const deleted = store.remove(kind, ns, name);
  if (RETURNS_OBJECT.has(kind)) return { code: 200, body: backend.toServed(deleted) };
  return { code: 200, body: success(200, { name, group: def.group, kind: def.resource, uid: obj.metadata?.uid }) };
}

/** DELETE on a collection: every matching object, answered with the list of what was deleted. */
export function deleteCollection(ctx: ApiContext, backend: Backend, namespace: string | undefined, q: ListQuery, opts: DeleteOptions, query: Query | undefined): unknown {
  const items = ctx.cp.store.list(backend.kind, { namespace, labelSelector: q.labelSelector, fieldSelector: q.fieldSelector }).slice().sort(byKey);
  const deleted: KObject[] = [];
  for (const o of items) {
    const r = deleteObject(ctx, backend, o.metadata?.namespace, o.metadata?.name ?? '', opts, query);
    deleted.push((r.body as Status).kind === 'Status' ? backend.toServed(o) : (r.body as KObject));
  }
  return { kind: `${backend.def.kind}List`, apiVersion: apiVersionOf(backend.def), metadata: { resourceVersion: String(ctx.cp.store.resourceVersion) }, items: deleted };
}
