// Malformed bodies, wrong content types, unknown resources and bad parameters against a real
// server: every one gets a Kubernetes Status with the right code, nothing is stored, and the
// server keeps answering.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './support/live-server.js';
import type { RunningServer } from '../cli/commands/server-run.js';

let srv: RunningServer;

interface Probe { method: string; path: string; body?: string | Buffer; type?: string; code: number; reason?: string; message?: RegExp }

const POD = '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"ok"},"spec":{"containers":[{"name":"c","image":"i"}]}}';

const PROBES: Probe[] = [
  { method: 'POST', path: '/api/v1/namespaces/default/pods', body: '{"apiVersion":"v1",', code: 400, reason: 'BadRequest', message: /^couldn't get version\/kind; json parse error/ },
  { method: 'POST', path: '/api/v1/namespaces/default/pods', body: '[1,2,3]', code: 400, reason: 'BadRequest' },
  { method: 'POST', path: '/api/v1/namespaces/default/pods', body: 'null', code: 400, reason: 'BadRequest' },
  { method: 'POST', path: '/api/v1/namespaces/default/pods', body: '', code: 400, reason: 'BadRequest' },
  { method: 'POST', path: '/api/v1/namespaces/default/pods', body: POD, type: 'text/plain', code: 415, reason: 'UnsupportedMediaType' },
  { method: 'POST', path: '/api/v1/namespaces/default/pods', body: '<pod/>', type: 'application/xml', code: 415, reason: 'UnsupportedMediaType' },
  { method: 'POST', path: '/api/v1/namespaces/default/pods', body: Buffer.from([0x6b, 0x38, 0x73, 0, 1, 2]), type: 'application/vnd.kubernetes.protobuf', code: 400, message: /^unable to decode Pod from protobuf/ },
  { method: 'POST', path: '/api/v1/namespaces/default/events', body: Buffer.from([0x6b, 0x38, 0x73, 0]), type: 'application/vnd.kubernetes.protobuf', code: 415 },
  { method: 'POST', path: '/api/v1/namespaces/default/pods', body: 'metadata: [unclosed', type: 'application/yaml', code: 400, reason: 'BadRequest', message: /^error converting YAML to JSON/ },
  { method: 'POST', path: '/api/v1/namespaces/default/pods', body: '{"apiVersion":"v1","kind":"Pod","metadata":{"name":"x"},"spec":{"containers":"nope"}}', code: 400, message: /cannot be handled as a Pod: json: cannot unmarshal string/ },
  { method: 'POST', path: '/api/v1/namespaces/default/pods', body: '{"metadata":{"name":"q"},"spec":{"containers":[{"name":"c","image":"i","resources":{"limits":{"cpu":"lots"}}}]}}', code: 400, message: /quantities must match the regular expression/ },
  { method: 'POST', path: '/api/v1/namespaces/nope/pods', body: POD, code: 404, reason: 'NotFound', message: /^namespaces "nope" not found$/ },
  { method: 'PATCH', path: '/api/v1/namespaces/default/pods/ok', body: '{}', type: 'application/json', code: 415, reason: 'UnsupportedMediaType' },
  { method: 'PATCH', path: '/api/v1/namespaces/kube-system/pods/none', body: '{}', type: 'application/merge-patch+json', code: 404 },
  { method: 'PATCH', path: '/api/v1/nodes/none', body: '{"op":"add"}', type: 'application/json-patch+json', code: 400 },
  { method: 'PATCH', path: '/api/v1/namespaces/default', body: '{not json', type: 'application/strategic-merge-patch+json', code: 400 },
  { method: 'PATCH', path: '/api/v1/namespaces/default', body: '[{"op":"remove","path":"/spec/nope"}]', type: 'application/json-patch+json', code: 422, reason: 'Invalid' },
  { method: 'DELETE', path: '/api/v1/namespaces/default/pods/none', body: Buffer.from([1, 2, 3]), type: 'application/vnd.kubernetes.protobuf', code: 400 },
  { method: 'DELETE', path: '/api/v1/namespaces/default/pods/none', body: '{"gracePeriodSeconds":', code: 400 },
  { method: 'DELETE', path: '/api/v1/namespaces/default/pods/none', body: '{"propagationPolicy":"Sideways"}', code: 404 },
  { method: 'GET', path: '/api/v1/foos', code: 404, reason: 'NotFound', message: /^the server could not find the requested resource$/ },
  { method: 'GET', path: '/apis/nope.example.com/v1/things', code: 404, reason: 'NotFound' },
  { method: 'GET', path: '/api/v2/pods', code: 404 },
  { method: 'PUT', path: '/api/v1/pods', body: POD, code: 405, reason: 'MethodNotAllowed' },
  { method: 'POST', path: '/api/v1/namespaces/default/pods/x/exec', code: 404 },
  { method: 'GET', path: '/api/v1/pods?labelSelector=a%20in%20(', code: 400, reason: 'BadRequest' },
  { method: 'GET', path: '/api/v1/pods?fieldSelector=spec.containers%3Dx', code: 400, message: /^field label not supported: spec.containers$/ },
  { method: 'GET', path: '/api/v1/pods?limit=abc', code: 400 },
  { method: 'GET', path: '/api/v1/pods?continue=%%%', code: 400 },
  { method: 'GET', path: '/api/v1/pods?watch=true&resourceVersion=abc', code: 400 },
  { method: 'GET', path: '/api/v1/pods?includeObject=Everything', code: 400 },
  { method: 'POST', path: '/api/v1/namespaces/default/pods?dryRun=Some', body: POD, code: 400 },
  { method: 'POST', path: '/api/v1/namespaces/default/pods?fieldValidation=Loose', body: POD, code: 400 },
  { method: 'POST', path: '/api/v1/namespaces/default/pods/none/eviction', body: '{"metadata":{"name":"other"}}', code: 400, message: /^name in URL does not match name in Eviction object$/ },
  { method: 'POST', path: '/api/v1/namespaces/default/pods', body: Buffer.alloc(9 * 1024 * 1024, 0x20), code: 413 },
];

describe('the API under bad input', () => {
  before(async () => {
    srv = await startServer();
  });
  after(async () => srv.close());

  it('answers every bad request with a Status of the right code and stores nothing', async () => {
    const rv = srv.cp.store.resourceVersion;
    for (const p of PROBES) {
      const res = await fetch(`${srv.url}${p.path}`, {
        method: p.method, body: p.body as BodyInit | undefined, headers: p.body !== undefined ? { 'content-type': p.type ?? 'application/json' } : {},
      });
      const text = await res.text();
      const what = `${p.method} ${p.path} (${p.type ?? 'json'})`;
      assert.equal(res.status, p.code, `${what}: ${text.slice(0, 300)}`);
      const status = JSON.parse(text) as { kind: string; status: string; code: number; reason?: string; message?: string };
      assert.equal(status.kind, 'Status', what);
      assert.equal(status.status, 'Failure', what);
      assert.equal(status.code, p.code, what);
      if (p.reason) assert.equal(status.reason, p.reason, what);
      if (p.message) assert.match(status.message ?? '', p.message, what);
    }
    assert.equal(srv.cp.store.resourceVersion, rv, 'no bad request wrote anything');
    assert.equal(srv.cp.store.count('Pod'), 0);
  });

  it('keeps serving afterwards: health, lists and a valid create', async () => {
    assert.equal((await fetch(`${srv.url}/healthz`)).status, 200);
    const ns = await (await fetch(`${srv.url}/api/v1/namespaces`)).json() as { items: unknown[] };
    assert.equal(ns.items.length, 4);
    const created = await fetch(`${srv.url}/api/v1/namespaces/default/pods`, { method: 'POST', body: POD, headers: { 'content-type': 'application/json' } });
    assert.equal(created.status, 201);
    assert.equal(srv.cp.store.count('Pod'), 1);
  });
});
