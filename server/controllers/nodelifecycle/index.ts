/**
 * kube-controller-manager's node lifecycle controller (pkg/controller/nodelifecycle): node health
 * from heartbeats, condition taints, rate-limited NoExecute taints per zone, and the legacy
 * --pod-eviction-timeout path. The pure decisions are exported for tests, the dashboard and
 * `kemu explain`.
 */
import type { ControllerFactory } from '../controller.js';
import { NodeLifecycleController, type NodeLifecycleOptions } from './controller.js';

export { NodeLifecycleController } from './controller.js';
export type { NodeLifecycleOptions, NodeLifecycleSnapshot } from './controller.js';
export { validateControlPlaneConfig } from './config-validation.js';
export * from './constants.js';
export { tryUpdateNodeHealth, conditionEqual, getCondition } from './node-health.js';
export type { NodeHealth, NotReadyWhy, HealthResult, HealthSettings } from './node-health.js';
export { computeZoneState, getZoneKey, isExcludedFromDisruptionChecks, planDisruption, zoneEvictionQPS, zoneDisplayName, ZoneState } from './zones.js';
export type { ZoneStateName, DisruptionPlan, DisruptionMode, ZoneChange } from './zones.js';
export { desiredNoScheduleTaints, noScheduleTaintChanges, taintActionFor, noExecuteStepFor } from './taints.js';
export type { TaintAction, NoExecuteStep } from './taints.js';
export { legacyEvictionDecision, planDeletePods, isDaemonSetPod } from './legacy.js';
export type { LegacyDecision, LegacyEvictionWhy, NodeEvictionStatus } from './legacy.js';
export { RateLimitedTimedQueue, TokenBucket, NeverLimiter, AlwaysLimiter } from './rate-limited-queue.js';
export type { RateLimiter, TimedValue, ActionResult } from './rate-limited-queue.js';
export { updatePodCondition, podNotReadyConditions } from './pod-condition.js';
export { POD_NODE_NAME_INDEX } from './writes.js';

/** The factory the control plane wires in (defaults: taint-based eviction, PR #120816 behaviour). */
export const nodeLifecycleController: ControllerFactory = (ctx) => new NodeLifecycleController(ctx);

/** A factory with non-default options (e.g. the pre-#120816 one-period delay of NoExecute taints). */
export function nodeLifecycleControllerWith(opts: NodeLifecycleOptions): ControllerFactory {
  return (ctx) => new NodeLifecycleController(ctx, opts);
}
