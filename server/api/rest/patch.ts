/**
 * PATCH (apiserver/pkg/endpoints/handlers/patch.go): the patch is applied to the served form of
 * the stored object, then the result goes through the update path. Unknown fields are looked for
 * in the patch document itself (what a strategic or merge patch adds) or, for JSON Patch, in the
 * result minus what the stored object already had. Server-side apply creates a missing object.
 */
import type { KObject } from '../../../core/types.js';
import type { PatchType } from '../media.js';
import { applyPatch } from '../patch/index.js';
import { fieldValidation, type Query } from '../query.js';
import { unknownFields } from '../schema/index.js';
import { notFoundFor, type ApiContext, type Backend } from './context.js';
import { checkUnknownFields, createObject, updateObject, type WriteResult } from './write.js';

export interface PatchTarget {
  namespace?: string;
  name: string;
  subresource?: 'status';
}

export function patchObject(ctx: ApiContext, backend: Backend, target: PatchTarget, type: PatchType, patch: unknown, q: Query | undefined): WriteResult {
  const { def } = backend;
  const ns = def.namespaced ? target.namespace : undefined;
  const old = ctx.cp.store.get(backend.kind, ns, target.name);
  const mode = fieldValidation(q);
  if (!old) {
    if (type === 'apply' && !target.subresource) {
      const body = { ...(patch as Record<string, unknown>) };
      body.metadata = { ...(body.metadata as Record<string, unknown> | undefined), name: target.name };
      return createObject(ctx, backend, target.namespace, body, q);
    }
    throw notFoundFor(def, target.name);
  }
  const served = backend.toServed(old) as KObject;
  const patched = applyPatch(type, served, patch, def.schema ?? '');
  let warnings: string[];
  if (type === 'json') {
    warnings = checkUnknownFields(def, patched, mode, def.schema ? unknownFields(served, def.schema) : []);
  } else {
    warnings = checkUnknownFields(def, patch, mode, [], true);
  }
  return updateObject(ctx, backend, target, patched, q, { subresource: target.subresource, warnings, skipUnknownFieldCheck: true });
}
