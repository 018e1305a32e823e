/**
 * In-memory link between a kubelet and the gateway: the same protobuf frames as a WebSocket,
 * delivered through zero-delay timers on the shared manual clock, so that a run is deterministic
 * and every frame is handled at the cluster time it was sent. Partitions drop the link; the agent
 * keeps retrying with back-off (seeded jitter) until healed, like a real disconnected kubelet.
 */
import type { Clock, Timer } from '../core/clock/index.js';
import type { Random } from '../core/random.js';
import { Backoff } from '../agent/connection/backoff.js';
import type { AgentTransport, TransportHandlers } from '../agent/connection/transport.js';
import type { AgentGateway, AgentSession } from '../server/gateway/index.js';

export class MemoryTransport implements AgentTransport {
  private handlers: TransportHandlers | undefined;
  private session: AgentSession | undefined;
  private generation = 0;
  private closed = false;
  private retry: Timer | undefined;
  partitioned = false;
  /** Frames in each direction, for tests and benchmarks. */
  readonly counters = { sent: 0, received: 0, bytesSent: 0 };
  private readonly backoff: Backoff;

  constructor(private readonly gateway: AgentGateway, private readonly clock: Clock, random: Random, private readonly remote: string) {
    this.backoff = new Backoff(undefined, () => random.float());
  }

  get connected(): boolean {
    return this.session !== undefined;
  }

  connect(h: TransportHandlers): void {
    this.handlers = h;
    this.closed = false;
    this.clock.setTimer(0, () => this.open());
  }

  send(bytes: Uint8Array): boolean {
    const s = this.session;
    if (!s) return false;
    this.counters.sent++;
    this.counters.bytesSent += bytes.length;
    this.toServer.push({ gen: this.generation, bytes });
    if (!this.toServerArmed) {
      // One zero-delay timer delivers everything sent at this instant, in order.
      this.toServerArmed = true;
      this.clock.setTimer(0, () => {
        this.toServerArmed = false;
        const batch = this.toServer;
        this.toServer = [];
        for (const f of batch) if (f.gen === this.generation && this.session) this.session.onFrame(f.bytes);
      });
    }
    return true;
  }

  private toServer: Array<{ gen: number; bytes: Uint8Array }> = [];
  private toServerArmed = false;
  private toAgent: Array<{ gen: number; bytes: Uint8Array }> = [];
  private toAgentArmed = false;

  /** Cuts the link (a partition or a dropped connection); the agent will try to reconnect. */
  drop(): void {
    this.disconnect(1006, 'connection lost', true);
  }

  close(): void {
    this.closed = true;
    this.retry?.cancel();
    this.disconnect(1000, 'agent stopping', false);
  }

  private open(): void {
    if (this.closed || this.session) return;
    if (this.partitioned) return this.scheduleRetry();
    const gen = ++this.generation;
    const session = this.gateway.accept({
      remote: this.remote,
      send: (bytes) => {
        if (this.generation !== gen) return;
        this.toAgent.push({ gen, bytes });
        if (this.toAgentArmed) return;
        this.toAgentArmed = true;
        this.clock.setTimer(0, () => {
          this.toAgentArmed = false;
          const batch = this.toAgent;
          this.toAgent = [];
          for (const f of batch) {
            if (f.gen !== this.generation) continue;
            this.counters.received++;
            this.handlers?.onFrame(f.bytes);
          }
        });
      },
      close: (code, reason) => {
        this.clock.setTimer(0, () => {
          if (this.generation === gen) this.disconnect(code, reason, !this.closed && code !== 4001 && code !== 4002 && code !== 4006, false);
        });
      },
    });
    this.session = session;
    this.backoff.reset();
    this.handlers?.onOpen();
  }

  private disconnect(code: number, reason: string, reconnect: boolean, tellServer = true): void {
    const s = this.session;
    if (!s) return;
    this.session = undefined;
    this.generation++;
    this.toServer = [];
    this.toAgent = [];
    if (tellServer) s.onClose();
    this.handlers?.onClose(code, reason);
    if (reconnect) this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.closed) return;
    this.retry?.cancel();
    this.retry = this.clock.setTimer(this.backoff.next(), () => this.open());
  }
}
