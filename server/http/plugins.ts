/**
 * Everything the HTTP server serves besides health and /agent: the Kubernetes API, the event
 * stream, the dashboard, kemu's own API group and metrics. Each part registers itself here.
 */
import type { ControllableClock } from '../../core/clock/index.js';
import { kemuApi } from '../kemu-api/routes.js';
import type { HttpOptions } from './server.js';

export interface PluginOptions {
  apiToken?: string;
  clock: ControllableClock;
}

export function serverPlugins(o: PluginOptions): HttpOptions {
  return {
    readonlyApi: true,
    plugins: [
      (app, cp) => kemuApi(app, cp, o.clock),
    ],
    sockets: {},
  };
}
