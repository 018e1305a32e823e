/**
 * Kubernetes resource quantities, ported from k8s.io/apimachinery/pkg/api/resource
 * (quantity.go, suffix.go, amount.go, math.go, scale_int.go).
 *
 * A Quantity is exact: an unscaled BigInt times 10^exponent (inf.Dec upstream), never a float.
 * Parsing rounds finer than nano away from zero ("0.9n" → "1n"), caps BinarySI at 2^63-1 and
 * remembers the suffix family (format) for printing. toString() is the canonical form
 * (CanonicalizeBytes): "1.5Gi" → "1536Mi", "0.1" → "100m", "1000M" → "1G".
 * Numbers cross the API edge as JS numbers (exact up to 2^53).
 */
import { ErrRange, ErrSyntax, NumError, parseFloat32 } from './strconv.js';

export type QuantityFormat = 'BinarySI' | 'DecimalSI' | 'DecimalExponent';

/** quantity.go splitREString. */
export const QuantityRegexp = '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$';
/** quantity.go ErrFormatWrong / ErrNumeric / ErrSuffix messages. */
export const ErrFormatWrong = `quantities must match the regular expression '${QuantityRegexp}'`;
export const ErrNumeric = 'unable to parse numeric part of quantity';
export const ErrSuffix = "unable to parse quantity's suffix";

export class QuantityError extends Error {
  override name = 'QuantityError';
}

/** amount.go scales (powers of ten). */
export const Scale = { Nano: -9, Micro: -6, Milli: -3, Zero: 0, Kilo: 3, Mega: 6, Giga: 9, Tera: 12, Peta: 15, Exa: 18 } as const;

const MAX_INT64 = (1n << 63n) - 1n; // math.go maxAllowed
const MAX_INT64_FACTORS = 18; // math.go maxInt64Factors: decimal digits that always fit an int64
const MAX_INT32 = 2147483647;
const MAX_ALIGN = 100_000; // refuse to build 10^n beyond this many digits (unbounded in inf.Dec)

const DEC_SUFFIX = new Map<string, number>([['n', -9], ['u', -6], ['m', -3], ['', 0], ['k', 3], ['M', 6], ['G', 9], ['T', 12], ['P', 15], ['E', 18]]);
const BIN_SUFFIX = new Map<string, number>([['Ki', 10], ['Mi', 20], ['Gi', 30], ['Ti', 40], ['Pi', 50], ['Ei', 60]]);
const DEC_BY_EXP = new Map([...DEC_SUFFIX].map(([s, e]) => [e, s]));
const BIN_BY_EXP = new Map([...BIN_SUFFIX].map(([s, e]) => [e, s]));

/** Module-private constructor (the class constructor is private). */
let make!: (u: bigint, e: number, format: QuantityFormat, cached?: string) => Quantity;

export class Quantity {
  static {
    make = (u, e, format, cached) => (u === 0n ? new Quantity(0n, 0, format, cached) : new Quantity(u, e, format, cached));
  }

  private constructor(
    /** unscaled value: the quantity is unscaled × 10^exponent */
    private readonly unscaled: bigint,
    private readonly exponent: number,
    readonly format: QuantityFormat,
    /** the parsed string when it is already canonical (quantity.go keeps it in q.s) */
    private readonly cached?: string,
  ) {}

  static parse(s: string): Quantity {
    return parseQuantity(s);
  }

  /**
   * NewQuantity for a JS number: integers exactly, other values by their shortest round-trip
   * decimal digits (0.1 is 1/10, not the binary double nearest to it).
   */
  static fromNumber(n: number, format: QuantityFormat = 'DecimalSI'): Quantity {
    if (!Number.isFinite(n)) throw new QuantityError(`quantity must be a finite number, got ${n}`);
    if (Number.isInteger(n)) return make(BigInt(n), 0, format);
    const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(n))!;
    const frac = m[3] ?? '';
    const u = BigInt(m[2] + frac);
    return make(m[1] === '-' ? -u : u, Number(m[4] ?? 0) - frac.length, format);
  }

  /** NewMilliQuantity: value/1000. */
  static fromMilli(milli: number | bigint, format: QuantityFormat = 'DecimalSI'): Quantity {
    return Quantity.fromScaled(milli, Scale.Milli, format);
  }

  /** NewScaledQuantity: value × 10^scale (DecimalSI unless told otherwise). */
  static fromScaled(value: number | bigint, scale: number, format: QuantityFormat = 'DecimalSI'): Quantity {
    const q = typeof value === 'bigint' ? make(value, 0, format) : Quantity.fromNumber(value, format);
    return make(q.unscaled, q.exponent + scale, format);
  }

  /** A zero of the given format (the zero value `resource.Quantity{Format: f}`). */
  static zero(format: QuantityFormat = 'DecimalSI'): Quantity {
    return new Quantity(0n, 0, format);
  }

  /** Value(): the value rounded up (away from zero) to an integer. */
  value(): number {
    return this.scaledValue(0);
  }

  /** MilliValue(): ceil(q × 1000), away from zero. */
  milliValue(): number {
    return this.scaledValue(Scale.Milli);
  }

  /** ScaledValue(scale): q / 10^scale rounded away from zero. */
  scaledValue(scale: number): number {
    const d = this.exponent - scale;
    if (d >= 0) {
      if (this.unscaled !== 0n && d > 400) return this.unscaled > 0n ? Infinity : -Infinity;
      return Number(this.unscaled * 10n ** BigInt(d));
    }
    return Number(roundAway(this.unscaled, -d).q);
  }

  /** The nearest float64 (AsFloat64Slow; AsApproximateFloat64 may differ in the last bit). */
  asNumber(): number {
    return Number(`${this.unscaled}e${this.exponent}`);
  }

  /** Sign(): -1, 0 or 1. */
  sign(): -1 | 0 | 1 {
    return this.unscaled === 0n ? 0 : this.unscaled > 0n ? 1 : -1;
  }

  isZero(): boolean {
    return this.unscaled === 0n;
  }

  /** Cmp(y): -1, 0 or 1, exactly. */
  cmp(o: Quantity): -1 | 0 | 1 {
    return cmpExact(this.unscaled, this.exponent, o.unscaled, o.exponent);
  }

  /** CmpInt64(n). */
  cmpInt(n: number | bigint): -1 | 0 | 1 {
    return this.cmp(typeof n === 'bigint' ? make(n, 0, 'DecimalSI') : Quantity.fromNumber(n));
  }

  equal(o: Quantity): boolean {
    return this.cmp(o) === 0;
  }

  /** Add(y): the sum; a zero receiver takes y's format (quantity.go Add). */
  add(y: Quantity): Quantity {
    const format = this.isZero() ? y.format : this.format;
    if (y.isZero()) return make(this.unscaled, this.exponent, format);
    if (this.isZero()) return make(y.unscaled, y.exponent, format);
    const e = Math.min(this.exponent, y.exponent);
    return make(align(this.unscaled, this.exponent - e) + align(y.unscaled, y.exponent - e), e, format);
  }

  /** Sub(y): the difference; a zero receiver takes y's format (quantity.go Sub). */
  sub(y: Quantity): Quantity {
    return this.add(y.neg());
  }

  /** Neg(). */
  neg(): Quantity {
    return make(-this.unscaled, this.exponent, this.format);
  }

  /** Mul(n) by an integer (exact). */
  mul(n: number | bigint): Quantity {
    if (typeof n === 'number' && !Number.isSafeInteger(n)) throw new QuantityError(`mul: ${n} is not a safe integer`);
    return make(this.unscaled * BigInt(n), this.exponent, this.format);
  }

  /** RoundUp(scale): the value rounded away from zero to a multiple of 10^scale, and whether that was exact. */
  roundUp(scale: number): { quantity: Quantity; exact: boolean } {
    if (this.exponent >= scale) return { quantity: this, exact: true };
    const { q, exact } = roundAway(this.unscaled, scale - this.exponent);
    return { quantity: make(q, scale, this.format), exact };
  }

  withFormat(format: QuantityFormat): Quantity {
    return format === this.format ? this : make(this.unscaled, this.exponent, format);
  }

  /** The exact value as a plain decimal string (inf.Dec String): "1.5", "1536", "0.000000001". */
  toDecimalString(): string {
    const neg = this.unscaled < 0n;
    const digits = (neg ? -this.unscaled : this.unscaled).toString();
    let out: string;
    if (Math.abs(this.exponent) > MAX_ALIGN) throw new QuantityError(`quantity too large to write out: ${this}`);
    if (this.exponent >= 0) out = digits + '0'.repeat(this.exponent);
    else {
      const frac = -this.exponent;
      const padded = digits.padStart(frac + 1, '0');
      out = `${padded.slice(0, padded.length - frac)}.${padded.slice(padded.length - frac)}`;
    }
    return neg ? `-${out}` : out;
  }

  /** String(): the canonical form, or the parsed text when that was already canonical. */
  toString(): string {
    return this.cached ?? canonicalize(this.unscaled, this.exponent, this.format);
  }

  toJSON(): string {
    return this.toString();
  }
}

/**
 * quantity.go parseQuantityString: splits sign, integer digits (leading zeros stripped), fraction
 * digits and suffix. Exported for tests.
 */
export function parseQuantityString(str: string): { positive: boolean; value: string; num: string; denom: string; suffix: string } {
  let positive = true;
  let pos = 0;
  const end = str.length;
  const isDigit = (c: string) => c >= '0' && c <= '9';
  if (pos < end && (str[0] === '-' || str[0] === '+')) { positive = str[0] !== '-'; pos++; }
  while (pos < end && str[pos] === '0') pos++;
  if (pos >= end) return { positive, value: '0', num: '0', denom: '', suffix: '' };
  let i = pos;
  while (i < end && isDigit(str[i])) i++;
  let num = str.slice(pos, i);
  if (i >= end) return { positive, value: str, num, denom: '', suffix: '' };
  pos = i;
  if (num === '') num = '0';
  let denom = '';
  if (str[pos] === '.') {
    pos++;
    i = pos;
    while (i < end && isDigit(str[i])) i++;
    denom = str.slice(pos, i);
    if (i >= end) return { positive, value: str, num, denom, suffix: '' };
    pos = i;
  }
  const value = str.slice(0, pos);
  const suffixStart = pos;
  while (pos < end && 'eEinumkKMGTP'.includes(str[pos])) pos++;
  if (pos < end && (str[pos] === '-' || str[pos] === '+')) pos++;
  while (pos < end && isDigit(str[pos])) pos++;
  if (pos < end) throw new QuantityError(ErrFormatWrong);
  return { positive, value, num, denom, suffix: str.slice(suffixStart) };
}

interface Suffix { base: 2 | 10; exponent: number; format: QuantityFormat }

/** suffix.go interpret. Exponents outside int32 are refused rather than truncated. */
function interpretSuffix(s: string): Suffix | undefined {
  const dec = DEC_SUFFIX.get(s);
  if (dec !== undefined) return { base: 10, exponent: dec, format: 'DecimalSI' };
  const bin = BIN_SUFFIX.get(s);
  if (bin !== undefined) return { base: 2, exponent: bin, format: 'BinarySI' };
  if (s.length > 1 && (s[0] === 'e' || s[0] === 'E') && /^[+-]?[0-9]+$/.test(s.slice(1))) {
    const v = BigInt(s.slice(1));
    if (v >= -MAX_INT32 && v <= MAX_INT32) return { base: 10, exponent: Number(v), format: 'DecimalExponent' };
  }
  return undefined;
}

/** ParseQuantity(str): throws QuantityError with upstream's messages. */
export function parseQuantity(str: string): Quantity {
  if (str.length === 0) throw new QuantityError(ErrFormatWrong);
  if (str === '0') return make(0n, 0, 'DecimalSI', '0');
  const { positive, value, num, denom, suffix } = parseQuantityString(str);
  const sfx = interpretSuffix(suffix);
  if (!sfx) throw new QuantityError(ErrSuffix);
  let format = sfx.format;

  // quantity.go's int64 fast path: when it applies and the text is already canonical, String()
  // returns the text as written (so "+3Ki" prints "+3Ki", like kube-apiserver).
  let fast = false;
  let cached: string | undefined;
  let precision = -1;
  let scale = 0;
  let mantissa = 1n;
  if (format !== 'BinarySI') {
    scale = sfx.exponent;
    precision = MAX_INT64_FACTORS - (num.length + denom.length);
  } else if (sfx.exponent >= 0 && denom.length === 0) {
    mantissa = 1n << BigInt(sfx.exponent);
    precision = 15 - num.length - Math.trunc((sfx.exponent * 3) / 10) - 1;
  }
  if (precision >= 0) {
    scale -= denom.length;
    if (scale >= Scale.Nano) {
      const shifted = num + denom;
      const v = BigInt(shifted);
      if (v * mantissa <= MAX_INT64) {
        fast = true;
        const canonical = format === 'BinarySI'
          ? sfx.exponent % 10 === 0 && (v & 7n) !== 0n
          : scale % 3 === 0 && !shifted.endsWith('000') && shifted[0] !== '0';
        if (canonical) cached = str;
      }
    }
  }
  if (!fast && !/[0-9]/.test(value)) throw new QuantityError(ErrNumeric);

  let u = BigInt(num + denom);
  let e = -denom.length;
  if (sfx.base === 10) e += sfx.exponent;
  else u <<= BigInt(sfx.exponent);
  // Round non-zero values up to the nano (if you ask for some resource you get some).
  if (u !== 0n && e < Scale.Nano) {
    u = roundAway(u, Scale.Nano - e).q;
    e = Scale.Nano;
  }
  if (format === 'BinarySI') {
    if (cmpExact(u, e, MAX_INT64, 0) > 0) { u = MAX_INT64; e = 0; } // simple cap
    if (u !== 0n && cmpExact(u, e, 1n, 0) < 0) format = 'DecimalSI'; // avoids rounding 0.5Ki-style values
  }
  return make(positive ? u : -u, e, format, cached);
}

/** Parses a quantity the way UnmarshalJSON does: surrounding whitespace is ignored. */
export function unmarshalQuantity(s: string): Quantity {
  return parseQuantity(s.trim());
}

/** NewQuantity(n, format).String(). */
export function formatQuantity(n: number, format: QuantityFormat = 'DecimalSI'): string {
  return Quantity.fromNumber(n, format).toString();
}


/**
 * kubelet's parsePercentage (pkg/kubelet/eviction/helpers.go): strips trailing '%', parses the
 * rest as a float32 (strconv.ParseFloat(v, 32)) and divides by 100 in float32: "10%" → 0.1 as a
 * float32 (0.10000000149011612). Throws NumError with Go's message, e.g.
 * `strconv.ParseFloat: parsing "abc": invalid syntax`.
 */
export function parsePercentage(input: string): number {
  return Math.fround(parseFloat32(input.replace(/%+$/, '')) / 100);
}

/** parsePercentage's errors: strconv.NumError with these texts. */
export { NumError as PercentageError, ErrSyntax as PercentageErrSyntax, ErrRange as PercentageErrRange };

/** The messages helpers.go builds around percentages (parseThresholdStatement, parseMinimumReclaims). */
export const EvictionPercentageMessages = {
  thresholdBelowZero: (signal: string, val: string) => `eviction percentage threshold ${signal} must be >= 0%: ${val}`,
  thresholdAbove100: (signal: string, val: string) => `eviction percentage threshold ${signal} must be <= 100%: ${val}`,
  minimumReclaimNotPositive: (signal: string, val: string) => `eviction percentage minimum reclaim ${signal} must be positive: ${val}`,
} as const;

// ---- exact arithmetic on unscaled × 10^exponent ----

function pow10(n: number): bigint {
  if (n > MAX_ALIGN) throw new QuantityError(`quantity exponents too far apart to align (10^${n})`);
  return 10n ** BigInt(n);
}

function align(u: bigint, shift: number): bigint {
  return shift === 0 ? u : u * pow10(shift);
}

function abs(u: bigint): bigint {
  return u < 0n ? -u : u;
}

function decimalDigits(u: bigint): number {
  return abs(u).toString().length;
}

/** u / 10^k rounded away from zero, k > 0 (math.go negativeScaleInt64 / inf.RoundUp). */
function roundAway(u: bigint, k: number): { q: bigint; exact: boolean } {
  if (u === 0n) return { q: 0n, exact: true };
  const neg = u < 0n;
  const a = abs(u);
  if (k > decimalDigits(a)) return { q: neg ? -1n : 1n, exact: false };
  const d = pow10(k);
  const exact = a % d === 0n;
  const q = a / d + (exact ? 0n : 1n);
  return { q: neg ? -q : q, exact };
}

function cmpExact(u1: bigint, e1: number, u2: bigint, e2: number): -1 | 0 | 1 {
  const s1 = u1 === 0n ? 0 : u1 > 0n ? 1 : -1;
  const s2 = u2 === 0n ? 0 : u2 > 0n ? 1 : -1;
  if (s1 !== s2) return s1 > s2 ? 1 : -1;
  if (s1 === 0) return 0;
  // Decide by order of magnitude first so a huge exponent never has to be written out.
  const m1 = decimalDigits(u1) + e1;
  const m2 = decimalDigits(u2) + e2;
  let c: -1 | 0 | 1;
  if (m1 !== m2) c = m1 > m2 ? 1 : -1;
  else {
    const e = Math.min(e1, e2);
    const a = abs(align(u1, e1 - e));
    const b = abs(align(u2, e2 - e));
    c = a === b ? 0 : a > b ? 1 : -1;
  }
  return s1 < 0 && c !== 0 ? (-c as -1 | 1) : c;
}

/** math.go removeBigIntFactors: v = result × base^times. */
function removeFactors(v: bigint, base: bigint): [bigint, number] {
  let times = 0;
  while (v !== 0n && v % base === 0n) {
    v /= base;
    times++;
  }
  return [v, times];
}

/** quantity.go CanonicalizeBytes. */
function canonicalize(u: bigint, e: number, format: QuantityFormat): string {
  if (u === 0n) return '0';
  if (format !== 'BinarySI') return decimalCanonical(u, e, format);
  // BinarySI: small or fractional values are shown as DecimalSI rather than rounded.
  if (cmpExact(u, e, -1024n, 0) > 0 && cmpExact(u, e, 1024n, 0) < 0) return decimalCanonical(u, e, 'DecimalSI');
  let integer: bigint;
  if (e >= 0) integer = align(u, e);
  else {
    const r = roundAway(u, -e);
    if (!r.exact) return decimalCanonical(u, e, 'DecimalSI');
    integer = r.q;
  }
  const [amount, times] = removeFactors(integer, 1024n);
  if (times === 0) return amount.toString();
  const suffix = BIN_BY_EXP.get(times * 10);
  // No binary suffix beyond Ei: fall back to an exact decimal form instead of losing the magnitude.
  return suffix === undefined ? decimalCanonical(u, e, 'DecimalSI') : `${amount}${suffix}`;
}

/** amount.go AsCanonicalBytes + suffix: the exponent is a multiple of 3, as large as possible. */
function decimalCanonical(u: bigint, e: number, format: 'DecimalSI' | 'DecimalExponent'): string {
  let [amount, times] = removeFactors(u, 10n);
  let exp = e + times;
  while (exp % 3 !== 0) {
    amount *= 10n;
    exp--;
  }
  // DecimalSI has no suffix below n or beyond E: those use exponent notation.
  const suffix = (format === 'DecimalSI' ? DEC_BY_EXP.get(exp) : undefined) ?? (exp === 0 ? '' : `e${exp}`);
  return `${amount}${suffix}`;
}
