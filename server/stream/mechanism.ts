/**
 * Which eviction mechanism an Event belongs to, and whether it records a pod being evicted (pure).
 * The four ways a pod leaves a node (DESIGN.md): kubelet node-pressure eviction, taint-based
 * eviction after NotReady/unreachable (node lifecycle + taint eviction controllers), scheduler
 * preemption, and API-initiated eviction.
 */
import {
  EVENT_DELETING_ALL_PODS, EVENT_NODE_CONTROLLER_EVICTION, EVENT_NODE_NOT_READY,
} from '../controllers/nodelifecycle/constants.js';
import { EVENT_TAINT_MANAGER_EVICTION, markingForDeletionMessage } from '../controllers/tainteviction/constants.js';
import { EVICTION_BY_API_REASON } from '../registry/eviction.js';
import { REASON_PREEMPTED } from '../scheduler/constants.js';
import type { Mechanism } from './types.js';

/** Event source component of the kubelet (server/gateway records kubelet events with it). */
export const KUBELET_COMPONENT = 'kubelet';

/** pkg/kubelet/eviction: the pod event and the node event while reclaiming (server may not import agent/). */
export const REASON_KUBELET_EVICTED = 'Evicted';
export const REASON_EVICTION_THRESHOLD_MET = 'EvictionThresholdMet';
/** pkg/kubelet/events: kubelet-side preemption to admit a critical pod. */
export const REASON_KUBELET_PREEMPTING = 'Preempting';

/** Node pressure condition events (pkg/kubelet/nodestatus/setters.go recordEventFunc). */
export const KUBELET_PRESSURE_REASONS: ReadonlySet<string> = new Set([
  REASON_KUBELET_EVICTED, REASON_EVICTION_THRESHOLD_MET,
  'NodeHasInsufficientMemory', 'NodeHasSufficientMemory',
  'NodeHasDiskPressure', 'NodeHasNoDiskPressure',
  'NodeHasInsufficientPID', 'NodeHasSufficientPID',
  'FreeDiskSpaceFailed', 'ImageGCFailed', 'ContainerGCFailed',
]);

/** Node lifecycle and taint eviction controller events. */
export const TAINT_REASONS: ReadonlySet<string> = new Set([
  EVENT_TAINT_MANAGER_EVICTION, EVENT_NODE_NOT_READY, EVENT_DELETING_ALL_PODS, EVENT_NODE_CONTROLLER_EVICTION,
]);

export const MECHANISMS: readonly Exclude<Mechanism, ''>[] = ['kubelet', 'taint', 'preemption', 'api-eviction'];

export interface EventKey {
  reason: string;
  component: string;
  message: string;
}

export function eventMechanism(e: EventKey): Mechanism {
  if (e.reason === EVICTION_BY_API_REASON) return 'api-eviction';
  if (e.reason === REASON_PREEMPTED) return 'preemption';
  if (e.reason === REASON_KUBELET_PREEMPTING && e.component === KUBELET_COMPONENT) return 'preemption';
  if (e.component === KUBELET_COMPONENT && KUBELET_PRESSURE_REASONS.has(e.reason)) return 'kubelet';
  if (TAINT_REASONS.has(e.reason)) return 'taint';
  return '';
}

/**
 * True for the events that record one pod being evicted: the kubelet's Evicted, the taint eviction
 * controller's "Marking for deletion" (not its "Cancelling deletion"), the legacy node controller
 * eviction, a preemption victim, an API eviction.
 */
export function isEvictionEvent(e: EventKey): boolean {
  switch (e.reason) {
    case REASON_KUBELET_EVICTED: return e.component === KUBELET_COMPONENT;
    case EVENT_TAINT_MANAGER_EVICTION: return e.message.startsWith(markingForDeletionMessage(''));
    case EVENT_NODE_CONTROLLER_EVICTION:
    case REASON_PREEMPTED:
    case EVICTION_BY_API_REASON:
      return true;
    case REASON_KUBELET_PREEMPTING: return e.component === KUBELET_COMPONENT;
    default: return false;
  }
}
