import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { toK8sTime } from '../../../core/time-format.js';
import type { PodStatus } from '../../../core/types.js';
import { podNotReadyConditions, updatePodCondition } from './pod-condition.js';

const NOW = Date.UTC(2026, 0, 1, 12);
const EARLIER = toK8sTime(NOW - 60_000);

describe('updatePodCondition (pkg/api/v1/pod UpdatePodCondition)', () => {
  it('appends a new condition with lastTransitionTime now', () => {
    const out = updatePodCondition({ conditions: [] }, { type: 'DisruptionTarget', status: 'True', reason: 'R', message: 'M' }, NOW);
    assert.deepEqual(out, [{ type: 'DisruptionTarget', status: 'True', reason: 'R', message: 'M', lastTransitionTime: toK8sTime(NOW) }]);
  });
  it('keeps lastTransitionTime when the status does not change, and reports no change for an identical condition', () => {
    const status: PodStatus = { conditions: [{ type: 'DisruptionTarget', status: 'True', reason: 'R', message: 'M', lastTransitionTime: EARLIER }] };
    assert.equal(updatePodCondition(status, { type: 'DisruptionTarget', status: 'True', reason: 'R', message: 'M' }, NOW), undefined);
    assert.deepEqual(updatePodCondition(status, { type: 'DisruptionTarget', status: 'True', reason: 'R2', message: 'M' }, NOW),
      [{ type: 'DisruptionTarget', status: 'True', reason: 'R2', message: 'M', lastTransitionTime: EARLIER }]);
  });
});

describe('podNotReadyConditions (MarkPodsNotReady)', () => {
  it('sets Ready to False with a new transition time, keeping reason, message and the other conditions', () => {
    const status: PodStatus = { conditions: [
      { type: 'PodScheduled', status: 'True' },
      { type: 'Ready', status: 'True', reason: 'r', message: 'm', lastTransitionTime: EARLIER },
    ] };
    assert.deepEqual(podNotReadyConditions(status, NOW), [
      { type: 'PodScheduled', status: 'True' },
      { type: 'Ready', status: 'False', reason: 'r', message: 'm', lastTransitionTime: toK8sTime(NOW) },
    ]);
  });
  it('writes nothing for a pod without a Ready condition or already not ready', () => {
    assert.equal(podNotReadyConditions({ conditions: [{ type: 'PodScheduled', status: 'True' }] }, NOW), undefined);
    assert.equal(podNotReadyConditions({ conditions: [{ type: 'Ready', status: 'False', lastTransitionTime: EARLIER }] }, NOW), undefined);
    assert.equal(podNotReadyConditions(undefined, NOW), undefined);
  });
});
