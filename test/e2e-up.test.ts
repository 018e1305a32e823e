// End to end with real processes: `kemu up --agents 5`, then `kemu kill` / `kemu start` one agent.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Lease, Node } from '../core/types.js';
import { freePort, runKemu, startKemu, type Proc } from './support/processes.js';
import { waitFor } from './support/live-server.js';

let up: Proc;
let base: string;
let port: number;

async function getJson<T>(path: string): Promise<T> {
  const r = await fetch(`${base}${path}`);
  if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
  return (await r.json()) as T;
}

const renewTime = async (node: string) => (await getJson<Lease>(`/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/${node}`)).spec?.renewTime;

describe('kemu up with real agent processes', () => {
  before(async () => {
    port = await freePort();
    base = `http://127.0.0.1:${port}`;
    up = startKemu(['up', '--agents', '5', '--port', String(port), '--time-scale', '10']);
  });
  after(async () => {
    const code = await up.stop();
    assert.equal(code, 0, `kemu up exits cleanly on Ctrl-C\n${up.output().slice(-2000)}`);
  });

  it('shows 5 Ready nodes at /api/v1/nodes within seconds', async () => {
    const nodes = await waitFor('5 Ready nodes', async () => {
      const list = await getJson<{ items: Node[] }>('/api/v1/nodes');
      const ready = list.items.filter((n) => n.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'));
      return ready.length === 5 ? ready : undefined;
    }, 20_000);
    assert.deepEqual(nodes.map((n) => n.metadata?.name).sort(), ['node-1', 'node-2', 'node-3', 'node-4', 'node-5']);
    assert.ok(nodes.every((n) => n.metadata?.labels?.['topology.kubernetes.io/zone']?.startsWith('zone-')));
  });

  it('kemu kill stops a node\'s lease renewals and kemu start brings them back', async () => {
    // Leases renew every 10 s of cluster time = 1 s of real time at --time-scale 10.
    const first = await renewTime('node-3');
    await waitFor('node-3 renewing', async () => (await renewTime('node-3')) !== first, 10_000);
    const k = runKemu(['kill', 'node-3', '--port', String(port)]);
    assert.equal(k.status, 0, k.stderr);
    assert.match(k.stdout, /killed node-3/);
    await new Promise((r) => setTimeout(r, 500));
    const frozen = await renewTime('node-3');
    await new Promise((r) => setTimeout(r, 2500));
    assert.equal(await renewTime('node-3'), frozen, 'no renewals while killed');
    const other = await renewTime('node-4');
    await waitFor('node-4 still renewing', async () => (await renewTime('node-4')) !== other, 10_000);
    const s = runKemu(['start', 'node-3', '--port', String(port)]);
    assert.equal(s.status, 0, s.stderr);
    await waitFor('node-3 renewing again', async () => (await renewTime('node-3')) !== frozen, 15_000);
  });

  it('kemu kill names an unknown node in its error', () => {
    const r = runKemu(['kill', 'node-99', '--port', String(port)]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /no agent named "node-99"/);
  });
});
