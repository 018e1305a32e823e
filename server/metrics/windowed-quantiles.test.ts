import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { WindowedQuantiles } from './windowed-quantiles.js';

function make(now: () => number) {
  return new WindowedQuantiles({ maxAgeMs: 60_000, slots: 6, unit: 1e-6, max: 3600, now });
}

/** Nearest-rank quantile of the exact values. */
function exact(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(1, Math.ceil(q * s.length)) - 1];
}

describe('WindowedQuantiles', () => {
  it('quantiles are within 1 % of the exact nearest-rank quantile', () => {
    fc.assert(fc.property(
      fc.array(fc.double({ min: 1e-5, max: 100, noNaN: true }), { minLength: 1, maxLength: 400 }),
      fc.constantFrom(0.5, 0.9, 0.99, 1),
      (xs, q) => {
        const w = make(() => 0);
        for (const x of xs) w.observe(x);
        const want = exact(xs, q);
        const got = w.quantile(q);
        return Math.abs(got - want) <= 0.01 * want;
      },
    ));
  });

  it('has no quantile without observations; sum and count are cumulative', () => {
    let t = 0;
    const w = make(() => t);
    assert.ok(Number.isNaN(w.quantile(0.99)));
    w.observe(0.002);
    w.observe(0.004);
    w.observe(-1); // a clock running behind: counted as 0
    w.observe(Number.NaN); // ignored
    assert.equal(w.count, 3);
    assert.ok(Math.abs(w.sum - 0.006) < 1e-12);
    assert.equal(w.quantile(0), 0);
    t = 10 * 60_000;
    assert.ok(Number.isNaN(w.quantile(0.5)), 'the window moved past every observation');
    assert.equal(w.count, 3);
  });

  it('forgets observations once the window slid past their slot (50–60 s)', () => {
    let t = 0;
    const w = make(() => t);
    w.observe(1); // slot [0, 10 s)
    t = 15_000;
    w.observe(0.001); // slot [10 s, 20 s)
    assert.ok(Math.abs(w.quantile(1) - 1) < 0.01);
    t = 59_999; // the first slot is still in the window
    assert.ok(Math.abs(w.quantile(1) - 1) < 0.01);
    t = 60_000; // now it is dropped
    assert.ok(Math.abs(w.quantile(1) - 0.001) < 0.00001);
    t = 69_999; // 55 s after it was observed, its slot [10 s, 20 s) is still in the window
    assert.ok(Math.abs(w.quantile(1) - 0.001) < 0.00001);
    t = 70_000;
    assert.ok(Number.isNaN(w.quantile(1)));
  });
});
