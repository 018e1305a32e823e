/**
 * The live event stream at /events (WebSocket): a snapshot of nodes, pods and recent Events, then
 * batched deltas (object changes, Events with their "why", node usage, the clock), as JSON or
 * protobuf (proto/kemu.proto StreamFrame), filtered by namespace, node and kinds, resumable from a
 * resourceVersion, and flow-controlled so a slow client never makes the server buffer without bound.
 */
export { EventStreamHub, closeReason, wsSocket, type EventStreamOptions } from './hub.js';
export { StreamConnection, type ConnectionStats, type ConnectionOptions, type StreamSocket } from './connection.js';
export { streamSourceOf, podNodeLookup, type StreamSource, type StatsSource } from './source.js';
export { parseStreamQuery, matchesQuery, filteredChange, DEFAULT_KINDS, type StreamQuery, type StreamFormat } from './filter.js';
export { DEFAULT_FLOW_LIMITS, decideFlush, overflowed, type FlowLimits, type FlowState, type FlowAction } from './flow.js';
export { encodeStreamFrame, decodeStreamFrame, StreamFrameError } from './frames.js';
export { buildSnapshot, SNAPSHOT_EVENTS } from './snapshot.js';
export { eventMechanism, isEvictionEvent, MECHANISMS } from './mechanism.js';
export { nodeUsageView, resolveThreshold, effectiveEvictionHard, DEFAULT_EVICTION_HARD, USAGE_SIGNALS, NO_THRESHOLD } from './usage.js';
export { nodeView, podView, eventView, objectView } from './views.js';
export { StreamCloseCode } from './types.js';
export type * from './types.js';
