/**
 * The control plane's one HTTP port: health, the Kubernetes API, the agent WebSocket (/agent),
 * and the plugins that other parts register (event stream, dashboard, metrics).
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { WebSocketServer, type WebSocket } from 'ws';
import type { IncomingMessage } from 'node:http';
import type { ControlPlane } from '../controlplane.js';
import { attachAgentSocket } from './agent-socket.js';

export interface HttpOptions {
  /** Extra fastify plugins (API groups, dashboard, stream), registered in order. */
  plugins?: Array<(app: FastifyInstance, cp: ControlPlane) => Promise<void> | void>;
  /** Serve HTTPS with this certificate and key (PEM), like kube-apiserver's --tls-cert-file. */
  tls?: { cert: Buffer; key: Buffer };
  /** WebSocket endpoints other than /agent (e.g. /events). */
  sockets?: Record<string, (ws: WebSocket, req: IncomingMessage) => void>;
}

export async function buildHttpServer(cp: ControlPlane, opts: HttpOptions = {}): Promise<FastifyInstance> {
  const base = { logger: false, bodyLimit: 8 * 1024 * 1024, return503OnClosing: false } as const;
  // fastify's https overload has its own instance type; both serve the same routes.
  const app = (opts.tls ? Fastify({ ...base, https: { cert: opts.tls.cert, key: opts.tls.key } }) : Fastify(base)) as unknown as FastifyInstance;
  let ready = false;
  app.get('/healthz', async (_req, reply) => reply.type('text/plain').send('ok'));
  app.get('/livez', async (_req, reply) => reply.type('text/plain').send('ok'));
  app.get('/readyz', async (_req, reply) => {
    if (!ready) return reply.code(503).type('text/plain').send('not ready');
    return reply.type('text/plain').send('ok');
  });
  for (const p of opts.plugins ?? []) await app.register(async (a) => p(a, cp));

  const wss = new WebSocketServer({ noServer: true, maxPayload: 8 * 1024 * 1024 });
  const sockets: Record<string, (ws: WebSocket, req: IncomingMessage) => void> = {
    '/agent': (ws, req) => attachAgentSocket(cp.gateway, ws, `${req.socket.remoteAddress}:${req.socket.remotePort}`),
    ...(opts.sockets ?? {}),
  };
  app.server.on('upgrade', (req, socket, head) => {
    const path = (req.url ?? '/').split('?')[0];
    const handler = sockets[path];
    if (!handler) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => handler(ws, req));
  });
  app.addHook('onReady', async () => {
    ready = true;
  });
  app.addHook('onClose', async () => {
    ready = false;
    for (const ws of wss.clients) ws.terminate();
    wss.close();
  });
  return app;
}
