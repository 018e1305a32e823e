// @kubernetes/client-node 2.x against a real kemu server: typed calls, ApiException codes,
// patches, eviction, and an informer (list + watch) that sees adds, updates and deletes.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as k8s from '@kubernetes/client-node';
import { startServer, waitFor } from './support/live-server.js';
import type { RunningServer } from '../cli/commands/server-run.js';
import { kubeconfigYaml } from '../cli/commands/kubeconfig.js';
import { computePdbStatus } from '../core/pdb.js';
import type { Pod, PodDisruptionBudget } from '../core/types.js';
import { ALL_CONTROLLERS } from '../server/controllers/all.js';

let srv: RunningServer;
let kc: k8s.KubeConfig;
let core: k8s.CoreV1Api;

/**
 * Waits until the PDB's status reflects generation `gen` (the disruption controller's work); writes
 * it the way that controller would when the controller is not wired.
 */
async function pdbSynced(policy: k8s.PolicyV1Api, name: string, gen: number): Promise<void> {
  if (!ALL_CONTROLLERS.some((f) => /disruption/i.test(f.name))) {
    const pdb = srv.cp.store.get<PodDisruptionBudget>('PodDisruptionBudget', 'default', name)!;
    const pods = srv.cp.store.list<Pod>('Pod', { namespace: 'default' }).filter((p) => p.metadata?.labels?.app === 'g');
    const { status } = computePdbStatus(pdb, pods, () => null, srv.cp.clock.now());
    await policy.patchNamespacedPodDisruptionBudgetStatus({ namespace: 'default', name, body: { status } },
      k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch));
  }
  await waitFor(`PDB ${name} generation ${gen} processed`, () => srv.cp.store.get<PodDisruptionBudget>('PodDisruptionBudget', 'default', name)?.status?.observedGeneration === gen, 5000);
}

const pod = (name: string, labels: Record<string, string> = {}): k8s.V1Pod => ({
  metadata: { name, labels }, spec: { containers: [{ name: 'c', image: 'registry.k8s.io/pause:3.10' }] },
});

describe('@kubernetes/client-node against kemu', () => {
  before(async () => {
    srv = await startServer({ apiToken: 'client-node-token' });
    kc = new k8s.KubeConfig();
    kc.loadFromString(kubeconfigYaml({ server: srv.url, apiToken: 'client-node-token' }));
    core = kc.makeApiClient(k8s.CoreV1Api);
  });
  after(async () => srv.close());

  it('loads the kubeconfig `kemu kubeconfig` prints (http:// needs insecure-skip-tls-verify)', async () => {
    const ns = await core.listNamespace();
    assert.deepEqual(ns.items.map((n) => n.metadata?.name).sort(), ['default', 'kube-node-lease', 'kube-public', 'kube-system']);
  });

  it('guards kemu.dev with the same token and leaves health open', async () => {
    assert.equal((await fetch(`${srv.url}/apis/kemu.dev/v1alpha1/clock`)).status, 401);
    const clock = await fetch(`${srv.url}/apis/kemu.dev/v1alpha1/clock`, { headers: { authorization: 'Bearer client-node-token' } });
    assert.equal(clock.status, 200);
    assert.equal(((await clock.json()) as { kind: string }).kind, 'Clock');
    assert.equal((await fetch(`${srv.url}/healthz`)).status, 200);
  });

  it('throws ApiException with the HTTP code and the Status as body', async () => {
    await assert.rejects(core.readNamespacedPod({ namespace: 'default', name: 'nope' }), (e: unknown) => {
      const err = e as { code: number; body: string };
      assert.equal(err.code, 404);
      assert.equal(JSON.parse(err.body).message, 'pods "nope" not found');
      return true;
    });
    const anonymous = new k8s.KubeConfig();
    anonymous.loadFromString(kubeconfigYaml({ server: srv.url }));
    await assert.rejects(anonymous.makeApiClient(k8s.CoreV1Api).listNode(), (e: unknown) => (e as { code: number }).code === 401);
  });

  it('runs an informer that sees adds, updates (json-patch and merge-patch) and deletes', async () => {
    const informer = k8s.makeInformer(kc, '/api/v1/namespaces/default/pods', () => core.listNamespacedPod({ namespace: 'default' }));
    const adds: string[] = [];
    const updates: string[] = [];
    const deletes: string[] = [];
    const errors: string[] = [];
    informer.on('add', (p) => adds.push(p.metadata?.name ?? ''));
    // Controllers (the scheduler) may also update the pods: keep the label states seen, in order.
    informer.on('update', (p) => {
      const labels = JSON.stringify(p.metadata?.labels ?? {});
      if (p.metadata?.name === 'live' && updates[updates.length - 1] !== labels) updates.push(labels);
    });
    informer.on('delete', (p) => deletes.push(p.metadata?.name ?? ''));
    informer.on('error', (e) => errors.push(String(e)));
    await core.createNamespacedPod({ namespace: 'default', body: pod('before') });
    await informer.start();
    assert.deepEqual(adds, ['before'], 'the initial list is diffed into adds');
    await core.createNamespacedPod({ namespace: 'default', body: pod('live') });
    await core.patchNamespacedPod({ namespace: 'default', name: 'live', body: [{ op: 'add', path: '/metadata/labels/a', value: '1' }] });
    await core.patchNamespacedPod({ namespace: 'default', name: 'live', body: { metadata: { labels: { b: '2' } } } },
      k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch));
    await core.deleteNamespacedPod({ namespace: 'default', name: 'live' });
    await waitFor('the delete', () => deletes.includes('live'), 5000);
    assert.deepEqual(errors, []);
    await informer.stop();
    assert.deepEqual(adds, ['before', 'live']);
    assert.deepEqual(updates.filter((l) => l !== '{}'), ['{"a":"1"}', '{"a":"1","b":"2"}']);
    assert.deepEqual(deletes, ['live']);
  });

  it('evicts through createNamespacedPodEviction and gets 429 from a budget', async () => {
    const merge = k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch);
    for (const name of ['g-1', 'g-2']) {
      await core.createNamespacedPod({ namespace: 'default', body: { ...pod(name, { app: 'g' }), spec: { nodeName: 'node-x', containers: [{ name: 'c', image: 'i' }] } } });
      await core.patchNamespacedPodStatus({ namespace: 'default', name, body: { status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] } } }, merge);
    }
    const policy = kc.makeApiClient(k8s.PolicyV1Api);
    await policy.createNamespacedPodDisruptionBudget({ namespace: 'default', body: { metadata: { name: 'g' }, spec: { minAvailable: 2, selector: { matchLabels: { app: 'g' } } } } });
    await pdbSynced(policy, 'g', 1);
    const body: k8s.V1Eviction = { apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name: 'g-1', namespace: 'default' } };
    await assert.rejects(core.createNamespacedPodEviction({ namespace: 'default', name: 'g-1', body }), (e: unknown) => (e as { code: number }).code === 429);
    await policy.patchNamespacedPodDisruptionBudget({ namespace: 'default', name: 'g', body: { spec: { minAvailable: 1 } } }, merge);
    await pdbSynced(policy, 'g', 2);
    const ok = await core.createNamespacedPodEviction({ namespace: 'default', name: 'g-1', body });
    assert.equal(ok.kind, 'Status', 'the 201 carries a Status (client-node types it as V1Eviction)');
    const evicted = await core.readNamespacedPod({ namespace: 'default', name: 'g-1' }).catch(() => undefined);
    assert.ok(!evicted || evicted.metadata?.deletionTimestamp, 'the pod is gone or terminating');
  });
});
