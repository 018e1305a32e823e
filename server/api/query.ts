/**
 * Query parameters of list, watch and write requests (metav1.ListOptions, CreateOptions,
 * UpdateOptions, PatchOptions, DeleteOptions as query parameters), validated like
 * apimachinery/pkg/apis/meta/v1/validation and the field-label conversion of each registry.
 */
import { parseFieldSelector, parseLabelSelector, SelectorError, type FieldRequirement, type Selector } from '../../core/labels.js';
import type { ResourceDef } from './resources.js';
import { badRequest } from './status.js';

export type Query = Record<string, unknown>;

/** A query parameter as one string (the first when repeated). */
export function qs(q: Query | undefined, key: string): string | undefined {
  const v = q?.[key];
  if (Array.isArray(v)) return v.length ? String(v[0]) : undefined;
  return v === undefined || v === null ? undefined : String(v);
}

/** A query parameter's every value (`dryRun=All&dryRun=All`). */
export function qsAll(q: Query | undefined, key: string): string[] {
  const v = q?.[key];
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v.map(String) : [String(v)];
}

export function qbool(q: Query | undefined, key: string): boolean {
  const v = qs(q, key);
  return v === 'true' || v === '1' || v === 'True' || v === 't';
}

function qint(q: Query | undefined, key: string): number | undefined {
  const v = qs(q, key);
  if (v === undefined || v === '') return undefined;
  if (!/^-?\d+$/.test(v)) throw badRequest(`invalid value for ${key}: strconv.ParseInt: parsing "${v}": invalid syntax`);
  return Number(v);
}

export type IncludeObject = 'None' | 'Metadata' | 'Object';

export interface ListQuery {
  labelSelector: Selector;
  fieldSelector: FieldRequirement[];
  limit?: number;
  continue?: string;
  watch: boolean;
  resourceVersion?: string;
  resourceVersionMatch?: string;
  timeoutSeconds?: number;
  allowWatchBookmarks: boolean;
  sendInitialEvents?: boolean;
  includeObject: IncludeObject;
}

/**
 * Field selectors that compare a boolean the API always prints ("false" when unset) become the
 * equivalent test on the stored field, which may be absent.
 */
function normalizeField(r: FieldRequirement): FieldRequirement {
  if ((r.path === 'spec.unschedulable' || r.path === 'spec.hostNetwork') && r.value === 'false') {
    return { path: r.path, op: r.op === '=' ? '!=' : '=', value: 'true' };
  }
  if (r.path === 'source') return { ...r, path: 'source.component' };
  return r;
}

export function parseFieldSelectorFor(def: ResourceDef, text: string | undefined): FieldRequirement[] {
  if (!text) return [];
  const reqs = parseFieldSelector(text);
  const allowed = new Set(['metadata.name', ...(def.namespaced ? ['metadata.namespace'] : []), ...(def.fieldLabels ?? [])]);
  for (const r of reqs) {
    if (!allowed.has(r.path)) throw badRequest(`field label not supported: ${r.path}`);
  }
  const mapped = def.group === 'events.k8s.io' ? reqs.map(eventsV1Field) : reqs;
  return mapped.map(normalizeField);
}

/** events.k8s.io field labels name the core fields they are stored as. */
function eventsV1Field(r: FieldRequirement): FieldRequirement {
  if (r.path.startsWith('regarding.')) return { ...r, path: `involvedObject.${r.path.slice('regarding.'.length)}` };
  if (r.path === 'reportingController') return { ...r, path: 'reportingComponent' };
  return r;
}

export function parseListQuery(def: ResourceDef, q: Query | undefined): ListQuery {
  let labelSelector: Selector;
  try {
    labelSelector = parseLabelSelector(qs(q, 'labelSelector') ?? '');
  } catch (e) {
    throw badRequest(`unable to parse requirement: ${(e as SelectorError).message}`);
  }
  let fieldSelector: FieldRequirement[];
  try {
    fieldSelector = parseFieldSelectorFor(def, qs(q, 'fieldSelector'));
  } catch (e) {
    if (e instanceof SelectorError) throw badRequest(e.message);
    throw e;
  }
  const limit = qint(q, 'limit');
  const timeoutSeconds = qint(q, 'timeoutSeconds');
  const includeObject = (qs(q, 'includeObject') ?? 'Metadata') as IncludeObject;
  if (!['None', 'Metadata', 'Object'].includes(includeObject)) {
    throw badRequest(`includeObject: Unsupported value: "${includeObject}": supported values: "None", "Metadata", "Object"`);
  }
  const rvm = qs(q, 'resourceVersionMatch');
  if (rvm && rvm !== 'NotOlderThan' && rvm !== 'Exact') {
    throw badRequest(`resourceVersionMatch: Unsupported value: "${rvm}": supported values: "Exact", "NotOlderThan"`);
  }
  const sie = qs(q, 'sendInitialEvents');
  return {
    labelSelector, fieldSelector,
    limit: limit !== undefined && limit > 0 ? limit : undefined,
    continue: qs(q, 'continue') || undefined,
    watch: qbool(q, 'watch'),
    resourceVersion: qs(q, 'resourceVersion'),
    resourceVersionMatch: rvm,
    timeoutSeconds: timeoutSeconds !== undefined && timeoutSeconds > 0 ? timeoutSeconds : undefined,
    allowWatchBookmarks: qbool(q, 'allowWatchBookmarks'),
    sendInitialEvents: sie === undefined ? undefined : sie === 'true',
    includeObject,
  };
}

/** dryRun=All (CreateOptions / UpdateOptions / PatchOptions / DeleteOptions). */
export function isDryRun(q: Query | undefined, bodyDryRun?: string[]): boolean {
  const values = [...qsAll(q, 'dryRun'), ...(bodyDryRun ?? [])];
  for (const v of values) if (v !== 'All') throw badRequest(`dryRun: Unsupported value: "${v}": supported values: "All"`);
  return values.length > 0;
}

export type FieldValidation = 'Strict' | 'Warn' | 'Ignore';

/** fieldValidation: unset means Warn (server-side field validation is GA since 1.27). */
export function fieldValidation(q: Query | undefined): FieldValidation {
  const v = qs(q, 'fieldValidation');
  if (v === undefined || v === '') return 'Warn';
  if (v === 'Strict' || v === 'Warn' || v === 'Ignore') return v;
  throw badRequest(`fieldValidation: Unsupported value: "${v}": supported values: "Ignore", "Strict", "Warn"`);
}
