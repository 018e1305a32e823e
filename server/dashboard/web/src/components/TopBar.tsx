import { useEffect, useState } from 'preact/hooks';
import { setClock, stepClock } from '../api.js';
import { clockDate, clockTime } from '../format.js';
import type { ClusterModel } from '../model.js';
import type { DashboardStore } from '../store.js';
import type { PushToast } from './Toasts.js';

const SCALES = [1, 10, 60];
const STEPS: Array<[string, number]> = [['+10s', 10_000], ['+1m', 60_000], ['+5m', 300_000]];

/** Re-renders every `ms` of real time (the ticking cluster clock). */
export function useTick(ms: number): number {
  const [t, setT] = useState(() => performance.now());
  useEffect(() => {
    const id = setInterval(() => setT(performance.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return t;
}

function ClockControls({ model, toast }: { model: ClusterModel; toast: PushToast }) {
  const now = useTick(250);
  const c = model.clock;
  const act = (label: string, f: () => Promise<unknown>) => () => {
    f().catch((err: Error) => toast('error', `${label}: ${err.message}`));
  };
  const t = model.clusterNow(now);
  return (
    <div class="clock" data-testid="clock" data-scale={c.scale} data-paused={String(c.paused)}>
      <div class="clock-time" title="cluster time (UTC)">
        <span class="clock-hms">{clockTime(t)}</span>
        <span class="clock-date">{clockDate(t)}</span>
      </div>
      <div class="clock-state">
        {c.paused ? <span class="pill pill-amber">paused</span> : <span class="pill pill-dim">{c.scale}× real time</span>}
      </div>
      <div class="btn-group" role="group" aria-label="time controls">
        {c.paused
          ? <button class="btn" onClick={act('resume', () => setClock({ paused: false }))} title="resume">▶ Resume</button>
          : <button class="btn" onClick={act('pause', () => setClock({ paused: true }))} title="pause">❚❚ Pause</button>}
        {SCALES.map((s) => (
          <button key={s} class={`btn ${c.scale === s ? 'btn-on' : ''}`} aria-pressed={c.scale === s} onClick={act(`${s}×`, () => setClock({ scale: s }))}>{s}×</button>
        ))}
      </div>
      <div class="btn-group" role="group" aria-label="step">
        {STEPS.map(([label, ms]) => (
          <button key={label} class="btn" title={`step the cluster clock ${label}`} onClick={act(`step ${label}`, () => stepClock(ms))}>{label}</button>
        ))}
      </div>
    </div>
  );
}

export function TopBar({ store, toast }: { store: DashboardStore; toast: PushToast }) {
  const model = store.model;
  const n = model.readyCounts();
  const c = model.podCounts;
  const p = { ...c, total: model.podNode.size };
  const st = store.status;
  return (
    <header class="topbar">
      <div class="brand">
        <svg viewBox="0 0 32 32" width="26" height="26" aria-hidden="true"><rect width="32" height="32" rx="7" fill="#1e293b" /><rect x="6" y="6" width="8" height="8" rx="2" fill="#60a5fa" /><rect x="18" y="6" width="8" height="8" rx="2" fill="#34d399" /><rect x="6" y="18" width="8" height="8" rx="2" fill="#c084fc" /><rect x="18" y="18" width="8" height="8" rx="2" fill="none" stroke="#f87171" stroke-width="2" stroke-dasharray="3 2" /></svg>
        <span class="brand-name">kemu</span>
        <span class="brand-sub">eviction emulator</span>
      </div>
      <div class="stats" data-testid="summary">
        <div class="stat"><span class="stat-n">{model.nodes.size}</span><span class="stat-l">nodes</span></div>
        <div class="stat ok" data-testid="ready-count"><span class="stat-n">{n.ready}</span><span class="stat-l">Ready</span></div>
        <div class={`stat ${n.notReady ? 'bad' : 'dim'}`}><span class="stat-n">{n.notReady}</span><span class="stat-l">NotReady</span></div>
        <div class={`stat ${n.unknown ? 'warn' : 'dim'}`}><span class="stat-n">{n.unknown}</span><span class="stat-l">Unknown</span></div>
        <div class="stat-sep" />
        <div class="stat"><span class="stat-n">{p.total}</span><span class="stat-l">pods</span></div>
        <div class="stat ok"><span class="stat-n">{p.running}</span><span class="stat-l">Running</span></div>
        <div class={`stat ${p.pending ? 'info' : 'dim'}`}><span class="stat-n">{p.pending}</span><span class="stat-l">Pending</span></div>
        <div class={`stat ${p.terminating ? 'warn' : 'dim'}`}><span class="stat-n">{p.terminating}</span><span class="stat-l">Terminating</span></div>
        <div class={`stat ${p.evicted ? 'bad' : 'dim'}`}><span class="stat-n">{p.evicted}</span><span class="stat-l">Evicted</span></div>
      </div>
      <ClockControls model={model} toast={toast} />
      <div class={`conn conn-${st.state}`} data-testid="connection" data-state={st.state} title={st.lastClose ?? ''}>
        <span class="dot" />{st.state === 'live' ? 'live' : st.state}
      </div>
    </header>
  );
}
