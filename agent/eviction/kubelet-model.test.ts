/**
 * The resource model inside a real Kubelet (agent/kubelet.ts) over a fake transport: pods arrive
 * as PodUpsert frames, usage comes from their annotations, and what the kubelet sends back
 * (node status, pod status, events) is decoded and checked.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../core/clock/index.js';
import { setRootLogger } from '../../core/logger.js';
import { decodeAgentFrame, encodeServerFrame, type PodUpsertMsg, type ServerFrame } from '../../proto/codec.js';
import type { kemu } from '../../proto/gen/kemu.js';
import type { AgentTransport, TransportHandlers } from '../connection/transport.js';
import { Kubelet } from '../kubelet.js';
import type { NodeConfig } from '../node-config.js';
import { kubeletResourceModel } from './kubelet-model.js';
import { silentLog } from './test-fixtures.js';

class FakeTransport implements AgentTransport {
  handlers?: TransportHandlers;
  readonly sent: kemu.v1.AgentFrame[] = [];
  connected = false;
  connect(h: TransportHandlers): void { this.handlers = h; this.connected = true; h.onOpen(); }
  send(bytes: Uint8Array): boolean { this.sent.push(decodeAgentFrame(bytes)); return true; }
  deliver(f: ServerFrame): void { this.handlers!.onFrame(encodeServerFrame(f)); }
  drop(): void { this.connected = false; }
  close(): void { this.connected = false; }
}

setRootLogger(silentLog);

function startNode(config: Partial<NodeConfig>, pods: PodUpsertMsg[]) {
  const clock = new ManualClock();
  const transport = new FakeTransport();
  const kubelet = new Kubelet({ name: 'node-a', capacity: { cpu: '4', memory: '4Gi', 'ephemeral-storage': '100Gi', pods: '110' }, ...config }, {
    clock, transport, token: 't', log: silentLog, resourceModel: kubeletResourceModel,
  });
  kubelet.start();
  transport.deliver({ welcome: { protocol_version: 1, cluster_time: clock.now(), time_scale: 1 } });
  for (const p of pods) transport.deliver({ pod: p });
  transport.deliver({ sync_done: { pod_count: pods.length } });
  return { clock, transport, kubelet, t0: clock.now() };
}

const pod = (ref: number, name: string, extra: Partial<PodUpsertMsg> = {}): PodUpsertMsg => ({
  ref, uid: `uid-${name}`, namespace: 'default', name, priority: 0, termination_grace_period_seconds: 30,
  containers: [{ name: 'app' }], ...extra,
});

describe('the kubelet resource model', () => {
  it('evicts a leaking pod: Failed/Evicted status, Evicted event with the why, MemoryPressure on the node', () => {
    const { clock, transport, kubelet } = startNode({ annotations: { 'usage.kemu.dev/memory': '1Gi' } }, [
      pod(1, 'steady', { containers: [{ name: 'app', requests: { memory: '1Gi' }, limits: { memory: '1Gi' } }], annotations: { 'usage.kemu.dev/memory': '1Gi' } }),
      pod(2, 'leak', { annotations: { 'usage.kemu.dev/memory': '1Gi', 'usage.kemu.dev/memory-rate': '200Mi' } }),
    ]);
    clock.advance(6 * 60_000);
    const failed = transport.sent.filter((f) => f.pod_status?.phase === 'Failed');
    assert.deepEqual(failed.map((f) => [f.pod_status!.ref, f.pod_status!.reason]), [[2, 'Evicted']]);
    assert.match(failed[0].pod_status!.message!, /^The node was low on resource: memory\. Threshold quantity: 100Mi, available: /);
    assert.ok(failed[0].pod_status!.conditions?.some((c) => c.type === 'DisruptionTarget' && c.reason === 'TerminationByKubelet'));

    const evicted = transport.sent.filter((f) => f.event?.reason === 'Evicted');
    assert.equal(evicted.length, 1);
    assert.equal(evicted[0].event!.ref, 2);
    assert.equal(evicted[0].event!.annotations?.starved_resource, 'memory');
    assert.equal(JSON.parse(evicted[0].event!.why_json!).signal, 'memory.available');
    assert.ok(transport.sent.some((f) => f.event?.reason === 'EvictionThresholdMet' && f.event.ref === 0));

    kubelet.sendNodeStatus();
    const status = transport.sent.filter((f) => f.node_status).at(-1)!.node_status!;
    assert.equal(status.conditions?.find((c) => c.type === 'MemoryPressure')?.status, 'True');
    assert.equal(status.conditions?.find((c) => c.type === 'MemoryPressure')?.reason, 'KubeletHasInsufficientMemory');
    assert.ok(transport.sent.some((f) => f.event?.reason === 'NodeHasInsufficientMemory' && f.event.message === 'Node node-a status is now: NodeHasInsufficientMemory'));
    assert.equal(status.summary?.pods?.length, 1, 'the evicted pod is gone from the summary');
    assert.equal(Number(status.summary?.node?.memory?.working_set_bytes), 2 * 2 ** 30);
    kubelet.stop();
  });

  it('rejects a BestEffort pod under memory pressure with reason Evicted', () => {
    const { clock, transport, kubelet } = startNode({}, [pod(1, 'hog', { annotations: { 'usage.kemu.dev/memory': '3.95Gi' }, priority: 2_000_000_000 })]);
    clock.advance(15_000);
    transport.deliver({ pod: pod(2, 'late') });
    const rejected = transport.sent.find((f) => f.pod_status?.ref === 2 && f.pod_status.phase === 'Failed');
    assert.equal(rejected?.pod_status?.reason, 'Evicted');
    // kubelet rejectPod (pkg/kubelet/kubelet.go): "Pod was rejected: " + the admit handler's message.
    assert.equal(rejected?.pod_status?.message, 'Pod was rejected: The node had condition: [MemoryPressure]. ');
    assert.equal(transport.sent.filter((f) => f.event?.reason === 'Evicted' && f.event.ref === 1).length, 0, 'the critical pod is never evicted');
    kubelet.stop();
  });

  it('reports a bad usage annotation once as a Warning event and uses the default', () => {
    const { clock, transport, kubelet } = startNode({}, [pod(1, 'typo', { annotations: { 'usage.kemu.dev/memroy': '1Gi' } })]);
    clock.advance(5_000);
    const warnings = transport.sent.filter((f) => f.event?.reason === 'InvalidUsageAnnotation');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0].event!.message!, /usage\.kemu\.dev\/memroy="1Gi": unknown usage key "memroy"/);
    kubelet.stop();
  });

  // upstream: TestDiskPressureNodeFsInodes / TestNodeReclaimFuncs (eviction_manager_test.go): reclaim
  // that frees enough means no pod is evicted in that round.
  it('re-reads the stats after image and container GC: enough garbage collected means no eviction', () => {
    const { clock, transport, kubelet } = startNode({
      annotations: { 'usage.kemu.dev/nodefs': '80Gi', 'usage.kemu.dev/images': '15Gi', 'usage.kemu.dev/unused-images': '10Gi', 'usage.kemu.dev/dead-containers': '2Gi' },
      kubelet: { evictionHard: { 'nodefs.available': '10%' } },
    }, [pod(1, 'web', { annotations: { 'usage.kemu.dev/ephemeral-storage': '1Gi' } })]);
    // 80 + 15 + 2 + 1 = 98Gi used of 100Gi: below the 10% threshold until GC frees 12Gi.
    clock.advance(30_000);
    assert.ok(transport.sent.some((f) => f.event?.reason === 'EvictionThresholdMet' && f.event.ref === 0));
    assert.equal(transport.sent.filter((f) => f.event?.reason === 'Evicted').length, 0);
    assert.equal(transport.sent.filter((f) => f.pod_status?.phase === 'Failed').length, 0);
    kubelet.sendNodeStatus();
    const s = transport.sent.filter((f) => f.node_status).at(-1)!.node_status!.summary!;
    assert.equal(Number(s.node?.fs?.available_bytes), 14 * 2 ** 30);
    kubelet.stop();
  });

  it('sends a dedicated imagefs in the summary only when the node has one', () => {
    const { transport, kubelet } = startNode({ limits: { imagefs: { capacity: '200Gi', inodes: 2_000_000 } }, annotations: { 'usage.kemu.dev/images': '20Gi' } }, []);
    kubelet.sendNodeStatus();
    const s = transport.sent.filter((f) => f.node_status).at(-1)!.node_status!.summary!;
    // uint64 fields decode as Long
    assert.equal(Number(s.node?.image_fs?.capacity_bytes), 200 * 2 ** 30);
    assert.equal(Number(s.node?.image_fs?.used_bytes), 20 * 2 ** 30);
    assert.equal(Number(s.node?.fs?.available_bytes), 100 * 2 ** 30);
    kubelet.stop();
  });
});
