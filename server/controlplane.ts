/**
 * The control plane in one object: store (kube-apiserver + etcd), admission, event recorder,
 * agent gateway, and the controllers (kube-controller-manager + kube-scheduler). The HTTP server
 * (server/http/) and the simulation harness (sim/) both drive this same object.
 */
import type { Clock, ClockState } from '../core/clock/index.js';
import { clockState } from '../core/clock/index.js';
import { logger, type Logger } from '../core/logger.js';
import { Random } from '../core/random.js';
import type { Namespace, Pod } from '../core/types.js';
import { admissionChain } from './admission/all.js';
import type { AdmissionPlugin } from './admission/types.js';
import { DEFAULT_CONTROL_PLANE_CONFIG, type ControlPlaneConfig } from './config.js';
import { ALL_CONTROLLERS } from './controllers/all.js';
import type { Controller, ControllerFactory } from './controllers/controller.js';
import { EventRecorder } from './events/recorder.js';
import { AgentGateway } from './gateway/index.js';
import { Registry } from './registry/index.js';
import { Store } from './store/index.js';
import { createBuiltinPriorityClasses } from './admission/builtin-priority-classes.js';

export interface ControlPlaneOptions {
  clock: Clock;
  config?: Partial<ControlPlaneConfig>;
  seed?: number | string;
  agentToken: string;
  /** Controllers to run (default: all). */
  controllers?: ControllerFactory[];
  admission?: AdmissionPlugin[];
  log?: Logger;
  historyLimit?: number;
}

export const BUILTIN_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];

export class ControlPlane {
  readonly store: Store;
  readonly registry: Registry;
  readonly recorder: EventRecorder;
  readonly gateway: AgentGateway;
  readonly config: ControlPlaneConfig;
  readonly clock: Clock;
  readonly random: Random;
  readonly log: Logger;
  private readonly controllers: Controller[] = [];
  private readonly factories: ControllerFactory[];
  private started = false;

  constructor(opts: ControlPlaneOptions) {
    this.clock = opts.clock;
    this.config = { ...DEFAULT_CONTROL_PLANE_CONFIG, ...(opts.config ?? {}) };
    this.random = new Random(opts.seed ?? 1);
    this.log = opts.log ?? logger('controlplane');
    this.store = new Store(this.clock, this.random.fork('store'), opts.historyLimit);
    this.store.addIndex('Pod', 'spec.nodeName', (o) => {
      const n = (o as Pod).spec?.nodeName;
      return n ? [n] : [];
    });
    this.registry = new Registry(this.store, opts.admission ?? admissionChain());
    this.recorder = new EventRecorder(this.store, this.clock);
    this.gateway = new AgentGateway({
      store: this.store, registry: this.registry, recorder: this.recorder, clock: this.clock,
      log: this.log.child({ component: 'gateway' }), token: opts.agentToken, clockState: () => this.clockState(),
    });
    this.factories = opts.controllers ?? ALL_CONTROLLERS;
    this.bootstrap();
  }

  clockState(): ClockState {
    return clockState(this.clock);
  }

  /** Objects a new cluster has: the four namespaces (the built-in PriorityClasses come from admission/). */
  private bootstrap(): void {
    for (const name of BUILTIN_NAMESPACES) {
      if (!this.store.get('Namespace', undefined, name)) {
        this.store.create<Namespace>('Namespace', {
          metadata: { name, labels: { 'kubernetes.io/metadata.name': name } },
          spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' },
        });
      }
    }
    createBuiltinPriorityClasses(this.store);
    for (const hook of bootstrapHooks) hook(this);
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.gateway.start();
    for (const f of this.factories) {
      const ctl = f({
        store: this.store, registry: this.registry, clock: this.clock, recorder: this.recorder,
        random: this.random.fork(`controller:${this.controllers.length}`), log: this.log, config: this.config,
      });
      this.controllers.push(ctl);
      ctl.start();
    }
  }

  stop(): void {
    for (const c of this.controllers.reverse()) c.stop();
    this.controllers.length = 0;
    this.gateway.stop();
    this.started = false;
  }
}

/** Extra objects to create in every new cluster (e.g. built-in PriorityClasses). */
export const bootstrapHooks: Array<(cp: ControlPlane) => void> = [];
