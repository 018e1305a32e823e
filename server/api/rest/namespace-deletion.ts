/**
 * Deleting a namespace: kube-apiserver marks it Terminating and the namespace controller
 * (pkg/controller/namespace/deletion) deletes everything in it, then removes the `kubernetes`
 * finalizer so the namespace goes. kemu has no namespace controller, so the API does the same
 * work at once: pods are deleted gracefully (their kubelets finish them), everything else is
 * removed, and the namespace goes when its last pod is gone.
 * Immortal namespaces are refused by NamespaceLifecycle admission (plugin/pkg/admission/namespace/lifecycle).
 */
import { KINDS, NAMESPACED, type Mutable, type Namespace, type ObjectMeta } from '../../../core/types.js';
import { toK8sTime } from '../../../core/time-format.js';
import { deletePod } from '../../registry/index.js';
import type { ApiContext } from './context.js';

export const IMMORTAL_NAMESPACES = new Set(['default', 'kube-system', 'kube-public']);

function removeIfEmpty(ctx: ApiContext, name: string): boolean {
  const store = ctx.cp.store;
  if (store.list('Pod', { namespace: name }).length > 0) return false;
  if (store.get('Namespace', undefined, name)) store.remove('Namespace', undefined, name);
  return true;
}

/** Starts (or continues) a namespace's deletion; returns the namespace as it now is. */
export function finishNamespaceDeletion(ctx: ApiContext, ns: Namespace): Namespace {
  const store = ctx.cp.store;
  const name = ns.metadata?.name ?? '';
  const terminating = ns.status?.phase === 'Terminating'
    ? ns
    : store.mutate<Namespace>('Namespace', undefined, name, (n) => {
      const m = n.metadata as Mutable<ObjectMeta>;
      m.deletionTimestamp = toK8sTime(store.clock.now());
      m.deletionGracePeriodSeconds = 0;
      n.status = { ...n.status, phase: 'Terminating' };
    });
  for (const kind of KINDS) {
    if (!NAMESPACED[kind]) continue;
    for (const obj of store.list(kind, { namespace: name })) {
      const objName = obj.metadata?.name ?? '';
      if (kind === 'Pod') deletePod(store, name, objName);
      else store.remove(kind, name, objName);
    }
  }
  if (removeIfEmpty(ctx, name)) return { ...terminating, metadata: { ...terminating.metadata, resourceVersion: String(store.resourceVersion) } };
  const stop = store.watch(['Pod'], { namespace: name }, (ev) => {
    if (ev.type !== 'DELETED') return;
    if (removeIfEmpty(ctx, name)) queueMicrotask(stop);
  });
  return terminating;
}
