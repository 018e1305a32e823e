// The event stream never makes the control plane buffer without bound for a client that does not
// read: a real server, a real WebSocket client whose TCP socket is paused, and a flood of Events.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Socket } from 'node:net';
import { pino } from 'pino';
import WebSocket from 'ws';
import { ScaledClock } from '../core/clock/index.js';
import { setRootLogger } from '../core/logger.js';
import type { Node } from '../core/types.js';
import { ControlPlane } from '../server/controlplane.js';
import { refTo } from '../server/events/recorder.js';
import { buildHttpServer } from '../server/http/server.js';
import { EventStreamHub, streamSourceOf, type FlowLimits } from '../server/stream/index.js';
import { decodeStreamFrame } from '../server/stream/frames.js';
import type { StreamFrame } from '../server/stream/types.js';
import { waitFor } from './support/live-server.js';

const silent = pino({ level: 'silent' });

async function startStreamServer(limits: Partial<FlowLimits>) {
  setRootLogger(silent);
  const clock = new ScaledClock(1);
  const cp = new ControlPlane({ clock, agentToken: 't', controllers: [], log: silent, seed: 'stall' });
  const hub = new EventStreamHub({ limits, log: silent });
  hub.bind(streamSourceOf(cp));
  const app = await buildHttpServer(cp, { sockets: { '/events': (ws, req) => hub.accept(ws, req) } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  cp.store.create<Node>('Node', { metadata: { name: 'node-1' } });
  return {
    cp, hub, url: `ws://127.0.0.1:${port}/events`,
    async close() {
      hub.close();
      await app.close();
      clock.dispose();
    },
  };
}

/** A client that reads the first frame, then stops reading from its TCP socket. */
async function stalledClient(url: string) {
  const ws = new WebSocket(url);
  const frames: StreamFrame[] = [];
  let closed: { code: number; reason: string } | undefined;
  ws.on('message', (d) => frames.push(decodeStreamFrame(d.toString())));
  ws.on('close', (code, reason) => { closed = { code, reason: reason.toString() }; });
  await waitFor('the first frame', () => frames.length > 0);
  const sock = (ws as unknown as { _socket: Socket })._socket;
  sock.pause();
  return { ws, frames, closed: () => closed, resume: () => sock.resume() };
}

const MESSAGE = 'x'.repeat(1000);

/** Records `n` distinct ~1 KB Events, yielding to the event loop so the stream's flush ticks run. */
async function flood(cp: ControlPlane, n: number): Promise<number> {
  const node = cp.store.must<Node>('Node', undefined, 'node-1');
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const ev = cp.recorder.record({ involvedObject: refTo(node), type: 'Warning', reason: 'Flood', message: `${i} ${MESSAGE}`, source: { component: 'test' }, why: { i } });
    bytes += JSON.stringify(ev).length;
    if (i % 200 === 199) await new Promise((r) => setTimeout(r, 5));
  }
  return bytes;
}

describe('event stream flow control', () => {
  const highWaterBytes = 256 * 1024;
  const maxChangesPerFrame = 100;
  let srv: Awaited<ReturnType<typeof startStreamServer>>;

  before(async () => {
    srv = await startStreamServer({ highWaterBytes, maxChangesPerFrame, maxPendingChanges: 2_000, stallTimeoutMs: 1_500, flushIntervalMs: 20 });
  });
  after(async () => srv.close());

  it('keeps the bytes it buffers for a client that never reads bounded, then closes it with 4008 and a reason', async () => {
    const client = await stalledClient(srv.url);
    const produced = await flood(srv.cp, 30_000);
    // The server stops writing once the socket holds the high-water mark, and never holds more
    // than that plus one frame (at most maxChangesPerFrame ~1.3 KB events).
    const bound = highWaterBytes + maxChangesPerFrame * 2_000;
    const live = () => srv.hub.stats()[0];
    await waitFor('the stalled client to be closed', () => srv.hub.closedStats().length === 1, 10_000);
    const st = srv.hub.closedStats()[0];
    assert.ok(produced > 25 * 1024 * 1024, `the flood produced ${produced} bytes of Events`);
    assert.ok(st.maxBufferedAmount >= highWaterBytes, `the socket did fill up (${st.maxBufferedAmount} bytes)`);
    assert.ok(st.maxBufferedAmount <= bound, `at most ${bound} bytes were ever buffered for the client, saw ${st.maxBufferedAmount}`);
    assert.ok(st.bytesSent < produced / 3, `only ${st.bytesSent} of ${produced} bytes were written for it`);
    assert.ok(st.overflows >= 1, 'the waiting changes overflowed and were dropped instead of piling up');
    assert.match(st.closeReason ?? '', /^client too slow: \d+ bytes unread for [12]s$/);
    assert.equal(live(), undefined, 'the connection no longer watches the store');
    // Once it reads again it gets what was buffered, then the close frame with the reason.
    client.resume();
    await waitFor('the close frame', () => client.closed(), 10_000);
    assert.equal(client.closed()?.code, 4008);
    assert.match(client.closed()?.reason ?? '', /^client too slow/);
  });

  it('gives a client that falls behind and catches up a fresh snapshot instead of the dropped changes', async () => {
    const slow = await startStreamServer({ highWaterBytes, maxChangesPerFrame, maxPendingChanges: 500, stallTimeoutMs: 60_000, flushIntervalMs: 20 });
    try {
      const client = await stalledClient(slow.url);
      await flood(slow.cp, 12_000);
      await waitFor('an overflow', () => (slow.hub.stats()[0]?.overflows ?? 0) >= 1, 10_000);
      client.resume();
      // While it is paused the kernel's socket buffers may still take a burst, so the hub can see
      // it catch up (and resync it) more than once during the flood: the last resync is the one
      // that must carry the state after the flood.
      const rv = slow.cp.store.resourceVersion;
      const resync = await waitFor('a resync snapshot at the latest resourceVersion', () => client.frames.find((f) => f.snapshot?.reason === 'resync' && f.snapshot.resource_version === rv), 10_000);
      assert.equal(resync.snapshot!.events.length, 500, 'the snapshot carries the most recent Events');
      assert.equal(client.closed(), undefined, 'the client stays connected');
      client.ws.close();
    } finally {
      await slow.close();
    }
  });
});
