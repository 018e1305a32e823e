/**
 * The ReplicaSet controller's decisions, pure: how many pods to create or which to delete
 * (replica_set.go manageReplicas / getPodsToDelete) and the status (replica_set_utils.go
 * calculateStatus), each with its reasons.
 */
import type { Selector } from '../../../core/labels.js';
import { toK8sTime } from '../../../core/time-format.js';
import type { Pod, ReplicaSet } from '../../../core/types.js';
import type { ReplicaSetCondition, ReplicaSetStatus } from 'kubernetes-types/apps/v1.js';
import {
  isPodAvailable, rankByRelatedPodsOnSameNode, rankingKeys, sortForDeletion, type RankedPod,
} from './controller-utils.js';
import { podFacts, podMatches, selectorKey } from './pod-facts.js';

/** --concurrent-replicaset-syncs' burstReplicas: at most this many creates/deletes per sync. */
export const BURST_REPLICAS = 500;
/** controller.SlowStartInitialBatchSize. */
export const SLOW_START_INITIAL_BATCH_SIZE = 1;

export const REPLICA_FAILURE_CONDITION = 'ReplicaFailure';

/** A pod that no longer counts (evicted, failed, succeeded or terminating) — why a replacement is made. */
export interface InactivePod {
  pod: string;
  phase: string;
  reason?: string;
  terminating: boolean;
}

export type ReplicaPlan =
  | { action: 'none'; desired: number; active: number }
  | { action: 'create'; desired: number; active: number; count: number; replacing: InactivePod[] }
  | { action: 'delete'; desired: number; active: number; victims: RankedPod[]; ranking: Record<string, unknown>[] };

/**
 * manageReplicas' decision. activePods are the claimed active pods; inactivePods the claimed rest
 * (only for the why); relatedPods the pods of all ReplicaSets with the same controller (ranking).
 */
export function planReplicas(desired: number, activePods: Pod[], inactivePods: Pod[], relatedPods: Pod[], now: number): ReplicaPlan {
  const active = activePods.length;
  const diff = active - desired;
  if (diff < 0) {
    return {
      action: 'create', desired, active, count: Math.min(-diff, BURST_REPLICAS),
      replacing: inactivePods.map((p) => ({
        pod: p.metadata?.name ?? '', phase: p.status?.phase ?? '', ...(p.status?.reason ? { reason: p.status.reason } : {}),
        terminating: !!p.metadata?.deletionTimestamp,
      })),
    };
  }
  if (diff > 0) {
    const n = Math.min(diff, BURST_REPLICAS);
    const victims = getPodsToDelete(activePods, relatedPods, n, now);
    return { action: 'delete', desired, active, victims, ranking: victims.map(rankingKeys) };
  }
  return { action: 'none', desired, active };
}

/** getPodsToDelete: no sorting when all go; otherwise the ActivePodsWithRanks order. */
export function getPodsToDelete(filteredPods: Pod[], relatedPods: Pod[], diff: number, now: number): RankedPod[] {
  const ranked = rankByRelatedPodsOnSameNode(filteredPods, relatedPods);
  if (diff >= filteredPods.length) return ranked.slice(0, diff);
  return sortForDeletion(ranked, now).slice(0, diff);
}

/** slowStartBatch sizes: 1, 2, 4, … until count is reached. */
export function slowStartBatches(count: number, initial = SLOW_START_INITIAL_BATCH_SIZE): number[] {
  const out: number[] = [];
  let remaining = count;
  for (let size = Math.min(remaining, initial); size > 0; size = Math.min(2 * size, remaining)) {
    out.push(size);
    remaining -= size;
  }
  return out;
}

/** calculateStatus (replica_set_utils.go) plus observedGeneration (updateReplicaSetStatus). */
export function calculateReplicaSetStatus(rs: ReplicaSet, activePods: Pod[], manageError: { create: boolean; message: string } | null, now: number): ReplicaSetStatus {
  const templateLabels = rs.spec?.template?.metadata?.labels ?? {};
  const templateSelector: Selector = Object.entries(templateLabels).map(([key, v]) => ({ key, op: '=', values: [v] }));
  const minReady = rs.spec?.minReadySeconds ?? 0;
  const key = selectorKey(templateSelector);
  let fullyLabeled = 0, ready = 0, available = 0;
  for (const p of activePods) {
    if (podMatches(p, templateSelector, key)) fullyLabeled++;
    if (podFacts(p).ready) {
      ready++;
      if (minReady === 0 || isPodAvailable(p, minReady, now)) available++; // ready, and no minReadySeconds to wait
    }
  }
  let conditions: ReplicaSetCondition[] = [...(rs.status?.conditions ?? [])];
  const failure = conditions.find((c) => c.type === REPLICA_FAILURE_CONDITION);
  if (manageError && !failure) {
    conditions.push({
      type: REPLICA_FAILURE_CONDITION, status: 'True', reason: manageError.create ? 'FailedCreate' : 'FailedDelete',
      message: manageError.message, lastTransitionTime: toK8sTime(now),
    });
  } else if (!manageError && failure) {
    conditions = conditions.filter((c) => c.type !== REPLICA_FAILURE_CONDITION);
  }
  const status: ReplicaSetStatus = {
    replicas: activePods.length, fullyLabeledReplicas: fullyLabeled, readyReplicas: ready, availableReplicas: available,
    observedGeneration: rs.metadata?.generation ?? 0,
  };
  if (conditions.length > 0) status.conditions = conditions;
  return status;
}

/** updateReplicaSetStatus' "nothing to do" check. */
export function replicaSetStatusEqual(a: ReplicaSetStatus | undefined, b: ReplicaSetStatus): boolean {
  if (!a) return false;
  return a.replicas === b.replicas && (a.fullyLabeledReplicas ?? 0) === (b.fullyLabeledReplicas ?? 0) &&
    (a.readyReplicas ?? 0) === (b.readyReplicas ?? 0) && (a.availableReplicas ?? 0) === (b.availableReplicas ?? 0) &&
    (a.observedGeneration ?? 0) === (b.observedGeneration ?? 0) &&
    JSON.stringify(a.conditions ?? []) === JSON.stringify(b.conditions ?? []);
}
