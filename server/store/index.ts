export { Store, RESOURCE_NAME, keyOf, objectKey } from './store.js';
export type { WatchEvent, WatchEventType, WatchHandler, ListOptions, WatchOptions, IndexFn } from './store.js';
export { StoreError, notFound, alreadyExists, conflict, invalid, gone } from './errors.js';
export type { StatusReason, Cause } from './errors.js';
