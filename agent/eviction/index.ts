/**
 * Kubelet node-pressure eviction (pkg/kubelet/eviction): configuration, signals and thresholds,
 * pod ranking, eviction messages, local-storage limits, admission, node pressure conditions, and
 * the EvictionManager loop that ties them together.
 */
export * from './types.js';
export {
  EvictionConfigError, DEFAULT_EVICTION_HARD, NODE_ALLOCATABLE_ENFORCEMENT_KEY, DEFAULT_ENFORCE_NODE_ALLOCATABLE,
  parsePercentage, parseThresholdStatement, parseThresholdConfig, addAllocatableThresholds, defaultedEvictionHard,
  evictionConfigFromKubelet, thresholdValuesEqual, hardMemoryEvictionBytes,
} from './config.js';
export type { EvictionConfig, KubeletEvictionSettings } from './config.js';
export { makeSignalObservations, cachedStatsFunc, getThresholdQuantity, formatObserved } from './observations.js';
export type { StatsFunc, ThresholdQuantity } from './observations.js';
export {
  thresholdsMet, thresholdsUpdatedStats, thresholdsFirstObservedAt, thresholdsMetGracePeriod, nodeConditions,
  nodeConditionsLastObservedAt, nodeConditionsObservedSince, mergeThresholds, hasThreshold, compareEvictionPriority,
  sortByEvictionPriority, getReclaimableThreshold, describeThreshold, formatThresholdValue,
} from './thresholds.js';
export type { ThresholdsObservedAt, NodeConditionsObservedAt, ThresholdWhy } from './thresholds.js';
export { updateContainerFsThresholds } from './containerfs.js';
export {
  orderedBy, cmpBool, priority, exceedMemoryRequests, memory, process, exceedDiskRequests, disk, podDiskUsage,
  rankMemoryPressure, rankPIDPressure, rankDiskPressureFunc, buildSignalToRankFunc, rankForSignal, rankWithKeys, SINGLE_FS,
} from './rank.js';
export type { PodComparator, Ranker, FsLayout, FsStatsType, DiskResource, RankedCandidate } from './rank.js';
export { buildSignalToNodeReclaimFuncs } from './reclaim.js';
export type { NodeReclaimFunc } from './reclaim.js';
export { podRequest, podLimit, aggregateContainerResources, containerRequest } from './requests.js';
export {
  evictionMessage, nodeLowMessage, thresholdMetMessage, containerMessage, podMessage, nodeConditionMessage,
  containerEphemeralStorageMessage, podEphemeralStorageMessage, emptyDirMessage,
} from './message.js';
export { localStorageViolations } from './local-storage.js';
export type { LocalStorageViolation } from './local-storage.js';
export {
  admitPod, toleratesTaint, tolerationsTolerateTaint, TAINT_NODE_MEMORY_PRESSURE, TAINT_NODE_DISK_PRESSURE,
  TAINT_NODE_PID_PRESSURE, POD_REJECTED_MESSAGE_PREFIX,
} from './admit.js';
export type { AdmitResult } from './admit.js';
export { pressureCondition, nodePressureConditions, PRESSURE_CONDITION_STRINGS } from './node-conditions.js';
export type { KubeletNodeCondition, NodeStatusEvent, PressureState } from './node-conditions.js';
export { EvictionManager } from './manager.js';
export type { EvictionManagerOptions, KillPodOptions, EvictionEvent, EvictionDecision, SyncResult, DisruptionCondition } from './manager.js';
export { effectiveGracePeriodSeconds, killPodTimeoutSeconds } from './grace.js';
export { kubeletResourceModel, summaryToMsg } from './kubelet-model.js';
export { runtimeViewOf } from './stats-collection.js';
