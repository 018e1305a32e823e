/**
 * POST, PUT and PATCH (apiserver/pkg/endpoints/handlers/create.go, update.go, patch.go):
 * decode checks, server-side field validation, the strategy's preparation, admission (through the
 * registry), validation, optimistic concurrency on resourceVersion, dry runs, and the rule that an
 * update which changes nothing writes nothing (no new resourceVersion, no watch event).
 */
import { NAMESPACED, type KObject, type Kind, type Mutable, type ObjectMeta } from '../../../core/types.js';
import { invalid as invalidError } from '../../store/index.js';
import { decodeChecks } from '../decode.js';
import type { FieldValidation, Query } from '../query.js';
import { fieldValidation, isDryRun } from '../query.js';
import { apiVersionOf, type ResourceDef } from '../resources.js';
import { strictDecodingMessage, unknownFields, unknownFieldWarnings } from '../schema/index.js';
import { apiError, badRequest, REASON } from '../status.js';
import { canonicalJson, validateCreate, validateStatusUpdate, validateUpdate } from '../validation/index.js';
import { conflictFor, notFoundFor, type ApiContext, type Backend } from './context.js';
import { ALLOW_CREATE_ON_UPDATE, applyDecodeDefaults, prepareForCreate, prepareForStatusUpdate, prepareForUpdate } from './strategy.js';

type Obj = Record<string, unknown>;

export interface WriteResult {
  object: KObject;
  created: boolean;
  warnings: string[];
}

export interface WriteTarget {
  namespace?: string;
  name?: string;
  subresource?: 'status';
}

/** The body's apiVersion/kind, when given, must be this endpoint's. */
export function checkTypeMeta(def: ResourceDef, body: Obj): void {
  const want = apiVersionOf(def);
  if (body.apiVersion !== undefined && body.apiVersion !== want) {
    throw badRequest(`the API version in the data (${String(body.apiVersion)}) does not match the expected API version (${want})`);
  }
  if (body.kind !== undefined && body.kind !== def.kind) {
    throw badRequest(`the kind in the data (${String(body.kind)}) does not match the expected kind (${def.kind})`);
  }
}

/**
 * fieldValidation: Strict → 400 on any unknown field; Warn → one warning each. `known` are the
 * unknown fields the stored object already had (a GET-modify-PUT must not fail on those).
 */
export function checkUnknownFields(def: ResourceDef, body: unknown, mode: FieldValidation, known: string[] = [], patchDirectives = false): string[] {
  if (mode === 'Ignore' || !def.schema) return [];
  const unknown = unknownFields(body, def.schema, { patchDirectives }).filter((p) => !known.includes(p));
  if (unknown.length === 0) return [];
  if (mode === 'Strict') throw badRequest(strictDecodingMessage(unknown));
  return unknownFieldWarnings(unknown);
}

function setNamespace(def: ResourceDef, obj: KObject, namespace: string | undefined): void {
  const m = (obj.metadata ??= {}) as Mutable<ObjectMeta>;
  if (!def.namespaced) {
    delete m.namespace;
    return;
  }
  if (m.namespace && namespace && m.namespace !== namespace) {
    throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
  }
  m.namespace = namespace ?? m.namespace;
}

function throwInvalid(kind: Kind, def: ResourceDef, obj: KObject, causes: ReturnType<typeof validateCreate>): void {
  if (causes.length === 0) return;
  const name = obj.metadata?.name ?? obj.metadata?.generateName ?? '';
  throw invalidError(kind, name, causes, def.group);
}

/** POST: a new object (also the create branch of PUT on Events/Leases and of server-side apply). */
export function createObject(ctx: ApiContext, backend: Backend, namespace: string | undefined, body: Obj, q: Query | undefined): WriteResult {
  const { def, kind } = backend;
  checkTypeMeta(def, body);
  const warnings = checkUnknownFields(def, body, fieldValidation(q));
  if (def.schema) decodeChecks(body, def.schema, def.kind, def.version);
  const obj = backend.fromServed(structuredClone(body));
  setNamespace(def, obj, namespace);
  prepareForCreate(kind, obj);
  const registry = ctx.cp.registry;
  const admitted = structuredClone(obj);
  registry.admit(kind, admitted, 'CREATE');
  throwInvalid(kind, def, admitted, validateCreate(kind, admitted));
  const dryRun = isDryRun(q);
  const stored = registry.create(kind, admitted, { dryRun });
  return { object: backend.toServed(stored), created: true, warnings };
}

export interface UpdateOptions {
  subresource?: 'status';
  /** Unknown-field warnings already computed (PATCH checks the patch document instead). */
  warnings?: string[];
  skipUnknownFieldCheck?: boolean;
  /** Create when absent (server-side apply). */
  allowCreate?: boolean;
}

/** PUT (and the tail of PATCH): replace the stored object, keeping what the client may not change. */
export function updateObject(ctx: ApiContext, backend: Backend, target: Required<Pick<WriteTarget, 'name'>> & WriteTarget, body: Obj, q: Query | undefined, opts: UpdateOptions = {}): WriteResult {
  const { def, kind } = backend;
  const store = ctx.cp.store;
  checkTypeMeta(def, body);
  const bodyName = (body.metadata as { name?: string } | undefined)?.name;
  if (bodyName !== undefined && bodyName !== target.name) {
    throw badRequest(`the name of the object (${bodyName}) does not match the name on the URL (${target.name})`);
  }
  const ns = NAMESPACED[kind] ? target.namespace : undefined;
  const old = store.get(kind, ns, target.name);
  if (!old) {
    if ((ALLOW_CREATE_ON_UPDATE.has(kind) || opts.allowCreate) && !target.subresource) {
      const withName = { ...body, metadata: { ...(body.metadata as Obj | undefined), name: target.name } };
      return createObject(ctx, backend, target.namespace, withName, q);
    }
    throw notFoundFor(def, target.name);
  }
  const mode = fieldValidation(q);
  const warnings = opts.skipUnknownFieldCheck
    ? opts.warnings ?? []
    : checkUnknownFields(def, body, mode, def.schema ? unknownFields(backend.toServed(old), def.schema) : []);
  if (def.schema) decodeChecks(body, def.schema, def.kind, def.version);
  const obj = backend.fromServed(structuredClone(body));
  setNamespace(def, obj, target.namespace);
  const m = (obj.metadata ??= {}) as Mutable<ObjectMeta>;
  m.name = target.name;
  const expectRV = m.resourceVersion || undefined;
  if (expectRV && expectRV !== old.metadata?.resourceVersion) throw conflictFor(def, target.name);
  if (m.uid && m.uid !== old.metadata?.uid) {
    throw apiError(409, REASON.Conflict, `Precondition failed: UID in precondition: ${m.uid}, UID in object meta: ${old.metadata?.uid ?? ''}`);
  }
  if (target.subresource === 'status') prepareForStatusUpdate(kind, obj, old);
  else prepareForUpdate(kind, obj, old);
  applyDecodeDefaults(kind, obj, store);
  const registry = ctx.cp.registry;
  const admitted = structuredClone(obj);
  registry.admit(kind, admitted, 'UPDATE', old);
  const causes = target.subresource === 'status' ? validateStatusUpdate(kind, admitted, old) : validateUpdate(kind, admitted, old);
  throwInvalid(kind, def, admitted, causes);
  const dryRun = isDryRun(q);
  if (unchanged(admitted, old)) return { object: backend.toServed(old), created: false, warnings };
  if (dryRun) return { object: backend.toServed(registry.update(kind, admitted, { dryRun: true })), created: false, warnings };
  if (old.metadata?.deletionTimestamp && kind !== 'Pod' && (admitted.metadata?.finalizers ?? []).length === 0) {
    // The last finalizer is gone: the deletion that was waiting for it completes (store.go finalizeDelete).
    const deleted = store.remove(kind, ns, target.name);
    return { object: backend.toServed(deleted), created: false, warnings };
  }
  const stored = registry.update(kind, admitted, { expectRV: old.metadata?.resourceVersion });
  return { object: backend.toServed(stored), created: false, warnings };
}

/** Same content apart from resourceVersion: etcd3's GuaranteedUpdate skips such a write. */
function unchanged(next: KObject, old: KObject): boolean {
  const strip = (o: KObject) => ({ ...o, metadata: { ...o.metadata, resourceVersion: undefined } });
  return canonicalJson(strip(next)) === canonicalJson(strip(old));
}
