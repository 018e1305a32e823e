/**
 * What one emulated node is: its capacity, labels, taints, node-level usage annotations,
 * filesystem limits and KubeletConfiguration fields (upstream names and defaults).
 */
import type { Pod, Taint } from '../core/types.js';

export interface KubeletConfig {
  evictionHard?: Record<string, string>;
  evictionSoft?: Record<string, string>;
  evictionSoftGracePeriod?: Record<string, string>;
  evictionMaxPodGracePeriod?: number;
  evictionMinimumReclaim?: Record<string, string>;
  evictionPressureTransitionPeriod?: string;
  nodeStatusUpdateFrequency?: string;
  nodeLeaseDurationSeconds?: number;
}

export interface NodeLimits {
  inodes?: number;
  pids?: number;
  /** A dedicated image filesystem; null/absent = images on nodefs. */
  imagefs?: { capacity: string; inodes?: number } | null;
}

export interface NodeConfig {
  name: string;
  capacity: Record<string, string>;
  allocatable?: Record<string, string>;
  labels?: Record<string, string>;
  taints?: Taint[];
  /** Node annotations at registration, e.g. `usage.kemu.dev/memory`. */
  annotations?: Record<string, string>;
  limits?: NodeLimits;
  kubelet?: KubeletConfig;
  /** Cluster time from a pod's arrival to Running (container start). */
  podStartDelayMs?: number;
  internalIP?: string;
  unschedulable?: boolean;
  /** Static pod manifests (the kubelet's --pod-manifest-path), run without the API server. */
  staticPods?: Pod[];
}

export const DEFAULT_CAPACITY: Record<string, string> = {
  cpu: '4', memory: '8Gi', 'ephemeral-storage': '100Gi', pods: '110', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0',
};

export const DEFAULT_POD_START_DELAY_MS = 1_000;
