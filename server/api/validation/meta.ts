/**
 * ObjectMeta validation (k8s.io/apimachinery/pkg/api/validation/objectmeta.go ValidateObjectMeta,
 * ValidateObjectMetaUpdate, ValidateOwnerReferences, ValidateFinalizers).
 */
import type { ObjectMeta, OwnerReference } from '../../../core/types.js';
import { asArray, forbidden, immutable, invalid, isPlainObject, required, type Cause } from './errors.js';
import { isDNS1123Label, isQualifiedName, validateAnnotations, validateLabels, type NameFn } from './names.js';

/** Finalizers that need no domain prefix (apimachinery standardFinalizers). */
const STANDARD_FINALIZERS = new Set(['kubernetes', 'orphan', 'foregroundDeletion']);

export function validateOwnerReferences(refs: unknown, field: string): Cause[] {
  const out: Cause[] = [];
  let controllers = 0;
  asArray<OwnerReference>(refs).forEach((r) => {
    if (!isPlainObject(r)) return;
    if (!r.apiVersion) out.push(invalid(`${field}.apiVersion`, r.apiVersion ?? '', 'version must not be empty'));
    if (!r.kind) out.push(invalid(`${field}.kind`, r.kind ?? '', 'kind must not be empty'));
    if (!r.name) out.push(invalid(`${field}.name`, r.name ?? '', 'name must not be empty'));
    if (!r.uid) out.push(invalid(`${field}.uid`, r.uid ?? '', 'uid must not be empty'));
    if (r.controller === true) controllers++;
  });
  if (controllers > 1) {
    out.push(invalid(field, refs, 'Only one reference can have Controller set to true'));
  }
  return out;
}

export function validateFinalizers(finalizers: unknown, field: string): Cause[] {
  const out: Cause[] = [];
  for (const f of asArray(finalizers)) {
    if (typeof f !== 'string') {
      out.push(invalid(field, f, 'finalizers must be strings'));
      continue;
    }
    for (const m of isQualifiedName(f)) out.push(invalid(field, f, m));
    if (!f.includes('/') && !STANDARD_FINALIZERS.has(f)) {
      out.push(invalid(field, f, 'name is neither a standard finalizer name nor is it fully qualified'));
    }
  }
  return out;
}

export function validateObjectMeta(meta: ObjectMeta | undefined, namespaced: boolean, nameFn: NameFn): Cause[] {
  const out: Cause[] = [];
  const m = meta ?? {};
  if (m.generateName) {
    for (const msg of nameFn(m.generateName, true)) out.push(invalid('metadata.generateName', m.generateName, msg));
  }
  if (!m.name) {
    if (!m.generateName) out.push(required('metadata.name', 'name or generateName is required'));
  } else {
    for (const msg of nameFn(m.name, false)) out.push(invalid('metadata.name', m.name, msg));
  }
  if (namespaced) {
    if (!m.namespace) out.push(required('metadata.namespace'));
    else for (const msg of isDNS1123Label(m.namespace)) out.push(invalid('metadata.namespace', m.namespace, msg));
  } else if (m.namespace) {
    out.push(forbidden('metadata.namespace', 'not allowed on this type'));
  }
  if (typeof m.generation === 'number' && m.generation < 0) out.push(invalid('metadata.generation', m.generation, 'must be greater than or equal to 0'));
  out.push(...validateLabels(m.labels, 'metadata.labels'));
  out.push(...validateAnnotations(m.annotations, 'metadata.annotations'));
  out.push(...validateOwnerReferences(m.ownerReferences, 'metadata.ownerReferences'));
  out.push(...validateFinalizers(m.finalizers, 'metadata.finalizers'));
  return out;
}

export function validateObjectMetaUpdate(meta: ObjectMeta | undefined, old: ObjectMeta | undefined, namespaced: boolean, nameFn: NameFn): Cause[] {
  const out = validateObjectMeta({ ...meta, generateName: undefined, name: meta?.name ?? old?.name }, namespaced, nameFn);
  if (meta?.name !== old?.name) out.push(immutable('metadata.name', meta?.name ?? ''));
  if ((meta?.namespace ?? '') !== (old?.namespace ?? '') && namespaced) out.push(immutable('metadata.namespace', meta?.namespace ?? ''));
  if (meta?.uid && old?.uid && meta.uid !== old.uid) out.push(immutable('metadata.uid', meta.uid));
  return out;
}
