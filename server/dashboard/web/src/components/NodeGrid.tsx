/**
 * The grid of node cards, virtualised: only the rows in view (plus one above and below) are in
 * the DOM, so 500 nodes cost what 30 do. Cards re-render only when their node's version changes.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { naturalCompare, type ClusterModel, type NodeView, type PodView } from '../model.js';
import { MemoNodeCard, readyLabel } from './NodeCard.js';
import { orderTiles, PodTiles } from './PodTiles.js';
import type { PushToast } from './Toasts.js';

export const CARD_HEIGHT = 244;
export const CARD_MIN_WIDTH = 292;
export const CARD_GAP = 12;

type StatusFilter = 'all' | 'notready' | 'pressure' | 'cordoned' | 'tainted';

function matches(n: NodeView, text: string, status: StatusFilter, zone: string): boolean {
  if (text && !n.name.toLowerCase().includes(text)) return false;
  if (zone && n.zone !== zone) return false;
  switch (status) {
    case 'notready': return readyLabel(n) !== 'Ready';
    case 'pressure': return n.pressure.length > 0;
    case 'cordoned': return n.unschedulable;
    case 'tainted': return n.taints.length > 0;
    default: return true;
  }
}

/** Columns and card width for a container width. */
export function gridLayout(width: number): { cols: number; cardWidth: number } {
  const cols = Math.max(1, Math.floor((width + CARD_GAP) / (CARD_MIN_WIDTH + CARD_GAP)));
  return { cols, cardWidth: Math.floor((width - (cols - 1) * CARD_GAP) / cols) };
}

function Unscheduled({ pods, onPod }: { pods: PodView[]; onPod: (p: PodView) => void }) {
  const [w, setW] = useState(600);
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => { if (ref.current) setW(ref.current.clientWidth - 24); });
  return (
    <div class="card unscheduled" ref={ref} data-testid="unscheduled">
      <div class="card-head"><span class="status-dot sd-Pending" /><b>Unscheduled</b><span class="muted">{pods.length} pending pod{pods.length === 1 ? '' : 's'} without a node</span></div>
      <PodTiles pods={pods} width={Math.max(100, w)} rows={2} onPod={onPod} />
    </div>
  );
}

export function NodeGrid({ model, onPod, onFocusNode, toast }: { model: ClusterModel; onPod: (p: PodView) => void; onFocusNode: (n: string) => void; toast: PushToast }) {
  const scroller = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 900, height: 700 });
  const [scrollTop, setScrollTop] = useState(0);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const [zone, setZone] = useState('');

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setSize({ width: el.clientWidth, height: el.clientHeight }));
    ro.observe(el);
    setSize({ width: el.clientWidth, height: el.clientHeight });
    let pending = false;
    const onScroll = () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => { pending = false; setScrollTop(el.scrollTop); });
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => { ro.disconnect(); el.removeEventListener('scroll', onScroll); };
  }, []);

  const names = useMemo(() => [...model.nodes.keys()].sort(naturalCompare), [model.nodes.size, model.snapshots]);
  const zones = useMemo(() => [...new Set([...model.nodes.values()].map((n) => n.zone).filter(Boolean))].sort(), [model.nodes.size, model.snapshots]);
  const q = text.trim().toLowerCase();
  const shown = names.filter((name) => { const n = model.nodes.get(name); return n && matches(n, q, status, zone); });
  const unscheduled = model.pods('');

  const inner = Math.max(CARD_MIN_WIDTH, size.width - 2 * CARD_GAP);
  const { cols, cardWidth } = gridLayout(inner);
  const rowH = CARD_HEIGHT + CARD_GAP;
  const rows = Math.ceil(shown.length / cols);
  const top = unscheduled.size > 0 ? 100 : 0;
  const first = Math.max(0, Math.floor((scrollTop - top) / rowH) - 1);
  const last = Math.min(rows - 1, Math.ceil((scrollTop - top + size.height) / rowH) + 1);
  const cards = [];
  for (let r = first; r <= last; r++) {
    for (let c = 0; c < cols; c++) {
      const name = shown[r * cols + c];
      const node = name ? model.nodes.get(name) : undefined;
      if (!node) continue;
      cards.push(
        <div key={name} class="cell" style={{ top: `${top + r * rowH}px`, left: `${CARD_GAP + c * (cardWidth + CARD_GAP)}px`, width: `${cardWidth}px`, height: `${CARD_HEIGHT}px` }}>
          <MemoNodeCard node={node} pods={model.pods(name)} usage={model.usage.get(name)} version={model.nodeVersion.get(name) ?? 0}
            width={cardWidth} onPod={onPod} onFocusNode={onFocusNode} toast={toast} />
        </div>,
      );
    }
  }

  return (
    <div class="grid-wrap">
      <div class="toolbar">
        <h2>Nodes</h2>
        <input class="search" placeholder="filter nodes…" value={text} onInput={(e) => setText((e.target as HTMLInputElement).value)} aria-label="filter nodes by name" />
        <select value={status} onChange={(e) => setStatus((e.target as HTMLSelectElement).value as StatusFilter)} aria-label="node status">
          <option value="all">all nodes</option>
          <option value="notready">NotReady / Unknown</option>
          <option value="pressure">under pressure</option>
          <option value="cordoned">cordoned</option>
          <option value="tainted">tainted</option>
        </select>
        {zones.length > 1 && (
          <select value={zone} onChange={(e) => setZone((e.target as HTMLSelectElement).value)} aria-label="zone">
            <option value="">all zones</option>
            {zones.map((z) => <option key={z} value={z}>{z}</option>)}
          </select>
        )}
        <span class="muted count">{shown.length === names.length ? `${names.length} nodes` : `${shown.length} of ${names.length} nodes`}</span>
        <Legend />
      </div>
      <div class="grid-scroll" ref={scroller} data-testid="node-grid">
        <div class="grid-inner" style={{ height: `${top + rows * rowH + CARD_GAP}px` }}>
          {unscheduled.size > 0 && (
            <div class="cell" style={{ top: '0px', left: `${CARD_GAP}px`, right: `${CARD_GAP}px`, height: '88px' }}>
              <Unscheduled pods={orderTiles(unscheduled.values())} onPod={onPod} />
            </div>
          )}
          {cards}
          {names.length === 0 && <div class="empty">No nodes yet. Start agents with <code>kemu up</code> or <code>kemu agent</code>.</div>}
        </div>
      </div>
    </div>
  );
}

function Legend() {
  return (
    <div class="legend" aria-label="legend">
      <span><i class="sw sw-g" />Guaranteed</span>
      <span><i class="sw sw-b" />Burstable</span>
      <span><i class="sw sw-be" />BestEffort</span>
      <span><i class="sw sw-term" />Terminating</span>
      <span><i class="sw sw-ev" />Evicted</span>
      <span class="legend-note">darker = higher priority</span>
    </div>
  );
}
