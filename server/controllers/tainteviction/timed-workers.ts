/**
 * TimedWorkerQueue (pkg/controller/tainteviction/timed_workers.go) on the injected Clock: one
 * pending piece of work per key, run no earlier than fireAt.
 * - addWork does nothing when the key already has a worker;
 * - a delay (fireAt - createdAt) <= 0 runs the work at once;
 * - when the work finishes its entry is removed;
 * - cancelWork reports true only if a timer was actually pending (work already running or done
 *   does not count), which decides whether a "Cancelling deletion" event is emitted.
 */
import type { Clock, Timer } from '../../../core/clock/index.js';

export interface TimedWorker<W> {
  createdAt: number;
  fireAt: number;
  /** Set while the timer is pending; unset once the work runs. */
  timer?: Timer;
  data: W;
}

export class TimedWorkerQueue<W> {
  private readonly workers = new Map<string, TimedWorker<W>>();

  constructor(private readonly clock: Clock, private readonly work: (key: string, worker: TimedWorker<W>) => void) {}

  addWork(key: string, createdAt: number, fireAt: number, data: W): void {
    if (this.workers.has(key)) return;
    const worker: TimedWorker<W> = { createdAt, fireAt, data };
    this.workers.set(key, worker);
    const delay = fireAt - createdAt;
    if (delay <= 0) {
      this.run(key, worker);
      return;
    }
    worker.timer = this.clock.setTimer(delay, () => this.run(key, worker));
  }

  cancelWork(key: string): boolean {
    const w = this.workers.get(key);
    if (!w) return false;
    this.workers.delete(key);
    if (!w.timer) return false;
    w.timer.cancel();
    w.timer = undefined;
    return true;
  }

  /** GetWorkerUnsafe: the pending or running worker for the key. */
  get(key: string): Readonly<TimedWorker<W>> | undefined {
    return this.workers.get(key);
  }

  /** Keys with a pending timer. */
  pending(): string[] {
    return [...this.workers].filter(([, w]) => w.timer).map(([k]) => k);
  }

  /** CancelAndWait (on stop). */
  cancelAll(): void {
    for (const w of this.workers.values()) w.timer?.cancel();
    this.workers.clear();
  }

  private run(key: string, worker: TimedWorker<W>): void {
    worker.timer = undefined;
    try {
      this.work(key, worker);
    } finally {
      if (this.workers.get(key) === worker) this.workers.delete(key);
    }
  }
}
