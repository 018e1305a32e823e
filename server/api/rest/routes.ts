/**
 * The standard routes of a resource (apiserver/pkg/endpoints/installer.go): collection GET
 * (list / watch), POST, DELETE (deletecollection); object GET, PUT, PATCH, DELETE; and the status
 * subresource. Namespaced resources get the /namespaces/{ns}/ form plus an all-namespaces
 * collection GET. Handlers throw; the plugin's error handler writes the Status.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { decodeDeleteOptions, decodeObjectBody, decodePatch, negotiateOutput } from '../media.js';
import { parseListQuery, type Query } from '../query.js';
import { type ApiContext, type Backend, type ResourceParams } from './context.js';
import { deleteCollection, deleteObject, deleteOptionsFrom } from './delete.js';
import { patchObject } from './patch.js';
import { getObject, listPage, listResponse, objectResponse } from './read.js';
import { serveWatch } from './watch.js';
import { createObject, updateObject, type WriteResult } from './write.js';

type Req = FastifyRequest<{ Params: ResourceParams; Querystring: Query }>;

/** Query parameters every route accepts; all strings (parsed and checked by query.ts). */
export const QUERY_SCHEMA = {
  type: 'object',
  properties: {
    labelSelector: { type: 'string' }, fieldSelector: { type: 'string' }, limit: { type: 'string' }, continue: { type: 'string' },
    watch: { type: 'string' }, resourceVersion: { type: 'string' }, resourceVersionMatch: { type: 'string' },
    timeoutSeconds: { type: 'string' }, allowWatchBookmarks: { type: 'string' }, sendInitialEvents: { type: 'string' },
    includeObject: { type: 'string' }, fieldManager: { type: 'string' }, fieldValidation: { type: 'string' },
    gracePeriodSeconds: { type: 'string' }, propagationPolicy: { type: 'string' }, orphanDependents: { type: 'string' },
    pretty: { type: 'string' }, force: { type: 'string' }, timeout: { type: 'string' },
  },
} as const;

export const PARAMS_SCHEMA = {
  type: 'object',
  properties: { namespace: { type: 'string', minLength: 1 }, name: { type: 'string', minLength: 1 } },
} as const;

const schema = { querystring: QUERY_SCHEMA, params: PARAMS_SCHEMA };

/** Writes a Warning header per unknown field (fieldValidation=Warn), then the object. */
export function sendWrite(reply: FastifyReply, code: number, r: WriteResult): FastifyReply {
  if (r.warnings.length) reply.header('Warning', r.warnings.map((w) => `299 - ${JSON.stringify(w)}`));
  return reply.code(code).type('application/json').send(r.object);
}

export interface RouteOptions {
  /** Path of the group version, e.g. /api/v1 (routes are registered with full paths). */
  base: string;
  /** Register the status subresource. */
  status?: boolean;
}

export function registerResource(app: FastifyInstance, ctx: ApiContext, backend: Backend, opts: RouteOptions): void {
  const { def } = backend;
  const coll = def.namespaced ? `${opts.base}/namespaces/:namespace/${def.resource}` : `${opts.base}/${def.resource}`;
  const item = `${coll}/:name`;
  const verbs = new Set(def.verbs);

  const list = async (req: Req, reply: FastifyReply) => {
    const q = parseListQuery(def, req.query);
    const output = negotiateOutput(req.headers.accept);
    if (q.watch) {
      serveWatch(ctx, backend, reply, { namespace: req.params.namespace, query: q, output });
      return reply;
    }
    const page = listPage(ctx, backend, req.params.namespace, q);
    return reply.type('application/json').send(listResponse(ctx, backend, page, output, q));
  };
  app.get(coll, { schema }, list);
  if (def.namespaced) app.get(`${opts.base}/${def.resource}`, { schema }, list);

  if (verbs.has('create')) {
    app.post(coll, { schema }, async (req: Req, reply) => {
      const r = createObject(ctx, backend, req.params.namespace, decodeObjectBody(req, def.kind), req.query);
      return sendWrite(reply, 201, r);
    });
  }
  if (verbs.has('deletecollection')) {
    app.delete(coll, { schema }, async (req: Req, reply) => {
      const q = parseListQuery(def, req.query);
      const opts = deleteOptionsFrom(decodeDeleteOptions(req), req.query);
      return reply.type('application/json').send(deleteCollection(ctx, backend, req.params.namespace, q, opts, req.query));
    });
  }

  app.get(item, { schema }, async (req: Req, reply) => {
    const q = parseListQuery(def, req.query);
    const output = negotiateOutput(req.headers.accept);
    const obj = getObject(ctx, backend, req.params.namespace, req.params.name ?? '');
    return reply.type('application/json').send(objectResponse(ctx, backend, obj, output, q));
  });
  app.put(item, { schema }, async (req: Req, reply) => {
    const r = updateObject(ctx, backend, { namespace: req.params.namespace, name: req.params.name ?? '' }, decodeObjectBody(req, def.kind), req.query);
    return sendWrite(reply, r.created ? 201 : 200, r);
  });
  app.patch(item, { schema }, async (req: Req, reply) => {
    const { type, patch } = decodePatch(req);
    const r = patchObject(ctx, backend, { namespace: req.params.namespace, name: req.params.name ?? '' }, type, patch, req.query);
    return sendWrite(reply, r.created ? 201 : 200, r);
  });
  app.delete(item, { schema }, async (req: Req, reply) => {
    const opts = deleteOptionsFrom(decodeDeleteOptions(req), req.query);
    const r = deleteObject(ctx, backend, req.params.namespace, req.params.name ?? '', opts, req.query);
    return reply.code(r.code).type('application/json').send(r.body);
  });

  if (opts.status) {
    const st = `${item}/status`;
    app.get(st, { schema }, async (req: Req, reply) => {
      const obj = getObject(ctx, backend, req.params.namespace, req.params.name ?? '');
      return reply.type('application/json').send(backend.toServed(obj));
    });
    app.put(st, { schema }, async (req: Req, reply) => {
      const target = { namespace: req.params.namespace, name: req.params.name ?? '', subresource: 'status' as const };
      return sendWrite(reply, 200, updateObject(ctx, backend, target, decodeObjectBody(req), req.query, { subresource: 'status' }));
    });
    app.patch(st, { schema }, async (req: Req, reply) => {
      const { type, patch } = decodePatch(req);
      const target = { namespace: req.params.namespace, name: req.params.name ?? '', subresource: 'status' as const };
      return sendWrite(reply, 200, patchObject(ctx, backend, target, type, patch, req.query));
    });
  }
}
