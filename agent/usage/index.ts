/**
 * The usage model: what pods and the node use at cluster time t, declared with
 * `usage.kemu.dev/*` annotations (spec: scenario-format.md §2). Pure functions; parse errors
 * come back as `problems` (for a Warning event) and never throw.
 */
export {
  USAGE_ANNOTATION_PREFIX, POD_USAGE_KEYS, NODE_USAGE_KEYS, VOLUME_USAGE_KEY, REASON_INVALID_USAGE_ANNOTATION,
  parsePodUsageAnnotations, parseNodeUsageAnnotations, parseUsageQuantity, describeUsageProblems,
} from './annotations.js';
export type { UsageProblem, PodUsageKey, NodeUsageKey } from './annotations.js';
export { podUsageAt, podUsageModel, usageIsTimeInvariant, podRuntimeFromStatus, usageContainers, spread, containerMemoryModel } from './pod-usage.js';
export type { PodUsage, ContainerUsage, VolumeUsage, PodRuntimeView, ContainerRuntimeView } from './pod-usage.js';
export { nodeUsageFromAnnotations, NodeGarbage, EMPTY_NODE_USAGE } from './node-usage.js';
export type { NodeUsage } from './node-usage.js';
export { oomKilledContainers, nextOOMKill, REASON_OOM_KILLED, OOM_EXIT_CODE } from './oom.js';
export type { OOMKill } from './oom.js';
