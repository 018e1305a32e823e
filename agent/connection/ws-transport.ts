/** WebSocket transport with reconnect back-off; timers come from an injected (real) clock. */
import WebSocket from 'ws';
import type { Clock, Timer } from '../../core/clock/index.js';
import type { Logger } from '../../core/logger.js';
import { Backoff } from './backoff.js';
import type { AgentTransport, TransportHandlers } from './transport.js';

/** Close codes after which reconnecting cannot help (bad token, version, NodeRestriction). */
const FATAL_CODES = new Set([4001, 4002, 4006]);

export class WsTransport implements AgentTransport {
  private ws: WebSocket | undefined;
  private handlers: TransportHandlers | undefined;
  private closed = false;
  private retry: Timer | undefined;
  private readonly backoff: Backoff;

  constructor(
    private readonly url: string, private readonly clock: Clock, private readonly log: Logger, rand: () => number = Math.random,
    private readonly tls: { rejectUnauthorized: boolean } = { rejectUnauthorized: true },
  ) {
    this.backoff = new Backoff(undefined, rand);
  }

  get connected(): boolean {
    return this.ws?.readyState === WebSocket.OPEN;
  }

  connect(h: TransportHandlers): void {
    this.handlers = h;
    this.closed = false;
    this.open();
  }

  send(bytes: Uint8Array): boolean {
    if (!this.connected) return false;
    this.ws!.send(bytes);
    return true;
  }

  drop(): void {
    this.ws?.terminate();
  }

  close(): void {
    this.closed = true;
    this.retry?.cancel();
    this.ws?.close(1000, 'agent stopping');
  }

  private open(): void {
    if (this.closed) return;
    const ws = new WebSocket(this.url, { perMessageDeflate: false, handshakeTimeout: 10_000, rejectUnauthorized: this.tls.rejectUnauthorized });
    this.ws = ws;
    ws.binaryType = 'nodebuffer';
    ws.on('open', () => {
      this.backoff.reset();
      this.handlers?.onOpen();
    });
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (!isBinary) return;
      this.handlers?.onFrame(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    });
    ws.on('error', (err) => this.log.debug({ err: err.message }, 'connection error'));
    ws.on('close', (code, reasonBuf) => {
      if (this.ws !== ws) return;
      this.ws = undefined;
      const reason = reasonBuf.toString();
      this.handlers?.onClose(code, reason);
      if (this.closed) return;
      if (FATAL_CODES.has(code)) {
        this.log.error({ code, reason }, 'control plane refused this agent; not reconnecting');
        this.closed = true;
        return;
      }
      const delay = this.backoff.next();
      this.log.debug({ code, reason, delayMs: Math.round(delay) }, 'disconnected; reconnecting');
      this.retry = this.clock.setTimer(delay, () => this.open());
    });
  }
}
