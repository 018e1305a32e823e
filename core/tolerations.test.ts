import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Taint, Toleration } from './types.js';
import {
  addOrUpdateTaint, addOrUpdateToleration, findMatchingUntoleratedTaint, getMatchingTolerations, getNoExecuteTaints,
  removeTaint, taintExists, taintSetDiff, taintToString, taintsEqual, toleratesTaint, tolerationsEqual,
  tolerationsTolerateTaint,
} from './tolerations.js';

const NS = 'NoSchedule';
const NE = 'NoExecute';

describe('toleratesTaint', () => {
  // upstream: TestTolerationToleratesTaint (staging/src/k8s.io/api/core/v1/toleration_test.go)
  const cases: Array<{ d: string; tol: Toleration; taint: Taint; want: boolean; cmp?: boolean }> = [
    { d: 'same key and effect, Exists, taint without value', tol: { key: 'foo', operator: 'Exists', effect: NS }, taint: { key: 'foo', effect: NS }, want: true },
    { d: 'same key and effect, Exists, taint with a value', tol: { key: 'foo', operator: 'Exists', effect: NS }, taint: { key: 'foo', value: 'bar', effect: NS }, want: true },
    { d: 'empty key with Exists matches every key', tol: { key: '', operator: 'Exists', effect: NS }, taint: { key: 'foo', value: 'bar', effect: NS }, want: true },
    { d: 'same key, effect and value with Equal', tol: { key: 'foo', operator: 'Equal', value: 'bar', effect: NS }, taint: { key: 'foo', value: 'bar', effect: NS }, want: true },
    { d: 'different values with Equal', tol: { key: 'foo', operator: 'Equal', value: 'value1', effect: NS }, taint: { key: 'foo', value: 'value2', effect: NS }, want: false },
    { d: 'different effects', tol: { key: 'foo', operator: 'Equal', value: 'bar', effect: NS }, taint: { key: 'foo', value: 'bar', effect: NE }, want: false },
    { d: 'Gt with a smaller taint value', tol: { key: 'sla', operator: 'Gt', value: '950', effect: NS }, taint: { key: 'sla', value: '800', effect: NS }, want: false, cmp: true },
    { d: 'Gt with a greater taint value', tol: { key: 'sla', operator: 'Gt', value: '750', effect: NS }, taint: { key: 'sla', value: '950', effect: NS }, want: true, cmp: true },
    { d: 'Lt with a greater taint value', tol: { key: 'sla', operator: 'Lt', value: '800', effect: NS }, taint: { key: 'sla', value: '950', effect: NS }, want: false, cmp: true },
    { d: 'Lt with a smaller taint value', tol: { key: 'sla', operator: 'Lt', value: '950', effect: NS }, taint: { key: 'sla', value: '800', effect: NS }, want: true, cmp: true },
    { d: 'Gt with an equal value', tol: { key: 'sla', operator: 'Gt', value: '950', effect: NS }, taint: { key: 'sla', value: '950', effect: NS }, want: false, cmp: true },
    { d: 'Gt with a non-numeric taint value', tol: { key: 'sla', operator: 'Gt', value: '950', effect: NS }, taint: { key: 'sla', value: 'high', effect: NS }, want: false, cmp: true },
    { d: 'Gt with negative values below the threshold', tol: { key: 'k', operator: 'Gt', value: '-100', effect: NS }, taint: { key: 'k', value: '-200', effect: NS }, want: false, cmp: true },
    { d: 'Gt with a large int64 threshold', tol: { key: 'k', operator: 'Gt', value: '9223372036854775806', effect: NS }, taint: { key: 'k', value: '100', effect: NS }, want: false, cmp: true },
  ];
  for (const c of cases) {
    it(`${c.want ? 'tolerates' : 'does not tolerate'}: ${c.d}`, () => {
      assert.equal(toleratesTaint(c.tol, c.taint, { comparisonOperators: c.cmp }), c.want);
    });
  }

  it('treats an empty operator as Equal and an empty effect as matching every effect', () => {
    assert.equal(toleratesTaint({ key: 'a', value: 'x' }, { key: 'a', value: 'x', effect: NE }), true);
    assert.equal(toleratesTaint({ key: 'a' }, { key: 'a', value: 'x', effect: NE }), false);
    assert.equal(toleratesTaint({ key: 'a' }, { key: 'a', effect: NE }), true);
  });

  it('never matches an unknown operator, nor Lt/Gt while the comparison gate is off', () => {
    assert.equal(toleratesTaint({ key: 'a', operator: 'Foo' }, { key: 'a', effect: NS }), false);
    assert.equal(toleratesTaint({ key: 'a', operator: 'Gt', value: '1' }, { key: 'a', value: '5', effect: NS }), false);
  });

  it('rejects non-canonical and out-of-range integers for Lt/Gt', () => {
    const on = { comparisonOperators: true };
    assert.equal(toleratesTaint({ key: 'a', operator: 'Gt', value: '1' }, { key: 'a', value: '05', effect: NS }, on), false);
    assert.equal(toleratesTaint({ key: 'a', operator: 'Gt', value: '1' }, { key: 'a', value: '+5', effect: NS }, on), false);
    assert.equal(toleratesTaint({ key: 'a', operator: 'Lt', value: '9223372036854775808' }, { key: 'a', value: '5', effect: NS }, on), false);
    assert.equal(toleratesTaint({ key: 'a', operator: 'Lt', value: '9223372036854775807' }, { key: 'a', value: '5', effect: NS }, on), true);
  });
});

describe('tolerationsTolerateTaint and findMatchingUntoleratedTaint', () => {
  const taints: Taint[] = [
    { key: 'a', effect: NS },
    { key: 'b', effect: 'PreferNoSchedule' },
    { key: 'c', effect: NE },
  ];
  it('is true when any toleration matches', () => {
    assert.equal(tolerationsTolerateTaint([{ key: 'x', operator: 'Exists' }, { key: 'a', operator: 'Exists' }], taints[0]), true);
    assert.equal(tolerationsTolerateTaint(undefined, taints[0]), false);
  });
  it('returns the first untolerated taint in node order among the filtered ones', () => {
    const filter = (t: Taint) => t.effect === NS || t.effect === NE;
    assert.deepEqual(findMatchingUntoleratedTaint(taints, [], filter), taints[0]);
    assert.deepEqual(findMatchingUntoleratedTaint(taints, [{ key: 'a', operator: 'Exists' }], filter), taints[2]);
    assert.equal(findMatchingUntoleratedTaint(taints, [{ operator: 'Exists' }], filter), undefined);
  });
});

describe('getMatchingTolerations', () => {
  it('tolerates an empty taint list with no tolerations used', () => {
    assert.deepEqual(getMatchingTolerations([], []), { allTolerated: true, used: [] });
  });
  it('does not tolerate any taint without tolerations', () => {
    assert.deepEqual(getMatchingTolerations([{ key: 'a', effect: NE }], undefined), { allTolerated: false, used: [] });
  });
  it('uses only the first matching toleration per taint, even if a later one is shorter', () => {
    const first: Toleration = { key: 'a', operator: 'Exists', effect: NE, tolerationSeconds: 300 };
    const later: Toleration = { key: 'a', operator: 'Exists', effect: NE, tolerationSeconds: 5 };
    const r = getMatchingTolerations([{ key: 'a', effect: NE }], [first, later]);
    assert.equal(r.allTolerated, true);
    assert.deepEqual(r.used, [first]);
  });
  it('lists one toleration per taint, duplicates included', () => {
    const wildcard: Toleration = { operator: 'Exists' };
    const r = getMatchingTolerations([{ key: 'a', effect: NE }, { key: 'b', effect: NE }], [wildcard]);
    assert.deepEqual(r.used, [wildcard, wildcard]);
  });
  it('fails as a whole when one taint is not tolerated', () => {
    const r = getMatchingTolerations([{ key: 'a', effect: NE }, { key: 'b', effect: NE }], [{ key: 'a', operator: 'Exists' }]);
    assert.deepEqual(r, { allTolerated: false, used: [] });
  });
});

describe('taint set helpers (pkg/util/taints)', () => {
  it('matches taints by key and effect only', () => {
    assert.equal(taintExists([{ key: 'a', value: 'x', effect: NE }], { key: 'a', effect: NE }), true);
    assert.equal(taintExists([{ key: 'a', effect: NS }], { key: 'a', effect: NE }), false);
  });
  it('diffs desired against current taints', () => {
    const d = taintSetDiff([{ key: 'a', effect: NS }, { key: 'b', effect: NS }], [{ key: 'b', effect: NS }, { key: 'c', effect: NS }]);
    assert.deepEqual(d, { toAdd: [{ key: 'a', effect: NS }], toRemove: [{ key: 'c', effect: NS }] });
  });
  it('adds a new taint, replaces a changed one in place, and reports no change for an identical one', () => {
    const cur: Taint[] = [{ key: 'a', effect: NE, timeAdded: '2026-01-01T00:00:00Z' }, { key: 'z', effect: NS }];
    assert.deepEqual(addOrUpdateTaint(cur, { key: 'b', effect: NE }), [...cur, { key: 'b', effect: NE }]);
    assert.deepEqual(addOrUpdateTaint(cur, { key: 'a', effect: NE, timeAdded: '2026-01-01T00:01:00Z' }),
      [{ key: 'a', effect: NE, timeAdded: '2026-01-01T00:01:00Z' }, { key: 'z', effect: NS }]);
    assert.equal(addOrUpdateTaint(cur, { key: 'a', effect: NE, timeAdded: '2026-01-01T00:00:00Z' }), undefined);
    assert.equal(cur.length, 2);
  });
  it('removes by key and effect, or reports that nothing was there', () => {
    assert.deepEqual(removeTaint([{ key: 'a', effect: NE }, { key: 'a', effect: NS }], { key: 'a', effect: NE }), [{ key: 'a', effect: NS }]);
    assert.equal(removeTaint([{ key: 'a', effect: NS }], { key: 'a', effect: NE }), undefined);
  });
  it('filters NoExecute taints and compares taint lists semantically', () => {
    assert.deepEqual(getNoExecuteTaints([{ key: 'one', value: 'one', effect: NE }, { key: 'two', value: 'two', effect: NS }]),
      [{ key: 'one', value: 'one', effect: NE }]); // upstream: TestFilterNoExecuteTaints (taint_eviction_test.go)
    assert.equal(taintsEqual([{ key: 'a', effect: NE, value: '' }], [{ effect: NE, key: 'a' }]), true);
    assert.equal(taintsEqual([{ key: 'a', effect: NE, timeAdded: '2026-01-01T00:00:00Z' }], [{ key: 'a', effect: NE }]), false);
  });
  it('prints taints like Taint.ToString', () => {
    assert.equal(taintToString({ key: 'a', value: 'b', effect: NS }), 'a=b:NoSchedule');
    assert.equal(taintToString({ key: 'a', effect: NE }), 'a:NoExecute');
  });
});

describe('addOrUpdateToleration', () => {
  it('appends a toleration that matches none by key, effect, operator and value', () => {
    const out = addOrUpdateToleration([{ key: 'x', operator: 'Exists' }], { key: 'y', operator: 'Exists', effect: NE });
    assert.deepEqual(out, [{ key: 'x', operator: 'Exists' }, { key: 'y', operator: 'Exists', effect: NE }]);
  });
  it('replaces a matching toleration, dropping its tolerationSeconds', () => {
    const out = addOrUpdateToleration([{ key: 'y', operator: 'Exists', effect: NE, tolerationSeconds: 60 }], { key: 'y', operator: 'Exists', effect: NE });
    assert.deepEqual(out, [{ key: 'y', operator: 'Exists', effect: NE }]);
    assert.equal(tolerationsEqual(out, [{ key: 'y', operator: 'Exists', effect: NE }]), true);
  });
});
