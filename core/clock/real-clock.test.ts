import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { ScaledClock, clockState, realClock } from './index.js';

const T0 = Date.UTC(2030, 0, 1);

/** Resolves with the real milliseconds until fn's timer fires, or rejects after `limit` real ms. */
function firesWithin(arm: (done: () => void) => void, limit: number): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const guard = setTimeout(() => reject(new Error(`timer did not fire within ${limit}ms`)), limit);
    arm(() => {
      clearTimeout(guard);
      resolve(performance.now() - start);
    });
  });
}

describe('ScaledClock', () => {
  it('runs cluster time at its scale', async () => {
    const c = new ScaledClock(1000, T0);
    await sleep(20);
    const elapsed = c.now() - T0;
    assert.ok(elapsed >= 15_000 && elapsed < 2_000_000, `elapsed ${elapsed}`);
    c.dispose();
  });

  it('fires a timer after its cluster-time delay divided by the scale', async () => {
    const c = new ScaledClock(1000, T0);
    let firedAt = 0;
    const real = await firesWithin((done) => c.setTimer(10_000, () => { firedAt = c.now(); done(); }), 1000);
    assert.ok(firedAt - T0 >= 10_000, `fired at +${firedAt - T0}`);
    assert.ok(real >= 5, `fired after ${real}ms real`);
    c.dispose();
  });

  it('keeps cluster-time due dates when the scale changes', async () => {
    const c = new ScaledClock(1, T0);
    // 5 cluster seconds would take 5 real seconds at scale 1; after speeding up it takes ~5ms.
    const p = firesWithin((done) => c.setTimer(5000, done), 1000);
    c.setScale(1000);
    assert.equal(c.scale, 1000);
    await p;
    assert.ok(c.now() - T0 >= 5000);
    assert.throws(() => c.setScale(0), /time scale must be > 0/);
    c.dispose();
  });

  it('freezes time and timers while paused and resumes from the same instant', async () => {
    const c = new ScaledClock(1000, T0);
    c.pause();
    const frozen = c.now();
    let fired = 0;
    c.setTimer(1, () => fired++);
    await sleep(20);
    assert.equal(c.now(), frozen);
    assert.equal(fired, 0);
    assert.equal(c.paused, true);
    await firesWithin((done) => {
      c.setTimer(1, done);
      c.resume();
    }, 1000);
    assert.equal(fired, 1);
    assert.ok(c.now() >= frozen);
    assert.ok(c.now() - frozen < 2_000_000, 'resumed from the paused instant, not from wall time');
    c.dispose();
  });

  it('steps time forward at once, firing due timers in order', () => {
    const c = new ScaledClock(1, T0);
    c.pause();
    const base = c.now();
    const seen: number[] = [];
    c.setTimer(2000, () => seen.push(c.now() - base));
    c.setTimer(1000, () => seen.push(1000));
    c.setTimer(60_000, () => seen.push(-1));
    c.step(5000);
    assert.deepEqual(seen, [1000, 5000]);
    assert.equal(c.now(), base + 5000);
    assert.equal(c.pendingTimers, 1);
    c.dispose();
  });

  it('lets a periodic timer skip the ticks a step jumped over, keeping its phase', () => {
    const c = new ScaledClock(1, T0);
    c.pause();
    const base = c.now();
    const ticks: number[] = [];
    c.every(1000, () => ticks.push(c.now() - base));
    c.step(10_500);
    assert.equal(ticks.length, 1, 'one tick for one instant, like a Go ticker');
    c.step(500);
    assert.deepEqual(ticks, [10_500, 11_000]);
    c.dispose();
  });

  it('notifies listeners of scale, pause, resume and step until they unsubscribe', () => {
    const c = new ScaledClock(1, T0);
    let changes = 0;
    const off = c.onChange(() => changes++);
    c.setScale(10);
    c.pause();
    c.pause(); // no change
    c.step(100);
    c.resume();
    assert.equal(changes, 4);
    off();
    c.setScale(2);
    assert.equal(changes, 4);
    const state = clockState(c);
    assert.equal(state.scale, 2);
    assert.equal(state.paused, false);
    assert.ok(state.now >= T0);
    c.dispose();
  });

  it('cancels timers and stops firing after dispose', async () => {
    const c = new ScaledClock(1000, T0);
    let fired = 0;
    c.setTimer(1000, () => fired++).cancel();
    c.every(1000, () => fired++);
    c.dispose();
    await sleep(20);
    assert.equal(fired, 0);
  });

  it('runs at real speed by default', () => {
    const c = realClock();
    assert.equal(c.scale, 1);
    assert.throws(() => new ScaledClock(-1), /time scale must be > 0/);
    c.dispose();
  });
});
