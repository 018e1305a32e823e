import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Event, Node, Pod } from '../../core/types.js';
import { WHY_ANNOTATION } from '../events/recorder.js';
import { eventView, nodeView, podView, sumResources } from './views.js';

const node: Node = {
  metadata: {
    name: 'node-1', uid: 'u1', resourceVersion: '7', creationTimestamp: '2026-01-01T00:00:00Z',
    labels: { 'topology.kubernetes.io/zone': 'zone-a' }, annotations: { 'usage.kemu.dev/memory': '2Gi', other: 'x' },
  },
  spec: { unschedulable: true, taints: [{ key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: '2026-01-01T00:01:00Z' }] },
  status: {
    capacity: { memory: '8Gi', cpu: '4' },
    conditions: [
      { type: 'Ready', status: 'Unknown', reason: 'NodeStatusUnknown', lastTransitionTime: '2026-01-01T00:00:50Z' },
      { type: 'MemoryPressure', status: 'True' }, { type: 'DiskPressure', status: 'False' }, { type: 'PIDPressure', status: 'Unknown' },
    ],
  },
};

describe('nodeView', () => {
  it('shows readiness, zone, the pressure conditions that are True, taints, cordon and usage annotations', () => {
    const v = nodeView(node);
    assert.equal(v.ready, 'Unknown');
    assert.equal(v.ready_reason, 'NodeStatusUnknown');
    assert.equal(v.ready_since, Date.parse('2026-01-01T00:00:50Z'));
    assert.equal(v.zone, 'zone-a');
    assert.deepEqual(v.pressure, ['MemoryPressure']);
    assert.deepEqual(v.taints, [{ key: 'node.kubernetes.io/unreachable', value: '', effect: 'NoExecute', time_added: Date.parse('2026-01-01T00:01:00Z') }]);
    assert.equal(v.unschedulable, true);
    assert.deepEqual(v.usage, { memory: '2Gi' });
    assert.equal(v.creation_time, Date.parse('2026-01-01T00:00:00Z'));
  });

  it('reports an empty readiness before the kubelet posted its status', () => {
    assert.equal(nodeView({ metadata: { name: 'n' } }).ready, '');
  });
});

describe('podView', () => {
  const pod: Pod = {
    metadata: {
      name: 'web-1', namespace: 'default', uid: 'p1', resourceVersion: '9', deletionTimestamp: '2026-01-01T00:02:00Z',
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web', uid: 'rs', controller: true }],
      annotations: { 'usage.kemu.dev/memory': '3Gi' },
    },
    spec: {
      nodeName: 'node-1', priority: 1000, priorityClassName: 'high',
      containers: [
        { name: 'a', resources: { requests: { cpu: '250m', memory: '1Gi' } } },
        { name: 'b', resources: { requests: { cpu: '750m', memory: '512Mi' } } },
      ],
    },
    status: {
      phase: 'Running',
      conditions: [{ type: 'Ready', status: 'True' }, { type: 'DisruptionTarget', status: 'True', reason: 'EvictionByEvictionAPI', message: 'Eviction API: evicting' }],
      containerStatuses: [{ name: 'a', restartCount: 2, ready: true, image: 'x', imageID: '' }, { name: 'b', restartCount: 1, ready: true, image: 'x', imageID: '' }],
    },
  };

  it('computes the QoS class when the status has none, and sums the containers\' requests', () => {
    const v = podView(pod);
    assert.equal(v.qos_class, 'Burstable');
    assert.deepEqual(v.requests, { cpu: '1', memory: '1536Mi' });
    assert.equal(v.restarts, 3);
    assert.equal(v.ready, true);
  });

  it('shows termination, the owning controller, priority and the DisruptionTarget condition', () => {
    const v = podView(pod);
    assert.equal(v.deletion_time, Date.parse('2026-01-01T00:02:00Z'));
    assert.deepEqual([v.owner_kind, v.owner_name], ['ReplicaSet', 'web']);
    assert.deepEqual([v.priority, v.priority_class_name], [1000, 'high']);
    assert.deepEqual([v.disruption_reason, v.disruption_message], ['EvictionByEvictionAPI', 'Eviction API: evicting']);
    assert.deepEqual(v.usage, { memory: '3Gi' });
  });

  it('keeps an evicted pod\'s phase and reason', () => {
    const v = podView({ ...pod, status: { phase: 'Failed', reason: 'Evicted', message: 'The node was low on resource: memory.', qosClass: 'BestEffort' } });
    assert.deepEqual([v.phase, v.reason, v.qos_class], ['Failed', 'Evicted', 'BestEffort']);
  });

  it('sums millicores and bytes, and passes a single container\'s values through unchanged', () => {
    assert.deepEqual(sumResources([{ cpu: '100m' }, { cpu: '1' }]), { cpu: '1100m' });
    assert.deepEqual(sumResources([{ memory: '100M' }]), { memory: '100M' });
    assert.deepEqual(sumResources([undefined, {}]), {});
  });
});

describe('eventView', () => {
  const evicted: Event = {
    metadata: { name: 'hog.1', namespace: 'default', uid: 'e1', resourceVersion: '12', annotations: { [WHY_ANNOTATION]: '{"signal":"memory.available"}' } },
    involvedObject: { kind: 'Pod', namespace: 'default', name: 'hog', uid: 'p9' },
    reason: 'Evicted', message: 'The node was low on resource: memory.', type: 'Warning',
    source: { component: 'kubelet', host: 'node-2' }, count: 1,
    firstTimestamp: '2026-01-01T00:00:10Z', lastTimestamp: '2026-01-01T00:00:10Z', eventTime: '2026-01-01T00:00:10.250000Z',
  } as Event;

  it('carries the why annotation and classifies a kubelet eviction', () => {
    const v = eventView(evicted, () => undefined);
    assert.equal(v.why_json, '{"signal":"memory.available"}');
    assert.equal(v.mechanism, 'kubelet');
    assert.equal(v.eviction, true);
    assert.equal(v.first_time, Date.parse('2026-01-01T00:00:10.250Z'), 'the first occurrence keeps its sub-second eventTime');
    assert.deepEqual(v.involved, { kind: 'Pod', namespace: 'default', name: 'hog', uid: 'p9' });
  });

  it('places a pod event on the pod\'s node, or on the reporting kubelet\'s host when the pod is gone', () => {
    assert.equal(eventView(evicted, () => 'node-7').node, 'node-7');
    assert.equal(eventView(evicted, () => undefined).node, 'node-2');
    const nodeEvent = { ...evicted, involvedObject: { kind: 'Node', name: 'node-3' }, source: { component: 'node-controller' } } as Event;
    assert.equal(eventView(nodeEvent, () => undefined).node, 'node-3');
  });

  it('uses the last occurrence for a repeated event', () => {
    const v = eventView({ ...evicted, count: 3, lastTimestamp: '2026-01-01T00:05:00Z' } as Event, () => undefined);
    assert.equal(v.count, 3);
    assert.equal(v.last_time, Date.parse('2026-01-01T00:05:00Z'));
  });
});
