/**
 * RateLimitedTimedQueue (pkg/controller/nodelifecycle/scheduler/rate_limited_queue.go) driven by
 * the injected Clock, with client-go's token bucket (util/flowcontrol, golang.org/x/time/rate) and
 * its "fake never" limiter.
 *
 * - Items are unique by value: Add is a no-op while the value is in the set.
 * - Try() consumes a token before looking at the head, even when the head is not due yet.
 * - A value processed successfully leaves the heap but STAYS in the set, so it cannot be added
 *   again until Remove() is called (markNodeAsReachable / cancelPodEviction do that).
 */
import type { Clock } from '../../../core/clock/index.js';
import { EVICTION_RATE_LIMITER_BURST } from './constants.js';
import { TokenBucket as CoreTokenBucket } from '../../../core/token-bucket.js';

export interface RateLimiter {
  /** Takes a token if one is available. */
  tryAccept(): boolean;
  /** The configured rate as float32, like flowcontrol.RateLimiter.QPS(). */
  qps(): number;
}

/**
 * flowcontrol.NewTokenBucketRateLimiter(qps, burst): starts full, refills continuously at qps
 * tokens per second (qps is a float32 upstream), never above burst.
 */
/** The zone limiter: a token bucket with burst 1 (flowcontrol.NewTokenBucketRateLimiter(qps, 1)). */
export class TokenBucket extends CoreTokenBucket implements RateLimiter {
  constructor(clock: Clock, qps: number, burst = EVICTION_RATE_LIMITER_BURST) {
    super(clock, qps, burst);
  }
}

/** flowcontrol.NewFakeNeverRateLimiter: never accepts; reports QPS 1 (sic, as upstream). */
export class NeverLimiter implements RateLimiter {
  tryAccept(): boolean {
    return false;
  }
  qps(): number {
    return 1;
  }
}

/** flowcontrol.NewFakeAlwaysRateLimiter: always accepts; reports QPS 1. For tests. */
export class AlwaysLimiter implements RateLimiter {
  tryAccept(): boolean {
    return true;
  }
  qps(): number {
    return 1;
  }
}

export interface TimedValue {
  value: string;
  /** Anything that identifies the value (the node UID). */
  uid: string;
  addedAt: number;
  processAt: number;
}

/** ActionFunc: ok=false asks for a retry after `wait` ms. */
export type ActionResult = { ok: true } | { ok: false; wait: number };

/**
 * Heap entry. Go retries at now + wait + 1ns; a nanosecond is below the resolution of an epoch
 * millisecond double, so a retried entry is due only strictly after processAt instead.
 */
type Entry = TimedValue & { seq: number; strict: boolean };

export class RateLimitedTimedQueue {
  /** Ordered by processAt, then by insertion (a stable min-"heap"). */
  private heap: Entry[] = [];
  private readonly set = new Set<string>();
  private seq = 0;

  constructor(private readonly clock: Clock, private limiter: RateLimiter) {}

  /** Adds the value unless it is already in the set. Returns true when added. */
  add(value: string, uid: string): boolean {
    if (this.set.has(value)) return false;
    const now = this.clock.now();
    this.insert({ value, uid, addedAt: now, processAt: now, seq: this.seq++, strict: false });
    this.set.add(value);
    return true;
  }

  /** Removes the value from the set and the heap so it can be added again. True if it was in the set. */
  remove(value: string): boolean {
    if (!this.set.has(value)) return false;
    this.set.delete(value);
    this.heap = this.heap.filter((v) => v.value !== value);
    return true;
  }

  clear(): void {
    this.heap = [];
    this.set.clear();
  }

  /**
   * Processes due values while the limiter grants tokens. fn returning ok removes the value from
   * the heap (it stays in the set); otherwise it is retried after `wait` ms.
   */
  try(fn: (v: TimedValue) => ActionResult): void {
    let head = this.heap[0];
    while (head) {
      if (!this.limiter.tryAccept()) break;
      const now = this.clock.now();
      if (now < head.processAt || (head.strict && now === head.processAt)) break;
      const r = fn(toTimedValue(head));
      if (!r.ok) this.replace({ ...head, processAt: now + r.wait, strict: true });
      else this.removeFromQueue(head.value);
      head = this.heap[0];
    }
  }

  /**
   * Installs a limiter for newQPS unless the QPS (float32) is unchanged. newQPS <= 0 installs a
   * never-accepting limiter; otherwise a fresh token bucket, drained once if the old limiter could
   * not accept right now (burst 1).
   */
  swapLimiter(newQPS: number): void {
    const q = Math.fround(newQPS);
    if (this.limiter.qps() === q) return;
    if (q <= 0) {
      this.limiter = new NeverLimiter();
      return;
    }
    const next = new TokenBucket(this.clock, q);
    if (!this.limiter.tryAccept()) next.tryAccept();
    this.limiter = next;
  }

  get currentQPS(): number {
    return this.limiter instanceof NeverLimiter ? 0 : this.limiter.qps();
  }

  /** True when the value is queued or was processed and not yet removed. */
  has(value: string): boolean {
    return this.set.has(value);
  }

  /** The values waiting in the heap, in processing order. */
  queued(): string[] {
    return this.heap.map((v) => v.value);
  }

  /** The values in the de-duplication set (queued or already processed). */
  members(): string[] {
    return [...this.set];
  }

  private insert(v: Entry): void {
    let i = this.heap.length;
    while (i > 0 && before(v, this.heap[i - 1])) i--;
    this.heap.splice(i, 0, v);
  }

  /** UniqueQueue.Replace: only if the value is still in the heap (it may have been removed meanwhile). */
  private replace(v: Entry): void {
    const i = this.heap.findIndex((x) => x.value === v.value);
    if (i < 0) return;
    this.heap.splice(i, 1);
    this.insert(v);
  }

  /** UniqueQueue.RemoveFromQueue: leaves the value in the set. */
  private removeFromQueue(value: string): void {
    if (!this.set.has(value)) return;
    const i = this.heap.findIndex((x) => x.value === value);
    if (i >= 0) this.heap.splice(i, 1);
  }
}

/** Heap order: processAt (a strict entry sorts after a non-strict one at the same time), then insertion. */
function before(a: Entry, b: Entry): boolean {
  if (a.processAt !== b.processAt) return a.processAt < b.processAt;
  if (a.strict !== b.strict) return !a.strict;
  return a.seq < b.seq;
}

function toTimedValue(v: TimedValue): TimedValue {
  return { value: v.value, uid: v.uid, addedAt: v.addedAt, processAt: v.processAt };
}
