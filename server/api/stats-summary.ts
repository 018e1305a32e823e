/**
 * The kubelet Summary API JSON (k8s.io/kubelet/pkg/apis/stats/v1alpha1 types.go, served by the
 * kubelet at /stats/summary and by kube-apiserver at /api/v1/nodes/{node}/proxy/stats/summary)
 * from the SummaryMsg an agent pushed (proto/kemu.proto, snake_case fields). Pure.
 *
 * Times are metav1.Time (RFC 3339, whole seconds). Per-container stats come from the message
 * when the pod has several containers; a single-container pod's totals are its container's.
 */
import type { NodeStatsEntry } from '../gateway/index.js';
import type { FsStatsMsg, PodStatsMsg, SummaryMsg } from '../../proto/codec.js';
import type { Pod } from '../../core/types.js';
import { toK8sTime } from '../../core/time-format.js';

/** statsapi.SystemContainerPods. */
export const SYSTEM_CONTAINER_PODS = 'pods';

export interface FsStatsJson {
  time: string;
  availableBytes?: number;
  capacityBytes?: number;
  usedBytes?: number;
  inodesFree?: number;
  inodes?: number;
  inodesUsed?: number;
}

export interface ContainerStatsJson {
  name: string;
  startTime?: string;
  cpu?: { time: string; usageNanoCores: number };
  memory?: { time: string; workingSetBytes: number; availableBytes?: number; usageBytes?: number; rssBytes?: number };
  rootfs?: FsStatsJson;
  logs?: FsStatsJson;
}

export interface PodStatsJson {
  podRef: { name: string; namespace: string; uid: string };
  startTime?: string;
  containers: ContainerStatsJson[];
  cpu: { time: string; usageNanoCores: number };
  memory: { time: string; workingSetBytes: number };
  'ephemeral-storage'?: FsStatsJson;
  process_stats?: { process_count: number };
}

export interface SummaryJson {
  node: {
    nodeName: string;
    systemContainers: ContainerStatsJson[];
    startTime?: string;
    cpu: { time: string; usageNanoCores: number };
    memory: { time: string; availableBytes: number; usageBytes: number; workingSetBytes: number; rssBytes: number };
    fs?: FsStatsJson;
    runtime?: { imageFs?: FsStatsJson; containerFs?: FsStatsJson };
    rlimit?: { time: string; maxpid: number; curproc: number };
  };
  pods: PodStatsJson[];
}

/** uint64 fields may arrive as numbers or Long-like objects. */
export function num(v: unknown): number {
  if (typeof v === 'number') return v;
  if (v && typeof (v as { toNumber?: unknown }).toNumber === 'function') return (v as { toNumber(): number }).toNumber();
  const n = Number(v ?? 0);
  return Number.isFinite(n) ? n : 0;
}

function fs(f: FsStatsMsg | null | undefined, time: string): FsStatsJson | undefined {
  if (!f) return undefined;
  return {
    time, availableBytes: num(f.available_bytes), capacityBytes: num(f.capacity_bytes), usedBytes: num(f.used_bytes),
    inodesFree: num(f.inodes_free), inodes: num(f.inodes), inodesUsed: num(f.inodes_used),
  };
}

export type PodLookup = (namespace: string, name: string) => Pod | undefined;

function podStats(p: PodStatsMsg, ref: { namespace: string; name: string; uid: string }, pod: Pod | undefined, time: string): PodStatsJson {
  const startTime = pod?.status?.startTime;
  const cpu = num(p.cpu_usage_nano_cores);
  const mem = num(p.memory_working_set_bytes);
  const eph = num(p.ephemeral_storage_used_bytes);
  let containers: ContainerStatsJson[];
  if (p.containers && p.containers.length > 0) {
    containers = p.containers.map((c) => ({
      name: c.name ?? '', ...(startTime ? { startTime } : {}),
      cpu: { time, usageNanoCores: num(c.cpu_usage_nano_cores) },
      memory: { time, workingSetBytes: num(c.memory_working_set_bytes) },
      rootfs: { time, usedBytes: num(c.rootfs_used_bytes) },
      logs: { time, usedBytes: num(c.logs_used_bytes) },
    }));
  } else {
    const names = (pod?.spec?.containers ?? []).map((c) => c.name);
    containers = names.length === 1
      ? [{ name: names[0], ...(startTime ? { startTime } : {}), cpu: { time, usageNanoCores: cpu }, memory: { time, workingSetBytes: mem }, rootfs: { time, usedBytes: eph } }]
      : [];
  }
  return {
    podRef: { name: ref.name, namespace: ref.namespace, uid: ref.uid },
    ...(startTime ? { startTime } : {}),
    containers,
    cpu: { time, usageNanoCores: cpu },
    memory: { time, workingSetBytes: mem },
    'ephemeral-storage': { time, usedBytes: eph, inodesUsed: num(p.inodes_used) },
    process_stats: { process_count: num(p.pids) },
  };
}

/** The Summary API document for one node's latest stats. */
export function toSummaryApi(entry: NodeStatsEntry, lookupPod: PodLookup, nodeStartTime?: string): SummaryJson {
  const s: SummaryMsg = entry.summary;
  const time = toK8sTime(num(s.time) || entry.receivedAt);
  const n = s.node ?? {};
  const mem = n.memory ?? {};
  const pods: PodStatsJson[] = [];
  for (const p of s.pods ?? []) {
    const ref = entry.pods.get(num(p.ref));
    if (!ref) continue;
    pods.push(podStats(p, ref, lookupPod(ref.namespace, ref.name), time));
  }
  const runtime = n.image_fs || n.container_fs ? { imageFs: fs(n.image_fs, time), containerFs: fs(n.container_fs ?? n.image_fs, time) } : undefined;
  return {
    node: {
      nodeName: entry.node,
      systemContainers: [{
        name: SYSTEM_CONTAINER_PODS, ...(nodeStartTime ? { startTime: nodeStartTime } : {}),
        memory: { time, workingSetBytes: num(n.allocatable_memory_working_set_bytes) },
      }],
      ...(nodeStartTime ? { startTime: nodeStartTime } : {}),
      cpu: { time, usageNanoCores: num(n.cpu_usage_nano_cores) },
      memory: {
        time, availableBytes: num(mem.available_bytes), usageBytes: num(mem.usage_bytes),
        workingSetBytes: num(mem.working_set_bytes), rssBytes: num(mem.rss_bytes),
      },
      ...(n.fs ? { fs: fs(n.fs, time) } : {}),
      ...(runtime ? { runtime } : {}),
      ...(n.rlimit ? { rlimit: { time, maxpid: num(n.rlimit.maxpid), curproc: num(n.rlimit.curproc) } } : {}),
    },
    pods,
  };
}

/** `?only_cpu_and_memory=true` (metrics-server's query): node and pod cpu/memory only. */
export function onlyCpuAndMemory(s: SummaryJson): SummaryJson {
  return {
    node: { nodeName: s.node.nodeName, systemContainers: s.node.systemContainers, startTime: s.node.startTime, cpu: s.node.cpu, memory: s.node.memory },
    pods: s.pods.map((p) => ({
      podRef: p.podRef, startTime: p.startTime, cpu: p.cpu, memory: p.memory,
      containers: p.containers.map((c) => ({ name: c.name, startTime: c.startTime, cpu: c.cpu, memory: c.memory })),
    })),
  };
}
