import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Taint, Toleration } from '../../../core/types.js';
import { decidePodOnNode, getMinTolerationTime, TOLERATE_FOREVER } from './decision.js';

const taint = (i: number): Taint => ({ key: `testTaint${i}`, value: `test${i}`, effect: 'NoExecute' });
const tol = (i: number, seconds?: number): Toleration => ({
  key: `testTaint${i}`, value: `test${i}`, effect: 'NoExecute', ...(seconds === undefined ? {} : { tolerationSeconds: seconds }),
});
const NOW = Date.UTC(2026, 0, 1);

describe('getMinTolerationTime', () => {
  // upstream: TestGetMinTolerationTime (taint_eviction_test.go)
  it('is 0 without tolerations', () => assert.equal(getMinTolerationTime([]), 0));
  it('is forever when no toleration sets tolerationSeconds', () => assert.equal(getMinTolerationTime([{}]), TOLERATE_FOREVER));
  it('is the smallest tolerationSeconds', () => assert.equal(getMinTolerationTime([{ tolerationSeconds: 1 }, { tolerationSeconds: 2 }]), 1000));
  it('ignores forever tolerations next to finite ones, in any order', () => {
    assert.equal(getMinTolerationTime([{ tolerationSeconds: 1 }, {}]), 1000);
    assert.equal(getMinTolerationTime([{}, { tolerationSeconds: 1 }]), 1000);
  });
  it('is 0 as soon as one tolerationSeconds is zero or negative', () => {
    assert.equal(getMinTolerationTime([{ tolerationSeconds: 100 }, { tolerationSeconds: -5 }]), 0);
    assert.equal(getMinTolerationTime([{ tolerationSeconds: 0 }]), 0);
  });
});

describe('decidePodOnNode (processPodOnNode)', () => {
  const base = { pod: 'default/pod1', node: 'node1', now: NOW, existing: undefined };

  it('evicts at once a pod that does not tolerate every taint, naming the taint', () => {
    const d = decidePodOnNode({ ...base, taints: [taint(1), taint(2)], tolerations: [tol(1, 100)] });
    assert.equal(d.kind, 'evictNow');
    assert.equal(d.kind === 'evictNow' && d.why.untoleratedTaint, 'testTaint2=test2:NoExecute');
  });

  it('cancels for a pod tolerating every taint forever', () => {
    assert.deepEqual(decidePodOnNode({ ...base, taints: [taint(1)], tolerations: [tol(1)] }), { kind: 'cancel', reason: 'toleratedForever' });
  });

  it('schedules deletion after the minimum tolerationSeconds over one toleration per taint', () => {
    const d = decidePodOnNode({ ...base, taints: [taint(1), taint(2)], tolerations: [tol(1, 1), tol(2, 100)] });
    assert.equal(d.kind, 'schedule');
    if (d.kind !== 'schedule') return;
    assert.deepEqual([d.createdAt, d.fireAt], [NOW, NOW + 1000]);
    assert.equal(d.why.minTolerationSeconds, 1);
    assert.deepEqual(d.why.tolerations.map((t) => [t.taint, t.toleration.tolerationSeconds]), [['testTaint1=test1:NoExecute', 1], ['testTaint2=test2:NoExecute', 100]]);
  });

  it('takes the first matching toleration per taint even if a later one is shorter', () => {
    const d = decidePodOnNode({ ...base, taints: [taint(1)], tolerations: [tol(1, 300), tol(1, 5)] });
    assert.equal(d.kind === 'schedule' && d.fireAt, NOW + 300_000);
  });

  it('never moves an existing timer, whether the new time is longer or shorter', () => {
    const existing = { createdAt: NOW - 10_000, fireAt: NOW - 9000 };
    assert.deepEqual(decidePodOnNode({ ...base, taints: [taint(1)], tolerations: [tol(1, 100)], existing }), { kind: 'keep', existing });
    assert.deepEqual(decidePodOnNode({ ...base, taints: [taint(1)], tolerations: [tol(1, 0)], existing: { createdAt: NOW, fireAt: NOW + 5000 } }).kind, 'keep');
  });

  it('still evicts at once a pod with a timer once a taint is no longer tolerated', () => {
    const existing = { createdAt: NOW - 10_000, fireAt: NOW + 90_000 };
    assert.equal(decidePodOnNode({ ...base, taints: [taint(1), taint(2)], tolerations: [tol(1, 100)], existing }).kind, 'evictNow');
  });
});
