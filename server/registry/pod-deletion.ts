/**
 * Graceful pod deletion as kube-apiserver does it (pkg/registry/core/pod/strategy.go
 * CheckGracefulDelete): a pod bound to a node gets deletionTimestamp + deletionGracePeriodSeconds
 * and stays until its kubelet confirms the containers stopped (a final delete with grace 0).
 * Unbound pods and pods already in a terminal phase are removed at once.
 */
import type { Pod } from '../../core/types.js';
import type { Mutable, ObjectMeta } from '../../core/types.js';
import { toK8sTime } from '../../core/time-format.js';
import type { Store } from '../store/index.js';

export interface DeleteOptions {
  gracePeriodSeconds?: number;
  preconditions?: { uid?: string; resourceVersion?: string };
}

export type DeleteResult = { pod: Pod; removed: boolean };

export function deletePod(store: Store, namespace: string, name: string, opts: DeleteOptions = {}): DeleteResult {
  const pod = store.must<Pod>('Pod', namespace, name);
  if (opts.preconditions?.uid && opts.preconditions.uid !== pod.metadata?.uid) {
    return { pod: store.remove<Pod>('Pod', namespace, name, { expectUID: opts.preconditions.uid }), removed: true };
  }
  let grace = opts.gracePeriodSeconds ?? pod.spec?.terminationGracePeriodSeconds ?? 30;
  if (grace < 0) grace = 0;
  const phase = pod.status?.phase;
  if (!pod.spec?.nodeName || phase === 'Failed' || phase === 'Succeeded') grace = 0;
  if (grace === 0) return { pod: store.remove<Pod>('Pod', namespace, name), removed: true };
  const meta = pod.metadata ?? {};
  if (meta.deletionTimestamp) {
    // A second delete may only shorten the grace period (graceful deletion never lengthens).
    const cur = meta.deletionGracePeriodSeconds ?? grace;
    if (grace >= cur) return { pod, removed: false };
  }
  const updated = store.mutate<Pod>('Pod', namespace, name, (p) => {
    const m = p.metadata as Mutable<ObjectMeta>;
    m.deletionTimestamp = toK8sTime(store.clock.now() + grace * 1000);
    m.deletionGracePeriodSeconds = grace;
  });
  return { pod: updated, removed: false };
}
