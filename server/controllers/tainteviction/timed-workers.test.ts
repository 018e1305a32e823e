import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../../core/clock/index.js';
import { TimedWorkerQueue } from './timed-workers.js';

const T = Date.UTC(2026, 0, 1);

function setup() {
  const clock = new ManualClock(T);
  const ran: Array<[string, number]> = [];
  const q = new TimedWorkerQueue<null>(clock, (key) => ran.push([key, clock.now() - T]));
  return { clock, q, ran };
}

describe('TimedWorkerQueue (tainteviction/timed_workers.go)', () => {
  // upstream: TestExecute (timed_workers_test.go)
  it('runs work whose fire time is its creation time at once', () => {
    const { q, ran } = setup();
    for (const k of ['1', '2', '3']) q.addWork(k, T, T, null);
    assert.deepEqual(ran, [['1', 0], ['2', 0], ['3', 0]]);
    assert.equal(q.get('1'), undefined, 'finished work leaves the queue');
  });

  // upstream: TestExecuteDelayed
  it('runs delayed work at its fire time, once per key', () => {
    const { clock, q, ran } = setup();
    q.addWork('1', T, T + 10_000, null);
    q.addWork('1', T, T + 1000, null); // a key with a worker is not replaced
    q.addWork('2', T, T + 10_000, null);
    clock.advance(9999);
    assert.deepEqual(ran, []);
    clock.advance(1);
    assert.deepEqual(ran, [['1', 10_000], ['2', 10_000]]);
  });

  // upstream: TestCancel
  it('does not run cancelled work and reports whether a timer was pending', () => {
    const { clock, q, ran } = setup();
    q.addWork('1', T, T + 10_000, null);
    q.addWork('2', T, T + 10_000, null);
    assert.equal(q.cancelWork('2'), true);
    assert.equal(q.cancelWork('2'), false);
    assert.equal(q.cancelWork('never-added'), false);
    clock.advance(20_000);
    assert.deepEqual(ran, [['1', 10_000]]);
  });

  // upstream: TestCancelAndReadd
  it('runs re-added work once, at its new time', () => {
    const { clock, q, ran } = setup();
    q.addWork('1', T, T + 10_000, null);
    q.cancelWork('1');
    q.addWork('1', T, T + 5000, null);
    clock.advance(20_000);
    assert.deepEqual(ran, [['1', 5000]]);
  });

  it('counts the delay from creation to fire time, starting now', () => {
    const { clock, q, ran } = setup();
    clock.advance(1000);
    q.addWork('1', T, T + 3000, null); // created earlier: still a 3s delay from now
    clock.advance(2999);
    assert.deepEqual(ran, []);
    clock.advance(1);
    assert.deepEqual(ran, [['1', 4000]]);
  });

  it('reports no pending timer for work that is running', () => {
    const clock = new ManualClock(T);
    let cancelledDuringRun: boolean | undefined;
    const q: TimedWorkerQueue<null> = new TimedWorkerQueue(clock, (key) => { cancelledDuringRun = q.cancelWork(key); });
    q.addWork('1', T, T + 1000, null);
    clock.advance(1000);
    assert.equal(cancelledDuringRun, false);
  });
});
