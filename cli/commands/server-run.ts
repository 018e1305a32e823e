/** Starts a control plane with its HTTP server (used by `kemu server` and `kemu up`). */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { ScaledClock } from '../../core/clock/index.js';
import { logger } from '../../core/logger.js';
import { ControlPlane } from '../../server/controlplane.js';
import type { ControlPlaneConfig } from '../../server/config.js';
import { buildHttpServer } from '../../server/http/server.js';
import { serverPlugins } from '../../server/http/plugins.js';

export interface ServerRunOptions {
  host: string;
  port: number;
  timeScale: number;
  agentToken?: string;
  apiToken?: string;
  seed?: string;
  config: Partial<ControlPlaneConfig>;
  /** PEM files for HTTPS (--tls-cert-file / --tls-private-key-file). */
  tlsCertFile?: string;
  tlsKeyFile?: string;
}

export interface RunningServer {
  cp: ControlPlane;
  app: FastifyInstance;
  clock: ScaledClock;
  url: string;
  agentToken: string;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export async function runServer(o: ServerRunOptions): Promise<RunningServer> {
  const log = logger('server');
  const clock = new ScaledClock(o.timeScale);
  const agentToken = o.agentToken ?? randomBytes(16).toString('hex');
  const cp = new ControlPlane({ clock, config: o.config, seed: o.seed ?? String(Date.now()), agentToken, log: logger('controlplane') });
  clock.onChange(() => cp.gateway.broadcastClock(cp.clockState()));
  cp.gateway.clockEchoIntervalMs = 60_000;
  const plugins = serverPlugins({ apiToken: o.apiToken, clock });
  const tls = o.tlsCertFile && o.tlsKeyFile ? { cert: readFileSync(o.tlsCertFile), key: readFileSync(o.tlsKeyFile) } : undefined;
  const app = await buildHttpServer(cp, { ...plugins, tls });
  cp.start();
  if (!LOOPBACK.has(o.host) && !o.apiToken) {
    log.warn({ host: o.host }, 'listening beyond loopback without --api-token: anyone who can reach this port can change the cluster');
  }
  await app.listen({ host: o.host, port: o.port });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : o.port;
  const host = o.host.includes(':') ? `[${o.host}]` : o.host;
  const url = `${tls ? 'https' : 'http'}://${host}:${port}`;
  log.info({ url, timeScale: o.timeScale }, 'control plane listening');
  return {
    cp, app, clock, url, agentToken,
    async close() {
      cp.stop();
      await app.close();
      clock.dispose();
    },
  };
}
