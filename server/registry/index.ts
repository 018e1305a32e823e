export { Registry } from './registry.js';
export { deletePod } from './pod-deletion.js';
export type { DeleteOptions, DeleteResult } from './pod-deletion.js';
export { evictPod, EVICTION_BY_API_REASON, EVICTION_BY_API_MESSAGE } from './eviction.js';
export type { EvictOptions } from './eviction.js';
