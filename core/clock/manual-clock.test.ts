import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock, clockState } from './index.js';

const T0 = Date.UTC(2030, 0, 1);

describe('ManualClock', () => {
  it('starts at the given instant and moves only through advance()', () => {
    const c = new ManualClock(T0);
    assert.equal(c.now(), T0);
    c.advance(1500);
    assert.equal(c.now(), T0 + 1500);
    c.advanceTo(T0 + 1000); // never backwards
    assert.equal(c.now(), T0 + 1500);
    assert.equal(new ManualClock().now(), Date.UTC(2026, 0, 1));
  });

  it('fires a timer at its due instant, not before', () => {
    const c = new ManualClock(T0);
    const fired: number[] = [];
    c.setTimer(1000, () => fired.push(c.now()));
    c.advance(999);
    assert.deepEqual(fired, []);
    c.advance(1);
    assert.deepEqual(fired, [T0 + 1000]);
    c.advance(10_000);
    assert.deepEqual(fired, [T0 + 1000], 'a one-shot timer fires once');
  });

  it('fires timers due at the same instant in the order they were scheduled', () => {
    const c = new ManualClock(T0);
    const order: string[] = [];
    for (const name of ['a', 'b', 'c', 'd']) c.setTimer(500, () => order.push(name));
    c.setTimer(499, () => order.push('early'));
    c.advance(500);
    assert.deepEqual(order, ['early', 'a', 'b', 'c', 'd']);
  });

  it('fires timers in due order across one advance, each seeing its own instant', () => {
    const c = new ManualClock(T0);
    const seen: Array<[string, number]> = [];
    c.setTimer(3000, () => seen.push(['c', c.now() - T0]));
    c.setTimer(1000, () => seen.push(['a', c.now() - T0]));
    c.setTimer(2000, () => seen.push(['b', c.now() - T0]));
    c.advance(10_000);
    assert.deepEqual(seen, [['a', 1000], ['b', 2000], ['c', 3000]]);
    assert.equal(c.now(), T0 + 10_000);
  });

  it('fires timers scheduled during an advance at their own instant within the same advance', () => {
    const c = new ManualClock(T0);
    const seen: Array<[string, number]> = [];
    c.setTimer(1000, () => {
      seen.push(['first', c.now() - T0]);
      c.setTimer(500, () => seen.push(['chained', c.now() - T0])); // due at 1500
      c.setTimer(0, () => seen.push(['immediate', c.now() - T0])); // due at 1000
    });
    c.setTimer(1200, () => seen.push(['other', c.now() - T0]));
    c.advance(2000);
    assert.deepEqual(seen, [['first', 1000], ['immediate', 1000], ['other', 1200], ['chained', 1500]]);
  });

  it('leaves timers scheduled during an advance beyond its end for later', () => {
    const c = new ManualClock(T0);
    let late = 0;
    c.setTimer(900, () => c.setTimer(500, () => late++)); // due at 1400
    c.advance(1000);
    assert.equal(late, 0);
    assert.equal(c.nextDue(), T0 + 1400);
    c.advance(400);
    assert.equal(late, 1);
  });

  it('runs every() once per period, first after one period', () => {
    const c = new ManualClock(T0);
    const ticks: number[] = [];
    c.every(10_000, () => ticks.push(c.now() - T0));
    c.advance(9_999);
    assert.deepEqual(ticks, []);
    c.advance(50_001);
    assert.deepEqual(ticks, [10_000, 20_000, 30_000, 40_000, 50_000, 60_000]);
    assert.throws(() => c.every(0, () => {}), /period must be > 0/);
  });

  it('interleaves periodic and one-shot timers by due time; a periodic run is re-armed when it fires', () => {
    const c = new ManualClock(T0);
    const seen: string[] = [];
    c.every(1000, () => seen.push(`tick@${c.now() - T0}`));
    c.setTimer(2000, () => seen.push(`once@${c.now() - T0}`));
    c.advance(3000);
    // The tick due at 2000 was armed at 1000, after the one-shot (armed at 0): same instant, later order.
    assert.deepEqual(seen, ['tick@1000', 'once@2000', 'tick@2000', 'tick@3000']);
  });

  it('cancels timers: before they fire, from inside a periodic callback, and harmlessly after firing', () => {
    const c = new ManualClock(T0);
    let oneShot = 0;
    let periodic = 0;
    const t1 = c.setTimer(1000, () => oneShot++);
    const t2 = c.every(1000, () => {
      periodic++;
      if (periodic === 3) t2.cancel();
    });
    assert.equal(c.pendingTimers, 2);
    t1.cancel();
    t1.cancel();
    assert.equal(c.pendingTimers, 1);
    c.advance(10_000);
    assert.equal(oneShot, 0);
    assert.equal(periodic, 3);
    assert.equal(c.pendingTimers, 0);
    const t3 = c.setTimer(10, () => oneShot++);
    c.advance(10);
    t3.cancel();
    assert.equal(oneShot, 1);
    assert.equal(c.pendingTimers, 0);
    assert.equal(c.nextDue(), undefined);
  });

  it('fires zero-delay timers on flush() without moving time, and treats a NaN delay as zero', () => {
    const c = new ManualClock(T0);
    let n = 0;
    c.setTimer(0, () => n++);
    c.setTimer(Number.NaN, () => n++);
    c.setTimer(-5, () => n++);
    c.flush();
    assert.equal(n, 3);
    assert.equal(c.now(), T0);
  });

  it('reports its state for the dashboard', () => {
    const c = new ManualClock(T0);
    assert.deepEqual(clockState(c), { now: T0, scale: 1, paused: false });
  });
});
