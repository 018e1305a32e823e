/** Flag value parsers: a bad value is a one-line error naming the flag (commander prints it). */
import { InvalidArgumentError } from 'commander';
import { parseDuration } from '../core/duration.js';
import { parseQuantity } from '../core/quantity.js';

export function intFlag(min = 0, max = Number.MAX_SAFE_INTEGER) {
  return (v: string): number => {
    if (!/^-?\d+$/.test(v.trim())) throw new InvalidArgumentError('must be an integer');
    const n = Number(v);
    if (n < min || n > max) throw new InvalidArgumentError(`must be between ${min} and ${max}`);
    return n;
  };
}

export function numberFlag(min = -Infinity, exclusiveMin = false) {
  return (v: string): number => {
    const n = Number(v);
    if (v.trim() === '' || !Number.isFinite(n)) throw new InvalidArgumentError('must be a number');
    if (exclusiveMin ? n <= min : n < min) throw new InvalidArgumentError(`must be ${exclusiveMin ? '>' : '>='} ${min}`);
    return n;
  };
}

export function durationFlag(v: string): number {
  try {
    const ms = parseDuration(v);
    if (ms < 0) throw new Error('must not be negative');
    return ms;
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

export function boolFlag(v: string): boolean {
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  throw new InvalidArgumentError('must be true or false');
}

export function quantityFlag(v: string): string {
  try {
    parseQuantity(v);
    return v;
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

/** `k=v,k2=v2` → record. */
export function mapFlag(v: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of v.split(',')) {
    if (part.trim() === '') continue;
    const i = part.indexOf('=');
    if (i <= 0) throw new InvalidArgumentError(`"${part}" is not key=value`);
    out[part.slice(0, i).trim()] = part.slice(i + 1).trim();
  }
  return out;
}

/** `key=value:Effect,key:Effect` → taints, like `kubelet --register-with-taints`. */
export function taintsFlag(v: string): Array<{ key: string; value?: string; effect: string }> {
  const out: Array<{ key: string; value?: string; effect: string }> = [];
  for (const part of v.split(',')) {
    if (part.trim() === '') continue;
    const m = /^([^=:]+)(?:=([^:]*))?:(NoSchedule|PreferNoSchedule|NoExecute)$/.exec(part.trim());
    if (!m) throw new InvalidArgumentError(`"${part}" is not key[=value]:NoSchedule|PreferNoSchedule|NoExecute`);
    out.push({ key: m[1], ...(m[2] ? { value: m[2] } : {}), effect: m[3] });
  }
  return out;
}

export function urlFlag(schemes: string[]) {
  return (v: string): string => {
    let u: URL;
    try { u = new URL(v); } catch { throw new InvalidArgumentError('is not a URL'); }
    if (!schemes.includes(u.protocol.replace(':', ''))) throw new InvalidArgumentError(`must use ${schemes.join(' or ')}`);
    return v;
  };
}
