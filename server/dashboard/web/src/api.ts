/**
 * Actions through the standard Kubernetes API (merge-patch on nodes and pods, pods/eviction) and
 * kemu's clock API (kemu.dev/v1alpha1). When the server requires a token, open the dashboard once
 * as /#token=<token>: it is kept in sessionStorage and sent as a Bearer token.
 */
import type { NodeView, PodView, TaintView } from '../../../stream/types.js';

const TOKEN_KEY = 'kemu.token';
const CLOCK = '/apis/kemu.dev/v1alpha1/clock';
export const USAGE_PREFIX = 'usage.kemu.dev/';

export function authToken(): string | undefined {
  const m = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (m) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(m[1]));
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly reason?: string) {
    super(message);
  }
}

async function call<T>(method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = authToken();
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = contentType;
  const r = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!r.ok) {
    const st = json as { message?: string; reason?: string } | undefined;
    throw new ApiError(r.status, st?.message ?? `${method} ${path}: HTTP ${r.status}${text && !st ? ` ${text.slice(0, 200)}` : ''}`, st?.reason);
  }
  return json as T;
}

const MERGE_PATCH = 'application/merge-patch+json';

export const patchNode = (name: string, patch: unknown) => call('PATCH', `/api/v1/nodes/${encodeURIComponent(name)}`, patch, MERGE_PATCH);
export const patchPod = (ns: string, name: string, patch: unknown) =>
  call('PATCH', `/api/v1/namespaces/${encodeURIComponent(ns)}/pods/${encodeURIComponent(name)}`, patch, MERGE_PATCH);

export const cordon = (node: string, on: boolean) => patchNode(node, { spec: { unschedulable: on ? true : null } });

/** Sets the node's taints to exactly this list (merge-patch replaces lists). */
export function setTaints(node: string, taints: TaintView[]) {
  return patchNode(node, {
    spec: {
      taints: taints.map((t) => ({
        key: t.key, effect: t.effect, ...(t.value ? { value: t.value } : {}),
        ...(t.time_added ? { timeAdded: new Date(t.time_added).toISOString().replace(/\.\d+Z$/, 'Z') } : {}),
      })),
    },
  });
}

/** usage.kemu.dev/<key> annotations; a null value removes one (spec: scenario-format.md §2). */
export const setNodeUsage = (node: string, usage: Record<string, string | null>) =>
  patchNode(node, { metadata: { annotations: prefixed(usage) } });
export const setPodUsage = (pod: PodView, usage: Record<string, string | null>) =>
  patchPod(pod.namespace, pod.name, { metadata: { annotations: prefixed(usage) } });

function prefixed(usage: Record<string, string | null>): Record<string, string | null> {
  return Object.fromEntries(Object.entries(usage).map(([k, v]) => [`${USAGE_PREFIX}${k}`, v]));
}

/** POST pods/{name}/eviction (policy/v1), like kubectl drain. */
export const evictPod = (pod: PodView) =>
  call('POST', `/api/v1/namespaces/${encodeURIComponent(pod.namespace)}/pods/${encodeURIComponent(pod.name)}/eviction`, {
    apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name: pod.name, namespace: pod.namespace },
  });

/** Pods kubectl drain evicts: not DaemonSet-managed, not mirror/static, not finished or terminating. */
export function drainablePods(pods: Iterable<PodView>): PodView[] {
  return [...pods].filter((p) => p.owner_kind !== 'DaemonSet' && p.owner_kind !== 'Node' && !p.deletion_time
    && p.phase !== 'Succeeded' && p.phase !== 'Failed');
}

export interface DrainProgress { evicted: string[]; waiting: string[]; failed: Array<{ pod: string; message: string }>; done: boolean }

/**
 * kubectl drain: cordon, then evict every drainable pod, retrying PodDisruptionBudget refusals
 * (429) every 5 s until `timeoutMs` (real time).
 */
export async function drain(node: NodeView, pods: PodView[], onProgress: (p: DrainProgress) => void, timeoutMs = 120_000): Promise<DrainProgress> {
  await cordon(node.name, true);
  const p: DrainProgress = { evicted: [], waiting: [], failed: [], done: false };
  let todo = drainablePods(pods);
  const deadline = performance.now() + timeoutMs;
  while (todo.length > 0) {
    const retry: PodView[] = [];
    await Promise.all(todo.map(async (pod) => {
      const name = `${pod.namespace}/${pod.name}`;
      try {
        await evictPod(pod);
        p.evicted.push(name);
      } catch (err) {
        if (err instanceof ApiError && err.status === 429) retry.push(pod);
        else if (err instanceof ApiError && err.status === 404) p.evicted.push(name);
        else p.failed.push({ pod: name, message: (err as Error).message });
      }
    }));
    p.waiting = retry.map((x) => `${x.namespace}/${x.name}`);
    onProgress({ ...p });
    todo = retry;
    if (todo.length === 0 || performance.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 5_000));
  }
  p.done = true;
  onProgress({ ...p });
  return p;
}

export interface ClockObject { spec: { scale: number; paused: boolean }; status: { nowMs: number } }
export const getClock = () => call<ClockObject>('GET', CLOCK);
export const setClock = (spec: { scale?: number; paused?: boolean }) => call<ClockObject>('PUT', CLOCK, { spec });
export const stepClock = (ms: number) => call<ClockObject>('POST', `${CLOCK}/step`, { ms });
