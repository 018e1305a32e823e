export { Registry } from './registry.js';
export { deletePod } from './pod-deletion.js';
export type { DeleteOptions, DeleteResult } from './pod-deletion.js';
