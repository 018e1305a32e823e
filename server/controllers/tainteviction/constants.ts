/** Names, reasons and messages of the taint eviction controller (pkg/controller/tainteviction/taint_eviction.go). */

export const CONTROLLER_NAME = 'taint-eviction-controller';
/** Event source component (the controller name since v1.29). */
export const EVENT_COMPONENT = 'taint-eviction-controller';

export const EVENT_TAINT_MANAGER_EVICTION = 'TaintManagerEviction';
export const markingForDeletionMessage = (key: string): string => `Marking for deletion Pod ${key}`;
export const cancellingDeletionMessage = (key: string): string => `Cancelling deletion of Pod ${key}`;

/** The DisruptionTarget condition written before the delete. */
export const DISRUPTION_TARGET = 'DisruptionTarget';
export const REASON_DELETION_BY_TAINT_MANAGER = 'DeletionByTaintManager';
export const MESSAGE_DELETION_BY_TAINT_MANAGER = 'Taint manager: deleting due to NoExecute taint';

/** Attempts of deletePodHandler, 10ms apart. */
export const DELETE_RETRIES = 5;
export const DELETE_RETRY_INTERVAL_MS = 10;
