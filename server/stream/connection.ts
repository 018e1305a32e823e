/**
 * One event stream client: a store watch and a stats listener feed coalesced pending changes; a
 * real-time tick flushes them as delta frames when flow control (flow.ts) allows. A thin shell:
 * filtering, coalescing, projection and flow decisions are pure functions elsewhere.
 */
import type { Clock, Timer } from '../../core/clock/index.js';
import type { Logger } from '../../core/logger.js';
import type { Event, Node, Pod } from '../../core/types.js';
import { StoreError, type WatchEvent } from '../store/index.js';
import { PendingChanges, type PendingChange } from './changes.js';
import { filteredChange, matchesQuery, type StreamQuery } from './filter.js';
import { decideFlush, isBlocked, overflowed, type FlowLimits } from './flow.js';
import { encodeStreamFrame } from './frames.js';
import { buildSnapshot, clockView } from './snapshot.js';
import { podNodeLookup, type StreamSource } from './source.js';
import type { ChangeView, NodeUsageView, SnapshotReason, StreamFrame } from './types.js';
import { nodeUsageView } from './usage.js';
import { eventView, nodeView, objectView, podView, type PodNodeLookup } from './views.js';

/** The socket as the connection needs it (ws.WebSocket in production, a fake in tests). */
export interface StreamSocket {
  /** Bytes queued in user space and not yet written to the kernel (ws.bufferedAmount). */
  readonly bufferedAmount: number;
  send(data: string | Uint8Array): void;
  close(code: number, reason: string): void;
}

export interface ConnectionStats {
  id: number;
  remote: string;
  query: StreamQuery;
  framesSent: number;
  bytesSent: number;
  snapshots: number;
  /** Times the pending changes overflowed and were dropped for a resync. */
  overflows: number;
  pendingChanges: number;
  bufferedAmount: number;
  maxBufferedAmount: number;
  closed: boolean;
  closeReason?: string;
}

export interface ConnectionOptions {
  id: number;
  remote: string;
  source: StreamSource;
  query: StreamQuery;
  limits: FlowLimits;
  /** Real time for batching and stall detection (never the cluster clock: it may be paused). */
  timers: Clock;
  log: Logger;
  onClosed?: (c: StreamConnection) => void;
}

export class StreamConnection {
  private readonly pending = new PendingChanges();
  private readonly pendingUsage = new Set<string>();
  private readonly lookup: PodNodeLookup;
  private resync = false;
  private stalledSince: number | undefined;
  private lastSentAt = 0;
  private unwatch?: () => void;
  private unlisten?: () => void;
  private tick?: Timer;
  private closed = false;
  private closeReason?: string;
  private readonly counters = { framesSent: 0, bytesSent: 0, snapshots: 0, overflows: 0, maxBufferedAmount: 0 };

  constructor(private readonly socket: StreamSocket, private readonly o: ConnectionOptions) {
    this.lookup = podNodeLookup(o.source.store);
  }

  /** Subscribes and sends the first frame: a snapshot, or the missed changes when resuming. */
  start(): void {
    const { store } = this.o.source;
    const q = this.o.query;
    const handler = (ev: WatchEvent) => this.onChange(ev);
    let reason: SnapshotReason | undefined = 'initial';
    if (q.since !== undefined) {
      // A resourceVersion from the future comes from another store (the server restarted).
      if (q.since > store.resourceVersion) reason = 'expired';
      else {
        try {
          this.unwatch = store.watch(q.kinds, { sinceRV: q.since }, handler);
          reason = undefined;
        } catch (err) {
          if (!(err instanceof StoreError && err.code === 410)) throw err;
          reason = 'expired';
          this.pending.clear();
        }
      }
    }
    this.unwatch ??= store.watch(q.kinds, {}, handler);
    this.unlisten = this.o.source.stats.onUpdate((e) => this.onStats(e.node));
    if (reason) this.sendSnapshot(reason);
    else if (this.resync) this.sendSnapshot('resync'); // the replay alone overflowed
    else {
      if (q.kinds.includes('Node')) for (const e of this.o.source.stats.all()) this.onStats(e.node);
      this.sendDelta();
    }
    this.tick = this.o.timers.every(this.o.limits.flushIntervalMs, () => this.flush());
  }

  /** One flush tick: what flow control allows. */
  flush(): void {
    if (this.closed) return;
    const now = this.o.timers.now();
    const limits = this.o.limits;
    const buffered = this.observeBuffered();
    if (isBlocked(buffered, limits)) this.stalledSince ??= now;
    else this.stalledSince = undefined;
    const action = decideFlush({
      bufferedAmount: buffered, pendingChanges: this.pending.size, pendingUsage: this.pendingUsage.size,
      resync: this.resync, stalledSince: this.stalledSince, lastSentAt: this.lastSentAt, now,
    }, limits);
    switch (action.kind) {
      case 'close':
        this.o.log.warn({ id: this.o.id, remote: this.o.remote, bufferedAmount: buffered }, 'closing a stalled event stream client');
        this.close(action.code, action.reason);
        return;
      case 'snapshot':
        this.sendSnapshot('resync');
        return;
      case 'delta':
        do this.sendDelta(); while (this.pending.size > 0 && !isBlocked(this.observeBuffered(), limits));
        return;
      case 'heartbeat':
        this.sendDelta();
        return;
      default:
    }
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closeReason = reason;
    this.dispose();
    this.socket.close(code, reason);
  }

  /** Stops watching (the socket closed or is closing). */
  dispose(): void {
    if (this.closed) return;
    this.closed = true;
    this.unwatch?.();
    this.unlisten?.();
    this.tick?.cancel();
    this.pending.clear();
    this.pendingUsage.clear();
    this.o.onClosed?.(this);
  }

  stats(): ConnectionStats {
    return {
      id: this.o.id, remote: this.o.remote, query: this.o.query, ...this.counters,
      pendingChanges: this.pending.size, bufferedAmount: this.closed ? 0 : this.socket.bufferedAmount, closed: this.closed,
      ...(this.closeReason ? { closeReason: this.closeReason } : {}),
    };
  }

  private observeBuffered(): number {
    const b = this.socket.bufferedAmount;
    if (b > this.counters.maxBufferedAmount) this.counters.maxBufferedAmount = b;
    return b;
  }

  private onChange(ev: WatchEvent): void {
    if (this.closed || this.resync) return; // a resync snapshot will carry it
    const q = this.o.query;
    const now = matchesQuery(q, ev.kind, ev.object, this.lookup);
    const before = ev.old ? matchesQuery(q, ev.kind, ev.old, this.lookup) : false;
    const type = filteredChange(ev.type, now, before);
    if (!type) return;
    this.pending.add({ type, kind: ev.kind, object: ev.object, rv: ev.rv });
    if (overflowed(this.pending.size, this.o.limits)) {
      this.pending.clear();
      this.pendingUsage.clear();
      this.resync = true;
      this.counters.overflows++;
    }
  }

  private onStats(node: string): void {
    if (this.closed || this.resync || !this.o.query.kinds.includes('Node')) return;
    if (this.o.query.node && node !== this.o.query.node) return;
    this.pendingUsage.add(node);
  }

  private changeView(c: PendingChange): ChangeView {
    switch (c.kind) {
      case 'Node': return { type: c.type, node: nodeView(c.object as Node) };
      case 'Pod': return { type: c.type, pod: podView(c.object as Pod) };
      case 'Event': return { type: c.type, event: eventView(c.object as Event, this.lookup) };
      default: return { type: c.type, other: objectView(c.kind, c.object) };
    }
  }

  private sendDelta(): void {
    const src = this.o.source;
    const changes = this.pending.take(this.o.limits.maxChangesPerFrame);
    const usage: NodeUsageView[] = [];
    for (const node of this.pendingUsage) {
      const e = src.stats.get(node);
      if (e) usage.push(nodeUsageView(node, e.summary, src.kubeletSettings.get(node)));
    }
    this.pendingUsage.clear();
    // Everything up to the store's version was delivered or filtered out, unless changes still wait.
    const rv = this.pending.size === 0 ? src.store.resourceVersion : changes[changes.length - 1].rv;
    this.send({ delta: { resource_version: rv, changes: changes.map((c) => this.changeView(c)), usage, clock: clockView(src.clockState()) } });
  }

  private sendSnapshot(reason: SnapshotReason): void {
    this.pending.clear();
    this.pendingUsage.clear();
    this.resync = false;
    this.counters.snapshots++;
    this.send({ snapshot: buildSnapshot(this.o.source, this.o.query, reason) });
  }

  private send(frame: StreamFrame): void {
    const data = encodeStreamFrame(frame, this.o.query.format);
    this.socket.send(data);
    this.lastSentAt = this.o.timers.now();
    this.counters.framesSent++;
    this.counters.bytesSent += typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
    this.observeBuffered();
  }
}
