/**
 * Kubernetes resource quantities (k8s.io/apimachinery/pkg/api/resource/quantity.go).
 * PROVISIONAL implementation: the exact parser/canonical formatter is being written (see tests).
 */
export type QuantityFormat = 'BinarySI' | 'DecimalSI' | 'DecimalExponent';

export class QuantityError extends Error {}

const SUFFIX: Record<string, [number, QuantityFormat]> = {
  '': [1, 'DecimalSI'], n: [1e-9, 'DecimalSI'], u: [1e-6, 'DecimalSI'], m: [1e-3, 'DecimalSI'],
  k: [1e3, 'DecimalSI'], M: [1e6, 'DecimalSI'], G: [1e9, 'DecimalSI'], T: [1e12, 'DecimalSI'],
  P: [1e15, 'DecimalSI'], E: [1e18, 'DecimalSI'],
  Ki: [2 ** 10, 'BinarySI'], Mi: [2 ** 20, 'BinarySI'], Gi: [2 ** 30, 'BinarySI'], Ti: [2 ** 40, 'BinarySI'],
  Pi: [2 ** 50, 'BinarySI'], Ei: [2 ** 60, 'BinarySI'],
};

export class Quantity {
  private constructor(private readonly v: number, readonly format: QuantityFormat) {}

  static parse(s: string): Quantity {
    const m = /^([+-]?[0-9.]+)(?:([eE][+-]?[0-9]+)|(n|u|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?)$/.exec(String(s).trim());
    if (!m || !/^[+-]?(\d+\.?\d*|\.\d+)$/.test(m[1])) {
      throw new QuantityError('quantities must match the regular expression \'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$\'');
    }
    if (m[2]) return new Quantity(Number(m[1] + m[2]), 'DecimalExponent');
    const [mult, format] = SUFFIX[m[3] ?? ''];
    return new Quantity(Number(m[1]) * mult, format);
  }

  static fromNumber(n: number, format: QuantityFormat = 'DecimalSI'): Quantity {
    return new Quantity(n, format);
  }

  /** The value rounded up to an integer (Quantity.Value()). */
  value(): number {
    return Math.ceil(this.v - 1e-9);
  }

  /** The value in thousandths, rounded up (Quantity.MilliValue()). */
  milliValue(): number {
    return Math.ceil(this.v * 1000 - 1e-6);
  }

  asNumber(): number {
    return this.v;
  }

  cmp(o: Quantity): -1 | 0 | 1 {
    return this.v < o.v ? -1 : this.v > o.v ? 1 : 0;
  }

  toString(): string {
    return formatQuantity(this.v, this.format);
  }
}

export function parseQuantity(s: string): Quantity {
  return Quantity.parse(s);
}

export function formatQuantity(n: number, format: QuantityFormat = 'DecimalSI'): string {
  if (n === 0) return '0';
  if (format === 'BinarySI' && Number.isInteger(n)) {
    for (const sfx of ['Ei', 'Pi', 'Ti', 'Gi', 'Mi', 'Ki']) {
      const mult = SUFFIX[sfx][0];
      if (n % mult === 0) return `${n / mult}${sfx}`;
    }
    if (Math.abs(n) < 1024) return String(n);
  }
  for (const sfx of ['E', 'P', 'T', 'G', 'M', 'k', '', 'm', 'u', 'n']) {
    const mult = SUFFIX[sfx][0];
    const q = n / mult;
    if (Math.abs(q - Math.round(q)) < 1e-9 && Math.abs(Math.round(q)) >= 1) return `${Math.round(q)}${sfx}`;
  }
  return String(n);
}
