/**
 * The rollout steps of the Deployment controller (pkg/controller/deployment/rolling.go,
 * recreate.go, sync.go scale / cleanupDeployment). They decide sizes with the pure helpers in
 * util.ts and apply them through a Scaler, which writes the ReplicaSet and records the event.
 */
import type { Deployment, Pod, ReplicaSet } from '../../../core/types.js';
import { byCreationTimestamp } from '../replicaset/index.js';
import {
  activeReplicaSets, availableReplicaCount, byRevision, desiredReplicas, findActiveOrLatest, getProportion, isRollingUpdate,
  isSaturated, maxSurge, maxUnavailable, newRSNewReplicas, replicaCount, replicasOf, actualReplicaCount,
} from './util.js';

/** The step that asked for a resize, carried into the ScalingReplicaSet event's why. */
export type ScaleStep =
  | 'NewReplicaSetScaleUp' | 'NewReplicaSetCapped' | 'CleanupUnhealthyReplicas' | 'OldReplicaSetScaleDown'
  | 'RecreateScaleDown' | 'RecreateScaleUp' | 'ProportionalScaling' | 'ScaleActiveOrLatest' | 'SaturatedScaleDown';

export interface Scaler {
  /** scaleReplicaSetAndRecordEvent: resizes (and refreshes the replica annotations); returns the stored ReplicaSet. */
  scale(rs: ReplicaSet, newScale: number, step: ScaleStep, operation?: 'up' | 'down'): { scaled: boolean; rs: ReplicaSet };
}

/** reconcileNewReplicaSet: grow the new ReplicaSet as far as maxSurge allows (or shrink it to desired). */
export function reconcileNewReplicaSet(s: Scaler, allRSs: ReplicaSet[], newRS: ReplicaSet, d: Deployment): boolean {
  const want = desiredReplicas(d);
  if (replicasOf(newRS) === want) return false;
  if (replicasOf(newRS) > want) return s.scale(newRS, want, 'NewReplicaSetCapped').scaled;
  return s.scale(newRS, newRSNewReplicas(d, allRSs, newRS), 'NewReplicaSetScaleUp').scaled;
}

/** reconcileOldReplicaSets: shrink old ReplicaSets while keeping desired - maxUnavailable available. */
export function reconcileOldReplicaSets(s: Scaler, allRSs: ReplicaSet[], oldRSs: ReplicaSet[], newRS: ReplicaSet, d: Deployment): boolean {
  const oldPods = replicaCount(oldRSs);
  if (oldPods === 0) return false;
  const allPods = replicaCount(allRSs);
  const minAvailable = desiredReplicas(d) - maxUnavailable(d);
  const newRSUnavailable = replicasOf(newRS) - (newRS.status?.availableReplicas ?? 0);
  const maxScaledDown = allPods - minAvailable - newRSUnavailable;
  if (maxScaledDown <= 0) return false;
  const cleaned = cleanupUnhealthyReplicas(s, oldRSs, maxScaledDown);
  const scaledDown = scaleDownOldReplicaSetsForRollingUpdate(s, [...cleaned.oldRSs, newRS], cleaned.oldRSs, d);
  return cleaned.count + scaledDown > 0;
}

/** cleanupUnhealthyReplicas: first drop old replicas that are not available anyway, oldest ReplicaSet first. */
function cleanupUnhealthyReplicas(s: Scaler, oldRSs: ReplicaSet[], maxCleanup: number): { oldRSs: ReplicaSet[]; count: number } {
  const sorted = [...oldRSs].sort(byCreationTimestamp);
  let total = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (total >= maxCleanup) break;
    const rs = sorted[i];
    const unhealthy = replicasOf(rs) - (rs.status?.availableReplicas ?? 0);
    if (replicasOf(rs) === 0 || unhealthy <= 0) continue;
    const down = Math.min(maxCleanup - total, unhealthy);
    sorted[i] = s.scale(rs, replicasOf(rs) - down, 'CleanupUnhealthyReplicas').rs;
    total += down;
  }
  return { oldRSs: sorted, count: total };
}

/** scaleDownOldReplicaSetsForRollingUpdate: scale down by the available pods above minAvailable. */
function scaleDownOldReplicaSetsForRollingUpdate(s: Scaler, allRSs: ReplicaSet[], oldRSs: ReplicaSet[], d: Deployment): number {
  const minAvailable = desiredReplicas(d) - maxUnavailable(d);
  const available = availableReplicaCount(allRSs);
  if (available <= minAvailable) return 0;
  const toScaleDown = available - minAvailable;
  let total = 0;
  for (const rs of [...oldRSs].sort(byCreationTimestamp)) {
    if (total >= toScaleDown) break;
    if (replicasOf(rs) === 0) continue;
    const down = Math.min(replicasOf(rs), toScaleDown - total);
    s.scale(rs, replicasOf(rs) - down, 'OldReplicaSetScaleDown');
    total += down;
  }
  return total;
}

/** scaleDownOldReplicaSetsForRecreate: every active old ReplicaSet to zero. */
export function scaleDownOldReplicaSetsForRecreate(s: Scaler, oldRSs: ReplicaSet[]): boolean {
  let scaled = false;
  for (const rs of oldRSs) {
    if (replicasOf(rs) === 0) continue;
    if (s.scale(rs, 0, 'RecreateScaleDown').scaled) scaled = true;
  }
  return scaled;
}

/** oldPodsRunning: Recreate waits until no pod of an old ReplicaSet is left (terminal ones aside). */
export function oldPodsRunning(newRS: ReplicaSet | null, oldRSs: ReplicaSet[], podMap: Map<string, Pod[]>): boolean {
  if (actualReplicaCount(oldRSs) > 0) return true;
  for (const [uid, pods] of podMap) {
    if (newRS && newRS.metadata?.uid === uid) continue;
    for (const p of pods) {
      const phase = p.status?.phase;
      if (phase === 'Failed' || phase === 'Succeeded') continue;
      return true;
    }
  }
  return false;
}

/**
 * scale (sync.go): a resize without a template change. One active ReplicaSet takes the whole
 * count; a saturated new one makes old ones go to zero; otherwise (RollingUpdate) the difference is
 * shared out in proportion to sizes, the leftover going to the largest.
 */
export function scaleDeployment(s: Scaler, d: Deployment, newRS: ReplicaSet | null, oldRSs: ReplicaSet[]): void {
  const want = desiredReplicas(d);
  const activeOrLatest = findActiveOrLatest(newRS, oldRSs);
  if (activeOrLatest) {
    if (replicasOf(activeOrLatest) !== want) s.scale(activeOrLatest, want, 'ScaleActiveOrLatest');
    return;
  }
  if (isSaturated(d, newRS)) {
    for (const old of activeReplicaSets(oldRSs)) s.scale(old, 0, 'SaturatedScaleDown');
    return;
  }
  if (!isRollingUpdate(d)) return;
  const all = activeReplicaSets([...oldRSs, newRS]);
  const allowed = want > 0 ? want + maxSurge(d) : 0;
  const toAdd = allowed - replicaCount(all);
  let operation: 'up' | 'down' | undefined;
  if (toAdd > 0) {
    // ReplicaSetsBySizeNewer: larger first, newer first among equals.
    all.sort((a, b) => (replicasOf(a) === replicasOf(b) ? byCreationTimestamp(b, a) : replicasOf(b) - replicasOf(a)));
    operation = 'up';
  } else if (toAdd < 0) {
    // ReplicaSetsBySizeOlder: larger first, older first among equals.
    all.sort((a, b) => (replicasOf(a) === replicasOf(b) ? byCreationTimestamp(a, b) : replicasOf(b) - replicasOf(a)));
    operation = 'down';
  }
  let added = 0;
  const sizes = new Map<string, number>();
  for (const rs of all) {
    const name = rs.metadata?.name ?? '';
    if (toAdd !== 0) {
      const p = getProportion(rs, d, toAdd, added);
      sizes.set(name, replicasOf(rs) + p);
      added += p;
    } else {
      sizes.set(name, replicasOf(rs));
    }
  }
  all.forEach((rs, i) => {
    const name = rs.metadata?.name ?? '';
    if (i === 0 && toAdd !== 0) sizes.set(name, Math.max(0, (sizes.get(name) ?? 0) + toAdd - added));
    s.scale(rs, sizes.get(name) ?? 0, 'ProportionalScaling', operation);
  });
}

/**
 * cleanupDeployment: old ReplicaSets beyond revisionHistoryLimit, oldest revision first, that are
 * empty, observed and not already being deleted.
 */
export function replicaSetsToCleanUp(oldRSs: ReplicaSet[], d: Deployment): ReplicaSet[] {
  const limit = d.spec?.revisionHistoryLimit;
  if (limit === undefined) return [];
  const alive = oldRSs.filter((r) => !r.metadata?.deletionTimestamp);
  const diff = alive.length - limit;
  if (diff <= 0) return [];
  return [...alive].sort(byRevision).slice(0, diff).filter((rs) =>
    (rs.status?.replicas ?? 0) === 0 && replicasOf(rs) === 0 &&
    (rs.metadata?.generation ?? 0) <= (rs.status?.observedGeneration ?? 0));
}
