/**
 * The dashboard's view of the cluster, kept from the /events stream: nodes, pods by node, node
 * usage, recent Events, and short histories for the charts. Frames are applied as they arrive
 * (cheap map updates); the UI re-renders at most once per animation frame (see store.ts).
 */
import type {
  ClockView, DeltaView, EventView, Mechanism, NodeUsageView, NodeView, PodView, SnapshotView,
} from '../../../stream/types.js';

export type { ClockView, EventView, Mechanism, NodeUsageView, NodeView, PodView, SignalView } from '../../../stream/types.js';

/** How much cluster time the charts keep. */
export const HISTORY_MS = 60 * 60_000;
const READY_SAMPLE_MS = 5_000;
const MAX_EVENTS = 2_000;
const MAX_USAGE_POINTS = 240;

export interface ReadySample { t: number; ready: number; notReady: number; unknown: number }
export interface EvictionSample { t: number; mechanism: Mechanism; key: string }
export interface UsageSample { t: number; available: number; capacity: number; hard: number; soft: number }

export type PodCategory = 'running' | 'pending' | 'terminating' | 'evicted' | 'failed' | 'succeeded';

export function podCategory(p: PodView): PodCategory {
  if (p.deletion_time) return 'terminating';
  if (p.phase === 'Failed') return p.reason === 'Evicted' ? 'evicted' : 'failed';
  if (p.phase === 'Succeeded') return 'succeeded';
  if (p.phase === 'Running') return 'running';
  return 'pending';
}

export const podKey = (p: { namespace: string; name: string }): string => `${p.namespace}/${p.name}`;
export const eventKey = (e: EventView): string => `${e.namespace}/${e.name}`;

export class ClusterModel {
  readonly nodes = new Map<string, NodeView>();
  /** Pods by node name; '' holds the unscheduled ones. */
  readonly podsByNode = new Map<string, Map<string, PodView>>();
  readonly usage = new Map<string, NodeUsageView>();
  readonly events = new Map<string, EventView>();
  /** Bumped whenever anything a node card shows changes (memoisation key). */
  readonly nodeVersion = new Map<string, number>();
  readonly readyHistory: ReadySample[] = [];
  readonly evictions: EvictionSample[] = [];
  readonly memoryHistory = new Map<string, UsageSample[]>();
  readonly podNode = new Map<string, string>();
  private readonly podCat = new Map<string, PodCategory>();
  /** Pods per category, kept as pods change (the top bar reads it every frame). */
  readonly podCounts: Record<PodCategory, number> = { running: 0, pending: 0, terminating: 0, evicted: 0, failed: 0, succeeded: 0 };
  private readonly countedEvictions = new Set<string>();
  rv = 0;
  clock: ClockView = { now: 0, scale: 1, paused: false };
  /** performance.now() when `clock` was received. */
  clockAt = 0;
  /** Bumped on every applied frame. */
  version = 0;
  eventsVersion = 0;
  snapshots = 0;

  /** Cluster time now, extrapolated from the last clock the server sent. */
  clusterNow(perfNow: number): number {
    if (!this.clock.now) return 0;
    return this.clock.paused ? this.clock.now : this.clock.now + (perfNow - this.clockAt) * this.clock.scale;
  }

  applySnapshot(s: SnapshotView, perfNow: number): void {
    this.nodes.clear();
    this.podsByNode.clear();
    this.podNode.clear();
    this.podCat.clear();
    for (const k of Object.keys(this.podCounts) as PodCategory[]) this.podCounts[k] = 0;
    this.usage.clear();
    this.events.clear();
    for (const n of s.nodes) this.nodes.set(n.name, n);
    for (const p of s.pods) this.putPod(p);
    for (const u of s.usage) this.putUsage(u);
    for (const e of s.events) this.putEvent(e);
    for (const name of this.nodes.keys()) this.bump(name);
    this.setClock(s.clock, perfNow);
    this.rv = s.resource_version;
    this.snapshots++;
    this.eventsVersion++;
    this.sampleReady(true);
    this.version++;
  }

  applyDelta(d: DeltaView, perfNow: number): void {
    this.setClock(d.clock, perfNow);
    let nodesChanged = false;
    for (const c of d.changes) {
      if (c.node) {
        if (c.type === 'DELETED') this.nodes.delete(c.node.name);
        else this.nodes.set(c.node.name, c.node);
        this.bump(c.node.name);
        nodesChanged = true;
      } else if (c.pod) {
        if (c.type === 'DELETED') this.removePod(c.pod);
        else this.putPod(c.pod);
      } else if (c.event) {
        if (c.type === 'DELETED') this.events.delete(eventKey(c.event));
        else this.putEvent(c.event);
        this.eventsVersion++;
      }
    }
    for (const u of d.usage) this.putUsage(u);
    this.trimEvents();
    this.sampleReady(nodesChanged);
    this.rv = d.resource_version;
    this.version++;
  }

  pods(node: string): Map<string, PodView> {
    return this.podsByNode.get(node) ?? EMPTY;
  }

  readyCounts(): { ready: number; notReady: number; unknown: number } {
    let ready = 0, notReady = 0, unknown = 0;
    for (const n of this.nodes.values()) {
      if (n.ready === 'True') ready++;
      else if (n.ready === 'False') notReady++;
      else unknown++;
    }
    return { ready, notReady, unknown };
  }

  private setClock(c: ClockView, perfNow: number): void {
    if (c && c.now) {
      this.clock = c;
      this.clockAt = perfNow;
    }
  }

  private bump(node: string): void {
    this.nodeVersion.set(node, (this.nodeVersion.get(node) ?? 0) + 1);
  }

  private putPod(p: PodView): void {
    const key = podKey(p);
    const prev = this.podNode.get(key);
    if (prev !== undefined && prev !== p.node) {
      this.podsByNode.get(prev)?.delete(key);
      this.bump(prev);
    }
    let bucket = this.podsByNode.get(p.node);
    if (!bucket) this.podsByNode.set(p.node, (bucket = new Map()));
    bucket.set(key, p);
    this.podNode.set(key, p.node);
    this.bump(p.node);
    const cat = podCategory(p);
    const old = this.podCat.get(key);
    if (old !== cat) {
      if (old) this.podCounts[old]--;
      this.podCounts[cat]++;
      this.podCat.set(key, cat);
    }
  }

  private removePod(p: PodView): void {
    const key = podKey(p);
    const node = this.podNode.get(key) ?? p.node;
    this.podsByNode.get(node)?.delete(key);
    this.podNode.delete(key);
    this.bump(node);
    const old = this.podCat.get(key);
    if (old) this.podCounts[old]--;
    this.podCat.delete(key);
  }

  private putUsage(u: NodeUsageView): void {
    this.usage.set(u.node, u);
    this.bump(u.node);
    const mem = u.signals.find((s) => s.signal === 'memory.available');
    if (!mem) return;
    let series = this.memoryHistory.get(u.node);
    if (!series) this.memoryHistory.set(u.node, (series = []));
    const last = series[series.length - 1];
    if (last && last.t >= u.time) return;
    series.push({ t: u.time, available: mem.available, capacity: mem.capacity, hard: mem.hard, soft: mem.soft });
    if (series.length > MAX_USAGE_POINTS) series.splice(0, series.length - MAX_USAGE_POINTS);
  }

  private putEvent(e: EventView): void {
    this.events.set(eventKey(e), e);
    if (!e.eviction) return;
    // Each occurrence counts once (a repeated event bumps `count`).
    const id = `${e.uid}#${e.count}`;
    if (this.countedEvictions.has(id)) return;
    this.countedEvictions.add(id);
    this.evictions.push({ t: e.last_time, mechanism: e.mechanism, key: eventKey(e) });
    if (this.evictions.length > 1 && this.evictions[this.evictions.length - 2].t > e.last_time) this.evictions.sort((a, b) => a.t - b.t);
    const horizon = e.last_time - HISTORY_MS;
    while (this.evictions.length > 0 && this.evictions[0].t < horizon) this.evictions.shift();
  }

  private trimEvents(): void {
    if (this.events.size <= MAX_EVENTS) return;
    const sorted = [...this.events.entries()].sort((a, b) => a[1].last_time - b[1].last_time);
    for (const [k] of sorted.slice(0, this.events.size - MAX_EVENTS)) this.events.delete(k);
  }

  private sampleReady(changed: boolean): void {
    const t = this.clock.now;
    if (!t) return;
    const last = this.readyHistory[this.readyHistory.length - 1];
    if (last && !changed && t - last.t < READY_SAMPLE_MS) return;
    if (last && t < last.t) return;
    this.readyHistory.push({ t, ...this.readyCounts() });
    const horizon = t - HISTORY_MS;
    while (this.readyHistory.length > 2 && this.readyHistory[0].t < horizon) this.readyHistory.shift();
  }
}

const EMPTY: Map<string, PodView> = new Map();

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Natural order: node-2 before node-10. */
export function naturalCompare(a: string, b: string): number {
  return collator.compare(a, b);
}
