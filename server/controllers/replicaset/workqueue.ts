/**
 * A level-triggered work queue on the injected Clock, like client-go's rate-limited delaying queue
 * (k8s.io/client-go/util/workqueue): a key added several times before it is processed is processed
 * once; failed keys come back with per-key exponential backoff (5ms doubling, capped at 1000s, as
 * DefaultTypedControllerRateLimiter's item limiter); addAfter keeps the earliest pending time.
 * Keys are processed on a zero-delay timer, outside the store's watch dispatch, in insertion order.
 */
import type { Clock, Timer } from '../../../core/clock/index.js';
import type { Logger } from '../../../core/logger.js';

const BASE_DELAY_MS = 5;
const MAX_DELAY_MS = 1000 * 1000;
/** A key synced this often without the clock moving is a hot loop; it is rate-limited instead. */
const MAX_SYNCS_PER_INSTANT = 1000;

export class WorkQueue {
  private readonly dirty = new Set<string>();
  private readonly later = new Map<string, { at: number; timer: Timer }>();
  private readonly failures = new Map<string, number>();
  private timer: Timer | null = null;
  private stopped = false;
  private instant = NaN;
  private readonly syncsThisInstant = new Map<string, number>();

  constructor(
    private readonly clock: Clock,
    private readonly process: (key: string) => void,
    private readonly log?: Logger,
  ) {}

  add(key: string): void {
    if (this.stopped) return;
    this.dirty.add(key);
    this.timer ??= this.clock.setTimer(0, () => this.drain());
  }

  /** Adds the key after delayMs; if it is already waiting, the earlier time wins. */
  addAfter(key: string, delayMs: number): void {
    if (this.stopped) return;
    if (delayMs <= 0) return this.add(key);
    const at = this.clock.now() + delayMs;
    const cur = this.later.get(key);
    if (cur && cur.at <= at) return;
    cur?.timer.cancel();
    const timer = this.clock.setTimer(delayMs, () => {
      this.later.delete(key);
      this.add(key);
    });
    this.later.set(key, { at, timer });
  }

  /** Requeues a key that failed, with exponential backoff. */
  addRateLimited(key: string): void {
    const n = this.failures.get(key) ?? 0;
    this.failures.set(key, n + 1);
    this.addAfter(key, Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** n));
  }

  forget(key: string): void {
    this.failures.delete(key);
  }

  get length(): number {
    return this.dirty.size;
  }

  shutDown(): void {
    this.stopped = true;
    this.timer?.cancel();
    this.timer = null;
    for (const { timer } of this.later.values()) timer.cancel();
    this.later.clear();
    this.dirty.clear();
  }

  private drain(): void {
    this.timer = null;
    const keys = [...this.dirty];
    this.dirty.clear();
    const now = this.clock.now();
    if (now !== this.instant) {
      this.instant = now;
      this.syncsThisInstant.clear();
    }
    for (const key of keys) {
      if (this.stopped) return;
      const n = (this.syncsThisInstant.get(key) ?? 0) + 1;
      this.syncsThisInstant.set(key, n);
      if (n > MAX_SYNCS_PER_INSTANT) {
        // On a manual clock a controller that keeps requeueing itself would never let time move.
        this.log?.error({ key, syncs: n }, 'key requeued too often without time passing; backing off');
        this.addRateLimited(key);
        continue;
      }
      try {
        this.process(key);
        this.forget(key);
      } catch (err) {
        this.log?.warn({ key, err: err instanceof Error ? err.message : String(err) }, 'sync failed, requeuing');
        this.addRateLimited(key);
      }
    }
  }
}
