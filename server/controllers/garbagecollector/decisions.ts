/**
 * Garbage collector decisions, pure (pkg/controller/garbagecollector/garbagecollector.go
 * attemptToDeleteItem / classifyReferences / processDeletingDependentsItem): what to do with an
 * object whose owners may be gone or being deleted in the foreground.
 */
import { API_VERSION, KINDS, NAMESPACED, type KObject, type Kind, type OwnerReference } from '../../../core/types.js';

/** metav1.FinalizerOrphanDependents and FinalizerDeleteDependents. */
export const ORPHAN_FINALIZER = 'orphan';
export const FOREGROUND_DELETION_FINALIZER = 'foregroundDeletion';

export type PropagationPolicy = 'Background' | 'Foreground' | 'Orphan';

/** What an owner reference resolves to now. */
export type OwnerState =
  /** The kind is not one kemu stores: never treated as gone (upstream cannot resolve it and retries). */
  | { state: 'unknown' }
  | { state: 'absent' }
  | { state: 'present'; owner: KObject };

export interface ClassifiedReferences {
  solid: OwnerReference[];
  dangling: OwnerReference[];
  waitingForDependentsDeletion: OwnerReference[];
}

/** The kemu Kind an owner reference names, if any (kind and API group must match). */
export function kindOfReference(ref: OwnerReference): Kind | undefined {
  const group = (v: string | undefined) => (v && v.includes('/') ? v.split('/')[0] : '');
  return KINDS.find((k) => k === ref.kind && group(API_VERSION[k]) === group(ref.apiVersion));
}

/** Where to look the owner up: namespaced owners live in the dependent's namespace. */
export function ownerNamespace(kind: Kind, dependent: KObject): string | undefined {
  return NAMESPACED[kind] ? dependent.metadata?.namespace ?? 'default' : undefined;
}

export function isDeletingDependents(o: KObject): boolean {
  return !!o.metadata?.deletionTimestamp && (o.metadata.finalizers ?? []).includes(FOREGROUND_DELETION_FINALIZER);
}

/** classifyReferences: solid (owner exists), dangling (gone or uid differs), waiting (owner deletes its dependents first and this ref blocks it). */
export function classifyReferences(refs: OwnerReference[], lookup: (ref: OwnerReference) => OwnerState): ClassifiedReferences {
  const out: ClassifiedReferences = { solid: [], dangling: [], waitingForDependentsDeletion: [] };
  for (const ref of refs) {
    const s = lookup(ref);
    if (s.state === 'unknown') {
      out.solid.push(ref);
    } else if (s.state === 'absent' || s.owner.metadata?.uid !== ref.uid) {
      out.dangling.push(ref);
    } else if (ref.blockOwnerDeletion && isDeletingDependents(s.owner)) {
      out.waitingForDependentsDeletion.push(ref);
    } else {
      out.solid.push(ref);
    }
  }
  return out;
}

export type AttemptToDelete =
  | { action: 'none' }
  /** Keep the object (it has a live owner) but drop references to gone or foreground-deleting owners. */
  | { action: 'removeOwnerReferences'; uids: string[] }
  | { action: 'delete'; policy: PropagationPolicy };

/** attemptToDeleteItem's decision for an object with owner references. */
export function decideAttemptToDelete(obj: KObject, refs: ClassifiedReferences, hasDependents: boolean): AttemptToDelete {
  if (obj.metadata?.deletionTimestamp && !isDeletingDependents(obj)) return { action: 'none' };
  if (refs.solid.length > 0) {
    if (refs.dangling.length === 0 && refs.waitingForDependentsDeletion.length === 0) return { action: 'none' };
    return { action: 'removeOwnerReferences', uids: [...refs.dangling, ...refs.waitingForDependentsDeletion].map((r) => r.uid) };
  }
  if (refs.waitingForDependentsDeletion.length > 0 && hasDependents) return { action: 'delete', policy: 'Foreground' };
  const finalizers = obj.metadata?.finalizers ?? [];
  if (finalizers.includes(ORPHAN_FINALIZER)) return { action: 'delete', policy: 'Orphan' };
  if (finalizers.includes(FOREGROUND_DELETION_FINALIZER)) return { action: 'delete', policy: 'Foreground' };
  return { action: 'delete', policy: 'Background' };
}

/** blockingDependents: dependents whose reference to owner has blockOwnerDeletion. */
export function blockingDependents(ownerUID: string, dependents: KObject[]): KObject[] {
  return dependents.filter((d) => (d.metadata?.ownerReferences ?? []).some((r) => r.uid === ownerUID && r.blockOwnerDeletion));
}
