/**
 * Control-plane settings, named after the upstream kube-controller-manager / kube-scheduler flags
 * (in lowerCamelCase for scenario files: `--node-monitor-grace-period` is nodeMonitorGracePeriod).
 * Durations are cluster-time milliseconds.
 */
export interface ControlPlaneConfig {
  /** --node-monitor-period (5s) */
  nodeMonitorPeriod: number;
  /** --node-monitor-grace-period (50s since v1.32; 40s before) */
  nodeMonitorGracePeriod: number;
  /** --node-startup-grace-period (1m) */
  nodeStartupGracePeriod: number;
  /** --enable-taint-manager (true); false selects the legacy --pod-eviction-timeout path */
  enableTaintManager: boolean;
  /** --pod-eviction-timeout (5m), legacy mode only */
  podEvictionTimeout: number;
  /** --node-eviction-rate (0.1 nodes/s) */
  nodeEvictionRate: number;
  /** --secondary-node-eviction-rate (0.01 nodes/s) */
  secondaryNodeEvictionRate: number;
  /** --large-cluster-size-threshold (50) */
  largeClusterSizeThreshold: number;
  /** --unhealthy-zone-threshold (0.55) */
  unhealthyZoneThreshold: number;
  /** scheduler DefaultPreemption on/off */
  preemption: boolean;
  /** kube-scheduler podInitialBackoffSeconds (1s) */
  podInitialBackoff: number;
  /** kube-scheduler podMaxBackoffSeconds (10s) */
  podMaxBackoff: number;
  /** --terminated-pod-gc-threshold (12500) */
  terminatedPodGcThreshold: number;
}

export const DEFAULT_CONTROL_PLANE_CONFIG: Readonly<ControlPlaneConfig> = Object.freeze({
  nodeMonitorPeriod: 5_000,
  nodeMonitorGracePeriod: 50_000,
  nodeStartupGracePeriod: 60_000,
  enableTaintManager: true,
  podEvictionTimeout: 300_000,
  nodeEvictionRate: 0.1,
  secondaryNodeEvictionRate: 0.01,
  largeClusterSizeThreshold: 50,
  unhealthyZoneThreshold: 0.55,
  preemption: true,
  podInitialBackoff: 1_000,
  podMaxBackoff: 10_000,
  terminatedPodGcThreshold: 12_500,
});

export type ConfigFieldType = 'duration' | 'number' | 'integer' | 'boolean';

/** Field name → (upstream flag name, value type). Drives CLI flags and scenario validation. */
export const CONTROL_PLANE_FIELDS: Record<keyof ControlPlaneConfig, { flag: string; type: ConfigFieldType }> = {
  nodeMonitorPeriod: { flag: 'node-monitor-period', type: 'duration' },
  nodeMonitorGracePeriod: { flag: 'node-monitor-grace-period', type: 'duration' },
  nodeStartupGracePeriod: { flag: 'node-startup-grace-period', type: 'duration' },
  enableTaintManager: { flag: 'enable-taint-manager', type: 'boolean' },
  podEvictionTimeout: { flag: 'pod-eviction-timeout', type: 'duration' },
  nodeEvictionRate: { flag: 'node-eviction-rate', type: 'number' },
  secondaryNodeEvictionRate: { flag: 'secondary-node-eviction-rate', type: 'number' },
  largeClusterSizeThreshold: { flag: 'large-cluster-size-threshold', type: 'integer' },
  unhealthyZoneThreshold: { flag: 'unhealthy-zone-threshold', type: 'number' },
  preemption: { flag: 'enable-preemption', type: 'boolean' },
  podInitialBackoff: { flag: 'pod-initial-backoff', type: 'duration' },
  podMaxBackoff: { flag: 'pod-max-backoff', type: 'duration' },
  terminatedPodGcThreshold: { flag: 'terminated-pod-gc-threshold', type: 'integer' },
};
