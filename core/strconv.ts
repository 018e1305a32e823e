/**
 * The parts of Go's strconv that Kubernetes decisions depend on, with Go's exact results and
 * error messages: ParseFloat(s, 32) (kubelet eviction percentages are float32) and
 * ParseInt(s, 10, 64) (label selector Gt/Lt). Reference: go/src/strconv/atof.go, atoi.go, quote.go.
 */

/** strconv.ErrSyntax / strconv.ErrRange texts. */
export const ErrSyntax = 'invalid syntax';
export const ErrRange = 'value out of range';

/** Go's *strconv.NumError: `strconv.ParseFloat: parsing "abc": invalid syntax`. */
export class NumError extends Error {
  override name = 'NumError';
  constructor(readonly func: string, readonly num: string, readonly err: typeof ErrSyntax | typeof ErrRange) {
    super(`strconv.${func}: parsing ${goQuote(num)}: ${err}`);
  }
}

/** strconv.Quote for the strings that reach error messages (ASCII escapes like Go). */
export function goQuote(s: string): string {
  const named: Record<number, string> = { 7: '\\a', 8: '\\b', 9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r' };
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (named[c]) out += named[c];
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + '"';
}

const MIN_INT64 = -(1n << 63n);
const MAX_INT64 = (1n << 63n) - 1n;

/** strconv.ParseInt(s, 10, 64): optional sign, decimal digits only, int64 range. */
export function parseInt64(s: string): bigint {
  if (!/^[+-]?[0-9]+$/.test(s)) throw new NumError('ParseInt', s, ErrSyntax);
  const v = BigInt(s);
  if (v < MIN_INT64 || v > MAX_INT64) throw new NumError('ParseInt', s, ErrRange);
  return v;
}

/**
 * strconv.ParseFloat(s, 32): the float32 nearest to s (round half to even), as a JS number.
 * Accepts Go float syntax: sign, decimal or 0x hex mantissa (hex needs a p exponent), `_` digit
 * separators, inf/infinity/nan. Overflow throws ErrRange like Go; underflow gives 0.
 */
export function parseFloat32(s: string): number {
  const special = parseSpecial(s);
  if (special !== undefined) return special;
  const m = readFloat(s);
  if (!m) throw new NumError('ParseFloat', s, ErrSyntax);
  const v = roundToFloat32(m.mantissa, m.exp10, m.exp2);
  if (v === Infinity) throw new NumError('ParseFloat', s, ErrRange);
  return m.negative ? -v : v;
}

function parseSpecial(s: string): number | undefined {
  const l = s.toLowerCase();
  let sign = 1;
  let rest = l;
  if (l[0] === '+' || l[0] === '-') {
    sign = l[0] === '-' ? -1 : 1;
    rest = l.slice(1);
    if (rest === 'inf' || rest === 'infinity') return sign * Infinity;
    return undefined;
  }
  if (rest === 'inf' || rest === 'infinity') return Infinity;
  if (rest === 'nan') return NaN;
  return undefined;
}

interface FloatParts { negative: boolean; mantissa: bigint; exp10: number; exp2: number }

/** atof.go readFloat: value = mantissa × 10^exp10 × 2^exp2 (one of the exponents is 0). */
function readFloat(s: string): FloatParts | undefined {
  let i = 0;
  let negative = false;
  if (s[i] === '+' || s[i] === '-') { negative = s[i] === '-'; i++; }
  let hex = false;
  if (i + 2 < s.length && s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X')) { hex = true; i += 2; }
  let digits = '';
  let sawDot = false;
  let fracDigits = 0;
  let underscores = false;
  for (; i < s.length; i++) {
    const c = s[i];
    if (c === '_') { underscores = true; continue; }
    if (c === '.') { if (sawDot) break; sawDot = true; continue; }
    const isDigit = c >= '0' && c <= '9';
    const isHex = hex && /[a-fA-F]/.test(c);
    if (!isDigit && !isHex) break;
    digits += c;
    if (sawDot) fracDigits++;
  }
  if (digits === '') return undefined;
  let exp = 0;
  const expChar = hex ? 'p' : 'e';
  if (i < s.length && s[i].toLowerCase() === expChar) {
    i++;
    if (i >= s.length) return undefined;
    let esign = 1;
    if (s[i] === '+') i++;
    else if (s[i] === '-') { esign = -1; i++; }
    if (i >= s.length || s[i] < '0' || s[i] > '9') return undefined;
    let e = 0;
    for (; i < s.length && ((s[i] >= '0' && s[i] <= '9') || s[i] === '_'); i++) {
      if (s[i] === '_') { underscores = true; continue; }
      if (e < 10000) e = e * 10 + (s.charCodeAt(i) - 48);
    }
    exp = esign * e;
  } else if (hex) {
    return undefined; // a hexadecimal mantissa requires a 'p' exponent
  }
  if (i !== s.length) return undefined;
  if (underscores && !underscoreOK(s)) return undefined;
  const mantissa = BigInt((hex ? '0x' : '') + digits);
  return hex
    ? { negative, mantissa, exp10: 0, exp2: exp - 4 * fracDigits }
    : { negative, mantissa, exp10: exp - fracDigits, exp2: 0 };
}

/** atoi.go underscoreOK: `_` only between digits (or after a base prefix). */
function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s[0] === '+' || s[0] === '-') s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && /[bBoOxX]/.test(s[1])) { i = 2; saw = '0'; hex = /[xX]/.test(s[1]); }
  for (; i < s.length; i++) {
    const c = s[i];
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) { saw = '0'; continue; }
    if (c === '_') { if (saw !== '0') return false; saw = '_'; continue; }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

/** The float32 nearest to mantissa × 10^exp10 × 2^exp2 (non-negative), or Infinity on overflow. */
function roundToFloat32(mantissa: bigint, exp10: number, exp2: number): number {
  if (mantissa === 0n) return 0;
  let num = mantissa;
  let den = 1n;
  if (exp10 >= 0) num *= 10n ** BigInt(exp10); else den *= 10n ** BigInt(-exp10);
  if (exp2 >= 0) num <<= BigInt(exp2); else den <<= BigInt(-exp2);
  // Find e with 2^23 <= num / (den·2^e) < 2^24, clamped to the subnormal range (e >= -149).
  let e = bitLength(num) - bitLength(den) - 24;
  const quotient = (k: number): bigint => (k >= 0 ? num / (den << BigInt(k)) : (num << BigInt(-k)) / den);
  for (;;) {
    const q = quotient(e);
    if (q >= 1n << 24n) e++;
    else if (q < 1n << 23n && e > -149) e--;
    else break;
  }
  if (e < -149) e = -149;
  const [n, d] = e >= 0 ? [num, den << BigInt(e)] : [num << BigInt(-e), den];
  let q = n / d;
  const r2 = (n % d) * 2n;
  if (r2 > d || (r2 === d && (q & 1n) === 1n)) q++;
  if (q === 1n << 24n) { q = 1n << 23n; e++; }
  if (e > 104) return Infinity; // beyond MaxFloat32 = (2^24-1)·2^104
  return Number(q) * 2 ** e;
}

function bitLength(v: bigint): number {
  return v.toString(2).length;
}
