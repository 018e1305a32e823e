export { AgentGateway } from './gateway.js';
export type { GatewayOptions } from './gateway.js';
export { AgentSession } from './session.js';
export type { AgentConnection } from './session.js';
export { NodeStatsCache } from './stats-cache.js';
export type { NodeStatsEntry, PodRefInfo } from './stats-cache.js';
export { NODE_LEASE_NAMESPACE, KUBELET_READY } from './node-objects.js';
