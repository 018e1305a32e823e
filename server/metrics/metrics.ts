/**
 * Prometheus metrics at /metrics (prom-client): agent frames by kind, lease-processing lag,
 * connected agents, stored objects by kind, event-stream clients, and the process's CPU and
 * memory. One registry per control plane (several can share a test process).
 */
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Registry, type Summary } from 'prom-client';
import { WindowedQuantiles } from './windowed-quantiles.js';
import { KINDS, type Node, type Pod } from '../../core/types.js';
import type { ControlPlane } from '../controlplane.js';

export interface MetricsSources {
  streamClients?: () => number;
  timeScale?: () => number;
}

export function metricsPlugin(app: FastifyInstance, cp: ControlPlane, src: MetricsSources = {}): void {
  const register = new Registry();
  collectDefaultMetrics({ register });
  const seen = { lease: 0, status: 0, pod: 0 };
  new Counter({
    name: 'kemu_agent_frames_total', help: 'Agent frames handled by the gateway, by kind.', labelNames: ['kind'], registers: [register],
    collect() {
      for (const k of Object.keys(seen) as Array<keyof typeof seen>) {
        this.inc({ kind: k }, cp.gateway.counters[k] - seen[k]);
        seen[k] = cp.gateway.counters[k];
      }
    },
  });
  // A summary over the last 50–60 s, as prom-client's Summary with maxAgeSeconds 60 and 6 age
  // buckets would give, without its per-observation allocations (see windowed-quantiles.ts).
  const lag = new WindowedQuantiles({ maxAgeMs: 60_000, slots: 6, unit: 1e-6, max: 3600, now: () => performance.now() });
  registerSummary(register, 'kemu_lease_processing_lag_seconds', 'Real time between an agent renewing its lease and the gateway processing it.', lag, [0.5, 0.9, 0.99]);
  cp.gateway.onLeaseLag = (ms) => lag.observe(Math.max(0, ms) / 1000 / (src.timeScale?.() ?? 1));
  new Gauge({
    name: 'kemu_connected_agents', help: 'Nodes with a connected agent.', registers: [register],
    collect() {
      this.set(cp.gateway.connectedNodes().length);
    },
  });
  new Gauge({
    name: 'kemu_objects', help: 'Objects in the store, by kind.', labelNames: ['kind'], registers: [register],
    collect() {
      for (const k of KINDS) this.set({ kind: k }, cp.store.count(k));
    },
  });
  new Gauge({
    name: 'kemu_pods', help: 'Pods by phase.', labelNames: ['phase'], registers: [register],
    collect() {
      const by: Record<string, number> = { Pending: 0, Running: 0, Succeeded: 0, Failed: 0, Unknown: 0 };
      for (const p of cp.store.list<Pod>('Pod')) by[p.status?.phase ?? 'Pending'] = (by[p.status?.phase ?? 'Pending'] ?? 0) + 1;
      for (const [phase, n] of Object.entries(by)) this.set({ phase }, n);
    },
  });
  new Gauge({
    name: 'kemu_nodes', help: 'Nodes by Ready condition status.', labelNames: ['ready'], registers: [register],
    collect() {
      const by: Record<string, number> = { True: 0, False: 0, Unknown: 0 };
      for (const n of cp.store.list<Node>('Node')) {
        const r = n.status?.conditions?.find((c) => c.type === 'Ready')?.status ?? 'Unknown';
        by[r] = (by[r] ?? 0) + 1;
      }
      for (const [ready, n] of Object.entries(by)) this.set({ ready }, n);
    },
  });
  new Gauge({ name: 'kemu_store_resource_version', help: 'The store\'s current resourceVersion.', registers: [register], collect() { this.set(cp.store.resourceVersion); } });
  if (src.streamClients) {
    const f = src.streamClients;
    new Gauge({ name: 'kemu_event_stream_clients', help: 'Connected /events clients.', registers: [register], collect() { this.set(f()); } });
  }
  app.get('/metrics', async (_req, reply) => reply.type(register.contentType).send(await register.metrics()));
}

/** Exposes a WindowedQuantiles as a Prometheus summary (quantile series, _sum, _count). */
function registerSummary(register: Registry, name: string, help: string, w: WindowedQuantiles, qs: readonly number[]): void {
  const metric = {
    name, help, type: 'summary', aggregator: 'sum',
    get: async () => {
      const values = w.quantiles(qs);
      return {
        name, help, type: 'summary', aggregator: 'sum',
        values: [
          ...qs.map((q, i) => ({ labels: { quantile: q }, value: values[i] })),
          { metricName: `${name}_sum`, labels: {}, value: w.sum },
          { metricName: `${name}_count`, labels: {}, value: w.count },
        ],
      };
    },
  };
  // The registry only calls get(); prom-client's types list its own metric classes.
  register.registerMetric(metric as unknown as Summary);
}
