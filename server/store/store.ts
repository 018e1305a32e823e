/**
 * The versioned object store (kube-apiserver + etcd in one): objects by kind and key, a global
 * resourceVersion, watches with a bounded history, label/field selectors and secondary indexes.
 *
 * Objects handed out are shared, not copied: treat them as read-only. Write with create/update/
 * mutate/remove. Watch events are delivered synchronously but never re-entrantly: a write made
 * inside a handler is queued and delivered, in order, after the current event reached everyone.
 */
import type { Clock } from '../../core/clock/index.js';
import { API_VERSION, NAMESPACED, type KObject, type Kind, type Mutable, type ObjectMeta } from '../../core/types.js';
import { matchesFields, matchesLabels, type FieldRequirement, type Selector } from '../../core/labels.js';
import { toK8sTime } from '../../core/time-format.js';
import type { Random } from '../../core/random.js';
import { alreadyExists, conflict, gone, notFound, StoreError } from './errors.js';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface WatchEvent<T extends KObject = KObject> {
  type: WatchEventType;
  kind: Kind;
  object: T;
  /** The previous version for MODIFIED and DELETED. */
  old?: T;
  /** The store's resourceVersion after this change. */
  rv: number;
}

export interface ListOptions {
  namespace?: string;
  labelSelector?: Selector;
  fieldSelector?: FieldRequirement[];
}

export interface WatchOptions extends ListOptions {
  /** Deliver the changes after this resourceVersion first (410 Gone if it is older than the history). */
  sinceRV?: number;
}

export type WatchHandler = (ev: WatchEvent) => void;

interface Watcher {
  kinds: Set<Kind> | null;
  opts: WatchOptions;
  handler: WatchHandler;
  active: boolean;
}

export const RESOURCE_NAME: Record<Kind, string> = {
  Namespace: 'namespaces', Node: 'nodes', Pod: 'pods', Event: 'events', Lease: 'leases',
  ReplicaSet: 'replicasets', Deployment: 'deployments', DaemonSet: 'daemonsets',
  PriorityClass: 'priorityclasses', PodDisruptionBudget: 'poddisruptionbudgets',
};

function groupOf(kind: Kind): string {
  const av = API_VERSION[kind];
  return av.includes('/') ? av.split('/')[0] : '';
}

export function keyOf(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}

export function objectKey(obj: KObject): string {
  return keyOf(obj.metadata?.namespace, obj.metadata?.name ?? '');
}

export type IndexFn = (obj: KObject) => string[];

export class Store {
  private readonly objects = new Map<Kind, Map<string, KObject>>();
  private readonly indexes = new Map<Kind, Map<string, { fn: IndexFn; values: Map<string, Set<string>> }>>();
  private rv = 0;
  private readonly history: WatchEvent[] = [];
  private historyStart = 0; // index in the ring of the oldest entry
  private watchers: readonly Watcher[] = [];
  private readonly queue: WatchEvent[] = [];
  private dispatching = false;

  constructor(
    readonly clock: Clock,
    private readonly random: Random,
    readonly historyLimit = 50_000,
  ) {}

  get resourceVersion(): number {
    return this.rv;
  }

  /** The oldest resourceVersion a watch can still resume from. */
  get oldestRV(): number {
    return this.history.length === 0 ? this.rv : this.historyAt(0).rv - 1;
  }

  get<T extends KObject = KObject>(kind: Kind, namespace: string | undefined, name: string): T | undefined {
    return this.bucket(kind).get(keyOf(NAMESPACED[kind] ? namespace : undefined, name)) as T | undefined;
  }

  /** Like get, but throws a NotFound StoreError. */
  must<T extends KObject = KObject>(kind: Kind, namespace: string | undefined, name: string): T {
    const o = this.get<T>(kind, namespace, name);
    if (!o) throw notFound(RESOURCE_NAME[kind], name, groupOf(kind));
    return o;
  }

  list<T extends KObject = KObject>(kind: Kind, opts: ListOptions = {}): T[] {
    const out: T[] = [];
    for (const o of this.bucket(kind).values()) if (this.matches(o, opts)) out.push(o as T);
    return out;
  }

  count(kind: Kind): number {
    return this.bucket(kind).size;
  }

  /** Registers a secondary index (e.g. pods by spec.nodeName). */
  addIndex(kind: Kind, name: string, fn: IndexFn): void {
    let m = this.indexes.get(kind);
    if (!m) this.indexes.set(kind, (m = new Map()));
    const idx = { fn, values: new Map<string, Set<string>>() };
    m.set(name, idx);
    for (const [key, o] of this.bucket(kind)) for (const v of fn(o)) addTo(idx.values, v, key);
  }

  hasIndex(kind: Kind, name: string): boolean {
    return this.indexes.get(kind)?.has(name) ?? false;
  }

  /** The values of an index that some object of the kind has. */
  indexValues(kind: Kind, index: string): string[] {
    const idx = this.indexes.get(kind)?.get(index);
    if (!idx) throw new Error(`no index ${index} on ${kind}`);
    const out: string[] = [];
    for (const [v, keys] of idx.values) if (keys.size > 0) out.push(v);
    return out;
  }

  byIndex<T extends KObject = KObject>(kind: Kind, index: string, value: string): T[] {
    const idx = this.indexes.get(kind)?.get(index);
    if (!idx) throw new Error(`no index ${index} on ${kind}`);
    const keys = idx.values.get(value);
    if (!keys) return [];
    const b = this.bucket(kind);
    const out: T[] = [];
    for (const k of keys) {
      const o = b.get(k);
      if (o) out.push(o as T);
    }
    return out;
  }

  /**
   * Stores a new object: fills uid, resourceVersion, creationTimestamp, generation and a name from
   * generateName. The object passed in becomes the stored one (do not mutate it afterwards).
   */
  create<T extends KObject>(kind: Kind, obj: T): T {
    const meta = (obj.metadata ??= {}) as Mutable<ObjectMeta>;
    if (!NAMESPACED[kind]) delete meta.namespace;
    else meta.namespace ??= 'default';
    if (!meta.name && meta.generateName) {
      let name = '';
      for (let i = 0; i < 8; i++) {
        name = `${meta.generateName}${this.random.nameSuffix()}`;
        if (!this.bucket(kind).has(keyOf(meta.namespace, name))) break;
      }
      meta.name = name;
    }
    if (!meta.name) {
      throw new StoreError('Invalid', 422, `${kind} "" is invalid: metadata.name: Required value: name or generateName is required`,
        { kind, causes: [{ field: 'metadata.name', reason: 'FieldValueRequired', message: 'Required value: name or generateName is required' }] });
    }
    const key = keyOf(meta.namespace, meta.name);
    if (this.bucket(kind).has(key)) throw alreadyExists(RESOURCE_NAME[kind], meta.name, groupOf(kind));
    obj.apiVersion = API_VERSION[kind];
    obj.kind = kind;
    meta.uid = this.random.uuid();
    meta.creationTimestamp = toK8sTime(this.clock.now());
    if (kind !== 'Pod' && kind !== 'Node' && kind !== 'Event' && kind !== 'Lease' && kind !== 'Namespace') meta.generation = 1;
    meta.resourceVersion = String(++this.rv);
    this.put(kind, key, obj, undefined);
    this.emit({ type: 'ADDED', kind, object: obj, rv: this.rv });
    return obj;
  }

  /**
   * Replaces an object. With expectRV the write fails with Conflict unless the stored
   * resourceVersion matches (optimistic concurrency, like kube-apiserver's update).
   */
  update<T extends KObject>(kind: Kind, obj: T, opts: { expectRV?: string } = {}): T {
    const meta = obj.metadata ?? {};
    const ns = NAMESPACED[kind] ? meta.namespace ?? 'default' : undefined;
    const key = keyOf(ns, meta.name ?? '');
    const old = this.bucket(kind).get(key);
    if (!old) throw notFound(RESOURCE_NAME[kind], meta.name ?? '', groupOf(kind));
    if (opts.expectRV !== undefined && opts.expectRV !== '' && opts.expectRV !== old.metadata?.resourceVersion) {
      throw conflict(RESOURCE_NAME[kind], meta.name ?? '', groupOf(kind));
    }
    const om = old.metadata!;
    obj.apiVersion = API_VERSION[kind];
    obj.kind = kind;
    const nm: Mutable<ObjectMeta> = { ...meta, namespace: ns, uid: om.uid, creationTimestamp: om.creationTimestamp };
    obj.metadata = nm;
    if (om.generation !== undefined) {
      const spec = (obj as Record<string, unknown>).spec;
      const oldSpec = (old as Record<string, unknown>).spec;
      // Status writes usually carry the stored spec object itself: no need to serialise it twice.
      const specChanged = spec !== oldSpec && JSON.stringify(spec) !== JSON.stringify(oldSpec);
      nm.generation = specChanged ? om.generation + 1 : om.generation;
    }
    if (ns === undefined) delete nm.namespace;
    nm.resourceVersion = String(++this.rv);
    this.put(kind, key, obj, old);
    this.emit({ type: 'MODIFIED', kind, object: obj, old, rv: this.rv });
    return obj;
  }

  /**
   * Read-modify-write: fn gets a deep copy of the stored object and edits it in place; return
   * false to skip the write. Returns the stored result (or the unchanged object).
   */
  mutate<T extends KObject>(kind: Kind, namespace: string | undefined, name: string, fn: (copy: T) => boolean | void): T {
    const cur = this.must<T>(kind, namespace, name);
    const copy = structuredClone(cur);
    if (fn(copy) === false) return cur;
    return this.update(kind, copy);
  }

  /** Removes an object at once (graceful pod deletion is the registry's job). */
  remove<T extends KObject = KObject>(kind: Kind, namespace: string | undefined, name: string, opts: { expectUID?: string } = {}): T {
    const key = keyOf(NAMESPACED[kind] ? namespace ?? 'default' : undefined, name);
    const old = this.bucket(kind).get(key);
    if (!old) throw notFound(RESOURCE_NAME[kind], name, groupOf(kind));
    if (opts.expectUID && old.metadata?.uid !== opts.expectUID) {
      throw new StoreError('Conflict', 409, `Precondition failed: UID in precondition: ${opts.expectUID}, UID in object meta: ${old.metadata?.uid}`);
    }
    this.unput(kind, key, old);
    // The deleted object carries a fresh resourceVersion, as in kube-apiserver's watch.
    const deleted = { ...old, metadata: { ...old.metadata, resourceVersion: String(++this.rv) } } as T;
    this.emit({ type: 'DELETED', kind, object: deleted, old, rv: this.rv });
    return deleted;
  }

  /**
   * Subscribes to changes of the given kinds (null = all). With sinceRV, first replays the
   * history after that version; throws a 410 Expired StoreError when it is too old.
   */
  watch(kinds: Kind[] | null, opts: WatchOptions, handler: WatchHandler): () => void {
    const w: Watcher = { kinds: kinds ? new Set(kinds) : null, opts, handler, active: true };
    if (opts.sinceRV !== undefined && opts.sinceRV < this.rv) {
      if (opts.sinceRV < this.oldestRV) {
        throw gone(`too old resource version: ${opts.sinceRV} (${this.oldestRV})`);
      }
      for (let i = 0; i < this.history.length; i++) {
        const ev = this.historyAt(i);
        if (ev.rv > opts.sinceRV) this.deliver(w, ev);
      }
    }
    this.watchers = [...this.watchers, w];
    return () => {
      w.active = false;
      this.watchers = this.watchers.filter((x) => x !== w);
    };
  }

  private historyAt(i: number): WatchEvent {
    return this.history[(this.historyStart + i) % this.history.length];
  }

  private emit(ev: WatchEvent): void {
    if (this.history.length < this.historyLimit) this.history.push(ev);
    else {
      this.history[this.historyStart] = ev;
      this.historyStart = (this.historyStart + 1) % this.historyLimit;
    }
    this.queue.push(ev);
    if (this.dispatching) return;
    this.dispatching = true;
    try {
      for (let i = 0; i < this.queue.length; i++) {
        const e = this.queue[i];
        // The watchers as they were when the event was emitted (a handler may (un)subscribe):
        // the array is replaced, never changed in place, so no copy is needed.
        const watchers = this.watchers;
        for (let j = 0; j < watchers.length; j++) if (watchers[j].active) this.deliver(watchers[j], e);
      }
    } finally {
      this.queue.length = 0;
      this.dispatching = false;
    }
  }

  private deliver(w: Watcher, ev: WatchEvent): void {
    if (w.kinds && !w.kinds.has(ev.kind)) return;
    const now = this.matches(ev.object, w.opts);
    const before = ev.old ? this.matches(ev.old, w.opts) : false;
    if (ev.type === 'MODIFIED') {
      // An object moving into or out of a selector is an ADDED or DELETED for that watcher.
      if (now && !before) return w.handler({ ...ev, type: 'ADDED' });
      if (!now && before) return w.handler({ ...ev, type: 'DELETED' });
      if (!now) return;
    } else if (!now) return;
    w.handler(ev);
  }

  private matches(o: KObject, opts: ListOptions): boolean {
    if (opts.namespace && o.metadata?.namespace !== opts.namespace) return false;
    if (opts.labelSelector && opts.labelSelector.length > 0 && !matchesLabels(opts.labelSelector, o.metadata?.labels)) return false;
    if (opts.fieldSelector && opts.fieldSelector.length > 0 && !matchesFields(opts.fieldSelector, o)) return false;
    return true;
  }

  private bucket(kind: Kind): Map<string, KObject> {
    let b = this.objects.get(kind);
    if (!b) this.objects.set(kind, (b = new Map()));
    return b;
  }

  private put(kind: Kind, key: string, obj: KObject, old: KObject | undefined): void {
    this.bucket(kind).set(key, obj);
    const idx = this.indexes.get(kind);
    if (!idx) return;
    for (const { fn, values } of idx.values()) {
      if (old) for (const v of fn(old)) values.get(v)?.delete(key);
      for (const v of fn(obj)) addTo(values, v, key);
    }
  }

  private unput(kind: Kind, key: string, old: KObject): void {
    this.bucket(kind).delete(key);
    const idx = this.indexes.get(kind);
    if (!idx) return;
    for (const { fn, values } of idx.values()) for (const v of fn(old)) values.get(v)?.delete(key);
  }
}

function addTo(m: Map<string, Set<string>>, v: string, key: string): void {
  let s = m.get(v);
  if (!s) m.set(v, (s = new Set()));
  s.add(key);
}
