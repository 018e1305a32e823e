/**
 * Builds the Summary the eviction manager reads, from the node's capacity, its filesystem
 * limits, node-level usage and the usage of the running pods (agent/usage). Pure.
 *
 * Where the numbers come from, as the kubelet / cAdvisor compute them:
 * - node memory: workingSet = pods + system daemons; available = capacity - workingSet
 *   (pkg/kubelet/stats/helper.go: availableBytes = limit - workingSet; clamped at 0 here because
 *   usage annotations can exceed the machine).
 * - the `pods` system container: the pods cgroup, whose limit is allocatable plus the hard
 *   eviction memory reservation (pkg/kubelet/cm/node_container_manager_linux.go enforces
 *   capacity - kube/system reserved, i.e. allocatable + evictionHard), capped at capacity.
 * - nodefs: capacity = node ephemeral-storage capacity; used = node `nodefs` usage + pod logs +
 *   pod volumes, plus writable layers, images and dead containers when there is no dedicated
 *   imagefs. Without a dedicated imagefs, runtime.imageFs / containerFs report the nodefs device
 *   (as cAdvisor does for one device), with usedBytes = image bytes.
 * - rlimit: maxpid = the node's pid limit; curproc = system processes + pods' processes.
 */
import type { Pod } from '../../core/types.js';
// core/types.ts does not re-export Volume yet
import type { Volume } from 'kubernetes-types/core/v1.js';
import { parseQuantity } from '../../core/quantity.js';
import { parseK8sTime } from '../../core/time-format.js';
import type { NodeUsage, PodUsage } from '../usage/index.js';
import { EMPTY_NODE_USAGE } from '../usage/index.js';
import type { ContainerStats, FsStats, PodStats, Summary, VolumeStats } from './types.js';
import { SYSTEM_CONTAINER_PODS } from './types.js';

export const DEFAULT_NODEFS_INODES = 1_000_000;
export const DEFAULT_IMAGEFS_INODES = 1_000_000;
/** Linux pid_max default on 64-bit kernels with few CPUs. */
export const DEFAULT_MAX_PID = 32_768;

/** Same shape as agent/node-config.ts NodeLimits. */
export interface FilesystemLimits {
  inodes?: number;
  pids?: number;
  /** A dedicated image filesystem; null/absent = images on nodefs. */
  imagefs?: { capacity: string; inodes?: number } | null;
}

export interface PodWithUsage {
  pod: Pod;
  usage: PodUsage;
}

export interface SummaryInput {
  nodeName: string;
  /** Sample time (cluster ms). */
  time: number;
  nodeStartTime?: number;
  /** Node capacity (Quantity strings): memory, cpu, ephemeral-storage (= nodefs size). */
  capacity: Record<string, string>;
  /** Node allocatable; defaults to capacity. */
  allocatable?: Record<string, string>;
  limits?: FilesystemLimits;
  nodeUsage?: NodeUsage;
  /** The pods whose containers run on the node. */
  pods: PodWithUsage[];
  /** Hard memory.available threshold in bytes (widens the pods cgroup beyond allocatable). */
  evictionHardMemoryBytes?: number;
  /** sumPodUsage(pods), when the caller keeps it up to date incrementally. */
  podTotals?: PodUsageTotals;
}

/** What the node-level stats need from the pods: sums over their containers and on-disk volumes. */
export interface PodUsageTotals {
  workingSetBytes: number;
  cpuNanoCores: number;
  pids: number;
  rootfsBytes: number;
  rootfsInodes: number;
  logsBytes: number;
  volumeBytes: number;
}

export const ZERO_POD_USAGE_TOTALS: Readonly<PodUsageTotals> = Object.freeze({
  workingSetBytes: 0, cpuNanoCores: 0, pids: 0, rootfsBytes: 0, rootfsInodes: 0, logsBytes: 0, volumeBytes: 0,
});

/**
 * Adds the pods' usage to `into` (every value is a whole number of bytes, nanocores or counts,
 * so sums are exact in any order and can be kept incrementally).
 */
export function sumPodUsage(pods: Iterable<PodWithUsage>, into: PodUsageTotals = { ...ZERO_POD_USAGE_TOTALS }): PodUsageTotals {
  for (const { pod, usage } of pods) {
    for (const c of usage.containers) {
      into.workingSetBytes += c.memoryWorkingSetBytes;
      into.cpuNanoCores += c.cpuNanoCores;
      into.pids += c.pids;
      into.rootfsBytes += c.rootfsBytes;
      into.rootfsInodes += c.rootfsInodes;
      into.logsBytes += c.logsBytes;
    }
    if (usage.volumes.length > 0) {
      const onDisk = factsOf(pod).onDisk;
      for (const v of usage.volumes) if (onDisk.has(v.name)) into.volumeBytes += v.usedBytes;
    }
  }
  return into;
}

/** pkg/volume/util IsLocalEphemeralVolume: gitRepo, configMap, emptyDir on the default medium. */
export function isLocalEphemeralVolume(v: Volume): boolean {
  return v.gitRepo !== undefined || v.configMap !== undefined || (v.emptyDir !== undefined && (v.emptyDir.medium ?? '') === '');
}

/** The pod's volumes that use node-local storage: hostPath or local ephemeral (helpers.go localVolumeNames). */
export function localVolumeNames(pod: Pod): string[] {
  return (pod.spec?.volumes ?? []).filter((v) => v.hostPath !== undefined || isLocalEphemeralVolume(v)).map((v) => v.name);
}

export function hasDedicatedImageFs(limits: FilesystemLimits | undefined): boolean {
  return !!limits?.imagefs;
}

export function buildSummary(input: SummaryInput): Summary {
  const time = input.time;
  const node = input.nodeUsage ?? EMPTY_NODE_USAGE;
  const dedicated = hasDedicatedImageFs(input.limits);
  const capMem = bytes(input.capacity.memory);
  const allocMem = input.allocatable?.memory !== undefined ? bytes(input.allocatable.memory) : capMem;

  const t = input.podTotals ?? sumPodUsage(input.pods);
  const podsWS = t.workingSetBytes, podsCPU = t.cpuNanoCores, podsPids = t.pids;
  const rootfs = t.rootfsBytes, rootfsInodes = t.rootfsInodes, logs = t.logsBytes, volumes = t.volumeBytes;

  const nodefsCap = bytes(input.capacity['ephemeral-storage']);
  const nodefsInodes = input.limits?.inodes ?? DEFAULT_NODEFS_INODES;
  const onContainerFs = rootfs + node.imagesBytes + node.deadContainersBytes;
  const nodefs = fs(time, nodefsCap, node.nodefsBytes + logs + volumes + (dedicated ? 0 : onContainerFs),
    nodefsInodes, node.nodefsInodes + (dedicated ? 0 : rootfsInodes));
  let imageFs: FsStats;
  if (dedicated) {
    const img = input.limits!.imagefs!;
    imageFs = fs(time, bytes(img.capacity), onContainerFs, img.inodes ?? DEFAULT_IMAGEFS_INODES, rootfsInodes);
  } else {
    imageFs = { ...nodefs };
  }
  const containerFsDevice = { ...imageFs };
  imageFs.usedBytes = node.imagesBytes;

  const nodeWS = podsWS + node.systemMemoryBytes;
  const podsLimit = Math.min(capMem, allocMem + (input.evictionHardMemoryBytes ?? 0));
  let pods: PodStats[] | undefined;
  const summary: Summary = {
    node: {
      nodeName: input.nodeName,
      startTime: input.nodeStartTime,
      cpu: { time, usageNanoCores: podsCPU },
      memory: { time, availableBytes: Math.max(0, capMem - nodeWS), usageBytes: nodeWS, workingSetBytes: nodeWS, rssBytes: nodeWS },
      systemContainers: [{
        name: SYSTEM_CONTAINER_PODS,
        startTime: input.nodeStartTime,
        cpu: { time, usageNanoCores: podsCPU },
        memory: { time, availableBytes: Math.max(0, podsLimit - podsWS), usageBytes: podsWS, workingSetBytes: podsWS },
      }],
      fs: nodefs,
      runtime: { imageFs, containerFs: containerFsDevice },
      rlimit: { time, maxpid: input.limits?.pids ?? DEFAULT_MAX_PID, curproc: node.systemPids + podsPids },
    },
    // Per-pod stats are built on first read: the eviction manager reads them only for pods with
    // local-storage limits and when ranking victims; the status post sends podTotals instead.
    get pods(): PodStats[] {
      return (pods ??= input.pods.map(({ pod, usage }) => podStats(time, pod, usage, nodefs, containerFsDevice)));
    },
  };
  return summary;
}

/** A pod's totals as its PodStats reports them (cpu, memory, ephemeral-storage, processes). */
export interface PodTotals { cpuNanoCores: number; workingSetBytes: number; ephemeralUsedBytes: number; ephemeralInodesUsed: number; pids: number }

export function podTotals(pod: Pod, usage: PodUsage): PodTotals {
  let cpu = 0;
  let ws = 0;
  let used = 0;
  let inodesUsed = 0;
  let pids = 0;
  for (const c of usage.containers) {
    cpu += c.cpuNanoCores;
    ws += c.memoryWorkingSetBytes;
    used += c.rootfsBytes + c.logsBytes;
    inodesUsed += c.rootfsInodes;
    pids += c.pids;
  }
  if (usage.volumes.length > 0) {
    const ephemeral = factsOf(pod).ephemeral;
    for (const v of usage.volumes) {
      if (ephemeral.has(v.name)) {
        used += v.usedBytes;
        inodesUsed += v.inodesUsed;
      }
    }
  }
  return { cpuNanoCores: cpu, workingSetBytes: ws, ephemeralUsedBytes: used, ephemeralInodesUsed: inodesUsed, pids };
}

/** What podStats needs from the pod spec, parsed once per Pod object (the kubelet replaces the object on change). */
interface PodSpecFacts { limits: Map<string, number>; ephemeral: Set<string>; onDisk: Set<string>; started: number }
const factsByPod = new WeakMap<Pod, PodSpecFacts>();

function factsOf(pod: Pod): PodSpecFacts {
  let f = factsByPod.get(pod);
  if (f && Object.is(f.started, parseStart(pod))) return f;
  const limits = new Map<string, number>();
  for (const c of [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])]) {
    const raw = c.resources?.limits?.memory;
    if (raw !== undefined) limits.set(c.name, bytes(raw));
  }
  f = {
    limits,
    ephemeral: new Set((pod.spec?.volumes ?? []).filter(isLocalEphemeralVolume).map((v) => v.name)),
    onDisk: new Set((pod.spec?.volumes ?? []).filter((v) => v.emptyDir?.medium !== 'Memory').map((v) => v.name)),
    started: parseStart(pod),
  };
  factsByPod.set(pod, f);
  return f;
}

function parseStart(pod: Pod): number {
  return parseK8sTime(pod.status?.startTime);
}

function podStats(time: number, pod: Pod, usage: PodUsage, nodefs: FsStats, containerFs: FsStats): PodStats {
  const facts = factsOf(pod);
  const limits = facts.limits;
  const containers: ContainerStats[] = new Array(usage.containers.length);
  for (let i = 0; i < usage.containers.length; i++) {
    const c = usage.containers[i];
    const limit = limits.get(c.name);
    const mem: ContainerStats['memory'] = { time, workingSetBytes: c.memoryWorkingSetBytes, usageBytes: c.memoryWorkingSetBytes, rssBytes: c.memoryWorkingSetBytes };
    if (limit) mem!.availableBytes = Math.max(0, limit - c.memoryWorkingSetBytes);
    containers[i] = {
      name: c.name,
      startTime: c.startedAt,
      cpu: { time, usageNanoCores: c.cpuNanoCores },
      memory: mem,
      rootfs: { time, capacityBytes: containerFs.capacityBytes, availableBytes: containerFs.availableBytes, inodes: containerFs.inodes, inodesFree: containerFs.inodesFree, usedBytes: c.rootfsBytes, inodesUsed: c.rootfsInodes },
      logs: { time, capacityBytes: nodefs.capacityBytes, availableBytes: nodefs.availableBytes, inodes: nodefs.inodes, inodesFree: nodefs.inodesFree, usedBytes: c.logsBytes, inodesUsed: 0 },
    };
  }
  const volume: VolumeStats[] = [];
  for (const v of usage.volumes) {
    volume.push({ time, capacityBytes: nodefs.capacityBytes, availableBytes: nodefs.availableBytes, inodes: nodefs.inodes, inodesFree: nodefs.inodesFree, name: v.name, usedBytes: v.usedBytes, inodesUsed: v.inodesUsed });
  }
  const t = podTotals(pod, usage);
  const started = facts.started;
  return {
    podRef: { name: pod.metadata?.name ?? '', namespace: pod.metadata?.namespace ?? '', uid: pod.metadata?.uid ?? '' },
    startTime: Number.isFinite(started) ? started : undefined,
    containers,
    cpu: { time, usageNanoCores: t.cpuNanoCores },
    memory: { time, workingSetBytes: t.workingSetBytes, usageBytes: t.workingSetBytes },
    volume,
    'ephemeral-storage': { time, capacityBytes: nodefs.capacityBytes, availableBytes: nodefs.availableBytes, inodes: nodefs.inodes, inodesFree: nodefs.inodesFree, usedBytes: t.ephemeralUsedBytes, inodesUsed: t.ephemeralInodesUsed },
    process_stats: { process_count: t.pids },
  };
}

function fs(time: number, capacity: number, used: number, inodes: number, inodesUsed: number): FsStats {
  return {
    time, capacityBytes: capacity, usedBytes: used, availableBytes: Math.max(0, capacity - used),
    inodes, inodesUsed, inodesFree: Math.max(0, inodes - inodesUsed),
  };
}

/** Capacities are parsed on every collection and are few distinct strings: parsed once each. */
const parsedBytes = new Map<string, number>();

function bytes(q: string | undefined): number {
  if (q === undefined || q === '') return 0;
  const key = String(q);
  let v = parsedBytes.get(key);
  if (v === undefined) {
    try {
      v = Math.max(0, parseQuantity(key).value());
    } catch {
      v = 0;
    }
    if (parsedBytes.size > 10_000) parsedBytes.clear();
    parsedBytes.set(key, v);
  }
  return v;
}
