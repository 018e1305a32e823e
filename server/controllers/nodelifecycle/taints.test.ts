import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { NodeCondition, Taint } from '../../../core/types.js';
import { nodeObject, T0 } from './testkit.js';
import { desiredNoScheduleTaints, noExecuteStepFor, noScheduleTaintChanges, taintActionFor } from './taints.js';

const cond = (type: string, status: string): NodeCondition => ({ type, status });
const keys = (ts: Taint[]) => ts.map((t) => `${t.key}:${t.effect}`);
const NE_UNREACHABLE: Taint = { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' };
const NE_NOT_READY: Taint = { key: 'node.kubernetes.io/not-ready', effect: 'NoExecute' };

describe('NoSchedule condition taints (doNoScheduleTaintingPass)', () => {
  // upstream: TestTaintsNodeByCondition (node_lifecycle_controller_test.go)
  const cases: Array<[string, { ready?: 'True' | 'False' | 'Unknown'; extra?: NodeCondition[]; unschedulable?: boolean }, string[]]> = [
    ['NetworkUnavailable is true', { extra: [cond('NetworkUnavailable', 'True')] }, ['node.kubernetes.io/network-unavailable:NoSchedule']],
    ['NetworkUnavailable and MemoryPressure are true', { extra: [cond('NetworkUnavailable', 'True'), cond('MemoryPressure', 'True')] },
      ['node.kubernetes.io/network-unavailable:NoSchedule', 'node.kubernetes.io/memory-pressure:NoSchedule']],
    ['Ready is false', { ready: 'False' }, ['node.kubernetes.io/not-ready:NoSchedule']],
    ['Ready is unknown', { ready: 'Unknown' }, ['node.kubernetes.io/unreachable:NoSchedule']],
    ['disk and pid pressure', { extra: [cond('DiskPressure', 'True'), cond('PIDPressure', 'True')] },
      ['node.kubernetes.io/disk-pressure:NoSchedule', 'node.kubernetes.io/pid-pressure:NoSchedule']],
    ['pressure conditions that are False or Unknown give no taint', { extra: [cond('MemoryPressure', 'Unknown'), cond('DiskPressure', 'False')] }, []],
    ['spec.unschedulable', { unschedulable: true }, ['node.kubernetes.io/unschedulable:NoSchedule']],
  ];
  for (const [d, o, want] of cases) {
    it(`taints for: ${d}`, () => {
      assert.deepEqual(keys(desiredNoScheduleTaints(nodeObject('n', T0, { ready: o.ready ?? 'True', extraConditions: o.extra, unschedulable: o.unschedulable }))), want);
    });
  }

  it('adds missing condition taints and removes stale ones, leaving other taints alone', () => {
    const node = nodeObject('n', T0, {
      ready: 'Unknown',
      taints: [
        { key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' },
        { key: 'dedicated', value: 'x', effect: 'NoSchedule' },
        { key: 'node.kubernetes.io/memory-pressure', effect: 'NoExecute' },
      ],
    });
    const { toAdd, toRemove } = noScheduleTaintChanges(node);
    assert.deepEqual(keys(toAdd), ['node.kubernetes.io/unreachable:NoSchedule']);
    assert.deepEqual(keys(toRemove), ['node.kubernetes.io/not-ready:NoSchedule']);
  });

  it('changes nothing when the taints already match', () => {
    const node = nodeObject('n', T0, { ready: 'False', taints: [{ key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule', timeAdded: '2015-01-01T12:00:00Z' }] });
    assert.deepEqual(noScheduleTaintChanges(node), { toAdd: [], toRemove: [] });
  });
});

describe('processTaintBaseEviction decisions', () => {
  // upstream: TestSwapUnreachableNotReadyTaints
  it('swaps unreachable for not-ready at once when Ready turns False', () => {
    const node = nodeObject('n', T0, { ready: 'False', taints: [NE_UNREACHABLE] });
    assert.deepEqual(taintActionFor(node, cond('Ready', 'False')), { kind: 'swap', add: NE_NOT_READY, remove: NE_UNREACHABLE });
  });
  it('swaps not-ready for unreachable at once when Ready turns Unknown', () => {
    const node = nodeObject('n', T0, { ready: 'Unknown', taints: [NE_NOT_READY] });
    assert.deepEqual(taintActionFor(node, cond('Ready', 'Unknown')), { kind: 'swap', add: NE_UNREACHABLE, remove: NE_NOT_READY });
  });
  // upstream: TestApplyNoExecuteTaints
  it('queues an untainted not-ready or unreachable node, resetting its queue entry', () => {
    assert.deepEqual(taintActionFor(nodeObject('n', T0), cond('Ready', 'Unknown')), { kind: 'queue', taint: NE_UNREACHABLE, resetQueue: true });
    assert.deepEqual(taintActionFor(nodeObject('n', T0), cond('Ready', 'False')), { kind: 'queue', taint: NE_NOT_READY, resetQueue: true });
  });
  it('queues without reset when the matching taint is already there', () => {
    assert.deepEqual(taintActionFor(nodeObject('n', T0, { taints: [NE_UNREACHABLE] }), cond('Ready', 'Unknown')),
      { kind: 'queue', taint: NE_UNREACHABLE, resetQueue: false });
  });
  it('marks a ready node reachable', () => {
    assert.deepEqual(taintActionFor(nodeObject('n', T0), cond('Ready', 'True')), { kind: 'markReachable' });
  });
});

describe('doNoExecuteTaintingPass steps', () => {
  it('taints by the Ready status found when the node is dequeued', () => {
    assert.deepEqual(noExecuteStepFor(nodeObject('n', T0, { ready: 'False' }), 50), { kind: 'taint', add: NE_NOT_READY, remove: NE_UNREACHABLE });
    assert.deepEqual(noExecuteStepFor(nodeObject('n', T0, { ready: 'Unknown' }), 50), { kind: 'taint', add: NE_UNREACHABLE, remove: NE_NOT_READY });
  });
  it('drops a node that is ready again or gone', () => {
    assert.deepEqual(noExecuteStepFor(nodeObject('n', T0, { ready: 'True' }), 50), { kind: 'done' });
    assert.deepEqual(noExecuteStepFor(undefined, 50), { kind: 'done' });
  });
  // upstream: TestApplyNoExecuteTaints (node3: Ready condition replaced before the taint pass)
  it('retries after 50ms when the Ready condition disappeared', () => {
    assert.deepEqual(noExecuteStepFor(nodeObject('n', T0, { ready: null, extraConditions: [cond('MemoryPressure', 'Unknown')] }), 50), { kind: 'retry', waitMs: 50 });
  });
});
