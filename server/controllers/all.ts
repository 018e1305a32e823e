/**
 * The controllers kube-controller-manager and kube-scheduler run, in start order.
 * Each lives in its own folder and talks to the others only through the store.
 */
import type { ControllerFactory } from './controller.js';
import { nodeLifecycleController } from './nodelifecycle/index.js';
import { taintEvictionController } from './tainteviction/index.js';
import { garbageCollector } from './garbagecollector/index.js';
import { replicaSetController } from './replicaset/index.js';
import { deploymentController } from './deployment/index.js';
import { daemonSetController } from './daemonset/index.js';
import { disruptionController } from './disruption/index.js';
import { podGCController } from './podgc/index.js';
import { scheduler } from '../scheduler/index.js';

export const ALL_CONTROLLERS: ControllerFactory[] = [
  nodeLifecycleController,
  taintEvictionController,
  garbageCollector,
  replicaSetController,
  deploymentController,
  daemonSetController,
  disruptionController,
  podGCController,
  scheduler,
];
