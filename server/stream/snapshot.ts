/**
 * Builds the snapshot a client starts from (and resyncs to): the nodes, pods and most recent
 * Events that pass its filter, the latest stats of its nodes, the clock.
 */
import type { Event, KObject, Kind, Node, Pod } from '../../core/types.js';
import type { ClockState } from '../../core/clock/index.js';
import { matchesQuery, type StreamQuery } from './filter.js';
import { podNodeLookup, type StreamSource } from './source.js';
import type { ClockView, EventView, NodeUsageView, SnapshotReason, SnapshotView } from './types.js';
import { nodeUsageView } from './usage.js';
import { eventView, nodeView, objectView, podView } from './views.js';

/** How many Events a snapshot carries (the most recent ones). */
export const SNAPSHOT_EVENTS = 500;

export function clockView(s: ClockState): ClockView {
  return { now: s.now, scale: s.scale, paused: s.paused };
}

/** The latest stats of the nodes that pass the filter. */
export function usageViews(src: StreamSource, q: StreamQuery, nodes?: ReadonlySet<string>): NodeUsageView[] {
  const out: NodeUsageView[] = [];
  if (!q.kinds.includes('Node')) return out;
  for (const e of src.stats.all()) {
    if (q.node && e.node !== q.node) continue;
    if (nodes && !nodes.has(e.node)) continue;
    out.push(nodeUsageView(e.node, e.summary, src.kubeletSettings.get(e.node)));
  }
  return out;
}

/** The most recent `limit` events, oldest first (by last occurrence, then resourceVersion). */
export function recentEvents(views: EventView[], limit: number): EventView[] {
  const rv = (v: EventView) => Number(v.resource_version) || 0;
  views.sort((a, b) => a.last_time - b.last_time || rv(a) - rv(b));
  return views.length > limit ? views.slice(views.length - limit) : views;
}

export function buildSnapshot(src: StreamSource, q: StreamQuery, reason: SnapshotReason, maxEvents = SNAPSHOT_EVENTS): SnapshotView {
  const store = src.store;
  const lookup = podNodeLookup(store);
  const pass = (kind: Kind, o: KObject) => matchesQuery(q, kind, o, lookup);
  const listOpts = (kind: Kind) => (q.namespace && kind !== 'Node' ? { namespace: q.namespace } : {});
  const snap: SnapshotView = {
    resource_version: store.resourceVersion, reason, clock: clockView(src.clockState()),
    nodes: [], pods: [], events: [], usage: [], objects: [],
  };
  for (const kind of q.kinds) {
    switch (kind) {
      case 'Node':
        snap.nodes = store.list<Node>('Node').filter((n) => pass('Node', n)).map(nodeView);
        snap.usage = usageViews(src, q);
        break;
      case 'Pod':
        snap.pods = store.list<Pod>('Pod', listOpts('Pod')).filter((p) => pass('Pod', p)).map(podView);
        break;
      case 'Event':
        snap.events = recentEvents(store.list<Event>('Event', listOpts('Event')).filter((e) => pass('Event', e)).map((e) => eventView(e, lookup)), maxEvents);
        break;
      default:
        for (const o of store.list(kind, listOpts(kind))) if (pass(kind, o)) snap.objects.push(objectView(kind, o));
    }
  }
  return snap;
}
