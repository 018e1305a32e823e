/**
 * apps/v1: Deployments and ReplicaSets (+ status, scale), DaemonSets (+ status); and the
 * group's discovery documents.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { apiGroup, resourceList } from '../discovery.js';
import { decodeObjectBody, decodePatch } from '../media.js';
import type { Query } from '../query.js';
import { APPS_V1 } from '../resources.js';
import { identityBackend, type ApiContext, type ResourceParams } from '../rest/context.js';
import { PARAMS_SCHEMA, QUERY_SCHEMA, registerResource } from '../rest/routes.js';
import { getScale, patchScale, updateScale } from '../subresources.js';

type Req = FastifyRequest<{ Params: ResourceParams; Querystring: Query }>;
const schema = { querystring: QUERY_SCHEMA, params: PARAMS_SCHEMA };

/** Registers under the /apis prefix. */
export function appsV1(app: FastifyInstance, ctx: ApiContext): void {
  const base = '/apps/v1';
  app.get('/apps', async () => apiGroup('apps'));
  app.get(base, async () => resourceList(APPS_V1));
  for (const def of APPS_V1.resources) {
    const backend = identityBackend(def);
    registerResource(app, ctx, backend, { base, status: true });
    if (!def.subresources.some((s) => s.name === 'scale')) continue;
    const path = `${base}/namespaces/:namespace/${def.resource}/:name/scale`;
    app.get(path, { schema }, async (req: Req) => getScale(ctx, backend, req.params.namespace ?? '', req.params.name ?? ''));
    app.put(path, { schema }, async (req: Req) => updateScale(ctx, backend, req.params.namespace ?? '', req.params.name ?? '', decodeObjectBody(req), req.query));
    app.patch(path, { schema }, async (req: Req) => {
      const { type, patch } = decodePatch(req);
      return patchScale(ctx, backend, req.params.namespace ?? '', req.params.name ?? '', type, patch, req.query);
    });
  }
}
