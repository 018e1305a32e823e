/**
 * Test support: a control plane on a manual clock with the Kubernetes API mounted on an
 * in-process fastify (requests through `inject`, no sockets). The transport clock is manual too,
 * so watch heartbeats and timeoutSeconds fire only when a test advances it.
 */
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { ManualClock } from '../../core/clock/index.js';
import { setRootLogger } from '../../core/logger.js';
import type { KObject } from '../../core/types.js';
import { ControlPlane } from '../controlplane.js';
import { buildHttpServer } from '../http/server.js';
import { kubeApi } from './plugin.js';

export const TABLE_ACCEPT = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json';

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: T;
  text: string;
}

export interface ApiHarness {
  cp: ControlPlane;
  app: FastifyInstance;
  clock: ManualClock;
  transport: ManualClock;
  request<T = Record<string, unknown>>(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>>;
  /** Creates through the API (POST) and returns the stored object; throws on a non-2xx answer. */
  create<T extends KObject = KObject>(url: string, obj: T): Promise<T>;
  close(): Promise<void>;
}

export async function apiHarness(opts: { apiToken?: string; startMs?: number; historyLimit?: number } = {}): Promise<ApiHarness> {
  setRootLogger(pino({ level: 'silent' }));
  const clock = new ManualClock(opts.startMs ?? Date.UTC(2026, 0, 1));
  const transport = new ManualClock(0);
  const cp = new ControlPlane({ clock, agentToken: 'test', seed: 'api-test', controllers: [], historyLimit: opts.historyLimit });
  const app = await buildHttpServer(cp, { plugins: [(a, c) => kubeApi(a, c, { apiToken: opts.apiToken, transportClock: transport })] });
  await app.ready();
  const request = async <T>(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> => {
    const payload = body === undefined ? undefined : typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
    const h = { ...(payload !== undefined && !headers['content-type'] ? { 'content-type': 'application/json' } : {}), ...headers };
    const res = await app.inject({ method: method as 'GET', url, payload, headers: h });
    let parsed: unknown = res.body;
    try {
      parsed = JSON.parse(res.body);
    } catch {
      // not JSON (watch streams, text)
    }
    return { status: res.statusCode, headers: res.headers, body: parsed as T, text: res.body };
  };
  return {
    cp, app, clock, transport, request,
    async create<T extends KObject>(url: string, obj: T): Promise<T> {
      const r = await request<T>('POST', url, obj);
      if (r.status >= 300) throw new Error(`POST ${url}: ${r.status} ${r.text}`);
      return r.body;
    },
    async close() {
      await app.close();
    },
  };
}

/** A minimal valid pod. */
export function podManifest(name: string, extra: { labels?: Record<string, string>; nodeName?: string; namespace?: string } = {}): KObject {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name, ...(extra.namespace ? { namespace: extra.namespace } : {}), ...(extra.labels ? { labels: extra.labels } : {}) },
    spec: { ...(extra.nodeName ? { nodeName: extra.nodeName } : {}), containers: [{ name: 'c', image: 'registry.k8s.io/pause:3.10' }] },
  } as KObject;
}
