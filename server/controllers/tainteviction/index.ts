/**
 * kube-controller-manager's taint eviction controller (pkg/controller/tainteviction): deletes pods
 * from nodes with NoExecute taints they do not tolerate, at once or after tolerationSeconds.
 */
import type { ControllerFactory } from '../controller.js';
import { TaintEvictionController } from './controller.js';

export { TaintEvictionController } from './controller.js';
export { decidePodOnNode, getMinTolerationTime, TOLERATE_FOREVER } from './decision.js';
export type { PodTaintDecision, PodOnNode, ScheduledEviction, TaintEvictionWhy, UsedToleration } from './decision.js';
export { TimedWorkerQueue } from './timed-workers.js';
export type { TimedWorker } from './timed-workers.js';
export * from './constants.js';

/** The factory the control plane wires in. Does nothing when config.enableTaintManager is false. */
export const taintEvictionController: ControllerFactory = (ctx) => new TaintEvictionController(ctx);
