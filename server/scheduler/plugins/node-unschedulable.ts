/**
 * NodeUnschedulable filter (pkg/scheduler/framework/plugins/nodeunschedulable/node_unschedulable.go):
 * a cordoned node (spec.unschedulable) rejects pods that do not tolerate
 * {node.kubernetes.io/unschedulable, NoSchedule}, as UnschedulableAndUnresolvable.
 */
import { tolerationsTolerateTaint } from '../../../core/tolerations.js';
import { ERR_REASON_UNSCHEDULABLE, PLUGIN_NODE_UNSCHEDULABLE, TAINT_NODE_UNSCHEDULABLE } from '../constants.js';
import type { NodeInfo } from '../node-info.js';
import { newStatus, type Status } from '../status.js';
import type { FilterPlugin, PodContext } from './types.js';

const UNSCHEDULABLE_TAINT = { key: TAINT_NODE_UNSCHEDULABLE, effect: 'NoSchedule' };

export function podToleratesUnschedulable(tolerations: PodContext['tolerations']): boolean {
  return tolerationsTolerateTaint(tolerations, UNSCHEDULABLE_TAINT);
}

export const nodeUnschedulable: FilterPlugin = {
  name: PLUGIN_NODE_UNSCHEDULABLE,
  filter(pc: PodContext, ni: NodeInfo): Status | null {
    if (!ni.node.spec?.unschedulable) return null;
    if (podToleratesUnschedulable(pc.tolerations)) return null;
    return newStatus('UnschedulableAndUnresolvable', PLUGIN_NODE_UNSCHEDULABLE, ERR_REASON_UNSCHEDULABLE);
  },
};
