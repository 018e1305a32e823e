/**
 * The /events WebSocket endpoint: parses the query, checks the API token, and runs one
 * StreamConnection per client. Register `hub.accept` as the `/events` socket handler and call
 * `hub.bind(source)` once the control plane exists (server/http/plugins.ts does both).
 */
import type { IncomingMessage } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { WebSocket } from 'ws';
import { realClock, type Clock, type ScaledClock } from '../../core/clock/index.js';
import { logger, type Logger } from '../../core/logger.js';
import { StreamConnection, type ConnectionStats, type StreamSocket } from './connection.js';
import { parseStreamQuery } from './filter.js';
import { DEFAULT_FLOW_LIMITS, type FlowLimits } from './flow.js';
import type { StreamSource } from './source.js';
import { StreamCloseCode } from './types.js';

export interface EventStreamOptions {
  limits?: Partial<FlowLimits>;
  /** When set, clients must present it (Authorization: Bearer, or ?access_token=). */
  apiToken?: string;
  /** Real-time timers for batching (default: a wall clock of scale 1). */
  timers?: Clock;
  log?: Logger;
}

/** WebSocket close reasons are limited to 123 bytes. */
export function closeReason(reason: string): string {
  const buf = Buffer.from(reason);
  if (buf.length <= 123) return reason;
  return `${buf.subarray(0, 120).toString('utf8').replace(/\uFFFD+$/, '')}...`;
}

function tokenMatches(given: string | undefined, want: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(want);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function wsSocket(ws: WebSocket): StreamSocket {
  return {
    get bufferedAmount() {
      return ws.bufferedAmount;
    },
    send(data) {
      if (ws.readyState === ws.OPEN) ws.send(data, { binary: typeof data !== 'string' });
    },
    close(code, reason) {
      if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) ws.close(code, closeReason(reason));
    },
  };
}

export class EventStreamHub {
  private source?: StreamSource;
  private readonly connections = new Set<StreamConnection>();
  private readonly limits: FlowLimits;
  private readonly timers: Clock;
  private readonly ownTimers?: ScaledClock;
  private readonly log: Logger;
  private readonly closed: ConnectionStats[] = [];
  private nextId = 1;

  constructor(private readonly opts: EventStreamOptions = {}) {
    this.limits = { ...DEFAULT_FLOW_LIMITS, ...(opts.limits ?? {}) };
    if (opts.timers) this.timers = opts.timers;
    else this.timers = this.ownTimers = realClock();
    this.log = opts.log ?? logger('event-stream');
  }

  bind(source: StreamSource): void {
    this.source = source;
  }

  /** Handles one upgraded WebSocket at /events. */
  accept(ws: WebSocket, req: IncomingMessage): void {
    const socket = wsSocket(ws);
    const url = new URL(req.url ?? '/events', 'http://localhost');
    const parsed = parseStreamQuery(url.searchParams);
    if (!parsed.ok) return socket.close(StreamCloseCode.BadRequest, parsed.error);
    if (this.opts.apiToken) {
      const header = req.headers.authorization;
      const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
      if (!tokenMatches(bearer ?? parsed.query.token, this.opts.apiToken)) return socket.close(StreamCloseCode.Unauthorized, 'Unauthorized');
    }
    if (!this.source) return socket.close(1013, 'event stream not ready');
    const remote = `${req.socket.remoteAddress ?? ''}:${req.socket.remotePort ?? ''}`;
    const conn = new StreamConnection(socket, {
      id: this.nextId++, remote, source: this.source, query: parsed.query, limits: this.limits, timers: this.timers,
      log: this.log, onClosed: (c) => this.forget(c),
    });
    this.connections.add(conn);
    ws.on('close', () => conn.dispose());
    ws.on('error', (err) => {
      this.log.debug({ err: err.message, remote }, 'event stream socket error');
      conn.dispose();
    });
    try {
      conn.start();
    } catch (err) {
      this.log.error({ err }, 'event stream failed to start');
      conn.close(1011, 'internal error');
    }
  }

  /** Live connections and their flow-control counters (metrics, tests). */
  stats(): ConnectionStats[] {
    return [...this.connections].map((c) => c.stats());
  }

  /** The counters of the last connections that closed, most recent last. */
  closedStats(): ConnectionStats[] {
    return [...this.closed];
  }

  private forget(c: StreamConnection): void {
    this.connections.delete(c);
    this.closed.push(c.stats());
    if (this.closed.length > 32) this.closed.shift();
  }

  /** Closes every client (server shutdown) and stops the timers. */
  close(): void {
    for (const c of [...this.connections]) c.close(StreamCloseCode.GoingAway, 'server shutting down');
    this.ownTimers?.dispose();
  }
}
