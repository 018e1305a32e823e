/**
 * The stream's query (format, filters, resume point) and the filter itself (pure).
 *
 * An object moving into or out of the filter (a pod bound to the watched node, say) becomes an
 * ADDED or DELETED for that client, as the store does for label and field selectors.
 */
import { KINDS, NAMESPACED, type Event, type KObject, type Kind, type Pod } from '../../core/types.js';
import { eventNode, type PodNodeLookup } from './views.js';
import type { WatchChangeType } from './types.js';

export type StreamFormat = 'json' | 'proto';

export interface StreamQuery {
  format: StreamFormat;
  namespace?: string;
  node?: string;
  kinds: Kind[];
  /** Resume after this resourceVersion. */
  since?: number;
  /** access_token query parameter (browsers cannot set headers on a WebSocket). */
  token?: string;
}

export const DEFAULT_KINDS: readonly Kind[] = ['Node', 'Pod', 'Event'];

export type QueryResult = { ok: true; query: StreamQuery } | { ok: false; error: string };

export function parseStreamQuery(params: URLSearchParams): QueryResult {
  const format = params.get('format') ?? 'json';
  if (format !== 'json' && format !== 'proto') return { ok: false, error: `format: Unsupported value: "${format}": supported values: "json", "proto"` };
  let kinds: Kind[] = [...DEFAULT_KINDS];
  const rawKinds = params.get('kinds');
  if (rawKinds !== null && rawKinds.trim() !== '') {
    kinds = [];
    for (const k of rawKinds.split(',').map((s) => s.trim()).filter(Boolean)) {
      const kind = KINDS.find((x) => x.toLowerCase() === k.toLowerCase() || `${x.toLowerCase()}s` === k.toLowerCase());
      if (!kind) return { ok: false, error: `kinds: Unsupported value: "${k}": supported values: ${KINDS.map((x) => `"${x}"`).join(', ')}` };
      if (!kinds.includes(kind)) kinds.push(kind);
    }
  }
  const q: StreamQuery = { format, kinds };
  const ns = params.get('namespace');
  if (ns) q.namespace = ns;
  const node = params.get('node');
  if (node) q.node = node;
  const since = params.get('since') ?? params.get('resourceVersion');
  if (since !== null && since !== '') {
    if (!/^\d+$/.test(since)) return { ok: false, error: `since: Invalid value: "${since}": must be a resourceVersion (a non-negative integer)` };
    q.since = Number(since);
  }
  const token = params.get('access_token');
  if (token) q.token = token;
  return { ok: true, query: q };
}

/** Whether one object passes the namespace and node filters. */
export function matchesQuery(q: StreamQuery, kind: Kind, obj: KObject, podNode: PodNodeLookup): boolean {
  if (q.namespace && NAMESPACED[kind] && obj.metadata?.namespace !== q.namespace) return false;
  if (!q.node) return true;
  switch (kind) {
    case 'Node': return obj.metadata?.name === q.node;
    case 'Pod': return (obj as Pod).spec?.nodeName === q.node;
    case 'Event': return eventNode(obj as Event, podNode) === q.node;
    case 'Lease': return obj.metadata?.name === q.node;
    default: return true; // workloads and policies are not node-scoped
  }
}

/**
 * The change a filtered client sees for a store change, from whether the new and the old object
 * pass the filter; undefined when the client sees nothing.
 */
export function filteredChange(type: WatchChangeType, nowMatches: boolean, beforeMatches: boolean): WatchChangeType | undefined {
  if (type === 'MODIFIED') {
    if (nowMatches && !beforeMatches) return 'ADDED';
    if (!nowMatches && beforeMatches) return 'DELETED';
    return nowMatches ? 'MODIFIED' : undefined;
  }
  return nowMatches ? type : undefined;
}
