/**
 * metrics.k8s.io/v1beta1 (what metrics-server serves): NodeMetrics and PodMetrics from the
 * agents' latest stats, with label and metadata.name field selectors. `kubectl top` reads these.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { formatDuration, parseDuration } from '../../../core/duration.js';
import { matchesFields, matchesLabels } from '../../../core/labels.js';
import type { KObject, Node, Pod } from '../../../core/types.js';
import { toK8sTime } from '../../../core/time-format.js';
import { negotiateOutput } from '../media.js';
import { METRICS_API_VERSION, nodeMetrics, podMetrics, type NodeMetrics, type PodMetrics } from '../metrics.js';
import { nodeSummary } from '../proxy.js';
import { parseListQuery, type Query } from '../query.js';
import { METRICS_V1BETA1 } from '../resources.js';
import { byKey, type ApiContext, type ResourceParams } from '../rest/context.js';
import { apiError, REASON } from '../status.js';
import { buildTable } from '../tables/index.js';
import { resourceList } from '../discovery.js';
import { toSummaryApi } from '../stats-summary.js';

const [NODES, PODS] = METRICS_V1BETA1.resources;
type Req = FastifyRequest<{ Params: ResourceParams; Querystring: Query }>;

/** metrics-server's NotFound names the metrics resource: `nodemetrics.metrics.k8s.io "x" not found`. */
function metricsNotFound(resource: 'nodemetrics' | 'podmetrics', name: string) {
  return apiError(404, REASON.NotFound, `${resource}.metrics.k8s.io "${name}" not found`, { name, group: 'metrics.k8s.io', kind: resource });
}

/** The agent's stats interval (kubelet nodeStatusUpdateFrequency), as metrics' window. */
function windowOf(ctx: ApiContext, node: string): string {
  const freq = ctx.cp.gateway.kubeletSettings.get(node)?.node_status_update_frequency;
  try {
    return formatDuration(parseDuration(freq || '10s'));
  } catch {
    return '10s';
  }
}

function allNodeMetrics(ctx: ApiContext): NodeMetrics[] {
  const now = toK8sTime(ctx.cp.clock.now());
  const out: NodeMetrics[] = [];
  for (const entry of ctx.cp.gateway.stats.all()) {
    const node = ctx.cp.store.get<Node>('Node', undefined, entry.node);
    if (!node) continue;
    out.push(nodeMetrics(node, nodeSummary(ctx, entry.node), windowOf(ctx, entry.node), now));
  }
  return out.sort(byKey);
}

function allPodMetrics(ctx: ApiContext, namespace: string | undefined): PodMetrics[] {
  const now = toK8sTime(ctx.cp.clock.now());
  const store = ctx.cp.store;
  const out: PodMetrics[] = [];
  for (const entry of ctx.cp.gateway.stats.all()) {
    const summary = toSummaryApi(entry, (ns, name) => store.get<Pod>('Pod', ns, name));
    for (const ps of summary.pods) {
      if (namespace && ps.podRef.namespace !== namespace) continue;
      const pod = store.get<Pod>('Pod', ps.podRef.namespace, ps.podRef.name);
      if (!pod || pod.metadata?.uid !== ps.podRef.uid) continue;
      out.push(podMetrics(pod, ps, windowOf(ctx, entry.node), now));
    }
  }
  return out.sort(byKey);
}

function send(ctx: ApiContext, req: Req, reply: FastifyReply, kind: 'NodeMetrics' | 'PodMetrics', items: KObject[]) {
  const q = parseListQuery(kind === 'NodeMetrics' ? NODES : PODS, req.query);
  const selected = items.filter((o) => matchesLabels(q.labelSelector, o.metadata?.labels) && matchesFields(q.fieldSelector, o));
  const output = negotiateOutput(req.headers.accept);
  const rv = String(ctx.cp.store.resourceVersion);
  if (output.as === 'Table') {
    const rows = selected.map((o) => ({ stored: o, served: o }));
    return reply.type('application/json').send(buildTable(undefined, rows, ctx.cp.clock.now(), { version: output.version, includeObject: q.includeObject }, { resourceVersion: rv }));
  }
  return reply.type('application/json').send({ kind: `${kind}List`, apiVersion: METRICS_API_VERSION, metadata: { resourceVersion: rv }, items: selected });
}

export function metricsV1beta1(app: FastifyInstance, ctx: ApiContext): void {
  const base = '/metrics.k8s.io/v1beta1';
  app.get(base, async () => resourceList(METRICS_V1BETA1));
  app.get(`${base}/nodes`, async (req: Req, reply) => send(ctx, req, reply, 'NodeMetrics', allNodeMetrics(ctx)));
  app.get(`${base}/nodes/:name`, async (req: Req) => {
    const m = allNodeMetrics(ctx).find((x) => x.metadata.name === req.params.name);
    if (!m) throw metricsNotFound('nodemetrics', req.params.name ?? '');
    return m;
  });
  app.get(`${base}/pods`, async (req: Req, reply) => send(ctx, req, reply, 'PodMetrics', allPodMetrics(ctx, undefined)));
  app.get(`${base}/namespaces/:namespace/pods`, async (req: Req, reply) => send(ctx, req, reply, 'PodMetrics', allPodMetrics(ctx, req.params.namespace)));
  app.get(`${base}/namespaces/:namespace/pods/:name`, async (req: Req) => {
    const m = allPodMetrics(ctx, req.params.namespace).find((x) => x.metadata.name === req.params.name);
    if (!m) throw metricsNotFound('podmetrics', req.params.name ?? '');
    return m;
  });
}
