/** The live Event feed, filterable by eviction mechanism; each event opens its "why". */
import { useMemo, useState } from 'preact/hooks';
import { ago, clockTime } from '../format.js';
import type { ClusterModel, EventView, Mechanism } from '../model.js';
import { eventKey } from '../model.js';
import { useTick } from './TopBar.js';
import { Modal } from './Modal.js';
import { WhyView } from './WhyView.js';

export const MECHANISM_LABEL: Record<string, string> = {
  kubelet: 'kubelet pressure',
  taint: 'taint / NotReady',
  preemption: 'preemption',
  'api-eviction': 'API eviction',
  '': 'other',
};
const ORDER: Mechanism[] = ['kubelet', 'taint', 'preemption', 'api-eviction', ''];
const MAX_ROWS = 300;

export function parseWhy(json: string): unknown {
  if (!json) return undefined;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return { raw: json };
  }
}

function objectName(e: EventView): string {
  const i = e.involved;
  const kind = i.kind ? i.kind.toLowerCase() : 'object';
  return i.namespace && i.kind !== 'Node' ? `${kind}/${i.namespace}/${i.name}` : `${kind}/${i.name}`;
}

function EventRow({ e, open, onToggle, now, onNode }: { e: EventView; open: boolean; onToggle: () => void; now: number; onNode: (n: string) => void }) {
  const why = open ? parseWhy(e.why_json) : undefined;
  const [wide, setWide] = useState(false);
  return (
    <li class={`ev ev-${e.type === 'Warning' ? 'warn' : 'normal'} ${open ? 'ev-open' : ''} ${e.eviction ? 'ev-eviction' : ''}`}
      data-testid="event" data-reason={e.reason} data-mechanism={e.mechanism} data-node={e.node} data-eviction={String(e.eviction)}>
      <button class="ev-line" onClick={onToggle} aria-expanded={open}>
        <span class={`mech mech-${e.mechanism || 'other'}`} title={MECHANISM_LABEL[e.mechanism]} />
        <span class="ev-time" title={`${clockTime(e.last_time)} (${ago(e.last_time, now)})`}>{clockTime(e.last_time)}</span>
        <span class="ev-reason">{e.reason}</span>
        <span class="ev-obj">{objectName(e)}</span>
        {e.count > 1 && <span class="ev-count">×{e.count}</span>}
        {e.why_json && <span class="why-tag" title="this event carries the reasons of the decision">why</span>}
      </button>
      <div class="ev-msg">{e.message}</div>
      {open && (
        <div class="ev-detail">
          <div class="ev-meta">
            <span>{e.type}</span>
            <span>from <b>{e.source_component}</b>{e.source_host ? ` on ${e.source_host}` : ''}</span>
            {e.node && <button class="link" onClick={() => onNode(e.node)}>node {e.node}</button>}
            <span>{MECHANISM_LABEL[e.mechanism]}</span>
            {why !== undefined && <button class="btn btn-sm" onClick={() => setWide(true)} title="open in a wide view">⤢ expand</button>}
          </div>
          {why === undefined ? <p class="muted">This event carries no kemu.dev/why annotation.</p> : <WhyView why={why} reason={e.reason} />}
        </div>
      )}
      {wide && why !== undefined && (
        <Modal title={`${e.reason}: ${objectName(e)}`} onClose={() => setWide(false)} wide>
          <p class="muted">{e.message}</p>
          <WhyView why={why} reason={e.reason} />
        </Modal>
      )}
    </li>
  );
}

export function EventFeed({ model, node, onClearNode, onNode }: { model: ClusterModel; node?: string; onClearNode: () => void; onNode: (n: string) => void }) {
  const [off, setOff] = useState<Set<string>>(new Set());
  const [evictionsOnly, setEvictionsOnly] = useState(false);
  const [open, setOpen] = useState<Set<string>>(new Set());
  const tick = useTick(1000);
  const now = model.clusterNow(tick);
  const sorted = useMemo(() => [...model.events.values()].sort((a, b) => b.last_time - a.last_time || Number(b.resource_version) - Number(a.resource_version)), [model.eventsVersion, model.snapshots]);
  const counts = useMemo(() => {
    const c: Record<string, number> = {};
    for (const e of sorted) c[e.mechanism] = (c[e.mechanism] ?? 0) + 1;
    return c;
  }, [sorted]);
  const visible = sorted.filter((e) => !off.has(e.mechanism) && (!evictionsOnly || e.eviction) && (!node || e.node === node)).slice(0, MAX_ROWS);
  const toggle = (set: Set<string>, k: string) => {
    const n = new Set(set);
    if (n.has(k)) n.delete(k);
    else n.add(k);
    return n;
  };
  return (
    <section class="card feed" data-testid="event-feed">
      <div class="feed-head">
        <h2>Events</h2>
        <label class="check"><input type="checkbox" checked={evictionsOnly} onChange={() => setEvictionsOnly(!evictionsOnly)} data-testid="evictions-only" /> evictions only</label>
        {node && <button class="chip chip-filter" onClick={onClearNode} title="show all nodes">node {node} ×</button>}
      </div>
      <div class="mech-filters" role="group" aria-label="filter by mechanism">
        {ORDER.map((m) => (
          <button key={m} class={`mfilter ${off.has(m) ? 'mfilter-off' : ''}`} aria-pressed={!off.has(m)} data-mechanism={m}
            onClick={() => setOff(toggle(off, m))}>
            <span class={`mech mech-${m || 'other'}`} />{MECHANISM_LABEL[m]}<span class="mcount">{counts[m] ?? 0}</span>
          </button>
        ))}
      </div>
      <ul class="ev-list">
        {visible.map((e) => {
          const k = eventKey(e);
          return <EventRow key={k} e={e} open={open.has(k)} onToggle={() => setOpen(toggle(open, k))} now={now} onNode={onNode} />;
        })}
        {visible.length === 0 && <li class="empty">{sorted.length ? 'No event matches the filters.' : 'No events yet.'}</li>}
      </ul>
    </section>
  );
}
