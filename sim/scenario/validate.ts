/**
 * A small schema checker for scenario files: every error names its field path
 * (`spec.nodes[0].kubelet.evictionHard: unsupported eviction signal "mem.available"`).
 * Unknown fields are errors, as in the spec.
 */
import { parseDuration } from '../../core/duration.js';
import { parseQuantity } from '../../core/quantity.js';

export class ScenarioError extends Error {
  constructor(readonly path: string, message: string) {
    super(path ? `${path}: ${message}` : message);
  }
}

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export function at(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function obj(v: unknown, path: string, allowed: readonly string[]): Record<string, unknown> {
  if (!isObject(v)) throw new ScenarioError(path, `must be a mapping, got ${describe(v)}`);
  for (const k of Object.keys(v)) {
    if (!allowed.includes(k)) throw new ScenarioError(at(path, k), `unknown field "${k}"${suggest(k, allowed)}`);
  }
  return v;
}

export function required<T>(o: Record<string, unknown>, key: string, path: string, check: (v: unknown, p: string) => T): T {
  if (o[key] === undefined || o[key] === null) throw new ScenarioError(at(path, key), 'required field is missing');
  return check(o[key], at(path, key));
}

export function optional<T>(o: Record<string, unknown>, key: string, path: string, check: (v: unknown, p: string) => T): T | undefined {
  if (o[key] === undefined || o[key] === null) return undefined;
  return check(o[key], at(path, key));
}

export function str(v: unknown, path: string): string {
  if (typeof v !== 'string') throw new ScenarioError(path, `must be a string, got ${describe(v)}`);
  return v;
}

export function bool(v: unknown, path: string): boolean {
  if (typeof v !== 'boolean') throw new ScenarioError(path, `must be true or false, got ${describe(v)}`);
  return v;
}

export function num(min = -Infinity, max = Infinity, integer = false) {
  return (v: unknown, path: string): number => {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new ScenarioError(path, `must be a number, got ${describe(v)}`);
    if (integer && !Number.isInteger(v)) throw new ScenarioError(path, `must be an integer, got ${v}`);
    if (v < min || v > max) throw new ScenarioError(path, `must be between ${min} and ${max}, got ${v}`);
    return v;
  };
}

/** A Go/Kubernetes duration (`90s`, `1m30s`); numbers are not accepted (ambiguous unit). */
export function duration(v: unknown, path: string): number {
  if (typeof v !== 'string') throw new ScenarioError(path, `must be a duration like "90s" or "1m30s", got ${describe(v)}`);
  let ms: number;
  try {
    ms = parseDuration(v);
  } catch (err) {
    throw new ScenarioError(path, (err as Error).message);
  }
  if (ms < 0) throw new ScenarioError(path, `must not be negative, got "${v}"`);
  return ms;
}

/** A Kubernetes quantity, as a string or a plain number. Returns the canonical input string. */
export function quantity(v: unknown, path: string): string {
  const s = typeof v === 'number' ? String(v) : v;
  if (typeof s !== 'string') throw new ScenarioError(path, `must be a quantity like "1Gi", got ${describe(v)}`);
  try {
    parseQuantity(s);
  } catch (err) {
    throw new ScenarioError(path, `invalid quantity "${s}": ${(err as Error).message}`);
  }
  return s;
}

export function list<T>(v: unknown, path: string, each: (item: unknown, p: string) => T): T[] {
  if (!Array.isArray(v)) throw new ScenarioError(path, `must be a list, got ${describe(v)}`);
  return v.map((item, i) => each(item, at(path, i)));
}

export function map<T>(v: unknown, path: string, each: (item: unknown, p: string, key: string) => T): Record<string, T> {
  if (!isObject(v)) throw new ScenarioError(path, `must be a mapping, got ${describe(v)}`);
  const out: Record<string, T> = {};
  for (const [k, item] of Object.entries(v)) out[k] = each(item, at(path, k), k);
  return out;
}

export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `"${v}"`;
  return String(v);
}

function suggest(k: string, allowed: readonly string[]): string {
  const close = allowed.find((a) => a.toLowerCase() === k.toLowerCase() || levenshtein(a, k) <= 2);
  return close ? ` (did you mean "${close}"?)` : '';
}

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length][b.length];
}
