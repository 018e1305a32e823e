import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Random } from './random.js';

const draws = (r: Random) => [r.float(), r.intn(1000), r.uuid(), r.nameSuffix(), r.nextUint32()];

describe('Random', () => {
  it('gives the same sequence for the same seed', () => {
    assert.deepEqual(draws(new Random(7)), draws(new Random(7)));
    assert.deepEqual(draws(new Random('scenario-a')), draws(new Random('scenario-a')));
    assert.deepEqual(draws(new Random(42)), draws(new Random('42')));
  });

  it('gives different sequences for different seeds', () => {
    assert.notDeepEqual(draws(new Random(1)), draws(new Random(2)));
    assert.notDeepEqual(draws(new Random('a')), draws(new Random('b')));
  });

  it('keeps float() in [0, 1) and intn(n) in [0, n), spread evenly', () => {
    const r = new Random(3);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 20_000; i++) {
      const f = r.float();
      assert.ok(f >= 0 && f < 1);
      const k = r.intn(10);
      assert.ok(Number.isInteger(k) && k >= 0 && k < 10);
      buckets[k]++;
    }
    // chi-square with 9 degrees of freedom: 27.9 is p = 0.001
    const chi2 = buckets.reduce((acc, c) => acc + (c - 2000) ** 2 / 2000, 0);
    assert.ok(chi2 < 27.9, `chi2 ${chi2} for ${buckets}`);
  });

  it('refuses intn of zero, negative or fractional n like rand.Intn', () => {
    const r = new Random(1);
    for (const n of [0, -1, 1.5, NaN]) assert.throws(() => r.intn(n), RangeError);
    assert.equal(r.intn(1), 0);
  });

  it('makes RFC 4122 version-4 UUIDs that do not repeat', () => {
    const r = new Random(11);
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const u = r.uuid();
      assert.match(u, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      seen.add(u);
    }
    assert.equal(seen.size, 2000);
  });

  it('makes generateName suffixes from the apimachinery alphabet (no vowels)', () => {
    const r = new Random(5);
    for (let i = 0; i < 200; i++) assert.match(r.nameSuffix(), /^[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    assert.equal(r.nameSuffix(8).length, 8);
  });

  it('forks independent streams: later parent draws do not change a fork, labels separate forks', () => {
    const parentA = new Random(9);
    const parentB = new Random(9);
    const childA = parentA.fork('scheduler');
    const childB = parentB.fork('scheduler');
    parentA.float(); // drawing from one parent after the fork ...
    parentA.uuid();
    assert.deepEqual(draws(childA), draws(childB)); // ... does not shift its child
    assert.deepEqual(draws(parentA), (() => { parentB.float(); parentB.uuid(); return draws(parentB); })());
    const x = new Random(9).fork('x');
    const y = new Random(9).fork('y');
    assert.notDeepEqual(draws(x), draws(y));
  });

  it('keeps a parent stream unchanged by draws from its child', () => {
    const p1 = new Random(12);
    const p2 = new Random(12);
    const c1 = p1.fork('chaos');
    p2.fork('chaos');
    for (let i = 0; i < 100; i++) c1.float();
    assert.deepEqual(draws(p1), draws(p2));
  });
});
