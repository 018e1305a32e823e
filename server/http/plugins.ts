/**
 * Everything the HTTP server serves besides health and /agent: the Kubernetes API, the event
 * stream, the dashboard, kemu's own API group and metrics. Each part registers itself here.
 */
import type { ControllableClock } from '../../core/clock/index.js';
import type { HttpOptions } from './server.js';

export interface PluginOptions {
  apiToken?: string;
  clock: ControllableClock;
}

export function serverPlugins(_o: PluginOptions): HttpOptions {
  return { readonlyApi: true, plugins: [], sockets: {} };
}
