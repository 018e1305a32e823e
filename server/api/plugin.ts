/**
 * The Kubernetes API as one fastify plugin: body parsers for every media type kubectl sends
 * (JSON, YAML, the patch types, protobuf DeleteOptions) kept as raw buffers and decoded per
 * route, Status errors for everything (including fastify's own), optional bearer auth, /version,
 * /openapi, and the group plugins under /api and /apis with 404 / 405 Status answers for paths
 * they do not serve.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { realClock, type Clock } from '../../core/clock/index.js';
import { logger } from '../../core/logger.js';
import type { ControlPlane } from '../controlplane.js';
import { apiAuthHook } from './auth.js';
import { apiVersions, apiGroupList } from './discovery.js';
import { appsV1 } from './groups/apps-v1.js';
import { coreV1 } from './groups/core-v1.js';
import { metricsV1beta1 } from './groups/metrics-v1beta1.js';
import { coordinationV1, eventsV1, kemuDiscovery, metricsDiscovery, policyV1, schedulingV1 } from './groups/simple.js';
import { documentHash, findOpenapiGroupVersion, openapiDocument, openapiRoot } from './openapi.js';
import { GROUP_VERSIONS } from './resources.js';
import type { ApiContext } from './rest/context.js';
import { closeAllWatches } from './rest/watch.js';
import {
  apiError, failure, internalError, methodNotAllowed, notFoundPath, REASON, sendStatus, toStatus, unsupportedMediaType, ApiError,
} from './status.js';
import { StoreError } from '../store/index.js';
import { SelectorError } from '../../core/labels.js';
import { versionInfo } from './version.js';

export interface KubeApiOptions {
  /** Bearer token required on /api, /apis, /version, /openapi (kemu server --api-token). */
  apiToken?: string;
  /** Clock for connection-level timers (watch heartbeats, timeoutSeconds); real time by default. */
  transportClock?: Clock;
}

/** Whether a path names a resource (or subresource) this API knows, whatever the method. */
export function isResourcePath(url: string): boolean {
  const segs = url.split('?')[0].split('/').filter(Boolean);
  let rest: string[];
  let gv;
  if (segs[0] === 'api') {
    gv = GROUP_VERSIONS.find((g) => g.group === '' && g.version === segs[1]);
    rest = segs.slice(2);
  } else if (segs[0] === 'apis') {
    gv = GROUP_VERSIONS.find((g) => g.group === segs[1] && g.version === segs[2]);
    rest = segs.slice(3);
  } else {
    return false;
  }
  if (!gv || rest.length === 0) return false;
  if (rest[0] === 'namespaces' && rest.length >= 3) rest = rest.slice(2);
  const def = gv.resources.find((r) => r.resource === rest[0]);
  if (!def) return false;
  if (rest.length <= 2) return true;
  return def.subresources.some((s) => s.name === rest[2]);
}

function errorHandler(ctx: ApiContext) {
  return (err: FastifyError | Error, req: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof ApiError || err instanceof StoreError || err instanceof SelectorError) return sendStatus(reply, toStatus(err));
    const code = (err as FastifyError).code;
    const statusCode = (err as FastifyError).statusCode;
    if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const limit = req.routeOptions?.bodyLimit ?? req.server.initialConfig.bodyLimit;
      return sendStatus(reply, failure(413, REASON.RequestEntityTooLarge, `Request entity too large: limit is ${limit}`));
    }
    if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return sendStatus(reply, unsupportedMediaType().status);
    if ((err as FastifyError).validation) return sendStatus(reply, apiError(400, REASON.BadRequest, err.message).status);
    if (statusCode && statusCode >= 400 && statusCode < 500) return sendStatus(reply, failure(statusCode, REASON.BadRequest, err.message));
    ctx.log.error({ err, method: req.method, url: req.url }, 'API request failed');
    return sendStatus(reply, internalError(err.message));
  };
}

function notFoundHandler(req: FastifyRequest, reply: FastifyReply) {
  return sendStatus(reply, (isResourcePath(req.url) ? methodNotAllowed() : notFoundPath()).status);
}

export async function kubeApi(app: FastifyInstance, cp: ControlPlane, opts: KubeApiOptions = {}): Promise<void> {
  const transport = opts.transportClock ?? realClock();
  const ctx: ApiContext = { cp, transport, log: logger('api'), watches: new Set() };

  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  app.setErrorHandler(errorHandler(ctx));
  app.addHook('onRequest', apiAuthHook(opts.apiToken));
  app.addHook('preClose', async () => closeAllWatches(ctx));
  app.addHook('onClose', async () => {
    if (!opts.transportClock) (transport as ReturnType<typeof realClock>).dispose();
  });

  app.get('/version', async () => versionInfo());
  app.get('/openapi/v3', async (_req, reply) => reply.header('Cache-Control', 'no-cache, private').send(openapiRoot()));
  app.get('/openapi/v3/*', async (req: FastifyRequest<{ Params: { '*': string }; Querystring: { hash?: string } }>, reply) => {
    const gv = findOpenapiGroupVersion(req.params['*'].replace(/\/+$/, ''));
    if (!gv) return sendStatus(reply, notFoundPath().status);
    const doc = openapiDocument(gv);
    const hash = documentHash(doc);
    reply.header('ETag', `"${hash}"`);
    reply.header('Cache-Control', req.query.hash === hash ? 'public, immutable' : 'no-cache, private');
    return reply.type('application/json').send(doc);
  });
  app.get('/openapi/v2', async (_req, reply) => sendStatus(reply, notFoundPath().status));

  await app.register(async (api) => {
    api.setNotFoundHandler(notFoundHandler);
    api.get('', async (req) => apiVersions(req.headers.host ?? `${req.socket.localAddress}:${req.socket.localPort}`));
    coreV1(api, ctx);
  }, { prefix: '/api' });

  await app.register(async (apis) => {
    apis.setNotFoundHandler(notFoundHandler);
    apis.get('', async () => apiGroupList());
    appsV1(apis, ctx);
    eventsV1(apis, ctx);
    policyV1(apis, ctx);
    schedulingV1(apis, ctx);
    coordinationV1(apis, ctx);
    metricsDiscovery(apis);
    metricsV1beta1(apis, ctx);
    kemuDiscovery(apis);
  }, { prefix: '/apis' });
}
