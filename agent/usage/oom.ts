/**
 * The kernel OOM killer inside a container's memory cgroup: a container whose working set goes
 * above its memory limit is killed (reason OOMKilled, exit code 137) and restarted by the
 * kubelet, independently of node-pressure eviction. Pure decision; the pod runtime acts on it.
 */
import type { Pod } from '../../core/types.js';
import { parseQuantity } from '../../core/quantity.js';
import type { PodUsage } from './pod-usage.js';
import { usageContainers } from './pod-usage.js';

export const REASON_OOM_KILLED = 'OOMKilled';
export const OOM_EXIT_CODE = 137;

export interface OOMKill {
  container: string;
  workingSetBytes: number;
  limitBytes: number;
}

/** Running containers whose memory working set exceeds their memory limit. */
export function oomKilledContainers(pod: Pod, usage: PodUsage): OOMKill[] {
  const limits = new Map<string, number>();
  for (const c of usageContainers(pod)) {
    const raw = c.resources?.limits?.memory;
    if (raw === undefined) continue;
    try {
      const v = parseQuantity(String(raw)).value();
      if (v > 0) limits.set(c.name, v);
    } catch {
      // an invalid limit is no limit
    }
  }
  const out: OOMKill[] = [];
  for (const u of usage.containers) {
    const limit = limits.get(u.name);
    if (u.running && limit !== undefined && u.memoryWorkingSetBytes > limit) {
      out.push({ container: u.name, workingSetBytes: u.memoryWorkingSetBytes, limitBytes: limit });
    }
  }
  return out;
}
