/**
 * The agent gateway: accepts agent connections, keeps one session per node, and pushes store
 * changes to the agent that owns them (pods bound to its node, its Node's labels/taints, clock).
 * One store watch serves every session, dispatching by node name (not one watch per agent).
 */
import { timingSafeEqual } from 'node:crypto';
import type { Clock, ClockState } from '../../core/clock/index.js';
import type { Logger } from '../../core/logger.js';
import type { Node, Pod } from '../../core/types.js';
import { CloseCode, type ControlMsg, type KubeletSettingsMsg } from '../../proto/codec.js';
import type { EventRecorder } from '../events/recorder.js';
import type { Registry } from '../registry/index.js';
import type { Store, WatchEvent } from '../store/index.js';
import type { GatewayContext } from './context.js';
import { AgentSession, type AgentConnection } from './session.js';
import { NodeStatsCache } from './stats-cache.js';

export interface GatewayOptions {
  store: Store;
  registry: Registry;
  recorder: EventRecorder;
  clock: Clock;
  log: Logger;
  token: string;
  clockState(): ClockState;
}

export class AgentGateway {
  readonly stats = new NodeStatsCache();
  readonly kubeletSettings = new Map<string, KubeletSettingsMsg>();
  /** Frames handled since start (all sessions). */
  readonly counters = { lease: 0, status: 0, pod: 0 };
  /**
   * A lease renewal is answered with a clock frame when the session's last clock frame is at least
   * this old (cluster ms; 0: never, the harness, whose agents share its clock). Agents only ever
   * move their clock forward to the control plane's, so a welcome they read late (a busy
   * --nodes 1000 process) leaves them behind until a later frame arrives promptly; these echoes
   * are those frames. `kemu server` sets a minute: every sixth renewal at the 10 s lease cadence,
   * and never more than that however fast a client sends.
   */
  clockEchoIntervalMs = 0;
  /** Lease-processing lag observer (metrics); cluster milliseconds. */
  onLeaseLag: (lagMs: number) => void = () => undefined;
  private readonly sessions = new Map<string, AgentSession>();
  private readonly ctx: GatewayContext;
  private unwatch: (() => void) | undefined;

  constructor(private readonly opts: GatewayOptions) {
    const tokenBuf = Buffer.from(opts.token);
    this.ctx = {
      store: opts.store, registry: opts.registry, recorder: opts.recorder, clock: opts.clock, log: opts.log,
      stats: this.stats, kubeletSettings: this.kubeletSettings, clockState: opts.clockState, counters: this.counters,
      observeLeaseLag: (ms) => this.onLeaseLag(ms),
      clockEchoIntervalMs: () => this.clockEchoIntervalMs,
      checkToken: (t) => {
        const b = Buffer.from(t);
        return b.length === tokenBuf.length && timingSafeEqual(b, tokenBuf);
      },
      attach: (s) => {
        const old = this.sessions.get(s.nodeName);
        // A restarted kubelet replaces its stale connection (the old socket may not have noticed yet).
        if (old && old !== s) old.close(CloseCode.NodeConflict, 'superseded by a newer connection for this node');
        this.sessions.set(s.nodeName, s);
      },
      detach: (s) => {
        if (this.sessions.get(s.nodeName) === s) this.sessions.delete(s.nodeName);
      },
    };
  }

  start(): void {
    this.unwatch = this.opts.store.watch(['Pod', 'Node'], {}, (ev) => this.onChange(ev));
  }

  stop(): void {
    this.unwatch?.();
    for (const s of [...this.sessions.values()]) s.close(1001, 'control plane shutting down');
  }

  accept(conn: AgentConnection): AgentSession {
    return new AgentSession(this.ctx, conn);
  }

  session(node: string): AgentSession | undefined {
    return this.sessions.get(node);
  }

  connectedNodes(): string[] {
    return [...this.sessions.keys()];
  }

  /** Live chaos: tell an agent to stop/start its kubelet loops or drop its connection. */
  control(node: string, msg: ControlMsg): boolean {
    const s = this.sessions.get(node);
    if (!s) return false;
    s.send({ control: msg });
    return true;
  }

  broadcastClock(state: ClockState): void {
    for (const s of this.sessions.values()) s.send({ clock: { cluster_time: state.now, time_scale: state.scale, paused: state.paused } });
  }

  private onChange(ev: WatchEvent): void {
    if (ev.kind === 'Pod') {
      const pod = ev.object as Pod;
      const old = ev.old as Pod | undefined;
      const node = pod.spec?.nodeName;
      if (ev.type === 'DELETED') {
        if (node) this.sessions.get(node)?.podGone(pod.metadata?.uid ?? '');
        return;
      }
      if (old?.spec?.nodeName && old.spec.nodeName !== node) this.sessions.get(old.spec.nodeName)?.podGone(pod.metadata?.uid ?? '');
      if (node) this.sessions.get(node)?.syncPod(pod);
      return;
    }
    const node = ev.object as Node;
    const name = node.metadata?.name ?? '';
    const s = this.sessions.get(name);
    if (!s) return;
    if (ev.type === 'DELETED') {
      this.stats.delete(name);
      // Like a kubelet whose Node was deleted: it re-registers on its next connection.
      s.close(1000, 'node deleted');
      return;
    }
    s.syncNode(node);
  }
}
