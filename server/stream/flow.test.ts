import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decideFlush, DEFAULT_FLOW_LIMITS, overflowed, type FlowState } from './flow.js';

const limits = { ...DEFAULT_FLOW_LIMITS, highWaterBytes: 1000, stallTimeoutMs: 5000, heartbeatMs: 1000, maxPendingChanges: 10 };
const state = (s: Partial<FlowState>): FlowState => ({
  bufferedAmount: 0, pendingChanges: 0, pendingUsage: 0, resync: false, stalledSince: undefined, lastSentAt: 0, now: 100, ...s,
});

describe('decideFlush', () => {
  it('sends waiting changes while the socket is below the high-water mark', () => {
    assert.deepEqual(decideFlush(state({ pendingChanges: 3, bufferedAmount: 999 }), limits), { kind: 'delta' });
    assert.deepEqual(decideFlush(state({ pendingUsage: 1 }), limits), { kind: 'delta' });
  });

  it('writes nothing while the socket holds the high-water mark or more', () => {
    assert.deepEqual(decideFlush(state({ pendingChanges: 3, bufferedAmount: 1000, stalledSince: 0, now: 4999 }), limits), { kind: 'wait' });
  });

  it('closes with 4008 and a reason once the socket stayed full for the stall timeout', () => {
    const a = decideFlush(state({ bufferedAmount: 5000, stalledSince: 1000, now: 6000 }), limits);
    assert.equal(a.kind, 'close');
    assert.equal(a.kind === 'close' && a.code, 4008);
    assert.match(a.kind === 'close' ? a.reason : '', /^client too slow: 5000 bytes unread for 5s$/);
  });

  it('sends a fresh snapshot instead of deltas after changes were dropped, once the socket drained', () => {
    assert.deepEqual(decideFlush(state({ resync: true, pendingChanges: 0 }), limits), { kind: 'snapshot' });
    assert.deepEqual(decideFlush(state({ resync: true, bufferedAmount: 2000, stalledSince: 100 }), limits), { kind: 'wait' });
  });

  it('sends a heartbeat after a quiet second, and nothing before', () => {
    assert.deepEqual(decideFlush(state({ lastSentAt: 0, now: 1000 }), limits), { kind: 'heartbeat' });
    assert.deepEqual(decideFlush(state({ lastSentAt: 500, now: 1000 }), limits), { kind: 'idle' });
  });
});

describe('overflowed', () => {
  it('is true only beyond the pending-changes limit', () => {
    assert.equal(overflowed(10, limits), false);
    assert.equal(overflowed(11, limits), true);
  });
});
