/**
 * What kube-apiserver's JSON decoding rejects before any validation runs: a value of the wrong
 * JSON type for its Go field, and a quantity that does not parse. Quantities are stored in
 * canonical form ("1024Mi" → "1Gi", 0.5 → "500m"), as a decode/encode round trip does.
 * Errors are 400 `<Kind> in version "<v>" cannot be handled as a <Kind>: …`.
 */
import { parseQuantity, QuantityRegexp } from '../../core/quantity.js';
import { KNOWN_TYPES } from './schema/index.js';
import { badRequest } from './status.js';

/** Maps of quantities and quantity scalars, by type and field (resource.Quantity fields). */
const QUANTITY_MAPS: Record<string, string[]> = {
  'core/v1.ResourceRequirements': ['limits', 'requests'],
  'core/v1.NodeStatus': ['capacity', 'allocatable'],
  'core/v1.PodSpec': ['overhead'],
  'core/v1.ContainerStatus': ['allocatedResources'],
};
const QUANTITY_SCALARS: Record<string, string[]> = {
  'core/v1.EmptyDirVolumeSource': ['sizeLimit'],
};

class DecodeError extends Error {}

function jsonType(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'boolean') return 'bool';
  return typeof v;
}

function goType(encoded: string): string {
  const short = (t: string) => t.replace(/^[a-z.0-9]+\/(v\d\w*)\./, '$1.');
  if (encoded === '[]') return '[]string';
  if (encoded === '{}') return 'map[string]string';
  if (encoded.startsWith('[]')) return `[]${short(encoded.slice(2))}`;
  if (encoded.startsWith('{}')) return `map[string]${short(encoded.slice(2))}`;
  return encoded === '' ? 'string' : short(encoded);
}

function canonicalQuantity(v: unknown): string {
  if (typeof v !== 'string' && typeof v !== 'number') throw new DecodeError(`quantities must match the regular expression '${QuantityRegexp}'`);
  try {
    return parseQuantity(String(v).trim()).toString();
  } catch {
    throw new DecodeError(`quantities must match the regular expression '${QuantityRegexp}'`);
  }
}

function isObj(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function walk(v: unknown, type: string, path: string, structName: string): void {
  if (v === null || v === undefined || type === '*') return;
  const fail = () => {
    throw new DecodeError(`json: cannot unmarshal ${jsonType(v)} into Go struct field ${structName}.${path} of type ${goType(type)}`);
  };
  if (type === '') {
    if (typeof v === 'object') fail();
    return;
  }
  if (type.startsWith('[]')) {
    if (!Array.isArray(v)) fail();
    const el = type.slice(2);
    (v as unknown[]).forEach((item) => walk(item, el, path, structName));
    return;
  }
  if (type.startsWith('{}')) {
    if (!isObj(v)) fail();
    const el = type.slice(2);
    for (const item of Object.values(v as Record<string, unknown>)) walk(item, el, path, structName);
    return;
  }
  if (!isObj(v)) fail();
  const fields = KNOWN_TYPES[type];
  if (!fields) return;
  const obj = v as Record<string, unknown>;
  const struct = type.slice(type.lastIndexOf('.') + 1);
  for (const [k, item] of Object.entries(obj)) {
    const t = fields[k];
    if (t === undefined) continue;
    const p = path ? `${path}.${k}` : k;
    if (QUANTITY_MAPS[type]?.includes(k) && isObj(item)) {
      for (const [name, q] of Object.entries(item)) item[name] = canonicalQuantity(q);
      continue;
    }
    if (QUANTITY_SCALARS[type]?.includes(k) && item !== null && item !== undefined) {
      obj[k] = canonicalQuantity(item);
      continue;
    }
    walk(item, t, p, struct);
  }
}

/**
 * Checks JSON types against the schema and canonicalizes quantities in place.
 * `kind` / `version` name the object in the error (`Pod`, `v1`).
 */
export function decodeChecks(obj: Record<string, unknown>, typeName: string, kind: string, version: string): void {
  try {
    walk(obj, typeName, '', kind);
  } catch (e) {
    if (e instanceof DecodeError) throw badRequest(`${kind} in version "${version}" cannot be handled as a ${kind}: ${e.message}`);
    throw e;
  }
}
