// The /events stream on a real control plane with real (in-process) agents: snapshot, deltas,
// Events with their why, node usage with thresholds, filters, resume, protobuf, refusals.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { runAgents, type RunningAgents } from '../cli/commands/agent-run.js';
import type { RunningServer } from '../cli/commands/server-run.js';
import { DEFAULT_CAPACITY } from '../agent/node-config.js';
import type { Node, Pod } from '../core/types.js';
import { refTo } from '../server/events/recorder.js';
import { decodeStreamFrame } from '../server/stream/frames.js';
import type { EventView, NodeView, PodView, StreamFrame } from '../server/stream/types.js';
import { startServer, waitFor } from './support/live-server.js';

/** A stream client that keeps every frame and the latest state it implies. */
function client(url: string, headers: Record<string, string> = {}) {
  const ws = new WebSocket(url, { headers });
  const frames: StreamFrame[] = [];
  const binary: boolean[] = [];
  let closed: { code: number; reason: string } | undefined;
  ws.on('message', (d, isBinary) => {
    binary.push(isBinary);
    const buf = d as Buffer;
    frames.push(decodeStreamFrame(isBinary ? new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) : buf.toString()));
  });
  ws.on('close', (code, reason) => { closed = { code, reason: reason.toString() }; });
  const changes = () => frames.flatMap((f) => f.delta?.changes ?? []);
  return {
    ws, frames, binary, closed: () => closed, changes,
    events: (): EventView[] => [...(frames[0]?.snapshot?.events ?? []), ...changes().flatMap((c) => (c.event ? [c.event] : []))],
    pods: (): PodView[] => changes().flatMap((c) => (c.pod ? [c.pod] : [])),
    nodes: (): NodeView[] => [...(frames[0]?.snapshot?.nodes ?? []), ...changes().flatMap((c) => (c.node ? [c.node] : []))],
    lastRV: () => {
      const f = frames[frames.length - 1];
      return f?.snapshot?.resource_version ?? f?.delta?.resource_version ?? 0;
    },
    close: () => ws.close(),
  };
}

describe('the /events stream on a live control plane', () => {
  let srv: RunningServer;
  let agents: RunningAgents;
  let events: string;

  before(async () => {
    srv = await startServer({ timeScale: 10 });
    events = `${srv.url.replace(/^http/, 'ws')}/events`;
    agents = runAgents({
      server: `${srv.url.replace(/^http/, 'ws')}/agent`, token: 'test-token', name: 'node', nodes: 2,
      capacity: { ...DEFAULT_CAPACITY }, labels: { 'topology.kubernetes.io/zone': 'zone-a' }, annotations: {}, taints: [],
      kubelet: { evictionHard: { 'memory.available': '500Mi' }, evictionSoft: { 'memory.available': '1Gi' }, evictionSoftGracePeriod: { 'memory.available': '1m' } },
      podStartDelayMs: 1000,
    }, () => undefined);
    await waitFor('two Ready nodes', () => srv.cp.store.list<Node>('Node').filter((n) => n.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')).length === 2, 15_000);
  });
  after(async () => {
    agents.stop();
    await srv.close();
  });

  it('starts with a snapshot of the registered nodes and the clock', async () => {
    const c = client(events);
    await waitFor('a snapshot', () => c.frames[0]);
    const snap = c.frames[0].snapshot!;
    assert.equal(snap.reason, 'initial');
    assert.deepEqual(snap.nodes.map((n) => [n.name, n.ready, n.zone]).sort(), [['node-1', 'True', 'zone-a'], ['node-2', 'True', 'zone-a']]);
    assert.equal(snap.clock.scale, 10);
    assert.ok(snap.resource_version > 0);
    c.close();
  });

  it('streams pod changes as the kubelet runs a pod, and Events with their why and mechanism', async () => {
    const c = client(events);
    await waitFor('a snapshot', () => c.frames[0]);
    const r = await fetch(`${srv.url}/api/v1/namespaces/default/pods`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ metadata: { name: 'web' }, spec: { nodeName: 'node-1', containers: [{ name: 'c', image: 'nginx', resources: { requests: { memory: '1Gi' } } }] } }),
    });
    assert.equal(r.status, 201, await r.text());
    await waitFor('the pod Running on node-1', () => c.pods().find((p) => p.name === 'web' && p.phase === 'Running' && p.node === 'node-1'), 10_000);
    assert.equal(c.pods().find((p) => p.name === 'web')?.qos_class, 'Burstable');
    const pod = srv.cp.store.must<Pod>('Pod', 'default', 'web');
    srv.cp.recorder.record({
      involvedObject: refTo(pod), type: 'Warning', reason: 'Evicted', message: 'The node was low on resource: memory.',
      source: { component: 'kubelet', host: 'node-1' }, why: { signal: 'memory.available', observed: { available: '80Mi' } },
    });
    const ev = await waitFor('the Evicted event', () => c.events().find((e) => e.reason === 'Evicted'));
    assert.deepEqual(JSON.parse(ev.why_json), { signal: 'memory.available', observed: { available: '80Mi' } });
    assert.equal(ev.mechanism, 'kubelet');
    assert.equal(ev.eviction, true);
    assert.equal(ev.node, 'node-1');
    c.close();
  });

  it('sends each node\'s usage with its hard and soft thresholds resolved', async () => {
    const c = client(events);
    const u = await waitFor('usage of node-2', () => c.frames.flatMap((f) => f.snapshot?.usage ?? f.delta?.usage ?? []).find((x) => x.node === 'node-2'), 15_000);
    const mem = u.signals.find((s) => s.signal === 'memory.available')!;
    assert.ok(mem, 'memory.available is observed');
    assert.equal(mem.hard, 500 * 1024 * 1024);
    assert.equal(mem.soft, 1024 ** 3);
    assert.deepEqual([mem.hard_value, mem.soft_value], ['500Mi', '1Gi']);
    assert.ok(mem.capacity > 0 && mem.available <= mem.capacity);
    c.close();
  });

  it('filters by node: only that node, its pods and the events about them', async () => {
    const c = client(`${events}?node=node-2`);
    await waitFor('a snapshot', () => c.frames[0]);
    assert.deepEqual(c.frames[0].snapshot!.nodes.map((n) => n.name), ['node-2']);
    assert.deepEqual(c.frames[0].snapshot!.pods, [], 'web runs on node-1');
    const n1 = srv.cp.store.must<Node>('Node', undefined, 'node-1');
    const n2 = srv.cp.store.must<Node>('Node', undefined, 'node-2');
    srv.cp.recorder.record({ involvedObject: refTo(n1), type: 'Normal', reason: 'Node1Thing', message: 'x', source: { component: 'test' } });
    srv.cp.recorder.record({ involvedObject: refTo(n2), type: 'Normal', reason: 'Node2Thing', message: 'x', source: { component: 'test' } });
    await waitFor('the node-2 event', () => c.events().find((e) => e.reason === 'Node2Thing'));
    assert.equal(c.events().find((e) => e.reason === 'Node1Thing'), undefined);
    assert.ok(c.frames.flatMap((f) => f.delta?.usage ?? []).every((u) => u.node === 'node-2'));
    c.close();
  });

  it('filters by namespace and kinds', async () => {
    const c = client(`${events}?namespace=kube-system&kinds=Pod,Event`);
    await waitFor('a snapshot', () => c.frames[0]);
    const snap = c.frames[0].snapshot!;
    assert.deepEqual(snap.nodes, [], 'nodes were not asked for');
    assert.ok(snap.pods.every((p) => p.namespace === 'kube-system'));
    assert.ok(snap.events.every((e) => e.namespace === 'kube-system'));
    const n1 = srv.cp.store.must<Node>('Node', undefined, 'node-1');
    srv.cp.recorder.record({ involvedObject: { ...refTo(n1), namespace: 'kube-system' }, type: 'Normal', reason: 'InKubeSystem', message: 'x', source: { component: 'test' } });
    srv.cp.recorder.record({ involvedObject: { ...refTo(n1), namespace: 'default' }, type: 'Normal', reason: 'InDefault', message: 'x', source: { component: 'test' } });
    await waitFor('the kube-system event', () => c.events().find((e) => e.reason === 'InKubeSystem'));
    assert.equal(c.events().find((e) => e.reason === 'InDefault'), undefined);
    c.close();
  });

  it('resumes after a reconnect with the changes made while it was away, without a snapshot', async () => {
    const first = client(events);
    await waitFor('a snapshot', () => first.frames[0]);
    await waitFor('a delta', () => first.frames.length > 1, 5_000);
    const rv = first.lastRV();
    first.close();
    const pod = srv.cp.store.must<Pod>('Pod', 'default', 'web');
    srv.cp.recorder.record({ involvedObject: refTo(pod), type: 'Normal', reason: 'WhileAway', message: 'x', source: { component: 'test' } });
    const again = client(`${events}?since=${rv}`);
    await waitFor('the first frame', () => again.frames[0]);
    assert.equal(again.frames[0].snapshot, undefined, 'no snapshot when the history still has the changes');
    assert.ok(again.frames[0].delta!.changes.some((ch) => ch.event?.reason === 'WhileAway'));
    again.close();
    const stale = client(`${events}?since=${srv.cp.store.resourceVersion + 1000}`);
    await waitFor('the first frame', () => stale.frames[0]);
    assert.equal(stale.frames[0].snapshot?.reason, 'expired', 'a resourceVersion this store never had gets a fresh snapshot');
    stale.close();
  });

  it('sends binary protobuf StreamFrames with format=proto, carrying the same data', async () => {
    const c = client(`${events}?format=proto`);
    await waitFor('a snapshot and a delta', () => c.frames.length >= 2, 5_000);
    assert.ok(c.binary.every(Boolean), 'binary frames');
    const snap = c.frames[0].snapshot!;
    assert.deepEqual(snap.nodes.map((n) => n.name).sort(), ['node-1', 'node-2']);
    assert.ok(snap.events.some((e) => e.reason === 'Evicted' && e.why_json.includes('memory.available')));
    assert.equal(typeof snap.resource_version, 'number');
    c.close();
  });

  it('refuses a bad query with 4400 and the reason', async () => {
    const c = client(`${events}?kinds=Secret`);
    await waitFor('the close', () => c.closed());
    assert.equal(c.closed()!.code, 4400);
    assert.match(c.closed()!.reason, /^kinds: Unsupported value: "Secret"/);
  });
});

describe('the /events stream with an API token', () => {
  let srv: RunningServer;
  before(async () => { srv = await startServer({ apiToken: 's3cret' }); });
  after(async () => srv.close());

  it('closes with 4001 without the token and streams with it (header or access_token)', async () => {
    const url = `${srv.url.replace(/^http/, 'ws')}/events`;
    const anon = client(url);
    await waitFor('the close', () => anon.closed());
    assert.equal(anon.closed()!.code, 4001);
    const header = client(url, { authorization: 'Bearer s3cret' });
    await waitFor('a snapshot', () => header.frames[0]?.snapshot);
    header.close();
    const query = client(`${url}?access_token=s3cret`);
    await waitFor('a snapshot', () => query.frames[0]?.snapshot);
    query.close();
  });
});
