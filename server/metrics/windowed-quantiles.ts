/**
 * Quantiles over a sliding time window without allocating per observation, for the lease lag:
 * every node's lease renewal is observed (500/s with 5,000 nodes). prom-client's Summary keeps one
 * t-digest per age bucket and inserts every observation into all of them; its red-black-tree
 * nodes live until their bucket rotates, so they reach V8's old generation and die there — about
 * a fifth of everything the control plane promoted at 1,000 nodes (sampled with the heap
 * profiler), which makes full GCs, and their stalls, more frequent.
 *
 * Here an observation increments one counter of a log-scale histogram (relative bucket width 1 %,
 * so a quantile is within 0.5 % of the observed value it stands for). Like prom-client's
 * `maxAgeSeconds`/`ageBuckets`, the window is split into slots and the oldest slot is dropped
 * when time moves past it: quantiles cover the last (slots − 1) to `slots` slot lengths. Sum and
 * count are cumulative, as in a Prometheus summary.
 */

/** Buckets per e-fold of the value: bucket i holds values v with floor(ln(1 + v/unit) × K) = i. */
const K = 100;

export interface WindowedQuantilesOptions {
  /** Window length in ms (prom-client's maxAgeSeconds × 1000). */
  maxAgeMs: number;
  /** Slots the window is divided into (prom-client's ageBuckets). */
  slots: number;
  /** Values are bucketed in multiples of this (e.g. 1e-6 for seconds at microsecond scale). */
  unit: number;
  /** Largest value kept apart; larger ones share the last bucket. */
  max: number;
  /** Monotonic milliseconds (injected; performance.now in the server). */
  now: () => number;
}

export class WindowedQuantiles {
  private readonly counts: Uint32Array[];
  private readonly slotMs: number;
  private slotStart: number;
  private current = 0;
  private sumValue = 0;
  private countValue = 0;
  private readonly buckets: number;

  constructor(private readonly o: WindowedQuantilesOptions) {
    if (!(o.maxAgeMs > 0) || !(o.slots >= 1) || !(o.unit > 0) || !(o.max > o.unit)) throw new Error('WindowedQuantiles: invalid options');
    this.buckets = this.bucketOf(o.max) + 1;
    this.counts = Array.from({ length: o.slots }, () => new Uint32Array(this.buckets));
    this.slotMs = o.maxAgeMs / o.slots;
    this.slotStart = o.now();
  }

  observe(value: number): void {
    if (!Number.isFinite(value)) return;
    this.rotate();
    const v = Math.max(0, value);
    this.counts[this.current][Math.min(this.buckets - 1, this.bucketOf(v))]++;
    this.sumValue += v;
    this.countValue++;
  }

  get sum(): number {
    return this.sumValue;
  }

  get count(): number {
    return this.countValue;
  }

  /** The q-quantile (0 ≤ q ≤ 1) of the observations in the window; NaN when it has none. */
  quantile(q: number): number {
    return this.quantiles([q])[0];
  }

  quantiles(qs: readonly number[]): number[] {
    this.rotate();
    const merged = new Float64Array(this.buckets);
    let n = 0;
    for (const c of this.counts) for (let i = 0; i < c.length; i++) if (c[i] !== 0) { merged[i] += c[i]; n += c[i]; }
    return qs.map((q) => {
      if (n === 0) return NaN;
      // The rank of the q-quantile among n sorted observations (nearest rank).
      const rank = Math.max(1, Math.ceil(q * n));
      let seen = 0;
      for (let i = 0; i < merged.length; i++) {
        seen += merged[i];
        if (seen >= rank) return this.representative(i);
      }
      return this.representative(merged.length - 1);
    });
  }

  private bucketOf(v: number): number {
    return Math.floor(Math.log1p(v / this.o.unit) * K);
  }

  /** The geometric middle of bucket i, back in value units (0 for the bucket of zero). */
  private representative(i: number): number {
    if (i === 0) return 0;
    const lo = Math.expm1(i / K), hi = Math.expm1((i + 1) / K);
    return Math.sqrt(lo * hi) * this.o.unit;
  }

  /** Drops the slots time has moved past (the window slides by whole slots). */
  private rotate(): void {
    const now = this.o.now();
    const passed = Math.floor((now - this.slotStart) / this.slotMs);
    if (passed <= 0) return;
    for (let k = 0; k < Math.min(passed, this.counts.length); k++) {
      this.current = (this.current + 1) % this.counts.length;
      this.counts[this.current].fill(0);
    }
    this.slotStart += passed * this.slotMs;
  }
}
