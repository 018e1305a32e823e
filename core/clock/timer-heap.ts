/**
 * One timer; also its own handle (cancel()), so that setting a timer allocates one object: the
 * simulation sets hundreds of thousands of them per simulated hour.
 */
export class HeapEntry {
  cancelled = false;
  queued = false; // in the heap (not yet popped)

  constructor(
    public due: number,
    public seq: number,
    readonly fn: () => void,
    readonly period: number, // 0 for one-shot
    private readonly heap: TimerHeap,
  ) {}

  cancel(): void {
    this.heap.cancel(this);
  }
}

/** A min-heap of timers ordered by due time, then by insertion order (stable, deterministic). */

export class TimerHeap {
  private items: HeapEntry[] = [];
  private seq = 0;
  private live = 0;

  /** Timers still due to fire (cancelled ones excluded). */
  get size(): number {
    return this.live;
  }

  push(due: number, fn: () => void, period: number): HeapEntry {
    const e = new HeapEntry(sanitizeDue(due), this.seq++, fn, period, this);
    this.insert(e);
    return e;
  }

  reschedule(e: HeapEntry, due: number): void {
    if (e.cancelled) return;
    e.due = sanitizeDue(due);
    e.seq = this.seq++;
    this.insert(e);
  }

  /** Cancels a timer; idempotent, and harmless after it fired. */
  cancel(e: HeapEntry): void {
    if (e.cancelled) return;
    e.cancelled = true;
    if (e.queued) this.live--;
  }

  peek(): HeapEntry | undefined {
    while (this.items.length > 0 && this.items[0].cancelled) this.pop();
    return this.items[0];
  }

  pop(): HeapEntry | undefined {
    const items = this.items;
    if (items.length === 0) return undefined;
    const top = items[0];
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      this.down(0);
    }
    top.queued = false;
    if (!top.cancelled) this.live--;
    return top;
  }

  private insert(e: HeapEntry): void {
    e.queued = true;
    this.live++;
    this.items.push(e);
    this.up(this.items.length - 1);
  }

  private less(a: HeapEntry, b: HeapEntry): boolean {
    return a.due < b.due || (a.due === b.due && a.seq < b.seq);
  }

  private up(i: number): void {
    const items = this.items;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(items[i], items[p])) break;
      const t = items[i]; // (a destructuring swap may allocate an array in unoptimised code)
      items[i] = items[p];
      items[p] = t;
      i = p;
    }
  }

  private down(i: number): void {
    const items = this.items;
    const n = items.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.less(items[l], items[m])) m = l;
      if (r < n && this.less(items[r], items[m])) m = r;
      if (m === i) return;
      const t = items[i];
      items[i] = items[m];
      items[m] = t;
      i = m;
    }
  }
}

/** NaN (e.g. an undefined delay) fires at once rather than corrupting the heap order; +Infinity never fires. */
function sanitizeDue(due: number): number {
  return Number.isNaN(due) ? -Infinity : due;
}
