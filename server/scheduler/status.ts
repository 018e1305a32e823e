/**
 * Plugin result codes and statuses (pkg/scheduler/framework/interface.go `Code`, `Status`).
 * A status carries the plugin that produced it and its reasons; FitError messages count reasons.
 */
export type Code = 'Success' | 'Error' | 'Unschedulable' | 'UnschedulableAndUnresolvable';

export interface Status {
  readonly code: Code;
  readonly reasons: readonly string[];
  /** The plugin that returned the status ('' when not from a plugin). */
  readonly plugin: string;
}

export const SUCCESS: Status = Object.freeze({ code: 'Success', reasons: Object.freeze([]) as readonly string[], plugin: '' });

export function newStatus(code: Code, plugin: string, ...reasons: string[]): Status {
  return { code, reasons, plugin };
}

export function isSuccess(s: Status | null | undefined): boolean {
  return !s || s.code === 'Success';
}

/** Status.IsRejected: Unschedulable or UnschedulableAndUnresolvable. */
export function isRejected(s: Status | null | undefined): boolean {
  return !!s && (s.code === 'Unschedulable' || s.code === 'UnschedulableAndUnresolvable');
}

/** Status.Message(): the reasons joined by ", ". */
export function statusMessage(s: Status | null | undefined): string {
  return s ? s.reasons.join(', ') : '';
}

/** The snapshot's node names and their positions, shared by every cycle until the node list changes. */
export interface SnapshotIndex {
  readonly names: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
}

/**
 * framework.NodeToStatus: explicit statuses per node plus the status of nodes absent from the map
 * (UnschedulableAndUnresolvable by default, so absent nodes are never preemption candidates).
 * Iteration follows the order nodes were first set (the evaluation order).
 *
 * Built over a SnapshotIndex, the statuses live in an array by snapshot position: a failed cycle
 * sets one status per node (5,000 at scale), and growing a Map that size per cycle cost more than
 * the filters themselves. Without one (tests, dry runs), names get positions as they come, and
 * the name index is only built when a lookup needs it.
 */
export class NodeToStatus {
  absent: Status;
  private readonly names: string[];
  private readonly indexOf: Map<string, number> | ReadonlyMap<string, number>;
  private readonly own: boolean;
  /** Own names [0, indexed) are in indexOf. */
  private indexed = 0;
  private readonly vals: Array<Status | undefined>;
  /**
   * Positions in the order they were first set; while they are consecutive (wrapping around, as a
   * cycle walks the snapshot from nextStartNodeIndex), only the first and the count are kept.
   */
  private order: number[] | null = null;
  private seqStart = 0;
  private seqCount = 0;
  /** Names outside the snapshot (not expected; kept so that set() takes any name). */
  private extra: Map<string, Status> | null = null;
  /**
   * How many nodes have each status, statuses in order of first appearance, counted as they are
   * set (runs of one shared status cost one comparison each); null after an overwrite with another
   * status or a name outside the snapshot, when distinct() counts afresh.
   */
  private counts: Map<Status, number> | null = new Map();
  private run: Status | null = null;
  private runLength = 0;

  constructor(absent: Status = newStatus('UnschedulableAndUnresolvable', ''), snapshot?: SnapshotIndex) {
    this.absent = absent;
    if (snapshot) {
      this.names = snapshot.names as string[];
      this.indexOf = snapshot.indexOf;
      this.own = false;
      this.vals = new Array<Status | undefined>(snapshot.names.length);
    } else {
      this.names = [];
      this.indexOf = new Map();
      this.own = true;
      this.vals = [];
    }
  }

  /** Whether statusAt(i) addresses positions of this snapshot's node names. */
  isOver(names: readonly string[]): boolean {
    return !this.own && this.names === names && this.extra === null;
  }

  private position(node: string): number | undefined {
    if (this.own && this.indexed < this.names.length) {
      const m = this.indexOf as Map<string, number>;
      for (; this.indexed < this.names.length; this.indexed++) m.set(this.names[this.indexed], this.indexed);
    }
    return this.indexOf.get(node);
  }

  set(node: string, s: Status): void {
    const i = this.position(node);
    if (i !== undefined) return this.setAt(i, s);
    if (this.own) return this.append(node, s);
    (this.extra ??= new Map()).set(node, s);
    this.counts = null;
  }

  /** set() for a node known not to be in the map yet (no lookup). */
  append(node: string, s: Status): void {
    if (!this.own) return this.set(node, s);
    this.names.push(node);
    this.vals.push(s);
    this.added(this.names.length - 1, s);
  }

  /** set() by snapshot position. */
  setAt(i: number, s: Status): void {
    const old = this.vals[i];
    this.vals[i] = s;
    if (old === undefined) this.added(i, s);
    else if (old !== s) this.counts = null;
  }

  private added(i: number, s: Status): void {
    if (this.order) this.order.push(i);
    else if (this.seqCount === 0) {
      this.seqStart = i;
      this.seqCount = 1;
    } else if (i === this.seqStart + this.seqCount || i === this.seqStart + this.seqCount - this.names.length) this.seqCount++;
    else {
      this.order = this.positions();
      this.order.push(i);
    }
    if (s === this.run) this.runLength++;
    else {
      this.endRun();
      this.run = s;
      this.runLength = 1;
    }
  }

  private endRun(): void {
    if (this.run && this.counts) this.counts.set(this.run, (this.counts.get(this.run) ?? 0) + this.runLength);
    this.run = null;
    this.runLength = 0;
  }

  /** Each distinct explicit status with the number of nodes that have it, in order of first appearance. */
  distinct(): ReadonlyMap<Status, number> {
    this.endRun();
    if (!this.counts) {
      const counts = new Map<Status, number>();
      this.forEachStatus((st) => counts.set(st, (counts.get(st) ?? 0) + 1));
      this.counts = counts;
    }
    return this.counts;
  }

  get(node: string): Status {
    const i = this.position(node);
    if (i !== undefined) return this.vals[i] ?? this.absent;
    return this.extra?.get(node) ?? this.absent;
  }

  /** The status at a snapshot position, or undefined when none was set. */
  statusAt(i: number): Status | undefined {
    return this.vals[i];
  }

  get size(): number {
    return (this.order ? this.order.length : this.seqCount) + (this.extra?.size ?? 0);
  }

  /** The positions set, in order. */
  private positions(): number[] {
    if (this.order) return this.order;
    const out = new Array<number>(this.seqCount);
    for (let k = 0; k < this.seqCount; k++) out[k] = (this.seqStart + k) % this.names.length;
    return out;
  }

  private positionAt(k: number): number {
    return this.order ? this.order[k] : (this.seqStart + k) % this.names.length;
  }

  *entries(): IterableIterator<[string, Status]> {
    const n = this.order ? this.order.length : this.seqCount;
    for (let k = 0; k < n; k++) {
      const i = this.positionAt(k);
      yield [this.names[i], this.vals[i]!];
    }
    if (this.extra) yield* this.extra;
  }

  /** Every explicit status, in the order set (repeats included: statuses are shared objects). */
  forEachStatus(f: (s: Status) => void): void {
    const n = this.order ? this.order.length : this.seqCount;
    for (let k = 0; k < n; k++) f(this.vals[this.positionAt(k)]!);
    this.extra?.forEach((s) => f(s));
  }
}
