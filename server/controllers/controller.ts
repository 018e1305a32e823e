/**
 * The shape every controller folder exports. Controllers read and write only through the store
 * (watch + writes via the registry), take time only from the injected clock, and never call
 * each other (DESIGN.md, "Layout and dependency rules").
 */
import type { Clock } from '../../core/clock/index.js';
import type { Random } from '../../core/random.js';
import type { Logger } from '../../core/logger.js';
import type { ControlPlaneConfig } from '../config.js';
import type { EventRecorder } from '../events/recorder.js';
import type { Registry } from '../registry/index.js';
import type { Store } from '../store/index.js';

export interface ControllerContext {
  store: Store;
  registry: Registry;
  clock: Clock;
  recorder: EventRecorder;
  /** A stream of its own for this controller (seeded; see Random.fork). */
  random: Random;
  log: Logger;
  config: ControlPlaneConfig;
}

export interface Controller {
  readonly name: string;
  start(): void;
  stop(): void;
}

export type ControllerFactory = (ctx: ControllerContext) => Controller;
