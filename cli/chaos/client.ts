/** The few Kubernetes/kemu API calls chaos schedules make against a live control plane. */
import type { Node, Pod } from '../../core/types.js';

export class ApiClient {
  constructor(private readonly base: string, private readonly token?: string) {}

  private async call<T>(method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<{ status: number; body: T }> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: { Accept: 'application/json', ...(body !== undefined ? { 'Content-Type': contentType } : {}), ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try { parsed = JSON.parse(text); } catch { /* not JSON */ }
    return { status: res.status, body: parsed as T };
  }

  private async ok<T>(method: string, path: string, body?: unknown, contentType?: string): Promise<T> {
    const r = await this.call<T>(method, path, body, contentType);
    if (r.status >= 300) {
      const msg = (r.body as { message?: string })?.message ?? String(r.body);
      throw new Error(`${method} ${path}: ${r.status} ${msg}`);
    }
    return r.body;
  }

  async nodes(labelSelector?: string): Promise<Node[]> {
    const q = labelSelector ? `?labelSelector=${encodeURIComponent(labelSelector)}` : '';
    return (await this.ok<{ items: Node[] }>('GET', `/api/v1/nodes${q}`)).items;
  }

  async podsOn(node: string): Promise<Pod[]> {
    return (await this.ok<{ items: Pod[] }>('GET', `/api/v1/pods?fieldSelector=${encodeURIComponent(`spec.nodeName=${node}`)}`)).items;
  }

  async clockScale(): Promise<number> {
    const c = await this.ok<{ spec: { scale: number; paused: boolean } }>('GET', '/apis/kemu.dev/v1alpha1/clock');
    return c.spec.scale;
  }

  async control(node: string, action: 'stop' | 'start' | 'disconnect', durationMs?: number): Promise<void> {
    await this.ok('POST', `/apis/kemu.dev/v1alpha1/nodes/${node}/control`, { action, ...(durationMs ? { durationMs } : {}) });
  }

  async patchNode(node: string, patch: unknown): Promise<Node> {
    return this.ok('PATCH', `/api/v1/nodes/${node}`, patch, 'application/merge-patch+json');
  }

  async patchPod(ns: string, name: string, patch: unknown): Promise<Pod> {
    return this.ok('PATCH', `/api/v1/namespaces/${ns}/pods/${name}`, patch, 'application/merge-patch+json');
  }

  /** POST pods/eviction: 201 evicted, 429 refused by a PodDisruptionBudget. */
  async evict(ns: string, name: string): Promise<number> {
    const r = await this.call('POST', `/api/v1/namespaces/${ns}/pods/${name}/eviction`, {
      apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name, namespace: ns },
    });
    return r.status;
  }
}
