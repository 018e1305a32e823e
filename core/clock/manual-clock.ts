import type { Clock, Timer } from './clock.js';
import { TimerHeap } from './timer-heap.js';

/**
 * Deterministic clock for tests and simulation: time moves only through advance().
 * Timers due at the same instant fire in the order they were scheduled.
 */
export class ManualClock implements Clock {
  private current: number;
  private readonly heap = new TimerHeap();

  constructor(startMs = Date.UTC(2026, 0, 1)) {
    this.current = startMs;
  }

  now(): number {
    return this.current;
  }

  setTimer(delayMs: number, fn: () => void): Timer {
    // A NaN or negative delay means "now", like setTimeout.
    return this.heap.push(this.current + (delayMs > 0 ? delayMs : 0), fn, 0);
  }

  every(periodMs: number, fn: () => void): Timer {
    if (!(periodMs > 0)) throw new Error(`every: period must be > 0, got ${periodMs}`);
    return this.heap.push(this.current + periodMs, fn, periodMs);
  }

  /** Moves time forward by ms, firing every timer that falls due, in order, at its own instant. */
  advance(ms: number): void {
    this.advanceTo(this.current + ms);
  }

  advanceTo(target: number): void {
    for (;;) {
      const next = this.heap.peek();
      if (!next || next.due > target) break;
      this.heap.pop();
      this.current = Math.max(this.current, next.due);
      if (next.period > 0) this.heap.reschedule(next, next.due + next.period);
      next.fn();
    }
    this.current = Math.max(this.current, target);
  }

  /** Fires timers due now (e.g. zero-delay timers) without moving time. */
  flush(): void {
    this.advanceTo(this.current);
  }

  /** Due time of the next live timer, if any. */
  nextDue(): number | undefined {
    return this.heap.peek()?.due;
  }

  /** Timers that have not fired or been cancelled (a periodic timer counts once). */
  get pendingTimers(): number {
    return this.heap.size;
  }
}
