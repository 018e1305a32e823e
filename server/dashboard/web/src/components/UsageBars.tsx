import type { NodeUsageView, SignalView } from '../model.js';
import { pct, signalValue } from '../format.js';

/** The bars a node card shows: what the kubelet's eviction signals measure. */
export const BARS: Array<{ signal: string; label: string }> = [
  { signal: 'memory.available', label: 'memory' },
  { signal: 'nodefs.available', label: 'disk' },
  { signal: 'nodefs.inodesFree', label: 'inodes' },
  { signal: 'pid.available', label: 'pids' },
];

/** imagefs is drawn only when it is its own device (else it is the nodefs numbers again). */
export function dedicatedImageFs(u: NodeUsageView | undefined): SignalView | undefined {
  const img = u?.signals.find((s) => s.signal === 'imagefs.available');
  const node = u?.signals.find((s) => s.signal === 'nodefs.available');
  if (!img) return undefined;
  if (node && img.capacity === node.capacity && img.available === node.available) return undefined;
  return img;
}

export function signalLevel(s: SignalView): 'ok' | 'soft' | 'hard' {
  if (s.hard >= 0 && s.available < s.hard) return 'hard';
  if (s.soft >= 0 && s.available < s.soft) return 'soft';
  return 'ok';
}

function Bar({ label, s }: { label: string; s: SignalView | undefined }) {
  if (!s) {
    return (
      <div class="ubar ubar-none" title={`${label}: no stats reported`}>
        <span class="ubar-label">{label}</span>
        <div class="ubar-track" />
        <span class="ubar-val">n/a</span>
      </div>
    );
  }
  const used = s.capacity - s.available;
  const level = signalLevel(s);
  // A threshold on "available" sits at the usage where available would equal it.
  const mark = (t: number) => pct(s.capacity - t, s.capacity);
  const title = [
    `${s.signal}: ${signalValue(s.signal, s.available)} available of ${signalValue(s.signal, s.capacity)}`,
    s.hard >= 0 ? `hard threshold: < ${s.hard_value} (${signalValue(s.signal, s.hard)})` : 'no hard threshold',
    s.soft >= 0 ? `soft threshold: < ${s.soft_value} (${signalValue(s.signal, s.soft)})` : 'no soft threshold',
  ].join('\n');
  return (
    <div class={`ubar ubar-${level}`} title={title} data-signal={s.signal} data-level={level}>
      <span class="ubar-label">{label}</span>
      <div class="ubar-track">
        <div class="ubar-fill" style={{ width: `${pct(used, s.capacity)}%` }} />
        {s.soft >= 0 && <div class="ubar-mark ubar-soft" style={{ left: `${mark(s.soft)}%` }} />}
        {s.hard >= 0 && <div class="ubar-mark ubar-hard" style={{ left: `${mark(s.hard)}%` }} />}
      </div>
      <span class="ubar-val">{signalValue(s.signal, used)}<span class="ubar-of">/{signalValue(s.signal, s.capacity)}</span></span>
    </div>
  );
}

export function UsageBars({ usage }: { usage: NodeUsageView | undefined }) {
  const by = (sig: string) => usage?.signals.find((s) => s.signal === sig);
  const img = dedicatedImageFs(usage);
  return (
    <div class="ubars">
      {BARS.map((b) => <Bar key={b.signal} label={b.label} s={by(b.signal)} />)}
      {img && <Bar label="image" s={img} />}
    </div>
  );
}
