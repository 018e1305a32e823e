/**
 * The grace period a kill actually gets in the pod worker.
 * Upstream: pkg/kubelet/pod_workers.go calculateEffectiveGracePeriod and killPodNow.
 * A grace period only ever shrinks; an override of 0 (a soft eviction with the default
 * evictionMaxPodGracePeriod) falls back to the pod's terminationGracePeriodSeconds; never below 1.
 */
import type { Pod } from '../../core/types.js';

/**
 * @param current the grace period the pod worker already uses (0: not terminating yet)
 * @param override the eviction manager's override, if any
 */
export function effectiveGracePeriodSeconds(pod: Pod, override: number | undefined, current = 0): number {
  let g = current;
  const deletion = pod.metadata?.deletionGracePeriodSeconds;
  if (deletion !== undefined && deletion !== null && (g === 0 || deletion < g)) g = deletion;
  if (override !== undefined && (g === 0 || override < g)) g = override;
  if (g === 0) g = pod.spec?.terminationGracePeriodSeconds ?? 0;
  return Math.max(1, g);
}

/** How long killPodNow waits for the pod worker: max(10s, g + g/2) with g the override (else the pod's TGPS). */
export function killPodTimeoutSeconds(pod: Pod, override: number | undefined): number {
  const g = override ?? pod.spec?.terminationGracePeriodSeconds ?? 0;
  return Math.max(10, g + Math.floor(g / 2));
}
