/**
 * PATCH bodies: JSON Patch, JSON Merge Patch, strategic merge patch, and server-side apply
 * approximated as a strategic merge of the applied configuration (no managedFields, no conflict
 * detection). Errors become the 422 kube-apiserver answers when a patch does not apply
 * (handlers/patch.go: NewGenericServerResponse(422, ...)).
 */
import type { PatchType } from '../media.js';
import { apiError, REASON } from '../status.js';
import { applyJsonPatch, PatchError } from './json-patch.js';
import { applyMergePatch } from './merge-patch.js';
import { applyStrategicMergePatch } from './strategic.js';

export { applyJsonPatch, PatchError } from './json-patch.js';
export { applyMergePatch, isPlainObject } from './merge-patch.js';
export { applyStrategicMergePatch, stripDirectives } from './strategic.js';
export { PATCH_META, patchMeta, type PatchMeta } from './merge-keys.js';

export const PATCH_REJECTED_MESSAGE = 'the server rejected our request due to an error in our request';

/** Applies a patch of the given type to a copy of `original` (typeName: the object's KNOWN_TYPES key). */
export function applyPatch(type: PatchType, original: unknown, patch: unknown, typeName: string): Record<string, unknown> {
  try {
    let out: unknown;
    if (type === 'json') out = applyJsonPatch(original, patch);
    else if (type === 'merge') out = applyMergePatch(original, patch);
    else out = applyStrategicMergePatch(original, patch, typeName);
    if (out === null || typeof out !== 'object' || Array.isArray(out)) {
      throw new PatchError('the patched document is not an object');
    }
    return out as Record<string, unknown>;
  } catch (e) {
    if (e instanceof PatchError) {
      throw apiError(422, REASON.Invalid, PATCH_REJECTED_MESSAGE, { causes: [{ reason: 'UnexpectedServerResponse', message: e.message }] });
    }
    throw e;
  }
}
