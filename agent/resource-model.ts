/**
 * The kubelet's resource model: usage from annotations, the stats summary, pressure conditions
 * and the eviction manager. (Interim version: no pressure yet; the eviction manager is wired in
 * by the kubelet-emulation work.)
 */
import type { Pod } from '../core/types.js';
import { parseQuantity } from '../core/quantity.js';
import type { NodeConditionMsg, NodeUpdateMsg, SummaryMsg } from '../proto/codec.js';
import type { Kubelet, ResourceModel } from './kubelet.js';
import type { AdmitResult, PodState } from './pods/runtime.js';

function qty(s: string | undefined): number {
  if (!s) return 0;
  try { return parseQuantity(s).value(); } catch { return 0; }
}

export function interimResourceModel(k: Kubelet): ResourceModel {
  return {
    start() {},
    stop() {},
    conditions(now: number): NodeConditionMsg[] {
      return [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory', message: 'kubelet has sufficient memory available', last_heartbeat_time: now },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure', message: 'kubelet has no disk pressure', last_heartbeat_time: now },
        { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID', message: 'kubelet has sufficient PID available', last_heartbeat_time: now },
      ];
    },
    summary(now: number): SummaryMsg {
      const mem = qty(k.config.capacity.memory);
      let used = 0;
      const pods = [];
      for (const ps of k.runtime.all()) {
        if (ps.phase !== 'Running') continue;
        const m = (ps.pod.spec?.containers ?? []).reduce((a, c) => a + qty(c.resources?.requests?.memory), 0);
        used += m;
        pods.push({ ref: ps.ref, memory_working_set_bytes: m });
      }
      return { time: now, node: { memory: { available_bytes: Math.max(0, mem - used), working_set_bytes: used, usage_bytes: used } }, pods };
    },
    admit(_pod: Pod): AdmitResult {
      return { admit: true };
    },
    qosClass(pod: Pod): string {
      const cs = pod.spec?.containers ?? [];
      const any = cs.some((c) => Object.keys(c.resources?.requests ?? {}).length || Object.keys(c.resources?.limits ?? {}).length);
      if (!any) return 'BestEffort';
      const guaranteed = cs.every((c) => ['cpu', 'memory'].every((r) => c.resources?.limits?.[r] && c.resources?.requests?.[r] === c.resources?.limits?.[r]));
      return guaranteed ? 'Guaranteed' : 'Burstable';
    },
    nodeUpdated(_n: NodeUpdateMsg) {},
    podChanged(_ps: PodState) {},
  };
}
