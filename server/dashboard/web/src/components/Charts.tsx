/** Small hand-rolled SVG charts of the last minutes of cluster time. */
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { bytes, clockTime } from '../format.js';
import { naturalCompare, type ClusterModel, type Mechanism, type ReadySample, type UsageSample } from '../model.js';
import { MECHANISM_LABEL } from './EventFeed.js';
import { useTick } from './TopBar.js';

const W = 300;
const H = 72;
const WINDOWS: Array<[string, number]> = [['5m', 5 * 60_000], ['15m', 15 * 60_000], ['60m', 60 * 60_000]];
const MECH_COLOR: Record<string, string> = { kubelet: '#f87171', taint: '#fbbf24', preemption: '#c084fc', 'api-eviction': '#38bdf8', '': '#64748b' };
const MECHS: Mechanism[] = ['kubelet', 'taint', 'preemption', 'api-eviction', ''];

function Chart({ title, right, children, footer, testid }: { title: string; right?: ComponentChildren; children: ComponentChildren; footer?: ComponentChildren; testid: string }) {
  return (
    <div class="chart" data-testid={testid}>
      <div class="chart-head"><span>{title}</span>{right}</div>
      <div class="chart-body">{children}</div>
      {footer && <div class="chart-foot">{footer}</div>}
    </div>
  );
}

/** Stacked step areas of ready / not ready / unknown node counts. */
export function readyPaths(samples: ReadySample[], t0: number, t1: number, maxN: number): { ready: string; notReady: string; unknown: string } {
  const x = (t: number) => ((Math.max(t0, Math.min(t1, t)) - t0) / (t1 - t0)) * W;
  const y = (n: number) => H - (n / Math.max(1, maxN)) * (H - 4);
  const visible = samples.filter((s, i) => s.t >= t0 || (samples[i + 1]?.t ?? Infinity) >= t0);
  const band = (lo: (s: ReadySample) => number, hi: (s: ReadySample) => number): string => {
    if (visible.length === 0) return '';
    const top: string[] = [];
    const bottom: string[] = [];
    visible.forEach((s, i) => {
      const xa = x(s.t);
      const xb = x(visible[i + 1]?.t ?? t1);
      top.push(`${xa},${y(hi(s))} ${xb},${y(hi(s))}`);
      bottom.unshift(`${xb},${y(lo(s))} ${xa},${y(lo(s))}`);
    });
    return `M${top.join(' L')} L${bottom.join(' L')} Z`;
  };
  return {
    ready: band(() => 0, (s) => s.ready),
    notReady: band((s) => s.ready, (s) => s.ready + s.notReady),
    unknown: band((s) => s.ready + s.notReady, (s) => s.ready + s.notReady + s.unknown),
  };
}

/** Evictions per cluster minute in the window, by mechanism. */
export function evictionBuckets(evictions: Array<{ t: number; mechanism: Mechanism }>, t0: number, t1: number): Array<{ start: number; by: Record<string, number>; total: number }> {
  const first = Math.floor(t0 / 60_000);
  const last = Math.floor(t1 / 60_000);
  const out = [];
  for (let m = first; m <= last; m++) out.push({ start: m * 60_000, by: {} as Record<string, number>, total: 0 });
  for (const e of evictions) {
    const i = Math.floor(e.t / 60_000) - first;
    if (i < 0 || i >= out.length) continue;
    out[i].by[e.mechanism] = (out[i].by[e.mechanism] ?? 0) + 1;
    out[i].total++;
  }
  return out;
}

function MemoryChart({ series, t0, t1 }: { series: UsageSample[]; t0: number; t1: number }) {
  const pts = series.filter((s) => s.t >= t0 - 60_000);
  const last = pts[pts.length - 1];
  if (!last) return <div class="chart-empty">no memory stats for this node yet</div>;
  const cap = Math.max(...pts.map((p) => p.capacity), 1);
  const x = (t: number) => ((Math.max(t0, Math.min(t1, t)) - t0) / (t1 - t0)) * W;
  const y = (v: number) => H - (Math.max(0, v) / cap) * (H - 4);
  const line = pts.map((p, i) => `${i ? 'L' : 'M'}${x(p.t)},${y(p.available)}`).join(' ');
  const area = `${line} L${x(last.t)},${H} L${x(pts[0].t)},${H} Z`;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" class="svg">
      <path d={area} class="mem-area" />
      <path d={line} class="mem-line" vector-effect="non-scaling-stroke" />
      {last.soft >= 0 && <line x1={0} x2={W} y1={y(last.soft)} y2={y(last.soft)} class="th-soft" vector-effect="non-scaling-stroke" />}
      {last.hard >= 0 && <line x1={0} x2={W} y1={y(last.hard)} y2={y(last.hard)} class="th-hard" vector-effect="non-scaling-stroke" />}
    </svg>
  );
}

export function Charts({ model, node, onNode }: { model: ClusterModel; node?: string; onNode: (n: string) => void }) {
  const [win, setWin] = useState(15 * 60_000);
  const tick = useTick(1000);
  const t1 = model.clusterNow(tick) || model.clock.now;
  const t0 = t1 - win;
  const n = model.nodes.size;
  const ready = readyPaths(model.readyHistory, t0, t1, Math.max(n, ...model.readyHistory.map((s) => s.ready + s.notReady + s.unknown)));
  const buckets = evictionBuckets(model.evictions, t0, t1);
  const maxB = Math.max(1, ...buckets.map((b) => b.total));
  const bw = W / Math.max(1, buckets.length);
  const totalEv = buckets.reduce((a, b) => a + b.total, 0);
  const names = useMemo(() => [...model.nodes.keys()].sort(naturalCompare), [model.nodes.size, model.snapshots]);
  const memNode = node && model.nodes.has(node) ? node : names.find((x) => model.memoryHistory.has(x)) ?? names[0];
  const series = memNode ? model.memoryHistory.get(memNode) ?? [] : [];
  const lastMem = series[series.length - 1];
  const counts = model.readyCounts();
  return (
    <section class="card charts" data-testid="charts">
      <div class="feed-head">
        <h2>Last {WINDOWS.find((w) => w[1] === win)?.[0]}</h2>
        <div class="btn-group">
          {WINDOWS.map(([label, ms]) => <button key={label} class={`btn btn-sm ${win === ms ? 'btn-on' : ''}`} onClick={() => setWin(ms)}>{label}</button>)}
        </div>
      </div>
      <Chart title="Ready nodes" testid="chart-ready" right={<span class="chart-val"><b class="ok">{counts.ready}</b> / {n}</span>}
        footer={<><span>{clockTime(t0)}</span><span>{clockTime(t1)}</span></>}>
        <svg viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" class="svg">
          <path d={ready.ready} class="a-ready" />
          <path d={ready.notReady} class="a-notready" />
          <path d={ready.unknown} class="a-unknown" />
        </svg>
      </Chart>
      <Chart title="Evictions per minute" testid="chart-evictions" right={<span class="chart-val"><b>{totalEv}</b> in window</span>}
        footer={<span class="chart-legend">{MECHS.slice(0, 4).map((m) => <span key={m}><i style={{ background: MECH_COLOR[m] }} />{MECHANISM_LABEL[m]}</span>)}</span>}>
        <svg viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" class="svg">
          {buckets.map((b, i) => {
            let acc = 0;
            return MECHS.map((m) => {
              const v = b.by[m] ?? 0;
              if (!v) return null;
              const h = (v / maxB) * (H - 6);
              acc += h;
              return <rect key={`${i}-${m}`} x={i * bw + 1} width={Math.max(1, bw - 2)} y={H - acc} height={h} fill={MECH_COLOR[m]}><title>{`${clockTime(b.start)}: ${v} ${MECHANISM_LABEL[m]}`}</title></rect>;
            });
          })}
        </svg>
      </Chart>
      <Chart title="Memory available" testid="chart-memory"
        right={names.length > 0 && (
          <select class="sel-sm" value={memNode} onChange={(e) => onNode((e.target as HTMLSelectElement).value)} aria-label="node for the memory chart">
            {names.map((x) => <option key={x} value={x}>{x}</option>)}
          </select>
        )}
        footer={lastMem && <span class="chart-legend">
          <span><i class="lg-mem" />{bytes(lastMem.available)} of {bytes(lastMem.capacity)}</span>
          {lastMem.soft >= 0 && <span><i class="lg-soft" />soft {bytes(lastMem.soft)}</span>}
          {lastMem.hard >= 0 && <span><i class="lg-hard" />hard {bytes(lastMem.hard)}</span>}
        </span>}>
        <MemoryChart series={series} t0={t0} t1={t1} />
      </Chart>
    </section>
  );
}
