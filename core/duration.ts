/**
 * Go/Kubernetes duration strings (`90s`, `1m30s`, `1h`, `500ms`) ↔ milliseconds (time.ParseDuration).
 * PROVISIONAL implementation: being completed with tests.
 */
export class DurationError extends Error {}

const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

export function parseDuration(s: string): number {
  const str = String(s).trim();
  if (str === '0') return 0;
  const re = /([0-9]*\.?[0-9]+)(ns|us|µs|ms|s|m|h)/y;
  let total = 0;
  let i = 0;
  let sign = 1;
  if (str[0] === '-' || str[0] === '+') { sign = str[0] === '-' ? -1 : 1; i = 1; }
  if (i >= str.length) throw new DurationError(`time: invalid duration "${s}"`);
  while (i < str.length) {
    re.lastIndex = i;
    const m = re.exec(str);
    if (!m) throw new DurationError(`time: invalid duration "${s}"`);
    total += Number(m[1]) * UNIT_MS[m[2]];
    i = re.lastIndex;
  }
  return sign * total;
}

/** Formats like Go's Duration.String(): 1m30s, 5m0s, 100ms, 0s. */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  const neg = ms < 0;
  let rest = Math.abs(ms);
  let out: string;
  if (rest < 1000) out = `${rest}ms`;
  else {
    const h = Math.floor(rest / 3_600_000);
    rest -= h * 3_600_000;
    const m = Math.floor(rest / 60_000);
    rest -= m * 60_000;
    const s = rest / 1000;
    out = h > 0 ? `${h}h${m}m${s}s` : m > 0 ? `${m}m${s}s` : `${s}s`;
  }
  return neg ? `-${out}` : out;
}
