// POST pods/{name}/eviction with PodDisruptionBudgets, as kubectl drain and client-node use it.
import { after, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Pod, PodDisruptionBudget } from '../../core/types.js';
import { apiHarness, podManifest, type ApiHarness } from './testing.js';

let h: ApiHarness;
const PODS = '/api/v1/namespaces/default/pods';
const PDBS = '/apis/policy/v1/namespaces/default/poddisruptionbudgets';
const eviction = (name: string, extra: Record<string, unknown> = {}) => ({ apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name, namespace: 'default' }, ...extra });

/** A running, Ready pod bound to a node (what the kubelet would have reported). */
async function readyPod(name: string, labels: Record<string, string> = { app: 'web' }): Promise<void> {
  await h.create(PODS, podManifest(name, { labels, nodeName: 'node-1' }));
  await h.request('PATCH', `${PODS}/${name}/status`, { status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] } }, { 'content-type': 'application/merge-patch+json' });
}

/** A PDB whose status the disruption controller has computed. */
async function pdb(name: string, status: { disruptionsAllowed: number; currentHealthy: number; desiredHealthy: number; processed?: boolean }, selector: Record<string, string> = { app: 'web' }): Promise<void> {
  await h.create(PDBS, { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name }, spec: { minAvailable: 1, selector: { matchLabels: selector } } } as PodDisruptionBudget);
  const { processed = true, ...counts } = status;
  await h.request('PATCH', `${PDBS}/${name}/status`, { status: { ...counts, expectedPods: counts.currentHealthy, observedGeneration: processed ? 1 : 0 } }, { 'content-type': 'application/merge-patch+json' });
}

describe('the Eviction subresource', () => {
  beforeEach(async () => {
    await h?.close();
    h = await apiHarness();
  });
  after(async () => h.close());

  // upstream: TestEviction "matching pdbs with no disruptions allowed" (pkg/registry/core/pod/storage/eviction_test.go)
  it('answers 429 with the budget cause when the PDB allows no disruption, and keeps the pod', async () => {
    await readyPod('web-1');
    await pdb('web-pdb', { disruptionsAllowed: 0, currentHealthy: 1, desiredHealthy: 1 });
    const r = await h.request('POST', `${PODS}/web-1/eviction`, eviction('web-1'));
    assert.equal(r.status, 429);
    assert.deepEqual(r.body, {
      kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure',
      message: "Cannot evict pod as it would violate the pod's disruption budget.", reason: 'TooManyRequests', code: 429,
      details: { causes: [{ reason: 'DisruptionBudget', message: 'The disruption budget web-pdb needs 1 healthy pods and has 1 currently' }] },
    });
    assert.ok(h.cp.store.get('Pod', 'default', 'web-1'));
  });

  // upstream: TestEviction "matching pdbs with disruptions allowed" (eviction_test.go)
  it('answers 201, decrements disruptionsAllowed, records the pod in disruptedPods and deletes it gracefully', async () => {
    await readyPod('web-1');
    await pdb('web-pdb', { disruptionsAllowed: 1, currentHealthy: 2, desiredHealthy: 1 });
    const r = await h.request('POST', `${PODS}/web-1/eviction`, eviction('web-1', { deleteOptions: { gracePeriodSeconds: 7 } }));
    assert.equal(r.status, 201);
    assert.deepEqual(r.body, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 });
    const st = h.cp.store.get<PodDisruptionBudget>('PodDisruptionBudget', 'default', 'web-pdb')?.status;
    assert.equal(st?.disruptionsAllowed, 0);
    assert.ok(st?.disruptedPods?.['web-1']);
    const pod = h.cp.store.get<Pod>('Pod', 'default', 'web-1');
    assert.equal(pod?.metadata?.deletionGracePeriodSeconds, 7);
    assert.ok(pod?.status?.conditions?.some((c) => c.type === 'DisruptionTarget' && c.status === 'True'));
  });

  // upstream: TestEviction "non-matching pdbs" (eviction_test.go)
  it('evicts a pod no PDB selects', async () => {
    await readyPod('other', { app: 'other' });
    await pdb('web-pdb', { disruptionsAllowed: 0, currentHealthy: 1, desiredHealthy: 1 });
    assert.equal((await h.request('POST', `${PODS}/other/eviction`, eviction('other'))).status, 201);
  });

  // upstream: TestEviction "matching pdbs with disruptions allowed but bad name in Url" (eviction_test.go)
  it('answers 400 when the name in the URL and in the Eviction differ', async () => {
    await readyPod('web-1');
    const r = await h.request('POST', `${PODS}/web-1/eviction`, eviction('web-2'));
    assert.equal(r.status, 400);
    assert.equal(r.body.message, 'name in URL does not match name in Eviction object');
  });

  // upstream: TestEvictionIgnorePDB "pdbs No disruptions allowed, pod pending, first delete conflict" (eviction_test.go)
  it('ignores PDBs for a Pending pod', async () => {
    await h.create(PODS, podManifest('pending', { labels: { app: 'web' } }));
    await pdb('web-pdb', { disruptionsAllowed: 0, currentHealthy: 1, desiredHealthy: 1 });
    assert.equal((await h.request('POST', `${PODS}/pending/eviction`, eviction('pending'))).status, 201);
    assert.equal(h.cp.store.get('Pod', 'default', 'pending'), undefined);
  });

  it('answers 429 "still being processed" for a PDB whose status is older than its spec', async () => {
    await readyPod('web-1');
    await pdb('web-pdb', { disruptionsAllowed: 1, currentHealthy: 2, desiredHealthy: 1, processed: false });
    const r = await h.request('POST', `${PODS}/web-1/eviction`, eviction('web-1'));
    assert.equal(r.status, 429);
    assert.equal(r.headers['retry-after'], '10');
    assert.deepEqual(r.body.details, { retryAfterSeconds: 10, causes: [{ reason: 'DisruptionBudget', message: 'The disruption budget web-pdb is still being processed by the server.' }] });
  });

  it('answers 500 for a pod selected by two PDBs', async () => {
    await readyPod('web-1');
    await pdb('a', { disruptionsAllowed: 1, currentHealthy: 2, desiredHealthy: 1 });
    await pdb('b', { disruptionsAllowed: 1, currentHealthy: 2, desiredHealthy: 1 });
    const r = await h.request('POST', `${PODS}/web-1/eviction`, eviction('web-1'));
    assert.equal(r.status, 500);
    assert.equal(r.body.message, 'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.');
  });

  it('answers 404 for a missing pod (drain treats it as done)', async () => {
    const r = await h.request('POST', `${PODS}/gone/eviction`, eviction('gone'));
    assert.equal(r.status, 404);
    assert.equal(r.body.message, 'pods "gone" not found');
  });

  // upstream: TestEvictionDryRun (eviction_test.go)
  it('changes nothing on a dry run', async () => {
    await readyPod('web-1');
    await pdb('web-pdb', { disruptionsAllowed: 1, currentHealthy: 2, desiredHealthy: 1 });
    const rv = h.cp.store.resourceVersion;
    const r = await h.request('POST', `${PODS}/web-1/eviction?dryRun=All`, eviction('web-1', { deleteOptions: { dryRun: ['All'] } }));
    assert.equal(r.status, 201);
    assert.equal(h.cp.store.resourceVersion, rv);
  });
});
