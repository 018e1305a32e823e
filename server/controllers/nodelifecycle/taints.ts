/**
 * Taint decisions of the node lifecycle controller, pure (node_lifecycle_controller.go):
 * doNoScheduleTaintingPass (condition taints, immediate), processTaintBaseEviction and the
 * doNoExecuteTaintingPass action (rate-limited NoExecute taints).
 */
import type { Node, NodeCondition, Taint } from '../../../core/types.js';
import { TAINT_NODE_UNSCHEDULABLE, TaintEffect, taintExists, taintSetDiff } from '../../../core/tolerations.js';
import {
  CONTROLLER_NO_SCHEDULE_TAINT_KEYS, NODE_CONDITION_TO_TAINT_KEY, NOT_READY_TAINT_TEMPLATE, UNREACHABLE_TAINT_TEMPLATE,
} from './constants.js';

/** The NoSchedule taints a node's conditions and spec.unschedulable call for (TaintNodesByCondition). */
export function desiredNoScheduleTaints(node: Node): Taint[] {
  const out: Taint[] = [];
  for (const c of node.status?.conditions ?? []) {
    const key = NODE_CONDITION_TO_TAINT_KEY[c.type]?.[c.status];
    if (key) out.push({ key, effect: TaintEffect.NoSchedule });
  }
  if (node.spec?.unschedulable) out.push({ key: TAINT_NODE_UNSCHEDULABLE, effect: TaintEffect.NoSchedule });
  return out;
}

/**
 * doNoScheduleTaintingPass: the condition NoSchedule taints to add and remove, compared with the
 * node's NoSchedule taints whose key the controller owns. Other taints are never touched.
 */
export function noScheduleTaintChanges(node: Node): { toAdd: Taint[]; toRemove: Taint[] } {
  const owned = (node.spec?.taints ?? []).filter((t) => t.effect === TaintEffect.NoSchedule && CONTROLLER_NO_SCHEDULE_TAINT_KEYS.has(t.key));
  return taintSetDiff(desiredNoScheduleTaints(node), owned);
}

/** What processTaintBaseEviction does for a node given its Ready condition. */
export type TaintAction =
  /** Swap the opposite NoExecute taint for this one at once (not rate-limited). */
  | { kind: 'swap'; add: Taint; remove: Taint }
  /** Queue the node in its zone's rate-limited tainter; `resetQueue` when the taint is missing. */
  | { kind: 'queue'; taint: Taint; resetQueue: boolean }
  /** Ready: remove both NoExecute taints and dequeue the node. */
  | { kind: 'markReachable' }
  | { kind: 'none' };

export function taintActionFor(node: Node, ready: NodeCondition): TaintAction {
  const taints = node.spec?.taints;
  switch (ready.status) {
    case 'False':
      if (taintExists(taints, UNREACHABLE_TAINT_TEMPLATE)) return { kind: 'swap', add: { ...NOT_READY_TAINT_TEMPLATE }, remove: { ...UNREACHABLE_TAINT_TEMPLATE } };
      return { kind: 'queue', taint: { ...NOT_READY_TAINT_TEMPLATE }, resetQueue: !taintExists(taints, NOT_READY_TAINT_TEMPLATE) };
    case 'Unknown':
      if (taintExists(taints, NOT_READY_TAINT_TEMPLATE)) return { kind: 'swap', add: { ...UNREACHABLE_TAINT_TEMPLATE }, remove: { ...NOT_READY_TAINT_TEMPLATE } };
      return { kind: 'queue', taint: { ...UNREACHABLE_TAINT_TEMPLATE }, resetQueue: !taintExists(taints, UNREACHABLE_TAINT_TEMPLATE) };
    case 'True':
      return { kind: 'markReachable' };
    default:
      return { kind: 'none' };
  }
}

/** The doNoExecuteTaintingPass action for a dequeued node. */
export type NoExecuteStep =
  | { kind: 'done' }
  | { kind: 'retry'; waitMs: number }
  | { kind: 'taint'; add: Taint; remove: Taint };

/** Ready False → not-ready (remove unreachable); Unknown → unreachable (remove not-ready); else nothing. */
export function noExecuteStepFor(node: Node | undefined, retryMs: number): NoExecuteStep {
  if (!node) return { kind: 'done' };
  const ready = (node.status?.conditions ?? []).find((c) => c.type === 'Ready');
  if (!ready) return { kind: 'retry', waitMs: retryMs };
  if (ready.status === 'False') return { kind: 'taint', add: { ...NOT_READY_TAINT_TEMPLATE }, remove: { ...UNREACHABLE_TAINT_TEMPLATE } };
  if (ready.status === 'Unknown') return { kind: 'taint', add: { ...UNREACHABLE_TAINT_TEMPLATE }, remove: { ...NOT_READY_TAINT_TEMPLATE } };
  return { kind: 'done' };
}
