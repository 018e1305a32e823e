/**
 * The Eviction subresource's write path (pkg/registry/core/pod/storage/eviction.go): the decision
 * is the pure `checkEviction` (core/pdb.ts); this shell writes the PDB status, marks the pod with
 * the DisruptionTarget condition and deletes it gracefully. Shared by the HTTP API, the scenario
 * runner (`evict`, `drain`) and chaos schedules.
 */
import { checkEviction, type EvictionDecision } from '../../core/pdb.js';
import type { Mutable, Pod, PodDisruptionBudget } from '../../core/types.js';
import { toK8sTime } from '../../core/time-format.js';
import type { EventRecorder } from '../events/recorder.js';
import { refTo } from '../events/recorder.js';
import type { Store } from '../store/index.js';
import { StoreError } from '../store/index.js';
import { deletePod } from './pod-deletion.js';

export const EVICTION_BY_API_REASON = 'EvictionByEvictionAPI';
export const EVICTION_BY_API_MESSAGE = 'Eviction API: evicting';

export interface EvictOptions {
  dryRun?: boolean;
  gracePeriodSeconds?: number;
  /** A resourceVersion precondition sent by the client. */
  resourceVersion?: string;
  recorder?: EventRecorder;
}

/** Evicts a pod or returns the refusal. Throws StoreError NotFound when the pod does not exist. */
export function evictPod(store: Store, namespace: string, name: string, opts: EvictOptions = {}): EvictionDecision {
  const pod = store.must<Pod>('Pod', namespace, name);
  if (opts.resourceVersion && opts.resourceVersion !== pod.metadata?.resourceVersion) {
    throw new StoreError('Conflict', 409, `Operation cannot be fulfilled on pods "${name}": the object has been modified; please apply your changes to the latest version and try again`);
  }
  const pdbs = store.list<PodDisruptionBudget>('PodDisruptionBudget', { namespace });
  const now = store.clock.now();
  const decision = checkEviction({ pod, pdbs, now, dryRun: opts.dryRun, clientResourceVersion: !!opts.resourceVersion });
  if (!decision.allowed || opts.dryRun) return decision;
  if (decision.pdbStatus && decision.pdb) {
    const status = decision.pdbStatus;
    store.mutate<PodDisruptionBudget>('PodDisruptionBudget', namespace, decision.pdb, (p) => {
      (p as Mutable<PodDisruptionBudget>).status = status;
    });
  }
  const phase = pod.status?.phase;
  if (phase !== 'Succeeded' && phase !== 'Failed' && !pod.metadata?.deletionTimestamp) {
    // addConditionAndDeletePod: DisruptionTarget before the delete (PodDisruptionConditions, GA 1.31).
    store.mutate<Pod>('Pod', namespace, name, (p) => {
      const st = ((p as Mutable<Pod>).status ??= {});
      const conds = (st.conditions ?? []).filter((c) => c.type !== 'DisruptionTarget');
      conds.push({ type: 'DisruptionTarget', status: 'True', reason: EVICTION_BY_API_REASON, message: EVICTION_BY_API_MESSAGE, lastTransitionTime: toK8sTime(now) });
      st.conditions = conds;
    });
  }
  // kemu addition: upstream records no Event for API evictions; the dashboard needs one to show them.
  opts.recorder?.record({
    involvedObject: refTo(pod), type: 'Normal', reason: EVICTION_BY_API_REASON,
    message: `Evicted through the Eviction API${decision.pdb ? ` (PodDisruptionBudget ${decision.pdb}: ${decision.reason})` : ''}`,
    source: { component: 'kube-apiserver' }, why: { mechanism: 'api-eviction', decision: decision.reason, pdb: decision.pdb ?? null },
  });
  deletePod(store, namespace, name, { gracePeriodSeconds: opts.gracePeriodSeconds });
  return decision;
}
