/**
 * kube-scheduler: the default profile's filters and scores, the scheduling queue, priority
 * preemption (DefaultPreemption), and binding. `scheduler` is the ControllerFactory the control
 * plane starts; the rest is exported for tests, the simulation harness and `kemu explain`.
 */
import type { ControllerFactory } from '../controllers/controller.js';
import { KubeScheduler, type SchedulerOptions } from './controller.js';

/** The ControllerFactory for the default scheduler (options: see SchedulerOptions). */
export const scheduler: ControllerFactory = (ctx) => new KubeScheduler(ctx);

/** A factory with non-default options (e.g. a fixed preemption offset in tests). */
export function schedulerWith(opts: SchedulerOptions): ControllerFactory {
  return (ctx) => new KubeScheduler(ctx, opts);
}

export { KubeScheduler } from './controller.js';
export type { SchedulerOptions, AttemptOutcome } from './controller.js';
export * from './constants.js';
export { SchedulerCache, NodeTree, getZoneKey, countsOnNode } from './cache.js';
export { NodeInfo, podInfoOf, podPriority, podStartTime, podKey } from './node-info.js';
export type { PodInfo } from './node-info.js';
export { podRequests, podResources, nodeAllocatable, isScalarResourceName } from './resources.js';
export type { Resource, PodResources } from './resources.js';
export { schedulePod, numFeasibleNodesToFind, selectHost, filterWithNominatedPods, NO_NOMINATIONS } from './schedule-pod.js';
export type { ScheduleInput, ScheduleResult, NominatedPods } from './schedule-pod.js';
export { fitErrorMessage, reasonHistogram } from './fit-error.js';
export { NodeToStatus, newStatus, isRejected, isSuccess, statusMessage, SUCCESS } from './status.js';
export type { Status, Code } from './status.js';
export { failedSchedulingWhy } from './why.js';
export type { FailedSchedulingWhy, NodeFilterWhy } from './why.js';
export { updatePodCondition } from './pod-status.js';
export * as plugins from './plugins/index.js';
export * as preemption from './preemption/index.js';
export * as queue from './queue/index.js';
