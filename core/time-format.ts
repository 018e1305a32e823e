/** Kubernetes time encodings (see spec kube-api-compat §1.5). */

// Hot paths (leases, node conditions, status posts) format the same instant many times and parse
// the same strings again and again: the last result of each encoding and recent parses are kept.
let lastTimeMs = NaN;
let lastTime = '';
let lastMicroMs = NaN;
let lastMicro = '';
let lastMicroSecond = NaN;
let lastMicroPrefix = '';

function pad3(n: number): string {
  return n >= 100 ? String(n) : n >= 10 ? `0${n}` : `00${n}`;
}
const parsed = new Map<string, number>();
// Recent seconds' strings: stored objects then share one copy of each timestamp (a pod's
// conditions, start time and container start all name the same few seconds).
const formatted = new Map<number, string>();

/** metav1.Time: RFC 3339 with whole seconds. */
export function toK8sTime(ms: number): string {
  const whole = Math.floor(ms / 1000) * 1000;
  if (whole !== lastTimeMs) {
    let t = formatted.get(whole);
    if (t === undefined) {
      t = new Date(whole).toISOString().replace('.000Z', 'Z');
      if (formatted.size >= 4096) formatted.clear();
      formatted.set(whole, t);
    }
    lastTime = t;
    lastTimeMs = whole;
  }
  return lastTime;
}

/** metav1.MicroTime: exactly six fractional digits, or kubectl fails to decode it. */
export function toMicroTime(ms: number): string {
  if (ms !== lastMicroMs) {
    const whole = Math.floor(ms);
    // At most 999: a fraction that rounds up must not make a seventh digit.
    const micros = Math.min(999, Math.round((ms - whole) * 1000));
    const second = Math.floor(whole / 1000) * 1000;
    if (second !== lastMicroSecond) {
      lastMicroPrefix = toK8sTime(second).slice(0, 19); // 2026-01-01T00:00:00
      lastMicroSecond = second;
    }
    lastMicro = `${lastMicroPrefix}.${pad3(whole - second)}${pad3(micros)}Z`;
    lastMicroMs = ms;
  }
  return lastMicro;
}

/** Parses either encoding back to epoch milliseconds (NaN when absent or invalid). */
export function parseK8sTime(s: string | undefined | null): number {
  if (!s) return NaN;
  let v = parsed.get(s);
  if (v === undefined) {
    v = Date.parse(s);
    if (parsed.size >= 4096) parsed.clear();
    parsed.set(s, v);
  }
  return v;
}
