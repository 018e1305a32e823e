// Watch streams: initial state, replay from a resourceVersion, 410 Expired, selectors,
// bookmarks, Tables, timeoutSeconds. The transport clock is manual: a stream ends when the test
// advances it past timeoutSeconds.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Pod } from '../../../core/types.js';
import { apiHarness, podManifest, TABLE_ACCEPT, type ApiHarness } from '../testing.js';
import { HEARTBEAT_MS } from './watch.js';

let h: ApiHarness;
const PODS = '/api/v1/namespaces/default/pods';

interface WatchLine { type: string; object: { kind?: string; metadata?: { name?: string; resourceVersion?: string; annotations?: Record<string, string> }; rows?: Array<{ cells: unknown[] }>; columnDefinitions?: unknown[]; code?: number; reason?: string } }

/** Opens a watch, runs `during` while it is open, ends it by timeoutSeconds and returns the events. */
async function watch(query: string, during: () => Promise<void> | void = () => {}, headers: Record<string, string> = {}): Promise<{ lines: WatchLine[]; raw: string; contentType: unknown }> {
  const pending = h.app.inject({ method: 'GET', url: `${PODS}?watch=true&timeoutSeconds=30&${query}`, headers });
  await new Promise((r) => setTimeout(r, 30));
  await during();
  h.transport.advance(30_000);
  const res = await pending;
  const lines = res.body.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as WatchLine);
  return { lines, raw: res.body, contentType: res.headers['content-type'] };
}

describe('watch', () => {
  before(async () => {
    h = await apiHarness({ historyLimit: 20 });
    await h.create(PODS, podManifest('a', { labels: { app: 'web' } }));
    await h.create(PODS, podManifest('b', { labels: { app: 'db' } }));
  });
  after(async () => h.close());

  it('sends ADDED for the current state with resourceVersion unset or 0, then live changes', async () => {
    const { lines, contentType } = await watch('resourceVersion=0', async () => {
      await h.create(PODS, podManifest('c', { labels: { app: 'web' } }));
      await h.request('DELETE', `${PODS}/c`);
    });
    assert.equal(contentType, 'application/json');
    assert.deepEqual(lines.map((l) => `${l.type} ${l.object.metadata?.name}`), ['ADDED a', 'ADDED b', 'ADDED c', 'DELETED c']);
    assert.equal(lines[0].object.kind, 'Pod');
  });

  it('replays what happened after a resourceVersion (kubectl get -w, informer resume)', async () => {
    const rv = String(h.cp.store.resourceVersion);
    await h.request('PATCH', `${PODS}/a`, { metadata: { labels: { x: '1' } } }, { 'content-type': 'application/merge-patch+json' });
    const { lines } = await watch(`resourceVersion=${rv}`);
    assert.deepEqual(lines.map((l) => `${l.type} ${l.object.metadata?.name}`), ['MODIFIED a']);
    assert.equal(lines[0].object.metadata?.resourceVersion, String(h.cp.store.resourceVersion));
  });

  it('sends DELETED with the previous state when an object leaves the label selector', async () => {
    const rv = String(h.cp.store.resourceVersion);
    await h.request('PATCH', `${PODS}/a`, { metadata: { labels: { app: 'moved' } } }, { 'content-type': 'application/merge-patch+json' });
    const { lines } = await watch(`resourceVersion=${rv}&labelSelector=app%3Dweb`);
    assert.equal(lines.length, 1);
    assert.equal(lines[0].type, 'DELETED');
    assert.equal((lines[0].object.metadata as { labels?: Record<string, string> }).labels?.app, 'web');
  });

  it('filters by fieldSelector metadata.name like kubectl get pod X -w', async () => {
    const { lines } = await watch('fieldSelector=metadata.name%3Db&resourceVersion=0');
    assert.deepEqual(lines.map((l) => `${l.type} ${l.object.metadata?.name}`), ['ADDED b']);
  });

  it('answers one ERROR event with a 410 Expired Status for a resourceVersion older than the history', async () => {
    for (let i = 0; i < 25; i++) await h.request('PATCH', `${PODS}/b`, { metadata: { labels: { n: String(i) } } }, { 'content-type': 'application/merge-patch+json' });
    const res = await h.request('GET', `${PODS}?watch=true&resourceVersion=1`);
    const line = JSON.parse(res.text.trim()) as WatchLine;
    assert.equal(res.status, 200);
    assert.equal(line.type, 'ERROR');
    assert.equal(line.object.code, 410);
    assert.equal(line.object.reason, 'Expired');
  });

  it('sends one-row Tables to kubectl get -w, column definitions only in the first event', async () => {
    const rv = String(h.cp.store.resourceVersion);
    await h.create(PODS, podManifest('t1'));
    await h.create(PODS, podManifest('t2'));
    const { lines } = await watch(`resourceVersion=${rv}`, () => {}, { accept: TABLE_ACCEPT });
    assert.equal(lines.length, 2);
    assert.equal(lines[0].object.kind, 'Table');
    assert.ok((lines[0].object.columnDefinitions ?? []).length > 0);
    assert.deepEqual(lines[1].object.columnDefinitions, []);
    assert.equal(lines[1].object.rows?.[0].cells[0], 't2');
  });

  it('sends bookmarks only when asked, and the initial-events-end bookmark for sendInitialEvents', async () => {
    const { lines } = await watch('sendInitialEvents=true&resourceVersionMatch=NotOlderThan&allowWatchBookmarks=true&labelSelector=app%3Ddb');
    assert.deepEqual(lines.map((l) => l.type), ['ADDED', 'BOOKMARK']);
    assert.equal(lines[1].object.metadata?.annotations?.['k8s.io/initial-events-end'], 'true');
    assert.equal(lines[1].object.metadata?.resourceVersion, String(h.cp.store.resourceVersion));
  });

  it('writes newline heartbeats and ends the stream at timeoutSeconds', async () => {
    const pending = h.app.inject({ method: 'GET', url: `${PODS}?watch=true&timeoutSeconds=25&fieldSelector=metadata.name%3Dnone` });
    await new Promise((r) => setTimeout(r, 30));
    h.transport.advance(HEARTBEAT_MS * 2);
    h.transport.advance(25_000);
    const res = await pending;
    assert.equal(res.body, '\n\n');
  });

  it('keeps watching a pod being deleted gracefully until its DELETED event (kubectl delete waits)', async () => {
    await h.create(PODS, podManifest('graceful', { nodeName: 'node-1' }));
    const rv = String(h.cp.store.resourceVersion);
    await h.request('DELETE', `${PODS}/graceful`);
    const { lines } = await watch(`fieldSelector=metadata.name%3Dgraceful&resourceVersion=${rv}`, () => {
      h.cp.store.remove<Pod>('Pod', 'default', 'graceful');
    });
    assert.deepEqual(lines.map((l) => l.type), ['MODIFIED', 'DELETED']);
  });
});
