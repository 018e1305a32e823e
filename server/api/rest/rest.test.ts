// The REST verbs over HTTP (in-process): what kubectl and client-node see for get, list, create,
// update, patch, delete, with Status errors shaped like kube-apiserver's.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Deployment, Namespace, Node, Pod, ReplicaSet } from '../../../core/types.js';
import { apiHarness, podManifest, TABLE_ACCEPT, type ApiHarness } from '../testing.js';
import type { Table } from '../tables/index.js';

let h: ApiHarness;
const PODS = '/api/v1/namespaces/default/pods';

describe('REST verbs', () => {
  before(async () => {
    h = await apiHarness();
  });
  after(async () => h.close());

  it('creates with 201, fills server fields, honours generateName and canonicalizes quantities', async () => {
    const r = await h.request<Pod>('POST', PODS, { ...podManifest('web-1'), spec: { containers: [{ name: 'c', image: 'i', resources: { requests: { memory: '1024Mi', cpu: 0.5 } } }] } });
    assert.equal(r.status, 201);
    assert.ok(r.body.metadata?.uid);
    assert.equal(r.body.metadata?.namespace, 'default');
    assert.equal(r.body.status?.phase, 'Pending');
    assert.deepEqual(r.body.spec?.containers[0].resources?.requests, { memory: '1Gi', cpu: '500m' });
    const g = await h.request<Pod>('POST', PODS, { ...podManifest(''), metadata: { generateName: 'gen-' } });
    assert.equal(g.status, 201);
    assert.match(g.body.metadata?.name ?? '', /^gen-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });

  it('answers 409 AlreadyExists for a duplicate and 404 NotFound with details', async () => {
    const dup = await h.request('POST', PODS, podManifest('web-1'));
    assert.equal(dup.status, 409);
    assert.equal(dup.body.reason, 'AlreadyExists');
    assert.equal(dup.body.message, 'pods "web-1" already exists');
    const nf = await h.request('GET', `${PODS}/nope`);
    assert.deepEqual(nf.body, {
      kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'pods "nope" not found', reason: 'NotFound', code: 404,
      details: { name: 'nope', kind: 'pods' },
    });
    const dnf = await h.request('GET', '/apis/apps/v1/namespaces/default/deployments/nope');
    assert.equal(dnf.body.message, 'deployments.apps "nope" not found');
  });

  it('answers 422 Invalid with causes for an invalid manifest', async () => {
    const r = await h.request('POST', PODS, { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'invalid-demo' }, spec: {} });
    assert.equal(r.status, 422);
    assert.equal(r.body.message, 'Pod "invalid-demo" is invalid: spec.containers: Required value');
    assert.deepEqual(r.body.details, { name: 'invalid-demo', group: '', kind: 'Pod', causes: [{ field: 'spec.containers', reason: 'FieldValueRequired', message: 'Required value' }] });
  });

  it('rejects unknown fields with fieldValidation=Strict, warns with Warn and unset, accepts with Ignore', async () => {
    const body = { ...podManifest('strict'), spec: { foo: 1, containers: [{ name: 'c', image: 'i', bar: true }] } };
    const strict = await h.request('POST', `${PODS}?fieldValidation=Strict`, body);
    assert.equal(strict.status, 400);
    assert.equal(strict.body.message, 'strict decoding error: unknown field "spec.foo", unknown field "spec.containers[0].bar"');
    const warn = await h.request('POST', PODS, body);
    assert.equal(warn.status, 201);
    assert.deepEqual(warn.headers.warning, ['299 - "unknown field \\"spec.foo\\""', '299 - "unknown field \\"spec.containers[0].bar\\""']);
    const ignore = await h.request('POST', `${PODS}?fieldValidation=Ignore`, { ...body, metadata: { name: 'ignored' } });
    assert.equal(ignore.status, 201);
    assert.equal(ignore.headers.warning, undefined);
  });

  it('rejects a namespace mismatch and a wrong apiVersion with 400', async () => {
    const ns = await h.request('POST', PODS, { ...podManifest('x'), metadata: { name: 'x', namespace: 'kube-system' } });
    assert.equal(ns.status, 400);
    assert.equal(ns.body.message, 'the namespace of the provided object does not match the namespace sent on the request');
    const av = await h.request('POST', PODS, { ...podManifest('x'), apiVersion: 'apps/v1' });
    assert.equal(av.body.message, 'the API version in the data (apps/v1) does not match the expected API version (v1)');
  });

  it('lists in name order with label and field selectors, and pages with limit / continue', async () => {
    for (const n of ['b', 'a', 'c']) await h.create(PODS, podManifest(`sel-${n}`, { labels: { app: 'sel', n } }));
    const all = await h.request<{ items: Pod[]; metadata: { resourceVersion: string } }>('GET', `${PODS}?labelSelector=app%3Dsel`);
    assert.deepEqual(all.body.items.map((p) => p.metadata?.name), ['sel-a', 'sel-b', 'sel-c']);
    assert.equal(all.body.metadata.resourceVersion, String(h.cp.store.resourceVersion));
    const notB = await h.request<{ items: Pod[] }>('GET', `${PODS}?labelSelector=app%3Dsel,n%20notin%20(b)&fieldSelector=metadata.name!%3Dsel-c`);
    assert.deepEqual(notB.body.items.map((p) => p.metadata?.name), ['sel-a']);
    const p1 = await h.request<{ items: Pod[]; metadata: { continue?: string; remainingItemCount?: number } }>('GET', `${PODS}?labelSelector=app%3Dsel&limit=2`);
    assert.deepEqual(p1.body.items.map((p) => p.metadata?.name), ['sel-a', 'sel-b']);
    assert.equal(p1.body.metadata.remainingItemCount, 1);
    const p2 = await h.request<{ items: Pod[]; metadata: { continue?: string } }>('GET', `${PODS}?labelSelector=app%3Dsel&limit=2&continue=${p1.body.metadata.continue}`);
    assert.deepEqual(p2.body.items.map((p) => p.metadata?.name), ['sel-c']);
    assert.equal(p2.body.metadata.continue, undefined);
    const bad = await h.request('GET', `${PODS}?fieldSelector=spec.foo%3Dx`);
    assert.equal(bad.status, 400);
    assert.equal(bad.body.message, 'field label not supported: spec.foo');
  });

  it('answers Tables to kubectl get, with the object\'s metadata for -A / --show-labels', async () => {
    const t = await h.request<Table>('GET', `${PODS}?labelSelector=app%3Dsel&limit=500`, undefined, { accept: TABLE_ACCEPT });
    assert.equal(t.body.kind, 'Table');
    assert.deepEqual(t.body.columnDefinitions.filter((c) => c.priority === 0).map((c) => c.name), ['Name', 'Ready', 'Status', 'Restarts', 'Age']);
    assert.deepEqual(t.body.rows[0].cells.slice(0, 5), ['sel-a', '0/1', 'Pending', '0', '0s']);
    assert.equal((t.body.rows[0].object?.metadata as { labels?: Record<string, string> }).labels?.n, 'a');
    const one = await h.request<Table>('GET', '/api/v1/namespaces/default', undefined, { accept: TABLE_ACCEPT });
    assert.deepEqual(one.body.rows.map((r) => r.cells), [['default', 'Active', '0s']]);
  });

  it('updates with PUT, refusing a stale resourceVersion with 409 Conflict', async () => {
    const cur = await h.request<Pod>('GET', `${PODS}/sel-a`);
    const next = structuredClone(cur.body);
    next.metadata!.labels = { ...next.metadata!.labels, extra: 'yes' };
    const ok = await h.request<Pod>('PUT', `${PODS}/sel-a`, next);
    assert.equal(ok.status, 200);
    assert.equal(ok.body.metadata?.labels?.extra, 'yes');
    const stale = await h.request('PUT', `${PODS}/sel-a`, next);
    assert.equal(stale.status, 409);
    assert.equal(stale.body.message, 'Operation cannot be fulfilled on pods "sel-a": the object has been modified; please apply your changes to the latest version and try again');
  });

  it('keeps status out of main-resource writes and spec out of status writes', async () => {
    const cur = (await h.request<Pod>('GET', `${PODS}/sel-b`)).body;
    const put = await h.request<Pod>('PUT', `${PODS}/sel-b`, { ...cur, status: { phase: 'Succeeded' } });
    assert.equal(put.body.status?.phase, 'Pending');
    const st = await h.request<Pod>('PATCH', `${PODS}/sel-b/status`, { status: { phase: 'Running' }, spec: { nodeName: 'elsewhere' } }, { 'content-type': 'application/merge-patch+json' });
    assert.equal(st.status, 200);
    assert.equal(st.body.status?.phase, 'Running');
    assert.equal(st.body.spec?.nodeName, undefined);
  });

  it('writes nothing for a patch that changes nothing (no new resourceVersion)', async () => {
    const before = (await h.request<Pod>('GET', `${PODS}/sel-c`)).body.metadata?.resourceVersion;
    const r = await h.request<Pod>('PATCH', `${PODS}/sel-c`, { metadata: { labels: { app: 'sel' } } }, { 'content-type': 'application/merge-patch+json' });
    assert.equal(r.body.metadata?.resourceVersion, before);
  });

  it('answers 415 for an unknown patch type and 400 for malformed JSON', async () => {
    const r = await h.request('PATCH', `${PODS}/sel-c`, '{}', { 'content-type': 'text/plain' });
    assert.equal(r.status, 415);
    assert.equal(r.body.message, 'the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json');
    const bad = await h.request('POST', PODS, '{"metadata":');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.reason, 'BadRequest');
    assert.match(String(bad.body.message), /^couldn't get version\/kind; json parse error: /);
  });

  it('creates a missing object through server-side apply and merges into an existing one', async () => {
    const created = await h.request<Pod>('PATCH', `${PODS}/ssa?fieldManager=kubectl&fieldValidation=Strict`, JSON.stringify(podManifest('ssa', { labels: { a: '1' } })), { 'content-type': 'application/apply-patch+yaml' });
    assert.equal(created.status, 201);
    const merged = await h.request<Pod>('PATCH', `${PODS}/ssa?fieldManager=kubectl`, 'metadata:\n  labels:\n    b: "2"\n', { 'content-type': 'application/apply-patch+yaml' });
    assert.equal(merged.status, 200);
    assert.deepEqual(merged.body.metadata?.labels, { a: '1', b: '2' });
  });

  it('honours dryRun=All without storing anything', async () => {
    const rv = h.cp.store.resourceVersion;
    const r = await h.request('POST', `${PODS}?dryRun=All`, podManifest('dry'));
    assert.equal(r.status, 201);
    assert.equal(h.cp.store.get('Pod', 'default', 'dry'), undefined);
    assert.equal(h.cp.store.resourceVersion, rv);
  });

  it('deletes an unbound pod at once and answers with the object; 404 the second time', async () => {
    const r = await h.request<Pod>('DELETE', `${PODS}/strict`, { propagationPolicy: 'Background' });
    assert.equal(r.status, 200);
    assert.equal(r.body.kind, 'Pod');
    assert.equal((await h.request('DELETE', `${PODS}/strict`)).status, 404);
  });

  it('deletes a bound pod gracefully (deletionTimestamp, then the kubelet finishes it)', async () => {
    await h.create(PODS, podManifest('bound', { nodeName: 'node-1' }));
    const r = await h.request<Pod>('DELETE', `${PODS}/bound`, { gracePeriodSeconds: 5 });
    assert.equal(r.body.metadata?.deletionGracePeriodSeconds, 5);
    assert.ok(r.body.metadata?.deletionTimestamp);
    const t = await h.request<Table>('GET', `${PODS}/bound`, undefined, { accept: TABLE_ACCEPT });
    assert.equal(t.body.rows[0].cells[2], 'Terminating');
  });

  it('checks delete preconditions', async () => {
    const r = await h.request('DELETE', `${PODS}/sel-c`, { preconditions: { uid: 'not-the-uid' } });
    assert.equal(r.status, 409);
    assert.match(String(r.body.message), /^Precondition failed: UID in precondition: not-the-uid, UID in object meta: /);
  });

  it('orphans dependents on propagationPolicy=Orphan and leaves them to the GC otherwise', async () => {
    const APPS = '/apis/apps/v1/namespaces/default/replicasets';
    const rs = await h.create(APPS, {
      apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'owner' },
      spec: { replicas: 1, selector: { matchLabels: { o: 'x' } }, template: { metadata: { labels: { o: 'x' } }, spec: { containers: [{ name: 'c', image: 'i' }] } } },
    } as ReplicaSet);
    const dep = podManifest('dependent', { labels: { o: 'x' } });
    dep.metadata = { ...dep.metadata, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'owner', uid: rs.metadata!.uid!, controller: true }] };
    await h.create(PODS, dep);
    const del = await h.request('DELETE', `${APPS}/owner`, { propagationPolicy: 'Orphan' });
    assert.equal(del.status, 200);
    assert.equal(del.body.status, 'Success');
    assert.deepEqual(del.body.details, { name: 'owner', group: 'apps', kind: 'replicasets', uid: rs.metadata!.uid });
    assert.equal(h.cp.store.get<Pod>('Pod', 'default', 'dependent')?.metadata?.ownerReferences, undefined);
  });

  it('marks a Foreground deletion with the foregroundDeletion finalizer, and finishes it when the last finalizer goes', async () => {
    const APPS = '/apis/apps/v1/namespaces/default/replicasets';
    await h.create(APPS, {
      apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'fg' },
      spec: { replicas: 0, selector: { matchLabels: { o: 'fg' } }, template: { metadata: { labels: { o: 'fg' } }, spec: { containers: [{ name: 'c', image: 'i' }] } } },
    } as ReplicaSet);
    const del = await h.request<ReplicaSet>('DELETE', `${APPS}/fg`, { propagationPolicy: 'Foreground' });
    assert.equal(del.status, 200);
    assert.ok(del.body.metadata?.deletionTimestamp);
    assert.deepEqual(del.body.metadata?.finalizers, ['foregroundDeletion']);
    // The garbage collector (not running here) would delete the dependents, then drop the finalizer:
    const done = await h.request('PATCH', `${APPS}/fg`, { metadata: { finalizers: null } }, { 'content-type': 'application/merge-patch+json' });
    assert.equal(done.status, 200);
    assert.equal((await h.request('GET', `${APPS}/fg`)).status, 404);
  });

  it('scales a deployment through the scale subresource', async () => {
    const DEP = '/apis/apps/v1/namespaces/default/deployments';
    await h.create(DEP, {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' },
      spec: { replicas: 1, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'i' }] } } },
    } as Deployment);
    const s = await h.request('PATCH', `${DEP}/web/scale`, { spec: { replicas: 3 } }, { 'content-type': 'application/merge-patch+json' });
    assert.deepEqual(s.body.spec, { replicas: 3 });
    assert.equal(s.body.status && (s.body.status as { selector: string }).selector, 'app=web');
    assert.equal((h.cp.store.get('Deployment', 'default', 'web') as { spec: { replicas: number } }).spec.replicas, 3);
    const bad = await h.request('PUT', `${DEP}/web/scale`, { spec: { replicas: -1 } });
    assert.equal(bad.status, 422);
  });

  it('binds a pod once through pods/binding', async () => {
    await h.create(PODS, podManifest('tobind'));
    const b = await h.request('POST', `${PODS}/tobind/binding`, { apiVersion: 'v1', kind: 'Binding', metadata: { name: 'tobind' }, target: { kind: 'Node', name: 'node-2' } });
    assert.equal(b.status, 201);
    assert.equal(h.cp.store.get<Pod>('Pod', 'default', 'tobind')?.spec?.nodeName, 'node-2');
    const again = await h.request('POST', `${PODS}/tobind/binding`, { metadata: { name: 'tobind' }, target: { name: 'node-3' } });
    assert.equal(again.status, 409);
    assert.equal(again.body.message, 'pod tobind is already assigned to node "node-2"');
  });

  it('serves core Events as events.k8s.io/v1 Events and back', async () => {
    h.cp.recorder.record({ involvedObject: { kind: 'Node', name: 'node-1', uid: 'node-1' }, type: 'Normal', reason: 'NodeReady', message: 'ready', source: { component: 'kubelet', host: 'node-1' } });
    const list = await h.request<{ items: Array<Record<string, unknown>> }>('GET', '/apis/events.k8s.io/v1/namespaces/default/events?fieldSelector=regarding.name%3Dnode-1');
    assert.equal(list.body.items.length, 1);
    assert.equal(list.body.items[0].note, 'ready');
    assert.equal(list.body.items[0].reportingController, 'kubelet');
    assert.match(String(list.body.items[0].eventTime), /\.\d{6}Z$/);
  });

  it('refuses to delete the default namespace and deletes another with its content', async () => {
    const d = await h.request('DELETE', '/api/v1/namespaces/default');
    assert.equal(d.status, 403);
    assert.equal(d.body.message, 'namespaces "default" is forbidden: this namespace may not be deleted');
    await h.create('/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'tmp' } } as Namespace);
    await h.create('/api/v1/namespaces/tmp/pods', podManifest('x'));
    const del = await h.request<Namespace>('DELETE', '/api/v1/namespaces/tmp');
    assert.equal(del.status, 200);
    assert.equal(h.cp.store.get('Namespace', undefined, 'tmp'), undefined);
    assert.equal(h.cp.store.get('Pod', 'tmp', 'x'), undefined);
  });

  it('cordons and taints a node with the patches kubectl sends', async () => {
    h.cp.store.create<Node>('Node', { metadata: { name: 'node-p' }, spec: {}, status: { conditions: [{ type: 'Ready', status: 'True' }] } });
    const smp = { 'content-type': 'application/strategic-merge-patch+json' };
    await h.request('PATCH', '/api/v1/nodes/node-p', { spec: { unschedulable: true } }, smp);
    const taint = await h.request<Node>('PATCH', '/api/v1/nodes/node-p?fieldManager=kubectl-taint&fieldValidation=Strict', { spec: { taints: [{ effect: 'NoSchedule', key: 'dedicated', value: 'gpu' }] } }, smp);
    assert.deepEqual(taint.body.spec, { unschedulable: true, taints: [{ effect: 'NoSchedule', key: 'dedicated', value: 'gpu' }] });
    assert.equal(taint.body.status?.conditions?.[0].type, 'Ready', 'a main-resource patch keeps the node status');
    const list = await h.request<{ items: Node[] }>('GET', '/api/v1/nodes?fieldSelector=spec.unschedulable%3Dfalse');
    assert.ok(!list.body.items.some((n) => n.metadata?.name === 'node-p'));
  });
});
