/**
 * Ranking pods for eviction: small comparators composed in order, so the rule reads like the rule.
 * Upstream: pkg/kubelet/eviction/helpers.go (orderedBy, cmpBool, priority, exceedMemoryRequests,
 * memory, process, exceedDiskRequests, disk, podDiskUsage, rankMemoryPressure, rankPIDPressure,
 * rankDiskPressureFunc, buildSignalToRankFunc).
 *
 * Quirks kept from upstream: a pod without stats sorts first under every comparator; QoS class is
 * not a key; for inode ranking `exceedDiskRequests` compares against a request of "inodes" (always
 * 0) and `disk` subtracts the ephemeral-storage *byte* request from the inode count.
 * Ties: upstream sorts a Go-map-ordered input with an unstable sort; kemu sorts stably, so equal
 * pods keep the order the kubelet lists them in (admission order).
 */
import type { Pod } from '../../core/types.js';
import { podPriority } from '../../core/qos.js';
import { localVolumeNames } from '../stats/index.js';
import type { PodStats } from '../stats/index.js';
import type { StatsFunc } from './observations.js';
import { podRequest } from './requests.js';
import type { ReclaimResource, Signal } from './types.js';

export type FsStatsType = 'images' | 'root' | 'logs' | 'localVolumeSource';
export type DiskResource = Extract<ReclaimResource, 'ephemeral-storage' | 'inodes'>;

export interface PodComparator {
  /** < 0: a is evicted first; > 0: b is evicted first. */
  (a: Pod, b: Pod, stats: StatsFunc): number;
  readonly label: string;
  /** What this comparator ranks by, for the "why" (null: the pod has no stats). */
  key(pod: Pod, stats: StatsFunc): number | boolean | null;
}

export interface Ranker {
  /** Returns the pods in eviction order (the input is not modified). */
  (pods: readonly Pod[], stats: StatsFunc): Pod[];
  readonly comparators: readonly PodComparator[];
  /** e.g. "exceedMemoryRequests, priority, memory" */
  readonly rule: string;
}

function comparator(label: string, key: PodComparator['key'], cmp: (a: Pod, b: Pod, stats: StatsFunc) => number): PodComparator {
  return Object.assign(cmp, { label, key });
}

/** cmpBool: true sorts first. */
export function cmpBool(a: boolean, b: boolean): number {
  if (a === b) return 0;
  return a ? -1 : 1;
}

function sign(n: number): number {
  return n > 0 ? 1 : n < 0 ? -1 : 0;
}

/** Compares with each comparator in turn; the first non-zero result decides. */
export function orderedBy(...comparators: PodComparator[]): Ranker {
  const compare = (stats: StatsFunc) => (a: Pod, b: Pod): number => {
    for (const c of comparators) {
      const r = c(a, b, stats);
      if (r !== 0) return r;
    }
    return 0;
  };
  const rank = (pods: readonly Pod[], stats: StatsFunc): Pod[] => [...pods].sort(compare(stats));
  return Object.assign(rank, { comparators, rule: comparators.map((c) => c.label).join(', ') });
}

/** Wraps a stats-based comparison: a pod without stats is evicted first. */
function withStats(a: Pod, b: Pod, stats: StatsFunc, f: (sa: PodStats, sb: PodStats) => number): number {
  const sa = stats(a);
  const sb = stats(b);
  if (!sa || !sb) return cmpBool(!sa, !sb);
  return f(sa, sb);
}

/** Lower priority first. */
export const priority: PodComparator = comparator('priority', (p) => podPriority(p),
  (a, b) => sign(podPriority(a) - podPriority(b)));

function memoryUsage(s: PodStats): number {
  return s.memory?.workingSetBytes ?? 0;
}

/** Pods whose working set exceeds their memory request first. */
export const exceedMemoryRequests: PodComparator = comparator('exceedMemoryRequests',
  (p, stats) => { const s = stats(p); return s ? memoryUsage(s) > podRequest(p, 'memory') : null; },
  (a, b, stats) => withStats(a, b, stats, (sa, sb) => cmpBool(memoryUsage(sa) > podRequest(a, 'memory'), memoryUsage(sb) > podRequest(b, 'memory'))));

/** Larger working set above the memory request first. */
export const memory: PodComparator = comparator('memory',
  (p, stats) => { const s = stats(p); return s ? memoryUsage(s) - podRequest(p, 'memory') : null; },
  (a, b, stats) => withStats(a, b, stats, (sa, sb) => sign((memoryUsage(sb) - podRequest(b, 'memory')) - (memoryUsage(sa) - podRequest(a, 'memory')))));

function processUsage(s: PodStats): number {
  return s.process_stats?.process_count ?? 0;
}

/** More processes first. */
export const process: PodComparator = comparator('process',
  (p, stats) => { const s = stats(p); return s ? processUsage(s) : null; },
  (a, b, stats) => withStats(a, b, stats, (sa, sb) => sign(processUsage(sb) - processUsage(sa))));

/** podDiskUsage: bytes and inodes of the measured filesystems ("images" adds nothing per pod). */
export function podDiskUsage(s: PodStats, pod: Pod, fsTypes: readonly FsStatsType[]): Record<DiskResource, number> {
  let bytes = 0;
  let inodes = 0;
  for (const c of s.containers) {
    if (fsTypes.includes('root')) { bytes += c.rootfs?.usedBytes ?? 0; inodes += c.rootfs?.inodesUsed ?? 0; }
    if (fsTypes.includes('logs')) { bytes += c.logs?.usedBytes ?? 0; inodes += c.logs?.inodesUsed ?? 0; }
  }
  if (fsTypes.includes('localVolumeSource')) {
    for (const name of localVolumeNames(pod)) {
      const v = s.volume?.find((x) => x.name === name);
      if (v) { bytes += v.usedBytes ?? 0; inodes += v.inodesUsed ?? 0; }
    }
  }
  return { 'ephemeral-storage': bytes, inodes };
}

/** Pods whose disk usage exceeds their request of the resource first (inodes: the request is 0). */
export function exceedDiskRequests(fsTypes: readonly FsStatsType[], resource: DiskResource): PodComparator {
  const exceeds = (p: Pod, s: PodStats) => podDiskUsage(s, p, fsTypes)[resource] > podRequest(p, resource);
  return comparator('exceedDiskRequests', (p, stats) => { const s = stats(p); return s ? exceeds(p, s) : null; },
    (a, b, stats) => withStats(a, b, stats, (sa, sb) => cmpBool(exceeds(a, sa), exceeds(b, sb))));
}

/** Larger usage minus the ephemeral-storage request first (also for inodes: upstream quirk). */
export function disk(fsTypes: readonly FsStatsType[], resource: DiskResource): PodComparator {
  const above = (p: Pod, s: PodStats) => podDiskUsage(s, p, fsTypes)[resource] - podRequest(p, 'ephemeral-storage');
  return comparator('disk', (p, stats) => { const s = stats(p); return s ? above(p, s) : null; },
    (a, b, stats) => withStats(a, b, stats, (sa, sb) => sign(above(b, sb) - above(a, sa))));
}

/** Usage above requests, then priority, then usage above requests. */
export const rankMemoryPressure: Ranker = orderedBy(exceedMemoryRequests, priority, memory);
/** Priority, then process count (no "exceeds requests" step). */
export const rankPIDPressure: Ranker = orderedBy(priority, process);

export function rankDiskPressureFunc(fsTypes: readonly FsStatsType[], resource: DiskResource): Ranker {
  return orderedBy(exceedDiskRequests(fsTypes, resource), priority, disk(fsTypes, resource));
}

/** Filesystem layout (HasDedicatedImageFs, and a containerfs split from the imagefs). */
export interface FsLayout {
  dedicatedImageFs: boolean;
  splitContainerImageFs: boolean;
}

export const SINGLE_FS: Readonly<FsLayout> = Object.freeze({ dedicatedImageFs: false, splitContainerImageFs: false });

/** buildSignalToRankFunc: which filesystems each disk signal measures, per layout. */
export function buildSignalToRankFunc(layout: FsLayout): Record<Signal, Ranker> {
  let nodefs: FsStatsType[];
  let imagefs: FsStatsType[];
  let containerfsIsImagefs: boolean;
  if (layout.dedicatedImageFs && !layout.splitContainerImageFs) {
    nodefs = ['logs', 'localVolumeSource'];
    imagefs = ['root', 'images'];
    containerfsIsImagefs = true;
  } else if (layout.dedicatedImageFs && layout.splitContainerImageFs) {
    nodefs = ['logs', 'localVolumeSource', 'root'];
    imagefs = ['images'];
    containerfsIsImagefs = false;
  } else {
    nodefs = ['images', 'root', 'logs', 'localVolumeSource'];
    imagefs = nodefs;
    containerfsIsImagefs = false;
  }
  const nodefsBytes = rankDiskPressureFunc(nodefs, 'ephemeral-storage');
  const nodefsInodes = rankDiskPressureFunc(nodefs, 'inodes');
  const imagefsBytes = rankDiskPressureFunc(imagefs, 'ephemeral-storage');
  const imagefsInodes = rankDiskPressureFunc(imagefs, 'inodes');
  return {
    'memory.available': rankMemoryPressure,
    'allocatableMemory.available': rankMemoryPressure,
    'pid.available': rankPIDPressure,
    'nodefs.available': nodefsBytes,
    'nodefs.inodesFree': nodefsInodes,
    'imagefs.available': imagefsBytes,
    'imagefs.inodesFree': imagefsInodes,
    'containerfs.available': containerfsIsImagefs ? imagefsBytes : nodefsBytes,
    'containerfs.inodesFree': containerfsIsImagefs ? imagefsInodes : nodefsInodes,
  };
}

/** The ranking rule for a signal on a filesystem layout (single filesystem by default). */
export function rankForSignal(signal: Signal, layout: FsLayout = SINGLE_FS): Ranker {
  return buildSignalToRankFunc(layout)[signal];
}

/** One ranked candidate with the keys it was ranked by. */
export interface RankedCandidate {
  pod: string;
  uid: string;
  keys: Record<string, number | boolean | null>;
}

/** Ranks and explains: the candidates in eviction order, each with its ranking keys. */
export function rankWithKeys(ranker: Ranker, pods: readonly Pod[], stats: StatsFunc): { ranked: Pod[]; candidates: RankedCandidate[] } {
  const ranked = ranker(pods, stats);
  const candidates = ranked.map((p) => ({
    pod: `${p.metadata?.namespace ?? ''}/${p.metadata?.name ?? ''}`,
    uid: p.metadata?.uid ?? '',
    keys: Object.fromEntries(ranker.comparators.map((c) => [c.label, c.key(p, stats)])),
  }));
  return { ranked, candidates };
}
