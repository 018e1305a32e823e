/**
 * The taint eviction decision for one pod on one node, pure: processPodOnNode and
 * getMinTolerationTime of pkg/controller/tainteviction/taint_eviction.go, returning the why.
 */
import type { Taint, Toleration } from '../../../core/types.js';
import { findMatchingUntoleratedTaint, getMatchingTolerations, taintToString } from '../../../core/tolerations.js';

/** Sentinel of getMinTolerationTime: every used toleration tolerates forever. */
export const TOLERATE_FOREVER = -1;

/**
 * getMinTolerationTime, in milliseconds: 0 without tolerations, 0 as soon as one has
 * tolerationSeconds <= 0, else the smallest tolerationSeconds, or TOLERATE_FOREVER (-1) when none
 * sets tolerationSeconds.
 */
export function getMinTolerationTime(used: readonly Toleration[]): number {
  if (used.length === 0) return 0;
  let min = Infinity;
  for (const t of used) {
    if (t.tolerationSeconds === undefined || t.tolerationSeconds === null) continue;
    if (t.tolerationSeconds <= 0) return 0;
    min = Math.min(min, t.tolerationSeconds);
  }
  return min === Infinity ? TOLERATE_FOREVER : min * 1000;
}

/** An eviction timer already set for the pod. */
export interface ScheduledEviction {
  createdAt: number;
  fireAt: number;
}

export interface UsedToleration {
  taint: string;
  toleration: Toleration;
}

/** Why a pod is (or will be) deleted by the taint eviction controller. */
export interface TaintEvictionWhy {
  pod: string;
  node: string;
  decision: 'untoleratedTaint' | 'tolerationSecondsExpire';
  /** The node's NoExecute taints, `key=value:effect`. */
  taints: string[];
  untoleratedTaint?: string;
  /** The first matching toleration of each taint (the one that counts). */
  tolerations: UsedToleration[];
  minTolerationSeconds?: number;
  /** Controller time the countdown started (when it processed the taint or pod, not taint.timeAdded). */
  timerStartedAt: string;
  fireAt: string;
}

export type PodTaintDecision =
  /** No NoExecute taint left, or all of them tolerated forever: cancel any timer. */
  | { kind: 'cancel'; reason: 'noTaints' | 'toleratedForever' }
  /** A taint is not tolerated: cancel any timer and delete now. */
  | { kind: 'evictNow'; why: TaintEvictionWhy }
  /** Tolerated for a while: start a timer (none exists yet). */
  | { kind: 'schedule'; createdAt: number; fireAt: number; why: TaintEvictionWhy }
  /** A finite timer already exists: it is never moved, whether the new time is shorter or longer. */
  | { kind: 'keep'; existing: ScheduledEviction };

export interface PodOnNode {
  pod: string;
  node: string;
  tolerations: readonly Toleration[] | undefined;
  /** The node's NoExecute taints. */
  taints: readonly Taint[];
  now: number;
  existing: ScheduledEviction | undefined;
}

/**
 * processPodOnNode. Upstream keeps an existing timer when it was created strictly before `now` and
 * replaces it only when created at the very same instant (nanoseconds, in practice never). kemu's
 * clock counts milliseconds, where equal instants are common, so an existing timer is always kept:
 * "a timer once set never moves" (spec §3.4; upstream test "lengthening toleration shouldn't work").
 */
export function decidePodOnNode(input: PodOnNode): PodTaintDecision {
  const { taints, tolerations, now } = input;
  if (taints.length === 0) return { kind: 'cancel', reason: 'noTaints' };
  const { allTolerated, used } = getMatchingTolerations(taints, tolerations);
  const base = {
    pod: input.pod, node: input.node, taints: taints.map(taintToString),
    tolerations: used.map((t, i) => ({ taint: taintToString(taints[i]), toleration: t })),
  };
  if (!allTolerated) {
    const untolerated = findMatchingUntoleratedTaint(taints, tolerations);
    return {
      kind: 'evictNow',
      why: {
        ...base, decision: 'untoleratedTaint', ...(untolerated ? { untoleratedTaint: taintToString(untolerated) } : {}),
        timerStartedAt: iso(now), fireAt: iso(now),
      },
    };
  }
  const min = getMinTolerationTime(used);
  if (min < 0) return { kind: 'cancel', reason: 'toleratedForever' };
  if (input.existing) return { kind: 'keep', existing: input.existing };
  return {
    kind: 'schedule', createdAt: now, fireAt: now + min,
    why: { ...base, decision: 'tolerationSecondsExpire', minTolerationSeconds: min / 1000, timerStartedAt: iso(now), fireAt: iso(now + min) },
  };
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
