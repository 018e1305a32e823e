import type { ControllableClock, Timer } from './clock.js';
import { TimerHeap, type HeapEntry } from './timer-heap.js';

/**
 * Wall-clock time, optionally scaled: with scale 60 one real second is a minute of cluster time.
 * Scale can change and the clock can pause at run time; timers keep their cluster-time due dates.
 * This is the only place in kemu that reads the wall clock or uses setTimeout.
 */
export class ScaledClock implements ControllableClock {
  private baseCluster: number;
  private baseReal: number;
  private _scale: number;
  private _paused = false;
  private readonly heap = new TimerHeap();
  private handle: NodeJS.Timeout | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(scale = 1, startMs: number = Date.now()) {
    if (!(scale > 0)) throw new Error(`time scale must be > 0, got ${scale}`);
    this._scale = scale;
    this.baseCluster = startMs;
    this.baseReal = performance.now();
  }

  get scale(): number {
    return this._scale;
  }

  get paused(): boolean {
    return this._paused;
  }

  now(): number {
    if (this._paused) return this.baseCluster;
    return this.baseCluster + (performance.now() - this.baseReal) * this._scale;
  }

  setTimer(delayMs: number, fn: () => void): Timer {
    const e = this.heap.push(this.now() + (delayMs > 0 ? delayMs : 0), fn, 0);
    this.arm();
    return this.timerFor(e);
  }

  every(periodMs: number, fn: () => void): Timer {
    if (!(periodMs > 0)) throw new Error(`every: period must be > 0, got ${periodMs}`);
    const e = this.heap.push(this.now() + periodMs, fn, periodMs);
    this.arm();
    return this.timerFor(e);
  }

  setScale(scale: number): void {
    if (!(scale > 0)) throw new Error(`time scale must be > 0, got ${scale}`);
    this.rebase();
    this._scale = scale;
    this.arm();
    this.emit();
  }

  pause(): void {
    if (this._paused) return;
    this.rebase();
    this._paused = true;
    this.arm();
    this.emit();
  }

  resume(): void {
    if (!this._paused) return;
    this.baseReal = performance.now();
    this._paused = false;
    this.arm();
    this.emit();
  }

  step(ms: number): void {
    this.rebase();
    this.baseCluster += Math.max(0, ms);
    this.fireDue();
    this.arm();
    this.emit();
  }

  /**
   * Follows another clock (an agent following the control plane's cluster time, scale and pause
   * state). Time may jump either way; due timers fire at once.
   */
  sync(clusterTime: number, scale: number, paused: boolean): void {
    if (!(scale > 0)) return;
    this.baseCluster = clusterTime;
    this.baseReal = performance.now();
    this._scale = scale;
    this._paused = paused;
    this.fireDue();
    this.arm();
    this.emit();
  }

  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Stops the underlying wall-clock timer (pending timers never fire). */
  dispose(): void {
    if (this.handle) clearTimeout(this.handle);
    this.handle = undefined;
    this.disposed = true;
  }

  private disposed = false;

  private timerFor(e: HeapEntry): Timer {
    return { cancel: () => this.heap.cancel(e) };
  }

  /** Timers that have not fired or been cancelled (a periodic timer counts once). */
  get pendingTimers(): number {
    return this.heap.size;
  }

  private rebase(): void {
    this.baseCluster = this.now();
    this.baseReal = performance.now();
  }

  private emit(): void {
    for (const fn of this.listeners) fn();
  }

  private fireDue(): void {
    const now = this.now();
    for (;;) {
      const next = this.heap.peek();
      if (!next || next.due > now) break;
      this.heap.pop();
      // A periodic timer that fell behind (a long step, a busy event loop) skips the ticks it
      // missed and keeps its phase, like a Go time.Ticker; it never fires twice for one instant.
      if (next.period > 0) this.heap.reschedule(next, nextTick(next.due, next.period, now));
      try {
        next.fn();
      } catch (err) {
        // A failing callback must not stop the clock for everyone else.
        queueMicrotask(() => {
          throw err;
        });
      }
    }
  }

  private arm(): void {
    if (this.disposed) return;
    if (this.handle) clearTimeout(this.handle);
    this.handle = undefined;
    if (this._paused) return;
    const next = this.heap.peek();
    if (!next) return;
    const realDelay = Math.max(0, (next.due - this.now()) / this._scale);
    // Cap the wait so a changed scale or long sleeps never overshoot by much.
    this.handle = setTimeout(() => {
      this.handle = undefined;
      this.fireDue();
      this.arm();
    }, Math.min(realDelay, 1000));
  }
}

function nextTick(due: number, period: number, now: number): number {
  const next = due + period;
  return next > now ? next : due + period * (Math.floor((now - due) / period) + 1);
}

/** Real time: a ScaledClock with scale 1. */
export function realClock(): ScaledClock {
  return new ScaledClock(1);
}
