// What kubectl reads before any command: /version, discovery, the OpenAPI v3 stub; and the
// optional bearer token.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { apiHarness, type ApiHarness } from './testing.js';
import type { APIResourceList } from './discovery.js';
import { documentHash, openapiDocument } from './openapi.js';
import { CORE_V1 } from './resources.js';

let h: ApiHarness;

describe('discovery, version and OpenAPI', () => {
  before(async () => {
    h = await apiHarness();
  });
  after(async () => h.close());

  it('serves /version with minor "32" (the kubectl dispatcher picks its 1.32 binary)', async () => {
    const r = await h.request('GET', '/version?timeout=5s');
    assert.equal(r.body.major, '1');
    assert.equal(r.body.minor, '32');
    assert.equal(r.body.gitVersion, 'v1.32.0-emu');
  });

  it('lists every group at /apis, kemu.dev and metrics.k8s.io included', async () => {
    const r = await h.request<{ groups: Array<{ name: string; preferredVersion: { groupVersion: string } }> }>('GET', '/apis', undefined, {
      accept: 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json',
    });
    assert.equal(r.headers['content-type'], 'application/json; charset=utf-8');
    assert.deepEqual(r.body.groups.map((g) => g.preferredVersion.groupVersion), [
      'apps/v1', 'events.k8s.io/v1', 'policy/v1', 'scheduling.k8s.io/v1', 'coordination.k8s.io/v1', 'metrics.k8s.io/v1beta1', 'kemu.dev/v1alpha1',
    ]);
    const api = await h.request<{ versions: string[] }>('GET', '/api');
    assert.deepEqual(api.body.versions, ['v1']);
  });

  it('lists pods/eviction with group policy, version v1 and kind Eviction (drain checks exactly that)', async () => {
    const r = await h.request<APIResourceList>('GET', '/api/v1');
    const ev = r.body.resources.find((x) => x.name === 'pods/eviction');
    assert.deepEqual(ev, { name: 'pods/eviction', singularName: '', namespaced: true, group: 'policy', version: 'v1', kind: 'Eviction', verbs: ['create'] });
    const names = r.body.resources.map((x) => x.name);
    for (const n of ['pods', 'pods/status', 'pods/binding', 'nodes', 'nodes/status', 'nodes/proxy', 'namespaces', 'events']) assert.ok(names.includes(n), n);
    assert.deepEqual(r.body.resources.find((x) => x.name === 'pods')?.shortNames, ['po']);
  });

  it('lists deployments/scale as autoscaling/v1 Scale and the kemu.dev clock', async () => {
    const apps = await h.request<APIResourceList>('GET', '/apis/apps/v1');
    assert.deepEqual(apps.body.resources.find((x) => x.name === 'deployments/scale'), {
      name: 'deployments/scale', singularName: '', namespaced: true, group: 'autoscaling', version: 'v1', kind: 'Scale', verbs: ['get', 'patch', 'update'],
    });
    const kemu = await h.request<APIResourceList>('GET', '/apis/kemu.dev/v1alpha1');
    assert.deepEqual(kemu.body.resources.map((x) => [x.name, x.kind]), [['clock', 'Clock']]);
  });

  it('serves the OpenAPI v3 root and a per-group-version document with a PATCH + fieldValidation per kind', async () => {
    const root = await h.request<{ paths: Record<string, { serverRelativeURL: string }> }>('GET', '/openapi/v3');
    assert.deepEqual(Object.keys(root.body.paths), ['api/v1', 'apis/apps/v1', 'apis/events.k8s.io/v1', 'apis/policy/v1', 'apis/scheduling.k8s.io/v1', 'apis/coordination.k8s.io/v1']);
    const url = root.body.paths['api/v1'].serverRelativeURL;
    assert.equal(url, `/openapi/v3/api/v1?hash=${documentHash(openapiDocument(CORE_V1))}`);
    const doc = await h.request<{ paths: Record<string, { patch: { 'x-kubernetes-group-version-kind': unknown; parameters: Array<{ name: string }>; requestBody?: unknown } }> }>('GET', url);
    assert.equal(doc.headers['cache-control'], 'public, immutable');
    const pod = doc.body.paths['/api/v1/namespaces/{namespace}/pods/{name}'].patch;
    assert.deepEqual(pod['x-kubernetes-group-version-kind'], { group: '', version: 'v1', kind: 'Pod' });
    assert.ok(pod.parameters.some((p) => p.name === 'fieldValidation'));
    assert.equal(pod.requestBody, undefined, 'no requestBody: kubectl apply then builds its patch from compiled-in types');
    assert.ok(doc.body.paths['/api/v1/nodes/{name}']);
  });

  it('answers 404 for /openapi/v2 and unknown paths, 405 for a known resource and an unsupported method', async () => {
    assert.equal((await h.request('GET', '/openapi/v2')).status, 404);
    const nf = await h.request('GET', '/apis/foo.example.com/v1/bars');
    assert.deepEqual(nf.body, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'the server could not find the requested resource', reason: 'NotFound', details: {}, code: 404 });
    const na = await h.request('POST', '/api/v1/nodes/n1');
    assert.equal(na.status, 405);
    assert.equal(na.body.reason, 'MethodNotAllowed');
  });
});

describe('bearer token', () => {
  let secured: ApiHarness;
  before(async () => {
    secured = await apiHarness({ apiToken: 's3cret' });
  });
  after(async () => secured.close());

  it('answers 401 Unauthorized on /api, /apis, /version and /openapi without the token', async () => {
    for (const path of ['/api', '/api/v1/pods', '/apis', '/version', '/openapi/v3', '/apis/nope']) {
      const r = await secured.request('GET', path);
      assert.equal(r.status, 401, path);
      assert.deepEqual(r.body, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'Unauthorized', reason: 'Unauthorized', code: 401 });
    }
    assert.equal((await secured.request('GET', '/api/v1/pods', undefined, { authorization: 'Bearer wrong' })).status, 401);
  });

  it('serves with the token and keeps health open', async () => {
    assert.equal((await secured.request('GET', '/api/v1/pods', undefined, { authorization: 'Bearer s3cret' })).status, 200);
    assert.equal((await secured.request('GET', '/healthz')).status, 200);
  });
});
