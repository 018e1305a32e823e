/** Number, size, time and duration formatting for the dashboard. */

const BIN = ['B', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi'];

export function bytes(n: number): string {
  if (!Number.isFinite(n)) return '—';
  let v = Math.abs(n);
  let i = 0;
  while (v >= 1024 && i < BIN.length - 1) {
    v /= 1024;
    i++;
  }
  const s = v >= 100 || i === 0 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
  return `${n < 0 ? '-' : ''}${s.replace(/\.0+$/, '')}${BIN[i]}`;
}

export function count(n: number): string {
  if (!Number.isFinite(n)) return '—';
  const a = Math.abs(n);
  if (a >= 1e9) return `${(n / 1e9).toFixed(1).replace(/\.0$/, '')}G`;
  if (a >= 1e6) return `${(n / 1e6).toFixed(1).replace(/\.0$/, '')}M`;
  if (a >= 1e4) return `${(n / 1e3).toFixed(0)}k`;
  return String(Math.round(n));
}

/** The unit a signal is measured in. */
export function signalValue(signal: string, v: number): string {
  return signal.endsWith('inodesFree') || signal === 'pid.available' ? count(v) : bytes(v);
}

export function pct(part: number, whole: number): number {
  return whole > 0 ? Math.max(0, Math.min(100, (part / whole) * 100)) : 0;
}

/** HH:MM:SS of a cluster time (UTC, as the kemu logs print it). */
export function clockTime(ms: number): string {
  if (!ms) return '--:--:--';
  return new Date(ms).toISOString().slice(11, 19);
}

export function clockDate(ms: number): string {
  if (!ms) return '';
  return new Date(ms).toISOString().slice(0, 10);
}

/** Go-style short duration: 1h2m, 5m30s, 42s, 800ms. */
export function duration(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  const neg = ms < 0;
  let v = Math.abs(ms);
  if (v < 1000) return `${neg ? '-' : ''}${Math.round(v)}ms`;
  v = Math.round(v / 1000);
  const h = Math.floor(v / 3600);
  const m = Math.floor((v % 3600) / 60);
  const s = v % 60;
  const out = h ? `${h}h${m ? `${m}m` : ''}` : m ? `${m}m${s ? `${s}s` : ''}` : `${s}s`;
  return `${neg ? '-' : ''}${out}`;
}

/** "12s ago" relative to cluster now. */
export function ago(t: number, now: number): string {
  if (!t || !now) return '';
  const d = now - t;
  if (d < 1000) return 'now';
  return `${duration(d)} ago`;
}

/** A Kubernetes quantity string as bytes (for "add pressure" presets). */
export function parseBytes(q: string | undefined): number {
  if (!q) return 0;
  const m = /^([0-9.]+)([KMGTPE]i?|[kmun]?)$/.exec(q.trim());
  if (!m) return Number(q) || 0;
  const n = Number(m[1]);
  const mult: Record<string, number> = {
    '': 1, k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18, m: 1e-3, u: 1e-6, n: 1e-9,
    Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, Ti: 1024 ** 4, Pi: 1024 ** 5, Ei: 1024 ** 6,
  };
  return n * (mult[m[2]] ?? 1);
}

/** Bytes as a Kubernetes quantity in Mi (whole mebibytes, rounded up). */
export function toMi(n: number): string {
  return `${Math.max(0, Math.ceil(n / 1024 ** 2))}Mi`;
}
