/**
 * The controllers kube-controller-manager and kube-scheduler run, in start order.
 * Each lives in its own folder and talks to the others only through the store.
 */
import type { ControllerFactory } from './controller.js';
import { nodeLifecycleController } from './nodelifecycle/index.js';
import { taintEvictionController } from './tainteviction/index.js';
import { scheduler } from '../scheduler/index.js';

export const ALL_CONTROLLERS: ControllerFactory[] = [
  nodeLifecycleController,
  taintEvictionController,
  scheduler,
];
