// The agents' stats as the Summary API (nodes/NODE/proxy/stats/summary) and as metrics.k8s.io
// (kubectl top).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Node, Pod } from '../../core/types.js';
import { apiHarness, podManifest, type ApiHarness } from './testing.js';
import { cpuQuantity, memoryQuantity } from './metrics.js';
import type { SummaryJson } from './stats-summary.js';

let h: ApiHarness;
let uidA = '';
const GiB = 1024 ** 3;

describe('stats summary and metrics.k8s.io', () => {
  before(async () => {
    h = await apiHarness();
    h.cp.store.create<Node>('Node', { metadata: { name: 'node-1', labels: { zone: 'a' } }, spec: {}, status: { allocatable: { cpu: '4', memory: '8Gi' } } });
    h.cp.store.create<Node>('Node', { metadata: { name: 'node-2' }, spec: {} });
    const a = await h.create('/api/v1/namespaces/default/pods', podManifest('a', { nodeName: 'node-1', labels: { app: 'web' } }));
    uidA = a.metadata!.uid!;
    await h.create('/api/v1/namespaces/default/pods', { ...podManifest('two', { nodeName: 'node-1' }), spec: { nodeName: 'node-1', containers: [{ name: 'x', image: 'i' }, { name: 'y', image: 'i' }] } } as Pod);
    const two = h.cp.store.get<Pod>('Pod', 'default', 'two')!;
    h.cp.gateway.stats.set({
      node: 'node-1', receivedAt: h.clock.now(),
      summary: {
        time: h.clock.now(),
        node: {
          cpu_usage_nano_cores: 1_500_000_000, memory: { available_bytes: 6 * GiB, usage_bytes: 2 * GiB, working_set_bytes: 2 * GiB, rss_bytes: GiB },
          fs: { capacity_bytes: 100 * GiB, available_bytes: 90 * GiB, used_bytes: 10 * GiB, inodes: 1000, inodes_free: 900, inodes_used: 100 },
          rlimit: { maxpid: 32768, curproc: 300 }, allocatable_memory_working_set_bytes: GiB,
        },
        pods: [
          { ref: 1, cpu_usage_nano_cores: 250_000_000, memory_working_set_bytes: 128 * 1024 * 1024, ephemeral_storage_used_bytes: 4096, pids: 3 },
          { ref: 2, cpu_usage_nano_cores: 30_000_000, memory_working_set_bytes: 3 * 1024 * 1024, containers: [
            { name: 'x', cpu_usage_nano_cores: 10_000_000, memory_working_set_bytes: 1024 * 1024 },
            { name: 'y', cpu_usage_nano_cores: 20_000_000, memory_working_set_bytes: 2 * 1024 * 1024 },
          ] },
          { ref: 99, cpu_usage_nano_cores: 1 },
        ],
      },
      pods: new Map([[1, { namespace: 'default', name: 'a', uid: uidA }], [2, { namespace: 'default', name: 'two', uid: two.metadata!.uid! }]]),
    });
  });
  after(async () => h.close());

  it('serves the agent\'s stats as the kubelet Summary API through the node proxy', async () => {
    const r = await h.request<SummaryJson>('GET', '/api/v1/nodes/node-1/proxy/stats/summary');
    assert.equal(r.status, 200);
    const s = r.body;
    assert.equal(s.node.nodeName, 'node-1');
    assert.equal(s.node.cpu.usageNanoCores, 1_500_000_000);
    assert.equal(s.node.memory.availableBytes, 6 * GiB);
    assert.deepEqual(s.node.fs, { time: s.node.cpu.time, availableBytes: 90 * GiB, capacityBytes: 100 * GiB, usedBytes: 10 * GiB, inodesFree: 900, inodes: 1000, inodesUsed: 100 });
    assert.deepEqual(s.node.systemContainers.map((c) => [c.name, c.memory?.workingSetBytes]), [['pods', GiB]]);
    assert.match(s.node.cpu.time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.deepEqual(s.pods.map((p) => p.podRef.name), ['a', 'two'], 'stats of unknown refs are dropped');
    assert.deepEqual(s.pods[0].podRef, { name: 'a', namespace: 'default', uid: uidA });
    assert.deepEqual(s.pods[0].containers.map((c) => [c.name, c.memory?.workingSetBytes]), [['c', 128 * 1024 * 1024]]);
    assert.deepEqual(s.pods[0].process_stats, { process_count: 3 });
    assert.deepEqual(s.pods[1].containers.map((c) => c.name), ['x', 'y']);
  });

  it('answers 503 for a node whose agent sent no stats, 404 for a node that does not exist', async () => {
    assert.equal((await h.request('GET', '/api/v1/nodes/node-2/proxy/stats/summary')).status, 503);
    assert.equal((await h.request('GET', '/api/v1/nodes/nope/proxy/stats/summary')).status, 404);
    assert.equal((await h.request('GET', '/api/v1/nodes/node-1/proxy/healthz')).text, 'ok');
  });

  it('serves NodeMetrics with the node\'s labels, cpu in nano-cores and the working set', async () => {
    const r = await h.request<{ kind: string; items: Array<{ metadata: { name: string; labels?: Record<string, string> }; usage: { cpu: string; memory: string }; window: string }> }>('GET', '/apis/metrics.k8s.io/v1beta1/nodes');
    assert.equal(r.body.kind, 'NodeMetricsList');
    assert.deepEqual(r.body.items.map((m) => [m.metadata.name, m.usage.cpu, m.usage.memory, m.window]), [['node-1', cpuQuantity(1_500_000_000), '2Gi', '10s']]);
    assert.deepEqual(r.body.items[0].metadata.labels, { zone: 'a' });
    assert.equal((await h.request('GET', '/apis/metrics.k8s.io/v1beta1/nodes?labelSelector=zone%3Db')).body.items instanceof Array, true);
    const missing = await h.request('GET', '/apis/metrics.k8s.io/v1beta1/nodes/node-2');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.message, 'nodemetrics.metrics.k8s.io "node-2" not found');
  });

  it('serves PodMetrics per container for a namespace and by name', async () => {
    const r = await h.request<{ items: Array<{ metadata: { name: string }; containers: Array<{ name: string; usage: { cpu: string; memory: string } }> }> }>('GET', '/apis/metrics.k8s.io/v1beta1/namespaces/default/pods');
    assert.deepEqual(r.body.items.map((p) => [p.metadata.name, p.containers.map((c) => `${c.name}=${c.usage.cpu}/${c.usage.memory}`)]), [
      ['a', ['c=250m/128Mi']], ['two', ['x=10m/1Mi', 'y=20m/2Mi']],
    ]);
    const one = await h.request<{ metadata: { name: string } }>('GET', '/apis/metrics.k8s.io/v1beta1/namespaces/default/pods/a');
    assert.equal(one.body.metadata.name, 'a');
    assert.equal((await h.request('GET', '/apis/metrics.k8s.io/v1beta1/namespaces/kube-system/pods')).body.items instanceof Array, true);
  });

  it('formats quantities like resource.Quantity.String()', () => {
    assert.equal(cpuQuantity(0), '0');
    assert.equal(cpuQuantity(2_000_000_000), '2');
    assert.equal(cpuQuantity(123_456_789), '123456789n');
    assert.equal(memoryQuantity(1024 * 1024), '1Mi');
    assert.equal(memoryQuantity(1000), '1k', 'below 1024 BinarySI prints as DecimalSI, like Go');
  });
});
