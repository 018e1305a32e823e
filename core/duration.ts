/**
 * Go duration strings (`90s`, `1m30s`, `1.5h`, `500ms`) ↔ milliseconds, ported from Go's
 * time.ParseDuration and Duration.String (go/src/time/format.go, time.go) with the same results
 * and error messages. Durations are int64 nanoseconds in Go; here the exact nanosecond count is
 * available as a bigint and the millisecond API returns numbers (fractional below 1ms).
 */
export class DurationError extends Error {
  override name = 'DurationError';
}

const NS_PER_MS = 1_000_000n;
const MAX_DURATION = (1n << 63n) - 1n; // math.MaxInt64 nanoseconds ≈ 292 years
const U63 = 1n << 63n;

/** time.go unitMap (nanoseconds). */
const UNIT_NS = new Map<string, bigint>([
  ['ns', 1n], ['us', 1_000n], ['µs', 1_000n] /* U+00B5 */, ['μs', 1_000n] /* U+03BC */, ['ms', 1_000_000n],
  ['s', 1_000_000_000n], ['m', 60_000_000_000n], ['h', 3_600_000_000_000n],
]);

/**
 * time.ParseDuration: "[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+", or "0" alone. Returns nanoseconds.
 * Errors: `time: invalid duration "x"`, `time: missing unit in duration "10"`,
 * `time: unknown unit "d" in duration "1d"`.
 */
export function parseDurationNs(orig: string): bigint {
  let s = orig;
  let neg = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0n;
  const invalid = () => new DurationError(`time: invalid duration ${quote(orig)}`);
  if (s === '') throw invalid();
  let d = 0n;
  while (s !== '') {
    if (!(s[0] === '.' || isDigit(s[0]))) throw invalid();
    // leadingInt: [0-9]*, failing past 2^63
    let i = 0;
    let v = 0n;
    for (; i < s.length && isDigit(s[i]); i++) {
      if (v > U63 / 10n) throw invalid();
      v = v * 10n + BigInt(s.charCodeAt(i) - 48);
      if (v > U63) throw invalid();
    }
    const pre = i > 0;
    s = s.slice(i);
    // leadingFraction: (\.[0-9]*)?, which stops accumulating precision instead of failing
    let f = 0n;
    let scale = 1;
    let post = false;
    if (s !== '' && s[0] === '.') {
      s = s.slice(1);
      let overflow = false;
      for (i = 0; i < s.length && isDigit(s[i]); i++) {
        if (overflow) continue;
        if (f > MAX_DURATION / 10n) { overflow = true; continue; }
        const y = f * 10n + BigInt(s.charCodeAt(i) - 48);
        if (y > U63) { overflow = true; continue; }
        f = y;
        scale *= 10;
      }
      post = i > 0;
      s = s.slice(i);
    }
    if (!pre && !post) throw invalid(); // no digits (e.g. ".s" or "-.s")
    // unit: everything up to the next '.' or digit
    for (i = 0; i < s.length && !(s[i] === '.' || isDigit(s[i])); i++);
    if (i === 0) throw new DurationError(`time: missing unit in duration ${quote(orig)}`);
    const u = s.slice(0, i);
    s = s.slice(i);
    const unit = UNIT_NS.get(u);
    if (unit === undefined) throw new DurationError(`time: unknown unit ${quote(u)} in duration ${quote(orig)}`);
    if (v > U63 / unit) throw invalid();
    v *= unit;
    if (f > 0n) {
      // float64 is needed to be nanosecond accurate for fractions of hours (Go does the same).
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
      if (v > U63) throw invalid();
    }
    d += v;
    if (d > U63) throw invalid();
  }
  if (neg) return -d;
  if (d > MAX_DURATION) throw invalid();
  return d;
}

/** time.ParseDuration in milliseconds (fractional below 1ms: "1ns" → 0.000001). */
export function parseDuration(s: string): number {
  const ns = parseDurationNs(s);
  const ms = ns / NS_PER_MS;
  const rest = ns % NS_PER_MS;
  return Number(ms) + Number(rest) / 1e6;
}

/** Go's Duration.String() for a nanosecond count: "1h0m0s", "1m30s", "1.5s", "100ms", "1µs", "0s". */
export function formatDurationNs(d: bigint): string {
  const neg = d < 0n;
  let u = neg ? -d : d;
  let out: string;
  if (u < 1_000_000_000n) {
    // Special case: if duration is smaller than a second, use smaller units, like 1.2ms
    if (u === 0n) return '0s';
    let prec: number;
    let unit: string;
    if (u < 1_000n) { prec = 0; unit = 'ns'; }
    else if (u < 1_000_000n) { prec = 3; unit = 'µs'; }
    else { prec = 6; unit = 'ms'; }
    const [frac, whole] = fmtFrac(u, prec);
    out = `${whole}${frac}${unit}`;
  } else {
    const [frac, whole] = fmtFrac(u, 9);
    u = whole;
    out = `${u % 60n}${frac}s`;
    u /= 60n;
    if (u > 0n) {
      out = `${u % 60n}m${out}`;
      u /= 60n;
      // Stop at hours because days can be different lengths.
      if (u > 0n) out = `${u}h${out}`;
    }
  }
  return neg ? `-${out}` : out;
}

/** Duration.String() for milliseconds (rounded to the nanosecond): 90000 → "1m30s", 1500 → "1.5s". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) throw new DurationError(`duration must be finite, got ${ms}`);
  const whole = Math.trunc(ms);
  return formatDurationNs(BigInt(whole) * NS_PER_MS + BigInt(Math.round((ms - whole) * 1e6)));
}

/** time.go fmtFrac: ".fraction" of v/10^prec without trailing zeros (nothing when 0), and v/10^prec. */
function fmtFrac(v: bigint, prec: number): [string, bigint] {
  let digits = '';
  let print = false;
  for (let i = 0; i < prec; i++) {
    const digit = v % 10n;
    print = print || digit !== 0n;
    if (print) digits = `${digit}${digits}`;
    v /= 10n;
  }
  return [print ? `.${digits}` : '', v];
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/**
 * time's own quote(): ASCII as is (escaping " and \), every byte of a non-ASCII or control
 * character as \xNN of its UTF-8 encoding.
 */
function quote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x80 || c < 0x20) {
      for (const b of new TextEncoder().encode(ch)) out += `\\x${b.toString(16).padStart(2, '0')}`;
    } else {
      if (ch === '"' || ch === '\\') out += '\\';
      out += ch;
    }
  }
  return out + '"';
}
