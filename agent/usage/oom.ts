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
  const limits = memoryLimits(pod);
  const out: OOMKill[] = [];
  for (const u of usage.containers) {
    const limit = limits.get(u.name);
    if (u.running && limit !== undefined && u.memoryWorkingSetBytes > limit) {
      out.push({ container: u.name, workingSetBytes: u.memoryWorkingSetBytes, limitBytes: limit });
    }
  }
  return out;
}

/**
 * When the next OOM kill of a running container happens, from the usage model: at once if its
 * working set is already above the limit, else when its growth rate takes it there. Undefined
 * when no running container will ever exceed its limit.
 */
export function nextOOMKill(
  pod: Pod, model: Array<{ name: string; baseBytes: number; ratePerMinute: number }>,
  running: Record<string, { running: boolean; startedAt?: number }>, now: number,
): { container: string; at: number } | undefined {
  const limits = memoryLimits(pod);
  let best: { container: string; at: number } | undefined;
  for (const m of model) {
    const rt = running[m.name];
    const limit = limits.get(m.name);
    if (!rt?.running || rt.startedAt === undefined || limit === undefined) continue;
    let at: number;
    if (m.baseBytes > limit) at = rt.startedAt;
    else if (m.ratePerMinute > 0) at = rt.startedAt + ((limit - m.baseBytes) / m.ratePerMinute) * 60_000;
    else continue;
    // The working set must exceed the limit (strictly): one millisecond past the crossing.
    at = Math.max(now, Math.floor(at) + 1);
    if (!best || at < best.at) best = { container: m.name, at };
  }
  return best;
}

function memoryLimits(pod: Pod): Map<string, number> {
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
  return limits;
}
