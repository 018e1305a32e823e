export { SchedulingQueue } from './scheduling-queue.js';
export type { QueuedPodInfo, QueueName, SchedulingQueueOptions } from './scheduling-queue.js';
export { Nominator } from './nominator.js';
export type { Nominating } from './nominator.js';
export { calculateBackoffDuration, backoffExpiration, isBackingOff, alignToWindow, BACKOFF_ORDERING_WINDOW } from './backoff.js';
export { isPodWorthRequeuing, isEventOfInterest, nodeUpdateActions, podUpdateActions, PLUGIN_SCHEDULING_GATES } from './cluster-events.js';
export type { ClusterEvent, NodeUpdateAction, PodUpdateAction, QueueingStrategy } from './cluster-events.js';
export { KeyedHeap } from './heap.js';
