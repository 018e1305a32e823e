/** Garbage collector (pkg/controller/garbagecollector): public surface. */
export {
  garbageCollector, GarbageCollector, GARBAGE_COLLECTOR_NAME, OWNER_UID_INDEX, ensureOwnerIndex, dependentsOf, orphanDependentsOf,
  markForegroundDeletion,
} from './garbage-collector.js';
export {
  classifyReferences, decideAttemptToDelete, blockingDependents, isDeletingDependents, kindOfReference, ORPHAN_FINALIZER,
  FOREGROUND_DELETION_FINALIZER,
} from './decisions.js';
export type { PropagationPolicy, ClassifiedReferences, AttemptToDelete, OwnerState } from './decisions.js';
