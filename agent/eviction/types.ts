/**
 * Eviction signals, thresholds and the constants the kubelet's eviction manager uses.
 * Upstream: pkg/kubelet/eviction/api/types.go, pkg/kubelet/eviction/helpers.go (init, consts),
 * pkg/kubelet/eviction/eviction_manager.go (consts).
 */
import type { Quantity } from '../../core/quantity.js';

export const SIGNAL_MEMORY_AVAILABLE = 'memory.available';
export const SIGNAL_ALLOCATABLE_MEMORY_AVAILABLE = 'allocatableMemory.available';
export const SIGNAL_NODEFS_AVAILABLE = 'nodefs.available';
export const SIGNAL_NODEFS_INODES_FREE = 'nodefs.inodesFree';
export const SIGNAL_IMAGEFS_AVAILABLE = 'imagefs.available';
export const SIGNAL_IMAGEFS_INODES_FREE = 'imagefs.inodesFree';
export const SIGNAL_CONTAINERFS_AVAILABLE = 'containerfs.available';
export const SIGNAL_CONTAINERFS_INODES_FREE = 'containerfs.inodesFree';
export const SIGNAL_PID_AVAILABLE = 'pid.available';

/**
 * Every supported signal, in kemu's fixed order (used to break ties between several thresholds
 * met at once; upstream iterates a Go map there, see thresholds.ts byEvictionPriority).
 * `swap.available` is in upstream OpForSignal but not in signalToResource, so it is rejected.
 */
export const SIGNALS = [
  SIGNAL_MEMORY_AVAILABLE, SIGNAL_ALLOCATABLE_MEMORY_AVAILABLE,
  SIGNAL_NODEFS_AVAILABLE, SIGNAL_NODEFS_INODES_FREE,
  SIGNAL_IMAGEFS_AVAILABLE, SIGNAL_IMAGEFS_INODES_FREE,
  SIGNAL_CONTAINERFS_AVAILABLE, SIGNAL_CONTAINERFS_INODES_FREE,
  SIGNAL_PID_AVAILABLE,
] as const;
export type Signal = (typeof SIGNALS)[number];

export function isSignal(s: string): s is Signal {
  return (SIGNALS as readonly string[]).includes(s);
}

/** The only operator upstream (OpForSignal maps every signal to it). */
export const OP_LESS_THAN = 'LessThan';
export type ThresholdOperator = typeof OP_LESS_THAN;

/** Resources reclaimed per signal (helpers.go signalToResource). inodes and pids are kubelet-internal names. */
export type ReclaimResource = 'memory' | 'ephemeral-storage' | 'inodes' | 'pids';
export const RESOURCE_MEMORY: ReclaimResource = 'memory';
export const RESOURCE_EPHEMERAL_STORAGE: ReclaimResource = 'ephemeral-storage';
export const RESOURCE_INODES: ReclaimResource = 'inodes';
export const RESOURCE_PIDS: ReclaimResource = 'pids';

export const SIGNAL_TO_RESOURCE: Readonly<Record<Signal, ReclaimResource>> = {
  'memory.available': 'memory',
  'allocatableMemory.available': 'memory',
  'nodefs.available': 'ephemeral-storage',
  'nodefs.inodesFree': 'inodes',
  'imagefs.available': 'ephemeral-storage',
  'imagefs.inodesFree': 'inodes',
  'containerfs.available': 'ephemeral-storage',
  'containerfs.inodesFree': 'inodes',
  'pid.available': 'pids',
};

export type PressureCondition = 'MemoryPressure' | 'DiskPressure' | 'PIDPressure';
export const MEMORY_PRESSURE: PressureCondition = 'MemoryPressure';
export const DISK_PRESSURE: PressureCondition = 'DiskPressure';
export const PID_PRESSURE: PressureCondition = 'PIDPressure';
/** Order used when several conditions are reported together (upstream: map order). */
export const PRESSURE_CONDITIONS: readonly PressureCondition[] = [MEMORY_PRESSURE, DISK_PRESSURE, PID_PRESSURE];

export const SIGNAL_TO_NODE_CONDITION: Readonly<Record<Signal, PressureCondition>> = {
  'memory.available': 'MemoryPressure',
  'allocatableMemory.available': 'MemoryPressure',
  'nodefs.available': 'DiskPressure',
  'nodefs.inodesFree': 'DiskPressure',
  'imagefs.available': 'DiskPressure',
  'imagefs.inodesFree': 'DiskPressure',
  'containerfs.available': 'DiskPressure',
  'containerfs.inodesFree': 'DiskPressure',
  'pid.available': 'PIDPressure',
};

/** A literal quantity or a fraction of capacity (float32, 0..1): exactly one is used. */
export interface ThresholdValue {
  quantity?: Quantity;
  /** float32 fraction (10% = Math.fround(0.1)); used when quantity is absent. */
  percentage: number;
}

/**
 * One eviction threshold. Identity matters: the manager tracks thresholds by object identity,
 * like upstream keys maps by the Threshold struct (whose pointer fields come from the config).
 */
export interface Threshold {
  signal: Signal;
  operator: ThresholdOperator;
  value: ThresholdValue;
  /** Milliseconds the threshold must be met before eviction; 0 = hard threshold. */
  gracePeriod: number;
  minReclaim?: ThresholdValue;
}

export function isHardEvictionThreshold(t: Threshold): boolean {
  return t.gracePeriod === 0;
}

/** One observed signal (helpers.go signalObservation). */
export interface SignalObservation {
  available: number;
  capacity: number;
  /** BinarySI for bytes, DecimalSI for inodes and pids (only matters for messages). */
  format: 'BinarySI' | 'DecimalSI';
  /** Sample time (cluster ms); undefined = zero time. */
  time?: number;
}

export type SignalObservations = Partial<Record<Signal, SignalObservation>>;

// ---- strings (helpers.go, eviction_manager.go, v1 constants) ----

/** Pod status reason and event reason of an eviction (helpers.go Reason). */
export const REASON_EVICTED = 'Evicted';
/** Node event while reclaiming. */
export const REASON_EVICTION_THRESHOLD_MET = 'EvictionThresholdMet';
export const CONDITION_DISRUPTION_TARGET = 'DisruptionTarget';
/** v1.PodReasonTerminationByKubelet */
export const REASON_TERMINATION_BY_KUBELET = 'TerminationByKubelet';

export const ANNOTATION_OFFENDING_CONTAINERS = 'offending_containers';
export const ANNOTATION_OFFENDING_CONTAINERS_USAGE = 'offending_containers_usage';
export const ANNOTATION_OFFENDING_POD = 'offending_pod';
export const ANNOTATION_OFFENDING_POD_USAGE = 'offending_pod_usage';
export const ANNOTATION_STARVED_RESOURCE = 'starved_resource';

/** Grace period override of hard and local-storage evictions (v1.31+; it was 0 before). */
export const IMMEDIATE_EVICTION_GRACE_PERIOD_SECONDS = 1;
export const POD_CLEANUP_TIMEOUT_MS = 30_000;
export const POD_CLEANUP_POLL_FREQ_MS = 1_000;
/** pkg/kubelet/kubelet.go evictionMonitoringPeriod */
export const EVICTION_MONITORING_PERIOD_MS = 10_000;
/** kubelet config default evictionPressureTransitionPeriod */
export const DEFAULT_PRESSURE_TRANSITION_PERIOD_MS = 5 * 60_000;

/** Pseudo-signals of local-storage limit evictions (metric labels upstream). */
export const SIGNAL_EPHEMERAL_CONTAINER_FS_LIMIT = 'ephemeralcontainerfs.limit';
export const SIGNAL_EPHEMERAL_POD_FS_LIMIT = 'ephemeralpodfs.limit';
export const SIGNAL_EMPTY_DIR_FS_LIMIT = 'emptydirfs.limit';
export type LocalStorageSignal = typeof SIGNAL_EPHEMERAL_CONTAINER_FS_LIMIT | typeof SIGNAL_EPHEMERAL_POD_FS_LIMIT | typeof SIGNAL_EMPTY_DIR_FS_LIMIT;
