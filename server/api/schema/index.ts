/**
 * The API types' field names (generated from kubernetes-types, see generate.mjs), for
 * server-side field validation: `fieldValidation=Strict` answers 400 `strict decoding error:
 * unknown field "spec.foo"`, `Warn` adds a `Warning` header per field
 * (apiserver/pkg/endpoints/handlers/create.go, sigs.k8s.io/json strict decoding paths).
 */
import { KNOWN_TYPES } from './known-fields.gen.js';

export { KNOWN_TYPES };

/** The encoded type of `field` in `typeName` ('' scalar, '*' anything, 'mod.T', '[]…', '{}…'), or undefined if unknown. */
export function fieldType(typeName: string, field: string): string | undefined {
  return KNOWN_TYPES[typeName]?.[field];
}

/** The element type of a list/map encoding ('[]core/v1.Container' → 'core/v1.Container'). */
export function elementType(encoded: string): string {
  return encoded.replace(/^(\[\]|\{\})/, '');
}

export function isObjectType(encoded: string | undefined): encoded is string {
  return !!encoded && encoded !== '*' && !encoded.startsWith('[]') && !encoded.startsWith('{}');
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Paths of the fields in obj that typeName does not declare, in document order. Keys starting
 * with `$` (strategic-merge-patch directives) are skipped when `patchDirectives` is set.
 */
export function unknownFields(obj: unknown, typeName: string, opts: { patchDirectives?: boolean } = {}): string[] {
  const out: string[] = [];
  walk(obj, typeName, '', out, opts.patchDirectives ?? false);
  return out;
}

function walk(v: unknown, type: string, path: string, out: string[], directives: boolean): void {
  if (type === '' || type === '*' || type === '[]' || type === '{}') return;
  if (type.startsWith('[]')) {
    if (!Array.isArray(v)) return;
    const el = type.slice(2);
    v.forEach((item, i) => walk(item, el, `${path}[${i}]`, out, directives));
    return;
  }
  if (type.startsWith('{}')) {
    if (!isPlainObject(v)) return;
    const el = type.slice(2);
    for (const [k, item] of Object.entries(v)) walk(item, el, `${path}[${k}]`, out, directives);
    return;
  }
  if (!isPlainObject(v)) return;
  const fields = KNOWN_TYPES[type];
  if (!fields) return;
  for (const [k, item] of Object.entries(v)) {
    if (directives && k.startsWith('$')) continue;
    const p = path ? `${path}.${k}` : k;
    const t = fields[k];
    if (t === undefined) {
      out.push(p);
      continue;
    }
    walk(item, t, p, out, directives);
  }
}

/** The message of the 400 for fieldValidation=Strict (k8s.io/apimachinery runtime.NewStrictDecodingError). */
export function strictDecodingMessage(paths: string[]): string {
  return `strict decoding error: ${paths.map((p) => `unknown field "${p}"`).join(', ')}`;
}

/** The text of each `Warning: 299 - "..."` header for fieldValidation=Warn. */
export function unknownFieldWarnings(paths: string[]): string[] {
  return paths.map((p) => `unknown field "${p}"`);
}
