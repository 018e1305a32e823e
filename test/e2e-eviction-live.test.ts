// Live checks with real processes (`kemu up --agents 5 --time-scale 10`) and the real kubectl:
// - node death (issue "kube-controller-manager eviction"): `kemu kill node-2` → node-2 Unknown
//   about 50 s of cluster time later, the unreachable NoExecute taint, its pods deleted 300 s of
//   cluster time after that and recreated elsewhere by their ReplicaSet;
// - node pressure (issue "Kubelet emulation"): `kubectl annotate pod X usage.kemu.dev/memory=…`
//   above what the node has → the pod is Failed/Evicted within seconds, the node reports
//   MemoryPressure, then recovers after evictionPressureTransitionPeriod (5 min of cluster time).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Lease, Node, NodeCondition, Pod } from '../core/types.js';
import { freePort, runKemu, startKemu, type Proc } from './support/processes.js';
import { waitFor } from './support/live-server.js';

const HAS_KUBECTL = spawnSync('kubectl', ['version', '--client'], { timeout: 15_000 }).status === 0;
let up: Proc;
let base: string;
let port: number;
let dir: string;
let env: NodeJS.ProcessEnv;

function kubectl(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn('kubectl', args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const t = setTimeout(() => child.kill('SIGTERM'), 30_000);
    child.on('close', (code) => { clearTimeout(t); resolve({ code, out, err }); });
  });
}

async function get<T>(path: string): Promise<T> {
  const r = await fetch(`${base}${path}`);
  if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
  return (await r.json()) as T;
}

const clusterNow = async () => (await get<{ status: { nowMs: number } }>('/apis/kemu.dev/v1alpha1/clock')).status.nowMs;
const cond = (n: Node, type: string): NodeCondition | undefined => n.status?.conditions?.find((c) => c.type === type);
const podsOn = async (node: string) => (await get<{ items: Pod[] }>(`/api/v1/pods?fieldSelector=spec.nodeName%3D${node}`)).items;

describe('live eviction with real processes and kubectl', { skip: HAS_KUBECTL ? false : 'kubectl is not on PATH', concurrency: true }, () => {
  before(async () => {
    port = await freePort();
    base = `http://127.0.0.1:${port}`;
    up = startKemu(['up', '--agents', '5', '--port', String(port), '--time-scale', '10', '--memory', '4Gi']);
    dir = mkdtempSync(join(tmpdir(), 'kemu-live-'));
    await waitFor('5 Ready nodes', async () => {
      const nodes = await get<{ items: Node[] }>('/api/v1/nodes');
      return nodes.items.filter((n) => cond(n, 'Ready')?.status === 'True').length === 5;
    }, 30_000);
    const kc = runKemu(['kubeconfig', '--server', base]);
    assert.equal(kc.status, 0, kc.stderr);
    writeFileSync(join(dir, 'kubeconfig'), kc.stdout);
    env = { ...process.env, KUBECONFIG: join(dir, 'kubeconfig'), KUBECACHEDIR: join(dir, 'cache') };
    const manifest = join(dir, 'web.yaml');
    writeFileSync(manifest, `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: default}
spec:
  replicas: 10
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: nginx
          image: nginx:1.27
          resources: {requests: {cpu: 100m, memory: 256Mi}}
`);
    const r = await kubectl(['apply', '-f', manifest]);
    assert.equal(r.code, 0, r.err);
    await waitFor('10 running web pods', async () => {
      const pods = (await get<{ items: Pod[] }>('/api/v1/namespaces/default/pods?labelSelector=app%3Dweb')).items;
      return pods.filter((p) => p.status?.phase === 'Running').length === 10;
    }, 30_000);
  });

  after(async () => {
    if (up) {
      const code = await up.stop();
      assert.equal(code, 0, up.output().slice(-3000));
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('a killed agent: node Unknown after the grace period, NoExecute taint, pods evicted 300 s later and recreated elsewhere', async () => {
    const victims = (await podsOn('node-2')).filter((p) => p.metadata?.labels?.app === 'web');
    assert.ok(victims.length > 0, 'the scheduler put some web pods on node-2');
    const lease = await get<Lease>('/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/node-2');
    const k = runKemu(['kill', 'node-2', '--port', String(port)]);
    assert.equal(k.status, 0, k.stderr);
    const killedAt = await clusterNow();
    // NotReady verdict: grace 50 s after the last renewal the controller saw, on a 5 s monitor pass.
    const unknownAt = await waitFor('node-2 Ready=Unknown', async () => {
      const n = await get<Node>('/api/v1/nodes/node-2');
      return cond(n, 'Ready')?.status === 'Unknown' ? await clusterNow() : undefined;
    }, 20_000, 100);
    const lastRenew = Date.parse(lease.spec!.renewTime!);
    assert.ok(unknownAt - killedAt >= 30_000 && unknownAt - killedAt <= 75_000, `Unknown ${(unknownAt - killedAt) / 1000}s of cluster time after the kill`);
    assert.ok(unknownAt - lastRenew >= 50_000, 'not before nodeMonitorGracePeriod');
    const node = await get<Node>('/api/v1/nodes/node-2');
    assert.equal(cond(node, 'Ready')?.reason, 'NodeStatusUnknown');
    assert.equal(cond(node, 'Ready')?.message, 'Kubelet stopped posting node status.');
    await waitFor('unreachable NoExecute taint', async () => {
      const n = await get<Node>('/api/v1/nodes/node-2');
      return n.spec?.taints?.some((t) => t.key === 'node.kubernetes.io/unreachable' && t.effect === 'NoExecute');
    }, 10_000, 100);
    // The pods tolerate the taint for 300 s (DefaultTolerationSeconds), then get deleted.
    const deletedAt = await waitFor('web pods on node-2 marked for deletion', async () => {
      const left = (await podsOn('node-2')).filter((p) => p.metadata?.labels?.app === 'web' && !p.metadata?.deletionTimestamp);
      return left.length === 0 ? await clusterNow() : undefined;
    }, 60_000, 200);
    const tolerated = deletedAt - unknownAt;
    assert.ok(tolerated >= 295_000 && tolerated <= 330_000, `evicted ${tolerated / 1000}s of cluster time after the Unknown verdict`);
    const r = await kubectl(['get', 'events', '--field-selector', 'reason=TaintManagerEviction', '-o', 'name']);
    assert.equal(r.code, 0, r.err);
    assert.ok(r.out.trim().split('\n').length >= victims.length, r.out);
    await waitFor('10 ready web pods on the other nodes', async () => {
      const pods = (await get<{ items: Pod[] }>('/api/v1/namespaces/default/pods?labelSelector=app%3Dweb')).items;
      const live = pods.filter((p) => !p.metadata?.deletionTimestamp && p.status?.phase === 'Running');
      return live.length === 10 && live.every((p) => p.spec?.nodeName !== 'node-2');
    }, 30_000, 200);
  });

  it('kubectl annotate above the node\'s memory: Failed/Evicted within seconds, MemoryPressure, then recovery after the transition period', async () => {
    const pod = (await podsOn('node-4')).find((p) => p.metadata?.labels?.app === 'web' && p.status?.phase === 'Running');
    assert.ok(pod, 'a web pod runs on node-4');
    const name = pod.metadata!.name!;
    // node capacity 4Gi; the default hard threshold is memory.available<100Mi
    const r = await kubectl(['annotate', 'pod', name, 'usage.kemu.dev/memory=5Gi']);
    assert.equal(r.code, 0, r.err);
    const annotatedAt = await clusterNow();
    const evicted = await waitFor('the pod Failed/Evicted', async () => {
      const p = await get<Pod>(`/api/v1/namespaces/default/pods/${name}`);
      return p.status?.phase === 'Failed' && p.status.reason === 'Evicted' ? p : undefined;
    }, 10_000, 100);
    assert.match(evicted.status!.message!, /^The node was low on resource: memory\. Threshold quantity: 100Mi, available: /);
    assert.ok(evicted.status?.conditions?.some((c) => c.type === 'DisruptionTarget' && c.reason === 'TerminationByKubelet'));
    const pressured = await waitFor('node-4 MemoryPressure=True', async () => {
      const n = await get<Node>('/api/v1/nodes/node-4');
      return cond(n, 'MemoryPressure')?.status === 'True' ? n : undefined;
    }, 10_000, 100);
    assert.equal(cond(pressured, 'MemoryPressure')?.reason, 'KubeletHasInsufficientMemory');
    const ev = await kubectl(['get', 'events', '--field-selector', `involvedObject.name=${name},reason=Evicted`, '-o', 'jsonpath={.items[0].message}']);
    assert.match(ev.out, /Container nginx was using 5Gi, request is 256Mi, has larger consumption of memory/);
    // The evicted pod no longer uses memory: the signal recovers at once, the condition only
    // after evictionPressureTransitionPeriod (5 min = 30 s of real time here).
    const recoveredAt = await waitFor('node-4 MemoryPressure=False', async () => {
      const n = await get<Node>('/api/v1/nodes/node-4');
      return cond(n, 'MemoryPressure')?.status === 'False' ? await clusterNow() : undefined;
    }, 60_000, 250);
    const held = recoveredAt - annotatedAt;
    assert.ok(held >= 300_000 && held <= 360_000, `MemoryPressure held for ${held / 1000}s of cluster time`);
  });
});
