/**
 * Read-only JSON for nodes and node leases (the foundation's view; the full Kubernetes API with
 * discovery, tables, watch and writes is server/api/).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ControlPlane } from '../controlplane.js';
import { StoreError } from '../store/index.js';
import type { Kind } from '../../core/types.js';

function list(cp: ControlPlane, kind: Kind, apiVersion: string, namespace?: string) {
  return {
    kind: `${kind}List`, apiVersion,
    metadata: { resourceVersion: String(cp.store.resourceVersion) },
    items: cp.store.list(kind, namespace ? { namespace } : {}),
  };
}

function sendError(reply: FastifyReply, err: unknown) {
  if (err instanceof StoreError) {
    return reply.code(err.code).send({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: err.message, reason: err.reason, details: err.details, code: err.code });
  }
  throw err;
}

export function readonlyApi(app: FastifyInstance, cp: ControlPlane): void {
  app.get('/api/v1/nodes', async () => list(cp, 'Node', 'v1'));
  app.get<{ Params: { name: string } }>('/api/v1/nodes/:name', async (req, reply) => {
    try { return cp.store.must('Node', undefined, req.params.name); } catch (e) { return sendError(reply, e); }
  });
  app.get('/api/v1/pods', async () => list(cp, 'Pod', 'v1'));
  app.get('/apis/coordination.k8s.io/v1/leases', async () => list(cp, 'Lease', 'coordination.k8s.io/v1'));
  app.get<{ Params: { ns: string } }>('/apis/coordination.k8s.io/v1/namespaces/:ns/leases', async (req) => list(cp, 'Lease', 'coordination.k8s.io/v1', req.params.ns));
  app.get<{ Params: { ns: string; name: string } }>('/apis/coordination.k8s.io/v1/namespaces/:ns/leases/:name', async (req, reply) => {
    try { return cp.store.must('Lease', req.params.ns, req.params.name); } catch (e) { return sendError(reply, e); }
  });
}
