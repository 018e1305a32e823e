/** What an agent session needs from the control plane (kept narrow so sessions are testable). */
import type { ClockState, Clock } from '../../core/clock/index.js';
import type { Logger } from '../../core/logger.js';
import type { KubeletSettingsMsg } from '../../proto/codec.js';
import type { EventRecorder } from '../events/recorder.js';
import type { Registry } from '../registry/index.js';
import type { Store } from '../store/index.js';
import type { AgentSession } from './session.js';
import type { NodeStatsCache } from './stats-cache.js';

export interface GatewayContext {
  store: Store;
  registry: Registry;
  recorder: EventRecorder;
  clock: Clock;
  log: Logger;
  stats: NodeStatsCache;
  /** Each node's kubelet eviction settings, as reported at registration (for the dashboard). */
  kubeletSettings: Map<string, KubeletSettingsMsg>;
  /** Frames handled since start, for metrics and benchmarks. */
  counters: { lease: number; status: number; pod: number };
  clockState(): ClockState;
  /** Answer a lease renewal with the control plane's clock at most this often per session, in cluster ms (0: never). */
  clockEchoIntervalMs(): number;
  /** Called with how far behind the agent's renew time a lease frame is processed (cluster ms). */
  observeLeaseLag(lagMs: number): void;
  checkToken(token: string): boolean;
  attach(s: AgentSession): void;
  detach(s: AgentSession): void;
}
