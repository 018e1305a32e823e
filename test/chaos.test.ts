// Chaos schedules: file validation (exit 2 with the field path) and firing against a live
// cluster: stopNode pauses a kubelet's loops (process and connection stay) and starts them again
// after `for`, setUsage patches usage annotations, taint adds and later removes a taint, drain
// cordons and evicts, targets by name, selector and seeded random.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Lease, Node, Pod } from '../core/types.js';
import { runAgents, type RunningAgents } from '../cli/commands/agent-run.js';
import type { RunningServer } from '../cli/commands/server-run.js';
import { ApiClient } from '../cli/chaos/client.js';
import { parseChaosText } from '../cli/chaos/parse.js';
import { ChaosRunner } from '../cli/chaos/run.js';
import { ScenarioError } from '../sim/scenario/validate.js';
import { runKemu } from './support/processes.js';
import { startServer, waitFor } from './support/live-server.js';

const file = (schedules: string) => `apiVersion: kemu.dev/v1alpha1
kind: ChaosSchedule
metadata: {name: t}
spec:
  seed: 5
  schedules:
${schedules}`;

describe('chaos schedule files', () => {
  it('names the field of an invalid cron expression, action or target', () => {
    const bad: Array<[string, RegExp]> = [
      ['    - {cron: "61 * * * *", stopNode: {}}', /^spec\.schedules\[0\]\.cron: invalid cron expression "61 \* \* \* \*"/],
      ['    - {cron: "* * * * *", explode: {}}', /^spec\.schedules\[0\]\.explode: unknown field or action "explode"/],
      ['    - {cron: "* * * * *", stopNode: {for: soon}}', /^spec\.schedules\[0\]\.stopNode\.for: time: invalid duration "soon"/],
      ['    - {cron: "* * * * *", target: {selector: "a in (b"}, cordon: {}}', /^spec\.schedules\[0\]\.target\.selector: /],
      ['    - {cron: "* * * * *", setUsage: {pods: "app=x", ram: 1Gi}}', /^spec\.schedules\[0\]\.setUsage\.ram: unknown field "ram"/],
    ];
    for (const [s, re] of bad) {
      assert.throws(() => parseChaosText(file(s)), (e: unknown) => e instanceof ScenarioError && re.test(e.message), s);
    }
  });

  it('exits 2 from the CLI on an invalid file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kemu-chaos-'));
    writeFileSync(join(dir, 'c.yaml'), file('    - {cron: "nope", cordon: {}}'));
    const r = runKemu(['chaos', join(dir, 'c.yaml'), '--once']);
    rmSync(dir, { recursive: true, force: true });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /spec\.schedules\[0\]\.cron: invalid cron expression "nope"/);
  });
});

describe('chaos against a live cluster', () => {
  let srv: RunningServer;
  let agents: RunningAgents;
  let runner: ChaosRunner;
  const lines: string[] = [];

  before(async () => {
    srv = await startServer({ timeScale: 60 });
    agents = runAgents({ server: `${srv.url.replace('http', 'ws')}/agent`, token: 'test-token', name: 'c', nodes: 3,
      capacity: { cpu: '4', memory: '8Gi', pods: '110', 'ephemeral-storage': '100Gi' }, labels: { 'topology.kubernetes.io/zone': 'zone-a' }, annotations: {}, taints: [], kubelet: {} }, () => undefined);
    await waitFor('3 nodes', () => srv.cp.store.count('Node') === 3 && srv.cp.gateway.connectedNodes().length === 3, 10_000);
    runner = new ChaosRunner(parseChaosText(file(`    - {name: stop, cron: "* * * * *", target: c-1, stopNode: {for: 2m}}
    - {name: leak, cron: "* * * * *", target: {selector: "topology.kubernetes.io/zone=zone-a", random: 1}, setUsage: {memory: 2Gi}}
    - {name: taint, cron: "* * * * *", target: {names: [c-3]}, taint: {key: chaos, value: "yes", effect: NoSchedule, for: 1m}}
    - {name: drain, cron: "* * * * *", target: c-2, drain: {}}`)), new ApiClient(srv.url), (l) => lines.push(l));
  });
  after(async () => {
    await runner.stop();
    agents.stop();
    await srv.close();
  });

  it('stopNode pauses the kubelet loops (lease frozen) and restarts them after `for`', async () => {
    const lease = () => srv.cp.store.get<Lease>('Lease', 'kube-node-lease', 'c-1')?.spec?.renewTime;
    await waitFor('c-1 lease', () => lease(), 5000);
    const s = parseChaosText(file('    - {name: stop, cron: "* * * * *", target: c-1, stopNode: {for: 2m}}')).schedules[0];
    assert.deepEqual(await runner.fire(s), ['c-1']);
    await new Promise((r) => setTimeout(r, 300));
    const frozen = lease();
    await new Promise((r) => setTimeout(r, 900)); // 54 s of cluster time: 5 renewal periods
    assert.equal(lease(), frozen, 'no lease renewals while stopped');
    assert.ok(srv.cp.gateway.connectedNodes().includes('c-1'), 'the connection stays up');
    // for: 2m at scale 60 = 2 s of real time
    await waitFor('c-1 renewing again', () => lease() !== frozen, 6000);
    assert.ok(lines.some((l) => /stop: started kubelet on c-1/.test(l)), lines.join('\n'));
  });

  it('setUsage, taint (undone after `for`) and drain act through the Kubernetes API', async () => {
    const leak = parseChaosText(file('    - {name: leak, cron: "* * * * *", target: {selector: "topology.kubernetes.io/zone=zone-a", random: 1}, setUsage: {memory: 2Gi}}')).schedules[0];
    const [picked] = await runner.fire(leak);
    assert.match(picked, /^c-[123]$/);
    assert.equal(srv.cp.store.get<Node>('Node', undefined, picked)?.metadata?.annotations?.['usage.kemu.dev/memory'], '2Gi');

    const taint = parseChaosText(file('    - {name: taint, cron: "* * * * *", target: {names: [c-3]}, taint: {key: chaos, value: "yes", effect: NoSchedule, for: 1m}}')).schedules[0];
    await runner.fire(taint);
    assert.ok(srv.cp.store.get<Node>('Node', undefined, 'c-3')?.spec?.taints?.some((t) => t.key === 'chaos' && t.value === 'yes'));
    await waitFor('taint removed after 1m of cluster time', () => !srv.cp.store.get<Node>('Node', undefined, 'c-3')?.spec?.taints?.some((t) => t.key === 'chaos'), 5000);

    srv.cp.registry.create<Pod>('Pod', { metadata: { name: 'victim', namespace: 'default' }, spec: { nodeName: 'c-2', containers: [{ name: 'c', image: 'x' }] } });
    await waitFor('victim running', () => srv.cp.store.get<Pod>('Pod', 'default', 'victim')?.status?.phase === 'Running', 5000);
    const drain = parseChaosText(file('    - {name: drain, cron: "* * * * *", target: c-2, drain: {}}')).schedules[0];
    await runner.fire(drain);
    assert.equal(srv.cp.store.get<Node>('Node', undefined, 'c-2')?.spec?.unschedulable, true);
    const victim = srv.cp.store.get<Pod>('Pod', 'default', 'victim');
    assert.ok(!victim || victim.metadata?.deletionTimestamp, 'the pod was evicted');
  });
});
