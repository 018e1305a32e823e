/**
 * The kubelet Summary API, shaped like k8s.io/kubelet/pkg/apis/stats/v1alpha1 (types.go), with the
 * same JSON field names. One deviation: `time` / `startTime` are cluster-time milliseconds since
 * the epoch (numbers, like the wire protocol) instead of metav1.Time strings; `undefined` plays
 * the role of Go's zero time.
 */

export interface Summary {
  node: NodeStats;
  pods: PodStats[];
}

export interface NodeStats {
  nodeName: string;
  /** Stats of system daemons and of the `pods` cgroup (allocatableMemory.available reads it). */
  systemContainers?: ContainerStats[];
  startTime?: number;
  cpu?: CPUStats;
  memory?: MemoryStats;
  /** The node (root) filesystem: nodefs. */
  fs?: FsStats;
  runtime?: RuntimeStats;
  rlimit?: RlimitStats;
}

export interface RuntimeStats {
  /** The filesystem holding images (the nodefs device when there is no dedicated imagefs). */
  imageFs?: FsStats;
  /** The filesystem holding writable layers (= imageFs unless split). */
  containerFs?: FsStats;
}

export interface RlimitStats {
  time?: number;
  maxpid?: number;
  curproc?: number;
}

export interface CPUStats {
  time?: number;
  usageNanoCores?: number;
  usageCoreNanoSeconds?: number;
}

export interface MemoryStats {
  time?: number;
  availableBytes?: number;
  usageBytes?: number;
  workingSetBytes?: number;
  rssBytes?: number;
}

export interface FsStats {
  time?: number;
  availableBytes?: number;
  capacityBytes?: number;
  usedBytes?: number;
  inodesFree?: number;
  inodes?: number;
  inodesUsed?: number;
}

export interface PodReference {
  name: string;
  namespace: string;
  uid: string;
}

export interface ProcessStats {
  process_count?: number;
}

export interface VolumeStats extends FsStats {
  name: string;
}

export interface PodStats {
  podRef: PodReference;
  startTime?: number;
  containers: ContainerStats[];
  cpu?: CPUStats;
  memory?: MemoryStats;
  volume?: VolumeStats[];
  'ephemeral-storage'?: FsStats;
  process_stats?: ProcessStats;
}

export interface ContainerStats {
  name: string;
  startTime?: number;
  cpu?: CPUStats;
  memory?: MemoryStats;
  rootfs?: FsStats;
  logs?: FsStats;
}

/** statsapi.SystemContainer* names. */
export const SYSTEM_CONTAINER_KUBELET = 'kubelet';
export const SYSTEM_CONTAINER_RUNTIME = 'runtime';
export const SYSTEM_CONTAINER_MISC = 'misc';
export const SYSTEM_CONTAINER_PODS = 'pods';
