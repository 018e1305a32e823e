/**
 * The Kubernetes API of the control plane (kube-apiserver's REST surface for the resources kemu
 * emulates), compatible with kubectl 1.32 and @kubernetes/client-node: see
 * /work/shared/spec/kube-api-compat.md. Register `kubeApi` as a fastify plugin; add
 * `apiAuthHook(token)` to any other plugin serving /apis paths (kemu.dev).
 */
export { kubeApi, isResourcePath, type KubeApiOptions } from './plugin.js';
export { apiAuthHook, bearerTokenMatches, isProtectedPath } from './auth.js';
export { versionInfo, KUBE_VERSION } from './version.js';
export { GROUP_VERSIONS, resourceForKind, findResource, type ResourceDef, type GroupVersionDef } from './resources.js';
export { toStatus, sendStatus, ApiError, type Status } from './status.js';
export { evictPod, EVICTION_NAME_MISMATCH, type EvictionResult } from './eviction.js';
export { toSummaryApi, type SummaryJson } from './stats-summary.js';
export { nodeMetrics, podMetrics, type NodeMetrics, type PodMetrics } from './metrics.js';
export { buildTable, printObject, printPod, humanDuration, type Table } from './tables/index.js';
export { applyPatch } from './patch/index.js';
export { validateCreate, validateUpdate } from './validation/index.js';
export { coreToEventsV1, eventsV1ToCore } from './events-v1.js';
