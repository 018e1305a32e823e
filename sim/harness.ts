/**
 * The simulation harness: the real control plane and real kubelets in one process, over in-memory
 * links, on one manual clock. Deterministic for a seed (DESIGN.md, "Simulation harness").
 */
import { ManualClock } from '../core/clock/index.js';
import { setRootLogger, type Logger } from '../core/logger.js';
import { Random } from '../core/random.js';
import { pino } from 'pino';
import { Kubelet, type ResourceModel } from '../agent/kubelet.js';
import type { NodeConfig } from '../agent/node-config.js';
import { defaultResourceModel } from '../agent/default-model.js';
import { ControlPlane, type ControlPlaneOptions } from '../server/controlplane.js';
import type { ControlPlaneConfig } from '../server/config.js';
import { MemoryTransport } from './memory-transport.js';

export interface SimulationOptions {
  seed?: number | string;
  startMs?: number;
  config?: Partial<ControlPlaneConfig>;
  controllers?: ControlPlaneOptions['controllers'];
  log?: Logger;
  resourceModel?: (k: Kubelet) => ResourceModel;
}

interface SimNode {
  config: NodeConfig;
  kubelet: Kubelet;
  transport: MemoryTransport;
  running: boolean;
}

const TOKEN = 'simulation-token';

export class Simulation {
  readonly clock: ManualClock;
  readonly cp: ControlPlane;
  readonly random: Random;
  readonly startMs: number;
  private readonly nodes = new Map<string, SimNode>();
  private readonly log: Logger;
  private readonly modelFactory: (k: Kubelet) => ResourceModel;

  constructor(opts: SimulationOptions = {}) {
    this.startMs = opts.startMs ?? Date.UTC(2026, 0, 1);
    this.clock = new ManualClock(this.startMs);
    this.random = new Random(opts.seed ?? 1);
    this.log = opts.log ?? pino({ level: 'silent' });
    setRootLogger(this.log);
    this.modelFactory = opts.resourceModel ?? defaultResourceModel;
    this.cp = new ControlPlane({
      clock: this.clock, seed: `${opts.seed ?? 1}:cp`, agentToken: TOKEN, config: opts.config,
      controllers: opts.controllers, log: this.log,
    });
    this.cp.start();
  }

  /** Cluster milliseconds since the simulation started. */
  get elapsed(): number {
    return this.clock.now() - this.startMs;
  }

  addNode(config: NodeConfig): Kubelet {
    if (this.nodes.has(config.name)) throw new Error(`node ${config.name} already exists in the simulation`);
    const n = this.makeNode(config);
    this.nodes.set(config.name, n);
    n.kubelet.start();
    n.running = true;
    return n.kubelet;
  }

  kubelet(name: string): Kubelet {
    return this.mustNode(name).kubelet;
  }

  nodeNames(): string[] {
    return [...this.nodes.keys()];
  }

  hasNode(name: string): boolean {
    return this.nodes.has(name);
  }

  isRunning(name: string): boolean {
    return this.mustNode(name).running;
  }

  /** The agent process dies: no lease, no status, its pods frozen. */
  stopNode(name: string): void {
    const n = this.mustNode(name);
    if (!n.running) return;
    n.kubelet.stop();
    n.running = false;
  }

  /** A stopped agent starts again: a fresh kubelet process that re-registers and resyncs. */
  startNode(name: string): void {
    const old = this.mustNode(name);
    if (old.running) return;
    const n = this.makeNode(old.config);
    n.transport.partitioned = old.transport.partitioned;
    this.nodes.set(name, n);
    n.kubelet.start();
    n.running = true;
  }

  /** Cuts the agent's connection; it keeps running (and evicting locally) and keeps retrying. */
  partitionNode(name: string): void {
    const n = this.mustNode(name);
    n.transport.partitioned = true;
    n.transport.drop();
  }

  healNode(name: string): void {
    this.mustNode(name).transport.partitioned = false;
  }

  /** Removes the node from the simulation (its agent stops); the Node object is the caller's business. */
  forgetNode(name: string): void {
    const n = this.nodes.get(name);
    if (!n) return;
    if (n.running) n.kubelet.stop();
    this.nodes.delete(name);
  }

  advance(ms: number): void {
    this.clock.advance(ms);
  }

  /** Advances to an absolute offset from the start. */
  advanceTo(elapsedMs: number): void {
    this.clock.advanceTo(this.startMs + elapsedMs);
  }

  stop(): void {
    for (const n of this.nodes.values()) if (n.running) n.kubelet.stop();
    this.cp.stop();
  }

  private makeNode(config: NodeConfig): SimNode {
    const transport = new MemoryTransport(this.cp.gateway, this.clock, this.random.fork(`link:${config.name}`), `sim:${config.name}`);
    const loopRandom = this.random.fork(`kubelet:${config.name}`);
    const kubelet = new Kubelet(config, {
      clock: this.clock, transport, token: TOKEN, log: this.log.child({ component: 'kubelet', node: config.name }),
      resourceModel: this.modelFactory, random: () => loopRandom.float(),
    });
    return { config, kubelet, transport, running: false };
  }

  private mustNode(name: string): SimNode {
    const n = this.nodes.get(name);
    if (!n) throw new Error(`unknown node "${name}"`);
    return n;
  }
}
