// The dashboard's pure parts, in Node: the client-side cluster model built from stream frames,
// the "add pressure" presets, which layout a why gets, and number/time formatting.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bytes, duration, parseBytes, signalValue } from '../server/dashboard/web/src/format.js';
import { ClusterModel, naturalCompare } from '../server/dashboard/web/src/model.js';
import { pressureTargets, usageFor } from '../server/dashboard/web/src/pressure.js';
import { whyShape } from '../server/dashboard/web/src/why-shape.js';
import { eventView, nodeView, podView } from '../server/stream/views.js';
import type { ClockView, SignalView } from '../server/stream/types.js';

const clock: ClockView = { now: Date.UTC(2026, 0, 1), scale: 10, paused: false };
const node = (name: string, ready = 'True') => nodeView({ metadata: { name }, status: { conditions: [{ type: 'Ready', status: ready }] } });
const pod = (name: string, nodeName: string, phase = 'Running', extra: { reason?: string; deleting?: boolean } = {}) => podView({
  metadata: { name, namespace: 'default', ...(extra.deleting ? { deletionTimestamp: '2026-01-01T00:00:00Z' } : {}) },
  spec: { nodeName, containers: [] }, status: { phase, ...(extra.reason ? { reason: extra.reason } : {}) },
});
const evicted = (name: string, t: string, count = 1) => eventView({
  metadata: { name, namespace: 'default', uid: `uid-${name}` }, involvedObject: { kind: 'Pod', namespace: 'default', name: 'hog' },
  reason: 'Evicted', message: 'low', type: 'Warning', source: { component: 'kubelet', host: 'node-1' }, count, lastTimestamp: t, firstTimestamp: t,
}, () => undefined);

function model() {
  const m = new ClusterModel();
  m.applySnapshot({
    resource_version: 10, reason: 'initial', clock, nodes: [node('node-1'), node('node-2')],
    pods: [pod('a', 'node-1'), pod('b', 'node-1', 'Pending'), pod('c', '', 'Pending')], events: [], usage: [], objects: [],
  }, 0);
  return m;
}

describe('ClusterModel', () => {
  it('keeps pods by node, the unscheduled ones under "", and counts them by state', () => {
    const m = model();
    assert.deepEqual([...m.pods('node-1').keys()], ['default/a', 'default/b']);
    assert.deepEqual([...m.pods('').keys()], ['default/c']);
    assert.equal(m.podCounts.running, 1);
    assert.equal(m.podCounts.pending, 2);
    assert.equal(m.rv, 10);
  });

  it('moves a pod between buckets when it is bound, and bumps both nodes\' versions', () => {
    const m = model();
    const v1 = m.nodeVersion.get('node-2') ?? 0;
    m.applyDelta({ resource_version: 11, changes: [{ type: 'MODIFIED', pod: pod('c', 'node-2', 'Running') }], usage: [], clock }, 0);
    assert.equal(m.pods('').size, 0);
    assert.deepEqual([...m.pods('node-2').keys()], ['default/c']);
    assert.ok((m.nodeVersion.get('node-2') ?? 0) > v1);
    assert.equal(m.podCounts.running, 2);
    assert.equal(m.rv, 11);
  });

  it('counts terminating and evicted pods, and forgets deleted ones', () => {
    const m = model();
    m.applyDelta({ resource_version: 12, changes: [
      { type: 'MODIFIED', pod: pod('a', 'node-1', 'Running', { deleting: true }) },
      { type: 'MODIFIED', pod: pod('b', 'node-1', 'Failed', { reason: 'Evicted' }) },
      { type: 'DELETED', pod: pod('c', '', 'Pending') },
    ], usage: [], clock }, 0);
    assert.deepEqual({ ...m.podCounts }, { running: 0, pending: 0, terminating: 1, evicted: 1, failed: 0, succeeded: 0 });
    assert.equal(m.podNode.size, 2);
  });

  it('counts each eviction occurrence once for the evictions-per-minute chart', () => {
    const m = model();
    const e = evicted('e1', '2026-01-01T00:00:10Z');
    m.applyDelta({ resource_version: 13, changes: [{ type: 'ADDED', event: e }], usage: [], clock }, 0);
    m.applyDelta({ resource_version: 14, changes: [{ type: 'MODIFIED', event: e }], usage: [], clock }, 0);
    assert.equal(m.evictions.length, 1);
    m.applyDelta({ resource_version: 15, changes: [{ type: 'MODIFIED', event: evicted('e1', '2026-01-01T00:01:10Z', 2) }], usage: [], clock }, 0);
    assert.deepEqual(m.evictions.map((x) => [x.mechanism, x.t]), [['kubelet', Date.parse('2026-01-01T00:00:10Z')], ['kubelet', Date.parse('2026-01-01T00:01:10Z')]]);
  });

  it('samples ready-node counts when nodes change', () => {
    const m = model();
    m.applyDelta({ resource_version: 16, changes: [{ type: 'MODIFIED', node: node('node-2', 'Unknown') }], usage: [], clock: { ...clock, now: clock.now + 1000 } }, 0);
    const last = m.readyHistory[m.readyHistory.length - 1];
    assert.deepEqual([last.ready, last.notReady, last.unknown], [1, 0, 1]);
  });

  it('extrapolates cluster time from the last clock at its scale, and stops when paused', () => {
    const m = model();
    assert.equal(m.clusterNow(1000), clock.now + 10_000);
    m.applyDelta({ resource_version: 17, changes: [], usage: [], clock: { ...clock, paused: true } }, 0);
    assert.equal(m.clusterNow(5000), clock.now);
  });

  it('sorts node names naturally', () => {
    assert.deepEqual(['node-10', 'node-2', 'node-1'].sort(naturalCompare), ['node-1', 'node-2', 'node-10']);
  });
});

describe('add-pressure presets', () => {
  const mem: SignalView = { signal: 'memory.available', available: 6 * 2 ** 30, capacity: 8 * 2 ** 30, hard: 100 * 2 ** 20, soft: 2 ** 30, hard_value: '100Mi', soft_value: '1Gi' };

  it('adds to the usage the node already declares what it takes to reach the target', () => {
    // 6Gi available, target 50Mi: declare 1Gi + (6Gi - 50Mi) = 7118Mi.
    assert.equal(usageFor('1Gi', mem, 50 * 2 ** 20, 'bytes'), '7118Mi');
    assert.equal(usageFor(undefined, { ...mem, signal: 'pid.available', available: 30_000 }, 1_000, 'count'), '29000');
  });

  it('aims between the soft and hard thresholds, and half-way below the hard one', () => {
    assert.deepEqual(pressureTargets(mem), [
      { label: 'below soft threshold', target: (2 ** 30 + 100 * 2 ** 20) / 2 },
      { label: 'below hard threshold', target: 50 * 2 ** 20 },
    ]);
    assert.deepEqual(pressureTargets({ ...mem, hard: -1, soft: -1 }), []);
  });
});

describe('why layouts', () => {
  it('recognises the shapes the components write and falls back to the generic tree', () => {
    assert.equal(whyShape({ at: 1, outcome: 'evicted', observations: {}, thresholdsMet: [] }), 'kubelet');
    assert.equal(whyShape({ decision: 'tolerationSecondsExpire', taints: ['t:NoExecute'], tolerations: [] }), 'taint');
    assert.equal(whyShape({ preemptor: {}, node: 'n', victim: 'default/v', preemption: { priority: 1 } }), 'preemption');
    assert.equal(whyShape({ pod: 'p', numAllNodes: 3, histogram: {} }), 'scheduling');
    assert.equal(whyShape({ decision: 'NodeStatusUnknown', node: 'n' }), 'notready');
    assert.equal(whyShape({ decision: 'TooFewReplicas', desired: 3 }), 'generic');
    assert.equal(whyShape('text'), 'generic');
  });
});

describe('formatting', () => {
  it('prints sizes in binary units, counts for inodes and pids, and Go-style durations', () => {
    assert.equal(bytes(1536 * 2 ** 20), '1.50Gi');
    assert.equal(bytes(100 * 2 ** 20), '100Mi');
    assert.equal(signalValue('nodefs.inodesFree', 250_000), '250k');
    assert.equal(signalValue('memory.available', 2 ** 30), '1Gi');
    assert.equal(duration(90_500), '1m31s');
    assert.equal(duration(3_600_000), '1h');
    assert.equal(parseBytes('7118Mi'), 7118 * 2 ** 20);
    assert.equal(parseBytes('2G'), 2e9);
  });
});
