/**
 * Deployment status and conditions, pure (pkg/controller/deployment/sync.go calculateStatus,
 * progress.go syncRolloutStatus, util/deployment_util.go conditions and progress checks).
 */
import { toK8sTime, parseK8sTime } from '../../../core/time-format.js';
import type { Deployment, ReplicaSet } from '../../../core/types.js';
import type { DeploymentCondition, DeploymentStatus } from 'kubernetes-types/apps/v1.js';
import {
  actualReplicaCount, availableReplicaCount, desiredReplicas, hasProgressDeadline, maxUnavailable, readyReplicaCount, replicaCount,
} from './util.js';

export const DEPLOYMENT_AVAILABLE = 'Available';
export const DEPLOYMENT_PROGRESSING = 'Progressing';
export const DEPLOYMENT_REPLICA_FAILURE = 'ReplicaFailure';

/** Condition reasons (deployment_util.go). */
export const REPLICASET_UPDATED_REASON = 'ReplicaSetUpdated';
export const FAILED_RS_CREATE_REASON = 'ReplicaSetCreateError';
export const NEW_REPLICASET_REASON = 'NewReplicaSetCreated';
export const FOUND_NEW_RS_REASON = 'FoundNewReplicaSet';
export const NEW_RS_AVAILABLE_REASON = 'NewReplicaSetAvailable';
export const TIMED_OUT_REASON = 'ProgressDeadlineExceeded';
export const PAUSED_DEPLOY_REASON = 'DeploymentPaused';
export const RESUMED_DEPLOY_REASON = 'DeploymentResumed';
export const MINIMUM_REPLICAS_AVAILABLE = 'MinimumReplicasAvailable';
export const MINIMUM_REPLICAS_UNAVAILABLE = 'MinimumReplicasUnavailable';

export function newCondition(type: string, status: 'True' | 'False' | 'Unknown', reason: string, message: string, now: number): DeploymentCondition {
  const t = toK8sTime(now);
  return { type, status, lastUpdateTime: t, lastTransitionTime: t, reason, message };
}

export function getCondition(status: DeploymentStatus | undefined, type: string): DeploymentCondition | undefined {
  return status?.conditions?.find((c) => c.type === type);
}

/** SetDeploymentCondition: no-op for the same status and reason; keeps lastTransitionTime when the status is unchanged. */
export function setCondition(status: DeploymentStatus, c: DeploymentCondition): void {
  const cur = getCondition(status, c.type);
  if (cur && cur.status === c.status && cur.reason === c.reason) return;
  if (cur && cur.status === c.status) c = { ...c, lastTransitionTime: cur.lastTransitionTime };
  status.conditions = [...(status.conditions ?? []).filter((x) => x.type !== c.type), c];
}

export function removeCondition(status: DeploymentStatus, type: string): void {
  if (!status.conditions) return;
  status.conditions = status.conditions.filter((c) => c.type !== type);
}

/** calculateStatus: counts from the ReplicaSets plus the Available condition. */
export function calculateStatus(allRSs: (ReplicaSet | null)[], newRS: ReplicaSet | null, d: Deployment, now: number): DeploymentStatus {
  const available = availableReplicaCount(allRSs);
  const total = replicaCount(allRSs);
  const status: DeploymentStatus = {
    observedGeneration: d.metadata?.generation ?? 0,
    replicas: actualReplicaCount(allRSs),
    updatedReplicas: actualReplicaCount([newRS]),
    readyReplicas: readyReplicaCount(allRSs),
    availableReplicas: available,
    unavailableReplicas: Math.max(0, total - available),
    ...(d.status?.collisionCount !== undefined ? { collisionCount: d.status.collisionCount } : {}),
    conditions: (d.status?.conditions ?? []).map((c) => ({ ...c })),
  };
  if (available >= desiredReplicas(d) - maxUnavailable(d)) {
    setCondition(status, newCondition(DEPLOYMENT_AVAILABLE, 'True', MINIMUM_REPLICAS_AVAILABLE, 'Deployment has minimum availability.', now));
  } else {
    setCondition(status, newCondition(DEPLOYMENT_AVAILABLE, 'False', MINIMUM_REPLICAS_UNAVAILABLE, 'Deployment does not have minimum availability.', now));
  }
  return status;
}

/** DeploymentComplete. */
export function deploymentComplete(d: Deployment, s: DeploymentStatus): boolean {
  const want = desiredReplicas(d);
  return (s.updatedReplicas ?? 0) === want && (s.replicas ?? 0) === want && (s.availableReplicas ?? 0) === want &&
    (s.observedGeneration ?? 0) >= (d.metadata?.generation ?? 0);
}

/** DeploymentProgressing: more updated, fewer old, more ready or more available replicas than before. */
export function deploymentProgressing(d: Deployment, s: DeploymentStatus): boolean {
  const old = d.status ?? {};
  const oldOld = (old.replicas ?? 0) - (old.updatedReplicas ?? 0);
  const newOld = (s.replicas ?? 0) - (s.updatedReplicas ?? 0);
  return (s.updatedReplicas ?? 0) > (old.updatedReplicas ?? 0) || newOld < oldOld ||
    (s.readyReplicas ?? 0) > (old.readyReplicas ?? 0) || (s.availableReplicas ?? 0) > (old.availableReplicas ?? 0);
}

/** DeploymentTimedOut: the Progressing condition was last updated more than progressDeadlineSeconds ago. */
export function deploymentTimedOut(d: Deployment, s: DeploymentStatus, now: number): boolean {
  if (!hasProgressDeadline(d)) return false;
  const c = getCondition(s, DEPLOYMENT_PROGRESSING);
  if (!c) return false;
  if (c.reason === NEW_RS_AVAILABLE_REASON) return false;
  if (c.reason === TIMED_OUT_REASON) return true;
  return parseK8sTime(c.lastUpdateTime) + (d.spec?.progressDeadlineSeconds ?? 0) * 1000 < now;
}

/** syncRolloutStatus' status (Progressing condition and ReplicaFailure propagation). */
export function rolloutStatus(allRSs: (ReplicaSet | null)[], newRS: ReplicaSet | null, d: Deployment, now: number): DeploymentStatus {
  const s = calculateStatus(allRSs, newRS, d, now);
  const name = d.metadata?.name ?? '';
  if (!hasProgressDeadline(d)) removeCondition(s, DEPLOYMENT_PROGRESSING);
  const cur = getCondition(d.status, DEPLOYMENT_PROGRESSING);
  const complete = s.replicas === s.updatedReplicas && cur?.reason === NEW_RS_AVAILABLE_REASON;
  if (hasProgressDeadline(d) && !complete) {
    const what = newRS ? `ReplicaSet "${newRS.metadata?.name}"` : `Deployment "${name}"`;
    if (deploymentComplete(d, s)) {
      setCondition(s, newCondition(DEPLOYMENT_PROGRESSING, 'True', NEW_RS_AVAILABLE_REASON, `${what} has successfully progressed.`, now));
    } else if (deploymentProgressing(d, s)) {
      const c = newCondition(DEPLOYMENT_PROGRESSING, 'True', REPLICASET_UPDATED_REASON, `${what} is progressing.`, now);
      if (cur) {
        if (cur.status === 'True') c.lastTransitionTime = cur.lastTransitionTime;
        removeCondition(s, DEPLOYMENT_PROGRESSING);
      }
      setCondition(s, c);
    } else if (deploymentTimedOut(d, s, now)) {
      setCondition(s, newCondition(DEPLOYMENT_PROGRESSING, 'False', TIMED_OUT_REASON, `${what} has timed out progressing.`, now));
    }
  }
  const failure = replicaFailure(allRSs, newRS);
  if (failure) setCondition(s, { ...failure, type: DEPLOYMENT_REPLICA_FAILURE });
  else removeCondition(s, DEPLOYMENT_REPLICA_FAILURE);
  return s;
}

/** getReplicaFailures: the new ReplicaSet's ReplicaFailure condition first, then the old ones'. */
function replicaFailure(allRSs: (ReplicaSet | null)[], newRS: ReplicaSet | null): DeploymentCondition | undefined {
  const of = (rs: ReplicaSet | null) => rs?.status?.conditions?.find((c) => c.type === 'ReplicaFailure' && c.status === 'True');
  const fromNew = of(newRS);
  if (fromNew) return { ...fromNew, lastUpdateTime: fromNew.lastTransitionTime } as DeploymentCondition;
  for (const rs of allRSs) {
    if (!rs || rs === newRS) continue;
    const c = of(rs);
    if (c) return { ...c, lastUpdateTime: c.lastTransitionTime } as DeploymentCondition;
  }
  return undefined;
}

/**
 * requeueStuckDeployment: when to look again for a Progressing deadline (undefined: no need; 0: the
 * deadline is less than a second away, requeue rate-limited; else the delay, one second past it).
 */
export function progressRecheckIn(d: Deployment, s: DeploymentStatus, now: number): number | undefined {
  const c = getCondition(s, DEPLOYMENT_PROGRESSING);
  if (!hasProgressDeadline(d) || !c) return undefined;
  if (c.reason === NEW_RS_AVAILABLE_REASON || c.reason === TIMED_OUT_REASON) return undefined;
  if (deploymentComplete(d, s)) return undefined;
  const after = parseK8sTime(c.lastUpdateTime) + (d.spec?.progressDeadlineSeconds ?? 0) * 1000 - now;
  return after < 1000 ? 0 : after + 1000;
}

export function statusEqual(a: DeploymentStatus | undefined, b: DeploymentStatus): boolean {
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
}

function normalize(s: DeploymentStatus | undefined): unknown {
  if (!s) return null;
  return {
    o: s.observedGeneration ?? 0, r: s.replicas ?? 0, u: s.updatedReplicas ?? 0, rd: s.readyReplicas ?? 0, a: s.availableReplicas ?? 0,
    un: s.unavailableReplicas ?? 0, cc: s.collisionCount ?? null, c: s.conditions ?? [],
  };
}
