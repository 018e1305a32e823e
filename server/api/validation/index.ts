/**
 * The API's object validation, per kind (each registry's strategy Validate / ValidateUpdate).
 * Returns field errors; the caller turns them into a 422 Invalid (store `invalid`).
 */
import { NAMESPACED, type KObject, type Kind, type Pod } from '../../../core/types.js';
import type { Cause } from './errors.js';
import { validateObjectMeta, validateObjectMetaUpdate } from './meta.js';
import { nameIsDNSLabel, nameIsDNSSubdomain, type NameFn } from './names.js';
import {
  validateEvent, validateLease, validateNode, validateNodeUpdate, validatePodDisruptionBudget, validatePriorityClass,
  validatePriorityClassUpdate,
} from './others.js';
import { validatePodSpec } from './pod.js';
import { validatePodSpecUpdate } from './pod-update.js';
import { validateDaemonSet, validateDeployment, validateReplicaSet, validateSelectorUpdate } from './workloads.js';

export type { Cause } from './errors.js';
export { canonicalJson, POD_UPDATE_FORBIDDEN } from './pod-update.js';
export { validateLabelSelector } from './workloads.js';
export * as names from './names.js';

type Obj = Record<string, unknown>;

function nameFn(kind: Kind): NameFn {
  return kind === 'Namespace' ? nameIsDNSLabel : nameIsDNSSubdomain;
}

function validateSpec(kind: Kind, obj: Obj): Cause[] {
  switch (kind) {
    case 'Pod': return validatePodSpec(obj.spec, 'spec');
    case 'Node': return validateNode(obj);
    case 'ReplicaSet': return validateReplicaSet(obj);
    case 'Deployment': return validateDeployment(obj);
    case 'DaemonSet': return validateDaemonSet(obj);
    case 'PodDisruptionBudget': return validatePodDisruptionBudget(obj);
    case 'PriorityClass': return validatePriorityClass(obj);
    case 'Lease': return validateLease(obj);
    case 'Event': return validateEvent(obj);
    case 'Namespace': return [];
  }
}

/** Validation of a new object (strategy.Validate). */
export function validateCreate(kind: Kind, obj: KObject): Cause[] {
  return [...validateObjectMeta(obj.metadata, NAMESPACED[kind], nameFn(kind)), ...validateSpec(kind, obj as Obj)];
}

/** Validation of a replaced object against the stored one (strategy.ValidateUpdate). */
export function validateUpdate(kind: Kind, obj: KObject, old: KObject): Cause[] {
  const out = validateObjectMetaUpdate(obj.metadata, old.metadata, NAMESPACED[kind], nameFn(kind));
  const o = obj as Obj;
  const prev = old as Obj;
  switch (kind) {
    case 'Pod':
      out.push(...validatePodSpecUpdate(obj as Pod, old as Pod));
      break;
    case 'Node':
      out.push(...validateNodeUpdate(o, prev));
      break;
    case 'ReplicaSet': case 'Deployment': case 'DaemonSet':
      out.push(...validateSpec(kind, o), ...validateSelectorUpdate(o, prev));
      break;
    case 'PriorityClass':
      out.push(...validatePriorityClassUpdate(o, prev));
      break;
    default:
      out.push(...validateSpec(kind, o));
  }
  return out;
}

/** Status-subresource writes only check metadata (the spec is taken from the stored object). */
export function validateStatusUpdate(kind: Kind, obj: KObject, old: KObject): Cause[] {
  return validateObjectMetaUpdate(obj.metadata, old.metadata, NAMESPACED[kind], nameFn(kind));
}
