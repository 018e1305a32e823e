/**
 * nodes/{name}/proxy/{path}: kube-apiserver proxies these to the node's kubelet. kemu answers
 * for the kubelet from what its agent pushed: /stats/summary (Summary API, also with
 * ?only_cpu_and_memory=true as metrics-server asks), /healthz and /pods; other kubelet paths get
 * the kubelet mux's 404. A node whose agent has not reported stats yet answers 503, as a proxy to
 * an unreachable kubelet does.
 */
import type { FastifyReply } from 'fastify';
import type { Node, Pod } from '../../core/types.js';
import { qbool, type Query } from './query.js';
import { resourceForKind } from './resources.js';
import { byKey, notFoundFor, type ApiContext } from './rest/context.js';
import { apiError, REASON } from './status.js';
import { onlyCpuAndMemory, toSummaryApi, type SummaryJson } from './stats-summary.js';

/** The Summary API document of a node, or a 503 when its agent has not reported stats. */
export function nodeSummary(ctx: ApiContext, nodeName: string): SummaryJson {
  const store = ctx.cp.store;
  const node = store.get<Node>('Node', undefined, nodeName);
  if (!node) throw notFoundFor(resourceForKind('Node'), nodeName);
  const entry = ctx.cp.gateway.stats.get(nodeName);
  if (!entry) {
    throw apiError(503, REASON.ServiceUnavailable, `error trying to reach service: the agent of node "${nodeName}" has not reported stats yet`);
  }
  return toSummaryApi(entry, (ns, name) => store.get<Pod>('Pod', ns, name), node.metadata?.creationTimestamp);
}

export function serveNodeProxy(ctx: ApiContext, nodeName: string, path: string, q: Query | undefined, reply: FastifyReply): FastifyReply {
  const store = ctx.cp.store;
  const clean = path.replace(/^\/+/, '').replace(/\/+$/, '');
  if (clean === 'stats/summary') {
    const summary = nodeSummary(ctx, nodeName);
    return reply.type('application/json').send(qbool(q, 'only_cpu_and_memory') ? onlyCpuAndMemory(summary) : summary);
  }
  if (!store.get('Node', undefined, nodeName)) throw notFoundFor(resourceForKind('Node'), nodeName);
  if (clean === 'healthz') return reply.type('text/plain').send('ok');
  if (clean === 'pods') {
    const items = store.byIndex<Pod>('Pod', 'spec.nodeName', nodeName).slice().sort(byKey);
    return reply.type('application/json').send({ kind: 'PodList', apiVersion: 'v1', metadata: {}, items });
  }
  return reply.code(404).type('text/plain; charset=utf-8').send('404 page not found\n');
}
