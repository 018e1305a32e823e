/**
 * Signal observations from the Summary, and threshold quantities.
 * Upstream: pkg/kubelet/eviction/helpers.go (makeSignalObservations, cachedStatsFunc),
 * helpers_others.go (makeMemoryAvailableSignalObservation, without swap),
 * api/types.go (GetThresholdQuantity).
 */
import { formatQuantity } from '../../core/quantity.js';
import type { Pod } from '../../core/types.js';
import type { FsStats, PodStats, Summary } from '../stats/index.js';
import { SYSTEM_CONTAINER_PODS } from '../stats/index.js';
import type { Signal, SignalObservation, SignalObservations, ThresholdValue } from './types.js';

/** Finds a pod's stats by UID (a pod without stats sorts first in every ranking). */
export type StatsFunc = (pod: Pod) => PodStats | undefined;

export function cachedStatsFunc(pods: readonly PodStats[] | (() => readonly PodStats[])): StatsFunc {
  // Indexed on the first lookup: most eviction passes never look at a pod's stats.
  let byUid: Map<string, PodStats> | undefined;
  return (pod) => {
    if (!byUid) {
      byUid = new Map();
      for (const p of typeof pods === 'function' ? pods() : pods) byUid.set(p.podRef.uid, p);
    }
    return byUid.get(pod.metadata?.uid ?? '');
  };
}

export function makeSignalObservations(summary: Summary): { observations: SignalObservations; statsFunc: StatsFunc } {
  const obs: SignalObservations = {};
  const mem = summary.node.memory;
  if (mem && mem.availableBytes !== undefined && mem.workingSetBytes !== undefined) {
    obs['memory.available'] = { available: mem.availableBytes, capacity: mem.availableBytes + mem.workingSetBytes, format: 'BinarySI', time: mem.time };
  }
  // A missing `pods` system container is logged upstream and leaves the signal unobserved.
  const pods = summary.node.systemContainers?.find((c) => c.name === SYSTEM_CONTAINER_PODS)?.memory;
  if (pods && pods.availableBytes !== undefined && pods.workingSetBytes !== undefined) {
    obs['allocatableMemory.available'] = { available: pods.availableBytes, capacity: pods.availableBytes + pods.workingSetBytes, format: 'BinarySI', time: pods.time };
  }
  addFs(obs, 'nodefs', summary.node.fs);
  addFs(obs, 'imagefs', summary.node.runtime?.imageFs);
  addFs(obs, 'containerfs', summary.node.runtime?.containerFs);
  const rl = summary.node.rlimit;
  if (rl && rl.maxpid !== undefined && rl.curproc !== undefined) {
    obs['pid.available'] = { available: rl.maxpid - rl.curproc, capacity: rl.maxpid, format: 'DecimalSI', time: rl.time };
  }
  return { observations: obs, statsFunc: cachedStatsFunc(() => summary.pods) };
}

// Constant signal names: a key built with a template string is a new string on every call, which
// each property write and Map lookup then has to hash again (every node, every 10 s).
const FS_SIGNALS = {
  nodefs: { available: 'nodefs.available', inodesFree: 'nodefs.inodesFree' },
  imagefs: { available: 'imagefs.available', inodesFree: 'imagefs.inodesFree' },
  containerfs: { available: 'containerfs.available', inodesFree: 'containerfs.inodesFree' },
} as const satisfies Record<string, { available: Signal; inodesFree: Signal }>;

function addFs(obs: SignalObservations, prefix: 'nodefs' | 'imagefs' | 'containerfs', fs: FsStats | undefined): void {
  if (!fs) return;
  const names = FS_SIGNALS[prefix];
  if (fs.availableBytes !== undefined && fs.capacityBytes !== undefined) {
    obs[names.available] = { available: fs.availableBytes, capacity: fs.capacityBytes, format: 'BinarySI', time: fs.time };
  }
  if (fs.inodesFree !== undefined && fs.inodes !== undefined) {
    obs[names.inodesFree] = { available: fs.inodesFree, capacity: fs.inodes, format: 'DecimalSI', time: fs.time };
  }
}

/** A threshold's value in the observation's units, and how upstream prints it. */
export interface ThresholdQuantity {
  value: number;
  text: string;
}

/**
 * GetThresholdQuantity: a literal quantity as is; a percentage as
 * int64(float64(capacity) * float64(float32 percentage)), BinarySI (even for inodes and pids).
 */
export function getThresholdQuantity(value: ThresholdValue, capacity: number): ThresholdQuantity {
  if (value.quantity) return { value: value.quantity.asNumber(), text: value.quantity.toString() };
  const v = Math.trunc(Math.ceil(capacity) * value.percentage);
  return { value: v, text: formatQuantity(v, 'BinarySI') };
}

/** How an observation prints (resource.NewQuantity(available, format).String()). */
export function formatObserved(o: SignalObservation): string {
  return formatQuantity(o.available, o.format);
}
