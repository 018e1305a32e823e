/**
 * Strategic merge patch (k8s.io/apimachinery/pkg/util/strategicpatch/patch.go), the subset
 * kubectl uses (spec kube-api-compat §6.1): maps merge recursively and null deletes; lists with a
 * merge key merge element by element (`$patch: delete` removes one, `$patch: replace` replaces the
 * list); lists of scalars with strategy merge are sets (`$deleteFromPrimitiveList/<f>` removes);
 * other lists are atomic; `$retainKeys`, `$patch: replace|delete` on maps and
 * `$setElementOrder/<f>` are honoured, and no directive is ever stored.
 * The field types come from the generated schema, the strategies from merge-keys.ts.
 */
import { elementType, fieldType, isObjectType } from '../schema/index.js';
import { isPlainObject } from './merge-patch.js';
import { PatchError } from './json-patch.js';
import { patchMeta } from './merge-keys.js';

type Obj = Record<string, unknown>;

const DIRECTIVE = '$patch';
const RETAIN_KEYS = '$retainKeys';
const SET_ORDER = '$setElementOrder/';
const DELETE_PRIMITIVE = '$deleteFromPrimitiveList/';

/** Deep copy without any `$…` directive keys (what a replaced or added value stores). */
export function stripDirectives(v: unknown): unknown {
  if (Array.isArray(v)) return v.filter((x) => !(isPlainObject(x) && x[DIRECTIVE] !== undefined && Object.keys(x).length === 1)).map(stripDirectives);
  if (!isPlainObject(v)) return v;
  const out: Obj = {};
  for (const [k, x] of Object.entries(v)) if (!k.startsWith('$')) out[k] = stripDirectives(x);
  return out;
}

/** Applies a strategic merge patch to a copy of `original`, whose type is `typeName` (KNOWN_TYPES key). */
export function applyStrategicMergePatch(original: unknown, patch: unknown, typeName: string): unknown {
  if (!isPlainObject(patch)) throw new PatchError('strategic merge patch must be a JSON object');
  const out = mergeMap(isPlainObject(original) ? original : undefined, patch, typeName);
  return out ?? {};
}

function mergeMap(orig: Obj | undefined, patch: Obj, type: string | undefined): Obj | undefined {
  const directive = patch[DIRECTIVE];
  if (directive === 'delete') return undefined;
  if (directive === 'replace') return stripDirectives(patch) as Obj;
  if (directive !== undefined && directive !== 'merge') throw new PatchError(`Unknown patch type: ${String(directive)}`);
  const result: Obj = orig ? structuredClone(orig) : {};
  const orders: Array<[string, unknown[]]> = [];
  for (const [key, value] of Object.entries(patch)) {
    if (key === DIRECTIVE || key === RETAIN_KEYS) continue;
    if (key.startsWith(SET_ORDER)) {
      if (Array.isArray(value)) orders.push([key.slice(SET_ORDER.length), value]);
      continue;
    }
    if (key.startsWith(DELETE_PRIMITIVE)) {
      const field = key.slice(DELETE_PRIMITIVE.length);
      if (Array.isArray(value) && Array.isArray(result[field])) {
        result[field] = (result[field] as unknown[]).filter((x) => !value.some((d) => d === x));
      }
      continue;
    }
    if (value === null) {
      delete result[key];
      continue;
    }
    const ftype = type ? fieldType(type, key) : undefined;
    const meta = patchMeta(type, key);
    if (Array.isArray(value)) {
      result[key] = mergeList(result[key], value, ftype, meta);
    } else if (isPlainObject(value)) {
      if (meta?.strategy === 'replace' || value[DIRECTIVE] === 'replace') {
        result[key] = stripDirectives(value);
      } else if (value[DIRECTIVE] === 'delete') {
        delete result[key];
      } else if (ftype?.startsWith('{}')) {
        result[key] = mergeMapOfValues(result[key], value, ftype.length > 2 ? elementType(ftype) : undefined);
      } else {
        const merged = mergeMap(isPlainObject(result[key]) ? (result[key] as Obj) : undefined, value, isObjectType(ftype) ? ftype : undefined);
        if (merged === undefined) delete result[key];
        else result[key] = merged;
      }
    } else {
      result[key] = value;
    }
  }
  for (const [field, order] of orders) {
    if (Array.isArray(result[field])) result[field] = applyOrder(result[field] as unknown[], order, patchMeta(type, field)?.key);
  }
  const retain = patch[RETAIN_KEYS];
  if (Array.isArray(retain)) {
    for (const k of Object.keys(result)) if (!retain.includes(k)) delete result[k];
  }
  return result;
}

/** A map of scalars (labels) or of objects: keys merge, null deletes. */
function mergeMapOfValues(orig: unknown, patch: Obj, elType: string | undefined): Obj {
  const result: Obj = isPlainObject(orig) ? { ...orig } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (k.startsWith('$')) continue;
    if (v === null) delete result[k];
    else if (elType && isPlainObject(v)) {
      const merged = mergeMap(isPlainObject(result[k]) ? (result[k] as Obj) : undefined, v, elType);
      if (merged === undefined) delete result[k];
      else result[k] = merged;
    } else result[k] = stripDirectives(v);
  }
  return result;
}

function mergeList(orig: unknown, patch: unknown[], ftype: string | undefined, meta: { strategy: string; key?: string } | undefined): unknown[] {
  const replaceAll = patch.some((x) => isPlainObject(x) && x[DIRECTIVE] === 'replace');
  if (replaceAll || !meta || !meta.strategy.includes('merge')) return stripDirectives(patch) as unknown[];
  const current = Array.isArray(orig) ? structuredClone(orig) : [];
  if (!meta.key) {
    // A set of scalars (finalizers): union, keeping the original order first.
    for (const v of patch) if (!current.some((x) => x === v)) current.push(v);
    return current;
  }
  const key = meta.key;
  const elType = ftype?.startsWith('[]') ? elementType(ftype) : undefined;
  for (const el of patch) {
    if (!isPlainObject(el)) throw new PatchError(`unable to find api field in struct for the list element ${JSON.stringify(el)}`);
    const idx = current.findIndex((x) => isPlainObject(x) && sameKey(x[key], el[key]));
    if (el[DIRECTIVE] === 'delete') {
      if (idx >= 0) current.splice(idx, 1);
      continue;
    }
    if (el[key] === undefined) throw new PatchError(`map: ${JSON.stringify(el)} does not contain declared merge key: ${key}`);
    if (idx >= 0) {
      const merged = mergeMap(current[idx] as Obj, el, elType);
      if (merged === undefined) current.splice(idx, 1);
      else current[idx] = merged;
    } else {
      const added = mergeMap(undefined, el, elType);
      if (added !== undefined) current.push(added);
    }
  }
  return current;
}

function sameKey(a: unknown, b: unknown): boolean {
  return a === b || (a !== undefined && b !== undefined && String(a) === String(b));
}

/**
 * `$setElementOrder`: elements named in the order come first, in that order; the others keep
 * their relative order after them.
 */
function applyOrder(list: unknown[], order: unknown[], key: string | undefined): unknown[] {
  const ident = (x: unknown) => (key && isPlainObject(x) ? x[key] : x);
  const wanted = order.map((o) => (key && isPlainObject(o) ? o[key] : o));
  const ranked = list.map((x, i) => {
    const pos = wanted.findIndex((w) => sameKey(w, ident(x)));
    return { x, rank: pos >= 0 ? pos : wanted.length + i };
  });
  return ranked.sort((a, b) => a.rank - b.rank).map((r) => r.x);
}
