// `kemu events [-w]`: the stream in the terminal, against a real control plane.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RunningServer } from '../cli/commands/server-run.js';
import { EventPrinter, formatEventLine, nodeChangeLine, runEvents, whySummary } from '../cli/commands/events.js';
import type { Node } from '../core/types.js';
import { refTo } from '../server/events/recorder.js';
import { eventView, nodeView } from '../server/stream/views.js';
import { execFile } from 'node:child_process';
import { KEMU, REPO } from './support/processes.js';
import { startServer, waitFor } from './support/live-server.js';

/** The real binary, without blocking this process (the server under test runs in it). */
function kemu(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [KEMU, ...args], { cwd: REPO, timeout: 20_000, env: { ...process.env, NO_COLOR: '1' } }, (err, stdout, stderr) => {
      resolve({ status: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr });
    });
  });
}

describe('kemu events', () => {
  let srv: RunningServer;
  before(async () => {
    srv = await startServer();
    srv.cp.store.create<Node>('Node', { metadata: { name: 'node-1' }, status: { conditions: [{ type: 'Ready', status: 'True' }] } });
    const node = srv.cp.store.must<Node>('Node', undefined, 'node-1');
    srv.cp.recorder.record({ involvedObject: refTo(node), type: 'Normal', reason: 'NodeNotReady', message: 'Node node-1 status is now: NodeNotReady', source: { component: 'node-controller' },
      why: { node: 'node-1', decision: 'NodeStatusUnknown', silentForMs: 52_000, grace: 'nodeMonitorGracePeriod', gracePeriodMs: 50_000 } });
  });
  after(async () => srv.close());

  it('prints the recent events, one line each with its mechanism and why, and exits 0', async () => {
    const lines: string[] = [];
    const code = await runEvents({ server: srv.url, watch: false, kinds: 'Event', why: true, output: 'text', color: false, write: (l) => lines.push(l), warn: () => undefined });
    assert.equal(code, 0);
    const text = lines.join('\n');
    assert.match(text, /Normal +taint +NodeNotReady +node\/node-1 +node-1 +Node node-1 status is now: NodeNotReady/);
    assert.match(text, /why: silent for 52s > nodeMonitorGracePeriod 50s/);
  });

  it('follows new events and node changes with -w, and prints JSON lines with -o json', async () => {
    const lines: string[] = [];
    const done = runEvents({ server: srv.url, watch: true, kinds: 'Event,Node', why: false, output: 'json', color: false, write: (l) => lines.push(l), warn: () => undefined });
    await waitFor('the snapshot\'s event', () => lines.length >= 1);
    srv.cp.store.mutate<Node>('Node', undefined, 'node-1', (n) => { n.spec = { ...n.spec, unschedulable: true }; });
    const node = srv.cp.store.must<Node>('Node', undefined, 'node-1');
    srv.cp.recorder.record({ involvedObject: refTo(node), type: 'Warning', reason: 'Later', message: 'after the snapshot', source: { component: 'test' } });
    await waitFor('the new event and the node change', () => lines.length >= 3, 5_000);
    const parsed = lines.map((l) => JSON.parse(l) as { kind: string; object: { reason?: string; unschedulable?: boolean } });
    assert.ok(parsed.some((p) => p.kind === 'Node' && p.object.unschedulable === true), 'the cordon');
    assert.ok(parsed.some((p) => p.kind === 'Event' && p.object.reason === 'Later'));
    process.emit('SIGINT');
    assert.equal(await done, 0);
  });

  it('exits 1 and says so when the server cannot be reached', async () => {
    const warnings: string[] = [];
    const code = await runEvents({ server: 'http://127.0.0.1:1', watch: false, kinds: 'Event', why: false, output: 'text', color: false, write: () => undefined, warn: (l) => warnings.push(l) });
    assert.equal(code, 1);
    assert.match(warnings.join('\n'), /cannot reach http:\/\/127\.0\.0\.1:1/);
  });

  it('runs as the kemu binary with its flags', async () => {
    const r = await kemu(['events', '--server', srv.url, '--why']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /NodeNotReady/);
    assert.match(r.stdout, /why: silent for 52s/);
    const bad = await kemu(['events', '--server', srv.url, '--kinds', 'Secret']);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /refused the stream \(4400\): kinds: Unsupported value: "Secret"/);
  });
});

describe('kemu events line formatting', () => {
  it('summarises the known whys by their deciding facts', () => {
    assert.equal(whySummary({ threshold: { signal: 'memory.available', quantity: '100Mi', hard: true }, observed: { available: '80Mi' }, rule: 'exceedsMemoryRequests, priority', candidates: [{ pod: 'default/a' }, { pod: 'default/b' }] }),
      'memory.available available 80Mi < 100Mi (hard); ranked by exceedsMemoryRequests, priority: default/a, default/b');
    assert.equal(whySummary({ decision: 'untoleratedTaint', untoleratedTaint: 'node.kubernetes.io/unreachable:NoExecute', node: 'n1' }),
      'does not tolerate node.kubernetes.io/unreachable:NoExecute on n1: deleted at once');
    assert.equal(whySummary({ decision: 'tolerationSecondsExpire', taints: ['t:NoExecute'], minTolerationSeconds: 300, timerStartedAt: '2026-01-01T00:00:00Z', fireAt: '2026-01-01T00:05:00Z' }),
      'tolerates t:NoExecute for 300s; timer 00:00:00 → 00:05:00');
    assert.equal(whySummary({ preemptor: { namespace: 'default', name: 'db' }, node: 'n2', preemption: { priority: 1000, decidedBy: 'minHighestPriority' } }),
      'preempted for default/db (priority 1000) on n2, node picked by minHighestPriority');
    assert.equal(whySummary({ anything: [1, 2] }), '{"anything":[1,2]}');
  });

  it('colours the mechanism and prints a repeated event with its count', () => {
    const e = eventView({ metadata: { name: 'e', namespace: 'default' }, involvedObject: { kind: 'Pod', namespace: 'default', name: 'hog' }, reason: 'Evicted', message: 'low on memory',
      type: 'Warning', source: { component: 'kubelet', host: 'node-1' }, count: 2, lastTimestamp: '2026-01-01T00:00:05Z', firstTimestamp: '2026-01-01T00:00:01Z' }, () => undefined);
    const plain = formatEventLine(e, { color: false, why: false });
    assert.match(plain, /^00:00:05 Warning kubelet +Evicted +pod\/default\/hog +node-1 +low on memory \(x2\)$/);
    assert.match(formatEventLine(e, { color: true, why: false }), /\x1b\[31mkubelet/);
  });

  it('describes a node going Unknown and being tainted, and prints each event occurrence once', () => {
    const ready = nodeView({ metadata: { name: 'n' }, status: { conditions: [{ type: 'Ready', status: 'True' }] } });
    const lost = nodeView({ metadata: { name: 'n' }, spec: { taints: [{ key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' }] }, status: { conditions: [{ type: 'Ready', status: 'Unknown' }] } });
    assert.match(nodeChangeLine(ready, lost, 'MODIFIED', 0, false) ?? '', /node\/n Ready → Unknown, taints \[node\.kubernetes\.io\/unreachable:NoExecute\]$/);
    assert.equal(nodeChangeLine(ready, ready, 'MODIFIED', 0, false), undefined);
    const out: string[] = [];
    const p = new EventPrinter({ output: 'text', color: false, why: false }, (l) => out.push(l));
    const ev = eventView({ metadata: { name: 'e', namespace: 'default', resourceVersion: '5' }, involvedObject: { kind: 'Node', name: 'n' }, reason: 'R', message: 'm', count: 1 }, () => undefined);
    const clock = { now: 0, scale: 1, paused: false };
    p.frame({ snapshot: { resource_version: 5, reason: 'initial', clock, nodes: [], pods: [], events: [ev], usage: [], objects: [] } });
    p.frame({ delta: { resource_version: 6, changes: [{ type: 'MODIFIED', event: ev }], usage: [], clock } });
    p.frame({ delta: { resource_version: 7, changes: [{ type: 'MODIFIED', event: { ...ev, count: 2 } }], usage: [], clock } });
    assert.equal(out.length, 2, 'the same occurrence is not printed twice; the repeat is');
    assert.equal(p.rv, 7);
  });
});
