import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pino } from 'pino';
import { ManualClock } from '../../core/clock/index.js';
import { Random } from '../../core/random.js';
import type { Node, Pod } from '../../core/types.js';
import { NodeStatsCache } from '../gateway/stats-cache.js';
import { Store } from '../store/index.js';
import { StreamConnection, type StreamSocket } from './connection.js';
import { decodeStreamFrame } from './frames.js';
import { parseStreamQuery } from './filter.js';
import { DEFAULT_FLOW_LIMITS, type FlowLimits } from './flow.js';
import type { DeltaView, SnapshotView, StreamFrame } from './types.js';

class FakeSocket implements StreamSocket {
  bufferedAmount = 0;
  frames: StreamFrame[] = [];
  closed?: { code: number; reason: string };
  send(data: string | Uint8Array): void {
    this.frames.push(decodeStreamFrame(data));
  }
  close(code: number, reason: string): void {
    this.closed = { code, reason };
  }
  snapshots(): SnapshotView[] {
    return this.frames.flatMap((f) => (f.snapshot ? [f.snapshot] : []));
  }
  deltas(): DeltaView[] {
    return this.frames.flatMap((f) => (f.delta ? [f.delta] : []));
  }
}

function setup(opts: { query?: string; limits?: Partial<FlowLimits>; historyLimit?: number } = {}) {
  const cluster = new ManualClock();
  const realTime = new ManualClock(0);
  const store = new Store(cluster, new Random(1), opts.historyLimit);
  const stats = new NodeStatsCache();
  const socket = new FakeSocket();
  const parsed = parseStreamQuery(new URLSearchParams(opts.query ?? ''));
  if (!parsed.ok) throw new Error(parsed.error);
  const connect = () => {
    const c = new StreamConnection(socket, {
      id: 1, remote: 'test', query: parsed.query, limits: { ...DEFAULT_FLOW_LIMITS, ...opts.limits }, timers: realTime,
      log: pino({ level: 'silent' }), source: { store, stats, kubeletSettings: new Map(), clockState: () => ({ now: cluster.now(), scale: 1, paused: false }) },
    });
    c.start();
    return c;
  };
  return { store, stats, socket, realTime, connect };
}

const node = (name: string): Node => ({ metadata: { name }, status: { conditions: [{ type: 'Ready', status: 'True' }] } });
const pod = (name: string, nodeName?: string): Pod => ({ metadata: { name, namespace: 'default' }, spec: { containers: [{ name: 'c' }], ...(nodeName ? { nodeName } : {}) } });

describe('StreamConnection', () => {
  it('starts with a snapshot of nodes and pods', () => {
    const t = setup();
    t.store.create('Node', node('node-1'));
    t.store.create('Pod', pod('a', 'node-1'));
    t.connect();
    const [snap] = t.socket.snapshots();
    assert.equal(snap.reason, 'initial');
    assert.deepEqual(snap.nodes.map((n) => n.name), ['node-1']);
    assert.deepEqual(snap.pods.map((p) => p.name), ['a']);
    assert.equal(snap.resource_version, t.store.resourceVersion);
  });

  it('batches changes per flush tick and sends one change per object with its latest state', () => {
    const t = setup();
    t.store.create('Pod', pod('a'));
    t.connect();
    for (let i = 0; i < 50; i++) t.store.mutate<Pod>('Pod', 'default', 'a', (p) => { p.metadata!.labels = { i: String(i) }; });
    t.store.create('Pod', pod('b'));
    assert.equal(t.socket.deltas().length, 0, 'nothing is sent between ticks');
    t.realTime.advance(100);
    const [d] = t.socket.deltas();
    assert.deepEqual(d.changes.map((c) => [c.type, c.pod?.name]), [['MODIFIED', 'a'], ['ADDED', 'b']]);
    assert.equal(d.resource_version, t.store.resourceVersion);
  });

  it('shows a pod being bound to the watched node as ADDED and leaves other nodes out', () => {
    const t = setup({ query: 'node=node-1' });
    t.store.create('Node', node('node-1'));
    t.store.create('Node', node('node-2'));
    t.store.create('Pod', pod('a'));
    t.connect();
    assert.deepEqual(t.socket.snapshots()[0].nodes.map((n) => n.name), ['node-1']);
    t.store.mutate<Pod>('Pod', 'default', 'a', (p) => { p.spec!.nodeName = 'node-1'; });
    t.store.create('Pod', pod('elsewhere', 'node-2'));
    t.realTime.advance(100);
    assert.deepEqual(t.socket.deltas()[0].changes.map((c) => [c.type, c.pod?.name]), [['ADDED', 'a']]);
  });

  it('resumes from a resourceVersion with the changes the client missed, without a snapshot', () => {
    const t = setup({ query: 'since=2' });
    t.store.create('Pod', pod('a'));
    t.store.create('Pod', pod('b'));
    t.store.create('Pod', pod('c'));
    t.connect();
    assert.equal(t.socket.snapshots().length, 0);
    assert.deepEqual(t.socket.deltas()[0].changes.map((c) => c.pod?.name), ['c']);
  });

  it('starts with a snapshot ("expired") when the resume point is older than the history or from another store', () => {
    const old = setup({ query: 'since=1', historyLimit: 3 });
    for (const n of ['a', 'b', 'c', 'd', 'e']) old.store.create('Pod', pod(n));
    old.connect();
    assert.equal(old.socket.snapshots()[0]?.reason, 'expired');
    const future = setup({ query: 'since=99' });
    future.connect();
    assert.equal(future.socket.snapshots()[0]?.reason, 'expired');
  });

  it('sends the node stats that arrived since the last frame', () => {
    const t = setup();
    t.connect();
    t.stats.set({ node: 'node-1', receivedAt: 0, pods: new Map(), summary: { time: 1, node: { memory: { available_bytes: 10, working_set_bytes: 5 } } } });
    t.realTime.advance(100);
    assert.deepEqual(t.socket.deltas()[0].usage.map((u) => [u.node, u.signals[0].available, u.signals[0].capacity]), [['node-1', 10, 15]]);
  });

  it('sends a heartbeat with the clock after a quiet second', () => {
    const t = setup();
    t.connect();
    t.realTime.advance(900);
    assert.equal(t.socket.deltas().length, 0);
    t.realTime.advance(100);
    const [d] = t.socket.deltas();
    assert.deepEqual(d.changes, []);
    assert.ok(d.clock.now > 0);
  });

  it('writes nothing while the socket is full, and resyncs with a snapshot when too much piled up', () => {
    const t = setup({ limits: { highWaterBytes: 1000, maxPendingChanges: 20 } });
    t.connect();
    t.socket.bufferedAmount = 5000;
    for (let i = 0; i < 30; i++) t.store.create('Pod', pod(`p${i}`));
    t.realTime.advance(500);
    assert.equal(t.socket.frames.length, 1, 'only the initial snapshot');
    t.socket.bufferedAmount = 0;
    t.realTime.advance(100);
    const snaps = t.socket.snapshots();
    assert.equal(snaps.length, 2);
    assert.equal(snaps[1].reason, 'resync');
    assert.equal(snaps[1].pods.length, 30);
  });

  it('closes a client whose socket stays full for the stall timeout with 4008 and a reason', () => {
    const t = setup({ limits: { highWaterBytes: 1000, stallTimeoutMs: 2000 } });
    const c = t.connect();
    t.socket.bufferedAmount = 4096;
    t.realTime.advance(1900);
    const closed = () => t.socket.closed;
    assert.equal(closed(), undefined);
    t.realTime.advance(300);
    assert.equal(closed()?.code, 4008);
    assert.match(closed()?.reason ?? '', /^client too slow: 4096 bytes unread for 2s$/);
    assert.equal(c.stats().closed, true);
    t.store.create('Pod', pod('after'));
    t.realTime.advance(1000);
    assert.equal(t.socket.frames.length, 1, 'a closed connection no longer watches');
  });
});
