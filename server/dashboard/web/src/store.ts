/**
 * Connects the model to /events: applies every frame at once, tells the UI at most once per
 * animation frame, and reconnects with `since=<last resourceVersion>` so a short outage costs
 * only the missed changes (the server answers with a snapshot when they are gone).
 */
import { useEffect, useState } from 'preact/hooks';
import type { StreamFrame } from '../../../stream/types.js';
import { authToken } from './api.js';
import { ClusterModel } from './model.js';

export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'closed';

export interface StreamStatus {
  state: ConnectionState;
  /** The last close reason the server gave (e.g. "client too slow: ..."). */
  lastClose?: string;
  frames: number;
}

type Listener = () => void;

export class DashboardStore {
  readonly model = new ClusterModel();
  status: StreamStatus = { state: 'connecting', frames: 0 };
  private ws?: WebSocket;
  private listeners = new Set<Listener>();
  private scheduled = false;
  private retryMs = 500;
  private stopped = false;

  constructor(private readonly base: string = location.origin.replace(/^http/, 'ws')) {}

  start(): void {
    this.stopped = false;
    this.open();
  }

  stop(): void {
    this.stopped = true;
    this.ws?.close(1000, 'dashboard closed');
  }

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private open(): void {
    const params = new URLSearchParams();
    if (this.model.rv > 0) params.set('since', String(this.model.rv));
    const token = authToken();
    if (token) params.set('access_token', token);
    const qs = params.toString();
    const ws = new WebSocket(`${this.base}/events${qs ? `?${qs}` : ''}`);
    this.ws = ws;
    ws.onopen = () => {
      this.retryMs = 500;
      this.setState('live');
    };
    ws.onmessage = (m) => {
      if (typeof m.data !== 'string') return;
      let frame: StreamFrame;
      try {
        frame = JSON.parse(m.data) as StreamFrame;
      } catch {
        return;
      }
      const now = performance.now();
      if (frame.snapshot) this.model.applySnapshot(frame.snapshot, now);
      else if (frame.delta) this.model.applyDelta(frame.delta, now);
      this.status = { ...this.status, frames: this.status.frames + 1 };
      this.schedule();
    };
    ws.onclose = (ev) => {
      if (this.ws !== ws) return;
      const lastClose = ev.reason ? `${ev.code}: ${ev.reason}` : this.status.lastClose;
      this.status = { ...this.status, lastClose };
      if (this.stopped) return this.setState('closed');
      this.setState('reconnecting');
      setTimeout(() => this.open(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, 5_000);
    };
  }

  private setState(state: ConnectionState): void {
    this.status = { ...this.status, state };
    this.schedule();
  }

  /** One notification per animation frame, however many frames arrived. */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const run = () => {
      this.scheduled = false;
      for (const l of this.listeners) l();
    };
    // Hidden tabs get no animation frames; the model is still current when they come back.
    if (document.hidden) setTimeout(run, 250);
    else requestAnimationFrame(run);
  }
}

/** Re-renders the calling component whenever the store has applied new frames. */
export function useStoreVersion(store: DashboardStore): number {
  const [v, setV] = useState(0);
  useEffect(() => store.subscribe(() => setV((x) => x + 1)), [store]);
  return v;
}
