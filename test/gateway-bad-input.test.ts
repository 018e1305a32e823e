// Every bad-input path of the agent gateway, with real WebSockets: the offending connection is
// closed with a specific code and reason, and the server keeps serving everyone else.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { encodeAgentFrame, decodeServerFrame, CloseCode, PROTOCOL_VERSION, type AgentFrame } from '../proto/codec.js';
import { startServer, waitFor } from './support/live-server.js';
import type { RunningServer } from '../cli/commands/server-run.js';
import type { Node, Pod } from '../core/types.js';

let srv: RunningServer;
let url: string;

function hello(name: string, token = 'test-token', version = PROTOCOL_VERSION): AgentFrame {
  return { hello: { protocol_version: version, node_name: name, token, capacity: { cpu: '2', memory: '4Gi', pods: '110' } } };
}

function open(): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

function closed(ws: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
}

/** Connects and registers a node; resolves once welcomed, collecting server frames. */
async function register(name: string): Promise<{ ws: WebSocket; frames: string[] }> {
  const ws = await open();
  const frames: string[] = [];
  const welcomed = new Promise<void>((resolve) => {
    ws.on('message', (d: Buffer) => {
      const f = decodeServerFrame(new Uint8Array(d));
      frames.push(f.msg ?? '');
      if (f.msg === 'sync_done') resolve();
    });
  });
  ws.send(encodeAgentFrame(hello(name)));
  await welcomed;
  return { ws, frames };
}

describe('agent gateway refuses bad input and keeps serving', () => {
  before(async () => {
    srv = await startServer();
    url = `${srv.url.replace('http', 'ws')}/agent`;
  });
  after(async () => srv.close());

  it('closes with 4001 on a bad token', async () => {
    const ws = await open();
    const c = closed(ws);
    ws.send(encodeAgentFrame(hello('node-bad', 'wrong')));
    assert.deepEqual(await c, { code: CloseCode.BadToken, reason: 'invalid bootstrap token' });
    assert.equal(srv.cp.store.get('Node', undefined, 'node-bad'), undefined);
  });

  it('closes with 4002 on an unknown protocol version', async () => {
    const ws = await open();
    const c = closed(ws);
    ws.send(encodeAgentFrame(hello('node-v', 'test-token', 99)));
    const r = await c;
    assert.equal(r.code, CloseCode.UnsupportedVersion);
    assert.match(r.reason, /unsupported protocol version 99/);
  });

  it('closes with 4003 on bytes that do not decode, and on text frames', async () => {
    const ws = await open();
    const c = closed(ws);
    ws.send(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f]));
    const r = await c;
    assert.equal(r.code, CloseCode.MalformedFrame);
    assert.match(r.reason, /does not decode/);
    const ws2 = await open();
    const c2 = closed(ws2);
    ws2.send('{"hello":{}}');
    assert.equal((await c2).code, CloseCode.MalformedFrame);
  });

  it('closes with 4000 when the first frame is not hello', async () => {
    const ws = await open();
    const c = closed(ws);
    ws.send(encodeAgentFrame({ lease: { renew_time: 1 } }));
    assert.equal((await c).code, CloseCode.NotHello);
  });

  it('closes with 4006 on an invalid node name', async () => {
    const ws = await open();
    const c = closed(ws);
    ws.send(encodeAgentFrame(hello('Not_A_Valid_Name')));
    assert.equal((await c).code, CloseCode.InvalidHello);
  });

  it('enforces NodeRestriction: a status for a pod bound elsewhere closes with 4004', async () => {
    const a = await register('node-a');
    const b = await register('node-b');
    srv.cp.registry.create('Pod', { metadata: { name: 'on-a', namespace: 'default' }, spec: { nodeName: 'node-a', containers: [{ name: 'c', image: 'x' }] } });
    await waitFor('pod sent to node-a', () => a.frames.includes('pod'));
    // node-b has never been given a ref: whatever ref it names is not its own.
    const c = closed(b.ws);
    b.ws.send(encodeAgentFrame({ pod_status: { ref: 1, phase: 'Failed' } }));
    const r = await c;
    assert.equal(r.code, CloseCode.Forbidden);
    assert.match(r.reason, /node "node-b" has no pod with ref 1/);
    // The pod was not touched, and node-a still works.
    const pod = srv.cp.store.get<Pod>('Pod', 'default', 'on-a');
    assert.notEqual(pod?.status?.phase, 'Failed');
    a.ws.send(encodeAgentFrame({ lease: { renew_time: srv.clock.now() } }));
    await waitFor('node-a lease', () => srv.cp.store.get('Lease', 'kube-node-lease', 'node-a'));
    a.ws.close();
  });

  it('keeps serving other agents after all of that', async () => {
    const { ws } = await register('node-ok');
    const node = srv.cp.store.get<Node>('Node', undefined, 'node-ok');
    assert.equal(node?.status?.capacity?.memory, '4Gi');
    const res = await fetch(`${srv.url}/api/v1/nodes/node-ok`);
    assert.equal(res.status, 200);
    assert.equal((await fetch(`${srv.url}/readyz`)).status, 200);
    ws.close();
  });

  // Not bad input, but the same live gateway: a late-read welcome is corrected by these frames.
  it('answers a lease renewal with the control plane clock at most once per interval', async () => {
    const interval = srv.cp.gateway.clockEchoIntervalMs;
    assert.equal(interval, 60_000, 'kemu server: once a minute (every sixth renewal at the 10 s cadence)');
    srv.cp.gateway.clockEchoIntervalMs = 300 * srv.cp.clockState().scale;
    try {
      const { ws, frames } = await register('node-echo');
      const clocks = () => frames.filter((f) => f === 'clock').length;
      const lease = () => ws.send(encodeAgentFrame({ lease: { renew_time: srv.cp.clockState().now } }));
      lease();
      await new Promise((r) => setTimeout(r, 100));
      assert.equal(clocks(), 0, 'not within the interval after the welcome');
      await new Promise((r) => setTimeout(r, 300));
      for (let i = 0; i < 20; i++) lease();
      await waitFor('a clock frame', () => clocks() === 1, 5000);
      await new Promise((r) => setTimeout(r, 100));
      assert.equal(clocks(), 1, 'one per interval however fast the renewals come');
      ws.close();
    } finally {
      srv.cp.gateway.clockEchoIntervalMs = interval;
    }
  });
});
