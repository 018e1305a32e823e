/**
 * NodeName filter (pkg/scheduler/framework/plugins/nodename/node_name.go): a pod that names a node
 * in spec.nodeName fits only that node.
 */
import { ERR_REASON_NODE_NAME, PLUGIN_NODE_NAME } from '../constants.js';
import type { NodeInfo } from '../node-info.js';
import { newStatus, type Status } from '../status.js';
import type { FilterPlugin, PodContext } from './types.js';

export const nodeName: FilterPlugin = {
  name: PLUGIN_NODE_NAME,
  filter(pc: PodContext, ni: NodeInfo): Status | null {
    const want = pc.pod.spec?.nodeName;
    if (!want || want === ni.name) return null;
    return newStatus('UnschedulableAndUnresolvable', PLUGIN_NODE_NAME, ERR_REASON_NODE_NAME);
  },
};
