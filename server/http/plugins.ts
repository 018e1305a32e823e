/**
 * Everything the HTTP server serves besides health and /agent: the Kubernetes API, the event
 * stream, the dashboard, kemu's own API group and metrics. Each part registers itself here.
 */
import type { ControllableClock } from '../../core/clock/index.js';
import { apiAuthHook, kubeApi } from '../api/index.js';
import { kemuApi } from '../kemu-api/routes.js';
import { dashboardPlugin } from '../dashboard/index.js';
import { EventStreamHub, streamSourceOf } from '../stream/index.js';
import { metricsPlugin } from '../metrics/metrics.js';
import type { HttpOptions } from './server.js';

export interface PluginOptions {
  apiToken?: string;
  clock: ControllableClock;
}

export function serverPlugins(o: PluginOptions): HttpOptions {
  const events = new EventStreamHub({ apiToken: o.apiToken });
  return {
    plugins: [
      (app, cp) => kubeApi(app, cp, { apiToken: o.apiToken }),
      (app, cp) => {
        // kemu.dev lives under /apis too: the Kubernetes API's bearer token guards it as well.
        app.addHook('onRequest', apiAuthHook(o.apiToken));
        kemuApi(app, cp, o.clock);
      },
      (app, cp) => {
        events.bind(streamSourceOf(cp));
        app.addHook('preClose', async () => events.close());
      },
      (app) => dashboardPlugin(app),
      (app, cp) => metricsPlugin(app, cp, { streamClients: () => events.stats().length, timeScale: () => o.clock.scale }),
    ],
    sockets: { '/events': (ws, req) => events.accept(ws, req) },
  };
}
