/**
 * DaemonSet rolling update, pure (pkg/controller/daemon/update.go rollingUpdate for maxSurge = 0,
 * findUpdatedPodsOnNode, updatedDesiredNodeCounts; util.IsPodUpdated).
 */
import { getScaledValueFromIntOrPercent } from '../../../core/pdb.js';
import type { DaemonSet, Pod } from '../../../core/types.js';
import { isPodAvailable } from '../replicaset/index.js';
import { CONTROLLER_REVISION_HASH_LABEL, POD_TEMPLATE_GENERATION_LABEL } from './placement.js';

/** IsPodUpdated: the pod carries the current revision hash (or the current template generation). */
export function isPodUpdated(pod: Pod, hash: string, generation: number | undefined): boolean {
  const labels = pod.metadata?.labels ?? {};
  const templateMatches = generation !== undefined && labels[POD_TEMPLATE_GENERATION_LABEL] === String(generation);
  const hashMatches = hash.length > 0 && labels[CONTROLLER_REVISION_HASH_LABEL] === hash;
  return hashMatches || templateMatches;
}

/** findUpdatedPodsOnNode: at most one new and one old (non-terminating) pod, else not ok. */
export function findUpdatedPodsOnNode(pods: Pod[], hash: string, generation: number | undefined): { newPod?: Pod; oldPod?: Pod; ok: boolean } {
  let newPod: Pod | undefined, oldPod: Pod | undefined;
  for (const p of pods) {
    if (p.metadata?.deletionTimestamp) continue;
    if (isPodUpdated(p, hash, generation)) {
      if (newPod) return { ok: false };
      newPod = p;
    } else {
      if (oldPod) return { ok: false };
      oldPod = p;
    }
  }
  return { newPod, oldPod, ok: true };
}

/** updatedDesiredNodeCounts: maxSurge rounds up, maxUnavailable rounds up, both 0 means unavailable 1. */
export function updatedDesiredNodeCounts(ds: DaemonSet, desiredNumberScheduled: number): { maxSurge: number; maxUnavailable: number } {
  const ru = ds.spec?.updateStrategy?.rollingUpdate;
  const maxUnavailable = getScaledValueFromIntOrPercent(ru?.maxUnavailable ?? 1, desiredNumberScheduled, true);
  const maxSurge = getScaledValueFromIntOrPercent(ru?.maxSurge ?? 0, desiredNumberScheduled, true);
  return maxUnavailable === 0 && maxSurge === 0 ? { maxSurge, maxUnavailable: 1 } : { maxSurge, maxUnavailable };
}

export interface RollingUpdatePlan {
  oldPodsToDelete: Pod[];
  maxUnavailable: number;
  numUnavailable: number;
  /** Out-of-date pods that were not available anyway (replaced regardless of the budget). */
  replacingUnavailable: string[];
}

/**
 * rollingUpdate without surge: delete just enough old pods to stay within maxUnavailable and let
 * the manage loop create their replacements. Nodes are visited in name order (upstream iterates a map).
 */
export function planRollingUpdate(ds: DaemonSet, nodeToDaemonPods: Map<string, Pod[]>, desiredNumberScheduled: number, hash: string, now: number): RollingUpdatePlan {
  const { maxUnavailable } = updatedDesiredNodeCounts(ds, desiredNumberScheduled);
  const minReady = ds.spec?.minReadySeconds ?? 0;
  const generation = ds.metadata?.generation;
  let numUnavailable = 0;
  const allowedReplacement: Pod[] = [];
  const candidates: Pod[] = [];
  for (const node of [...nodeToDaemonPods.keys()].sort()) {
    const { newPod, oldPod, ok } = findUpdatedPodsOnNode(nodeToDaemonPods.get(node) ?? [], hash, generation);
    if (!ok) {
      numUnavailable++;
      continue;
    }
    if ((!oldPod && !newPod) || (oldPod && newPod)) {
      numUnavailable++;
    } else if (newPod) {
      if (!isPodAvailable(newPod, minReady, now)) numUnavailable++;
    } else if (oldPod) {
      if (!isPodAvailable(oldPod, minReady, now)) {
        allowedReplacement.push(oldPod);
        numUnavailable++;
      } else if (numUnavailable < maxUnavailable) {
        candidates.push(oldPod);
      }
    }
  }
  const remaining = Math.min(Math.max(0, maxUnavailable - numUnavailable), candidates.length);
  return {
    oldPodsToDelete: [...allowedReplacement, ...candidates.slice(0, remaining)], maxUnavailable, numUnavailable,
    replacingUnavailable: allowedReplacement.map((p) => p.metadata?.name ?? ''),
  };
}
