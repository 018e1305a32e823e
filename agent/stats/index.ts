/**
 * The kubelet Summary API (k8s.io/kubelet/pkg/apis/stats/v1alpha1) for an emulated node:
 * built from capacity, filesystem limits and the usage model, read by the eviction manager.
 */
export type {
  Summary, NodeStats, PodStats, ContainerStats, FsStats, MemoryStats, CPUStats, RlimitStats, RuntimeStats,
  VolumeStats, PodReference, ProcessStats,
} from './types.js';
export {
  SYSTEM_CONTAINER_PODS, SYSTEM_CONTAINER_KUBELET, SYSTEM_CONTAINER_RUNTIME, SYSTEM_CONTAINER_MISC,
} from './types.js';
export {
  buildSummary, podTotals, sumPodUsage, ZERO_POD_USAGE_TOTALS, isLocalEphemeralVolume, localVolumeNames, hasDedicatedImageFs,
  DEFAULT_NODEFS_INODES, DEFAULT_IMAGEFS_INODES, DEFAULT_MAX_PID,
} from './summary.js';
export type { SummaryInput, FilesystemLimits, PodWithUsage, PodTotals, PodUsageTotals } from './summary.js';
