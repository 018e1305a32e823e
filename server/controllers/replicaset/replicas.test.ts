import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { toK8sTime } from '../../../core/time-format.js';
import type { Pod, ReplicaSet } from '../../../core/types.js';
import { calculateReplicaSetStatus, getPodsToDelete, planReplicas, slowStartBatches } from './replicas.js';

const NOW = Date.UTC(2026, 0, 10);

function pod(name: string, node: string, phase: string, ready: boolean): Pod {
  return {
    metadata: { name, uid: name, namespace: 'default', labels: { app: 'web' } },
    spec: { containers: [], ...(node ? { nodeName: node } : {}) },
    status: { phase, ...(ready ? { conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: toK8sTime(NOW - 60_000) }] } : {}) },
  } as Pod;
}

describe('getPodsToDelete', () => {
  // upstream: TestGetPodsToDelete (replica_set_test.go)
  const unscheduledPending = pod('unscheduled-pending', '', 'Pending', false);
  const scheduledPending = pod('scheduled-pending', 'node', 'Pending', false);
  const runningNotReady = pod('running-not-ready', 'node', 'Running', false);
  const runningReady = pod('running-ready', 'node', 'Running', true);
  const readyOnNode1 = pod('ready-node-1', 'node-1', 'Running', true);
  const readyOnNode2 = pod('ready-node-2', 'node-2', 'Running', true);
  const names = (r: { pod: Pod }[]) => r.map((x) => x.pod.metadata!.name);
  const cases: { name: string; pods: Pod[]; related?: Pod[]; diff: number; expected: Pod[] }[] = [
    { name: 'len(pods) = 0 (i.e., diff = 0 too)', pods: [], diff: 0, expected: [] },
    { name: 'diff = len(pods)', pods: [runningNotReady, runningReady], diff: 2, expected: [runningNotReady, runningReady] },
    { name: 'diff < len(pods)', pods: [runningReady, runningNotReady], diff: 1, expected: [runningNotReady] },
    { name: 'scheduled vs unscheduled, diff < len(pods)', pods: [scheduledPending, unscheduledPending], diff: 1, expected: [unscheduledPending] },
    { name: 'ready vs not-ready, diff < len(pods)', pods: [runningReady, runningNotReady, runningNotReady], diff: 2, expected: [runningNotReady, runningNotReady] },
    {
      name: 'ready and colocated with another ready pod vs not colocated, diff < len(pods)',
      pods: [readyOnNode1, readyOnNode2], related: [readyOnNode1, readyOnNode2, readyOnNode2], diff: 1, expected: [readyOnNode2],
    },
    { name: 'pending vs running, diff < len(pods)', pods: [scheduledPending, runningNotReady], diff: 1, expected: [scheduledPending] },
    {
      name: 'various pod phases and conditions, diff < len(pods)',
      pods: [readyOnNode1, readyOnNode2, runningNotReady, scheduledPending, unscheduledPending], diff: 3,
      expected: [unscheduledPending, scheduledPending, runningNotReady],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(names(getPodsToDelete(c.pods, c.related ?? c.pods, c.diff, NOW)), names(c.expected.map((p) => ({ pod: p }))));
    });
  }
});

describe('planReplicas', () => {
  it('creates the missing replicas and says which inactive pods they replace', () => {
    const evicted = pod('evicted', 'node', 'Failed', false);
    (evicted.status as { reason?: string }).reason = 'Evicted';
    const plan = planReplicas(3, [runningPod('a'), runningPod('b')], [evicted], [], NOW);
    assert.equal(plan.action, 'create');
    assert.ok(plan.action === 'create');
    assert.equal(plan.count, 1);
    assert.deepEqual(plan.replacing, [{ pod: 'evicted', phase: 'Failed', reason: 'Evicted', terminating: false }]);
  });
  it('creates at most burstReplicas (500) pods per sync', () => {
    const plan = planReplicas(800, [], [], [], NOW);
    assert.ok(plan.action === 'create');
    assert.equal(plan.count, 500);
  });
  it('does nothing when the active count matches', () => {
    assert.deepEqual(planReplicas(1, [runningPod('a')], [], [], NOW), { action: 'none', desired: 1, active: 1 });
  });
});

describe('slowStartBatch', () => {
  it('batches 1, 2, 4, … up to the count', () => {
    // upstream: TestSlowStartBatch (replica_set_test.go)
    assert.deepEqual(slowStartBatches(10), [1, 2, 4, 3]);
    assert.deepEqual(slowStartBatches(0), []);
  });
});

describe('calculateStatus', () => {
  it('counts replicas, fully labeled, ready and available pods and records observedGeneration', () => {
    // upstream: TestCalculateStatus (replica_set_utils_test.go)
    const rs = {
      metadata: { name: 'rs', generation: 4 },
      spec: { replicas: 3, minReadySeconds: 120, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web', tier: 'fe' } } } },
    } as ReplicaSet;
    const full = pod('full', 'n', 'Running', true);
    full.metadata!.labels = { app: 'web', tier: 'fe' };
    const status = calculateReplicaSetStatus(rs, [full, pod('partial', 'n', 'Running', true), pod('p', 'n', 'Pending', false)], null, NOW);
    assert.deepEqual(status, { replicas: 3, fullyLabeledReplicas: 1, readyReplicas: 2, availableReplicas: 0, observedGeneration: 4 });
  });
  it('adds a ReplicaFailure condition when creating pods failed and removes it once the sync succeeds', () => {
    // upstream: TestCalculateStatusConditions (replica_set_utils_test.go)
    const rs = { metadata: { name: 'rs', generation: 1 }, spec: { replicas: 2, selector: {} } } as ReplicaSet;
    const failed = calculateReplicaSetStatus(rs, [], { create: true, message: 'quota exceeded' }, NOW);
    assert.equal(failed.conditions?.[0].type, 'ReplicaFailure');
    assert.equal(failed.conditions?.[0].reason, 'FailedCreate');
    const ok = calculateReplicaSetStatus({ ...rs, status: failed } as ReplicaSet, [], null, NOW);
    assert.equal(ok.conditions, undefined);
  });
});

function runningPod(name: string): Pod {
  return pod(name, 'node', 'Running', true);
}
