/**
 * The core group, /api/v1: namespaces, nodes (+ status, proxy), pods (+ status, eviction,
 * binding), events; and its discovery document.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { resourceList } from '../discovery.js';
import { evictPod } from '../eviction.js';
import { decodeObjectBody } from '../media.js';
import { serveNodeProxy } from '../proxy.js';
import type { Query } from '../query.js';
import { CORE_V1 } from '../resources.js';
import { identityBackend, type ApiContext, type ResourceParams } from '../rest/context.js';
import { PARAMS_SCHEMA, QUERY_SCHEMA, registerResource } from '../rest/routes.js';
import { sendStatus } from '../status.js';
import { bindPod } from '../subresources.js';

type Req = FastifyRequest<{ Params: ResourceParams; Querystring: Query }>;
const schema = { querystring: QUERY_SCHEMA, params: PARAMS_SCHEMA };

/** Registers under the /api prefix. */
export function coreV1(app: FastifyInstance, ctx: ApiContext): void {
  const base = '/v1';
  app.get(base, async () => resourceList(CORE_V1));
  for (const def of CORE_V1.resources) {
    registerResource(app, ctx, identityBackend(def), { base, status: def.subresources.some((s) => s.name === 'status') });
  }
  const pods = `${base}/namespaces/:namespace/pods/:name`;
  app.post(`${pods}/eviction`, { schema }, async (req: Req, reply) => {
    const r = evictPod(ctx, req.params.namespace ?? '', req.params.name ?? '', decodeObjectBody(req), req.query);
    return sendStatus(reply, r.status);
  });
  app.post(`${pods}/binding`, { schema }, async (req: Req, reply) => {
    return sendStatus(reply, bindPod(ctx, req.params.namespace ?? '', req.params.name ?? '', decodeObjectBody(req), req.query));
  });
  const proxy = async (req: Req, reply: FastifyReply) =>
    serveNodeProxy(ctx, req.params.name ?? '', req.params['*'] ?? '', req.query, reply);
  app.get(`${base}/nodes/:name/proxy`, proxy);
  app.get(`${base}/nodes/:name/proxy/*`, proxy);
}
