import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  addAllocatableThresholds, DEFAULT_EVICTION_HARD, evictionConfigFromKubelet, EvictionConfigError, getThresholdQuantity,
  hardMemoryEvictionBytes, parsePercentage, parseThresholdConfig, thresholdValuesEqual, type Threshold,
} from './index.js';
import { threshold, value } from './test-fixtures.js';

const MI = 2 ** 20;

/** Order-independent comparison like upstream thresholdsEqual (minReclaim compared too). */
function sameThresholds(actual: Threshold[], expected: Threshold[]): boolean {
  const eq = (a: Threshold, b: Threshold) => a.signal === b.signal && a.operator === b.operator && a.gracePeriod === b.gracePeriod
    && thresholdValuesEqual(a.value, b.value)
    && ((!a.minReclaim && !b.minReclaim) || (!!a.minReclaim && !!b.minReclaim && thresholdValuesEqual(a.minReclaim, b.minReclaim)));
  return actual.length === expected.length && actual.every((a) => expected.some((b) => eq(a, b))) && expected.every((b) => actual.some((a) => eq(a, b)));
}

const S30 = 30_000;

// upstream: TestParseThresholdConfig (helpers_test.go)
describe('parseThresholdConfig', () => {
  const ok: Array<[string, string[], Record<string, string>, Record<string, string>, Record<string, string>, Record<string, string>, Threshold[]]> = [
    ['no values', [], {}, {}, {}, {}, []],
    ['all memory eviction values', ['pods'], { 'memory.available': '150Mi' }, { 'memory.available': '300Mi' }, { 'memory.available': '30s' }, { 'memory.available': '0' }, [
      threshold('allocatableMemory.available', '150Mi', 0, '0'),
      threshold('memory.available', '150Mi', 0, '0'),
      threshold('memory.available', '300Mi', S30, '0'),
    ]],
    ['all memory eviction values in percentages', [], { 'memory.available': '10%' }, { 'memory.available': '30%' }, { 'memory.available': '30s' }, { 'memory.available': '5%' }, [
      threshold('memory.available', '10%', 0, '5%'),
      threshold('memory.available', '30%', S30, '5%'),
    ]],
    ['disk eviction values', [], { 'imagefs.available': '150Mi', 'nodefs.available': '100Mi' }, { 'imagefs.available': '300Mi', 'nodefs.available': '200Mi' },
      { 'imagefs.available': '30s', 'nodefs.available': '30s' }, { 'imagefs.available': '2Gi', 'nodefs.available': '1Gi' }, [
        threshold('imagefs.available', '150Mi', 0, '2Gi'), threshold('nodefs.available', '100Mi', 0, '1Gi'),
        threshold('imagefs.available', '300Mi', S30, '2Gi'), threshold('nodefs.available', '200Mi', S30, '1Gi'),
      ]],
    ['disk eviction values in percentages', [], { 'imagefs.available': '15%', 'nodefs.available': '10.5%' }, { 'imagefs.available': '30%', 'nodefs.available': '20.5%' },
      { 'imagefs.available': '30s', 'nodefs.available': '30s' }, { 'imagefs.available': '10%', 'nodefs.available': '5%' }, [
        threshold('imagefs.available', '15%', 0, '10%'), threshold('nodefs.available', '10.5%', 0, '5%'),
        threshold('imagefs.available', '30%', S30, '10%'), threshold('nodefs.available', '20.5%', S30, '5%'),
      ]],
    ['inode eviction values', [], { 'imagefs.inodesFree': '150Mi', 'nodefs.inodesFree': '100Mi' }, { 'imagefs.inodesFree': '300Mi', 'nodefs.inodesFree': '200Mi' },
      { 'imagefs.inodesFree': '30s', 'nodefs.inodesFree': '30s' }, { 'imagefs.inodesFree': '2Gi', 'nodefs.inodesFree': '1Gi' }, [
        threshold('imagefs.inodesFree', '150Mi', 0, '2Gi'), threshold('nodefs.inodesFree', '100Mi', 0, '1Gi'),
        threshold('imagefs.inodesFree', '300Mi', S30, '2Gi'), threshold('nodefs.inodesFree', '200Mi', S30, '1Gi'),
      ]],
    ['disable via 0%', [], { 'memory.available': '0%' }, { 'memory.available': '0%' }, {}, {}, []],
    ['disable via 100%', [], { 'memory.available': '100%' }, { 'memory.available': '100%' }, {}, {}, []],
  ];
  for (const [name, alloc, hard, soft, grace, reclaim, want] of ok) {
    it(`parses ${name}`, () => assert.ok(sameThresholds(parseThresholdConfig(alloc, hard, soft, grace, reclaim), want)));
  }

  const bad: Array<[string, Record<string, string>, Record<string, string>, Record<string, string>, Record<string, string>, string]> = [
    ['invalid-signal', { 'mem.available': '150Mi' }, {}, {}, {}, 'unsupported eviction signal mem.available'],
    ['hard-signal-negative', { 'memory.available': '-150Mi' }, {}, {}, {}, 'eviction threshold memory.available must be positive: -150Mi'],
    ['hard-signal-zero', { 'memory.available': '0' }, {}, {}, {}, 'eviction threshold memory.available must be positive: 0'],
    ['hard-signal-negative-percentage', { 'memory.available': '-15%' }, {}, {}, {}, 'eviction percentage threshold memory.available must be >= 0%: -15%'],
    ['hard-signal-percentage-greater-than-100%', { 'memory.available': '150%' }, {}, {}, {}, 'eviction percentage threshold memory.available must be <= 100%: 150%'],
    ['soft-signal-negative', {}, { 'memory.available': '-150Mi' }, {}, {}, 'eviction threshold memory.available must be positive: -150Mi'],
    ['valid-and-invalid-signal', { 'memory.available': '150Mi', 'invalid.foo': '150Mi' }, {}, {}, {}, 'unsupported eviction signal invalid.foo'],
    ['soft-no-grace-period', {}, { 'memory.available': '150Mi' }, {}, {}, 'grace period must be specified for the soft eviction threshold memory.available'],
    ['soft-negative-grace-period', {}, { 'memory.available': '150Mi' }, { 'memory.available': '-30s' }, {}, 'invalid eviction grace period specified: -30s, must be a positive value'],
    ['negative-reclaim', {}, {}, {}, { 'memory.available': '-300Mi' }, 'negative eviction minimum reclaim specified for memory.available'],
    ['zero-percentage-reclaim', {}, {}, {}, { 'memory.available': '0%' }, 'eviction percentage minimum reclaim memory.available must be positive: 0%'],
    ['swap-is-not-a-supported-signal', { 'swap.available': '1Gi' }, {}, {}, {}, 'unsupported eviction signal swap.available'],
    ['grace-for-unknown-signal', {}, {}, { 'mem.available': '1m' }, {}, 'unsupported eviction signal mem.available'],
    ['unparsable-percentage', { 'memory.available': 'foo%' }, {}, {}, {}, 'strconv.ParseFloat: parsing "foo": invalid syntax'],
  ];
  for (const [name, hard, soft, grace, reclaim, msg] of bad) {
    it(`rejects ${name} with the upstream message`, () => {
      assert.throws(() => parseThresholdConfig([], hard, soft, grace, reclaim), (e: unknown) => e instanceof EvictionConfigError && e.message === msg);
    });
  }

  it('accepts a 0s soft grace period, which makes the soft threshold a hard one', () => {
    const [t] = parseThresholdConfig([], {}, { 'memory.available': '1Gi' }, { 'memory.available': '0s' }, {});
    assert.equal(t.gracePeriod, 0);
  });

  it('ignores grace periods and min-reclaims of signals without a threshold', () => {
    const ts = parseThresholdConfig([], { 'memory.available': '1Gi' }, {}, { 'nodefs.available': '1m' }, { 'nodefs.available': '1Gi' });
    assert.equal(ts.length, 1);
    assert.equal(ts[0].minReclaim, undefined);
  });

  it('names the offending KubeletConfiguration field', () => {
    assert.throws(() => parseThresholdConfig([], {}, {}, {}, { 'memory.available': '-1' }), (e: unknown) => e instanceof EvictionConfigError && e.field === 'evictionMinimumReclaim');
  });
});

// upstream: TestAddAllocatableThresholds (helpers_test.go)
describe('addAllocatableThresholds', () => {
  it('leaves non-memory signals alone', () => {
    assert.equal(addAllocatableThresholds([threshold('imagefs.available', '150Mi', 0, '0')]).length, 1);
  });
  it('does not copy soft memory thresholds', () => {
    assert.equal(addAllocatableThresholds([threshold('memory.available', '150Mi', 10, '0')]).length, 1);
  });
  it('copies every hard memory threshold with its value and min-reclaim', () => {
    const out = addAllocatableThresholds([threshold('memory.available', '150Mi', 0, '0'), threshold('memory.available', '200Mi', 0, '1Gi')]);
    assert.ok(sameThresholds(out, [
      threshold('memory.available', '150Mi', 0, '0'), threshold('memory.available', '200Mi', 0, '1Gi'),
      threshold('allocatableMemory.available', '150Mi', 0, '0'), threshold('allocatableMemory.available', '200Mi', 0, '1Gi'),
    ]));
  });
});

// upstream: TestParsePercentage (helpers_test.go)
describe('parsePercentage', () => {
  it('parses 25.5% as float32 0.255', () => assert.equal(parsePercentage('25.5%'), Math.fround(0.255)));
  for (const bad of ['blah', 'foo%', '12%345']) {
    it(`rejects ${bad}`, () => assert.throws(() => parsePercentage(bad), EvictionConfigError));
  }
});

// upstream: TestCompareThresholdValue (helpers_test.go)
describe('thresholdValuesEqual', () => {
  it('compares quantities by value and percentages exactly, never a quantity with a percentage', () => {
    assert.equal(thresholdValuesEqual(value('123'), value('123')), true);
    assert.equal(thresholdValuesEqual(value('1Gi'), value('1024Mi')), true);
    assert.equal(thresholdValuesEqual(value('123'), value('456')), false);
    assert.equal(thresholdValuesEqual(value('123'), value('10%')), false);
    assert.equal(thresholdValuesEqual(value('10%'), value('10%')), true);
    assert.equal(thresholdValuesEqual(value('20%'), value('10%')), false);
  });
});

describe('percentage thresholds in float32 (api/types.go GetThresholdQuantity)', () => {
  it('computes 20% of 1000Mi as 209715203 bytes, not 200Mi', () => {
    assert.equal(getThresholdQuantity(value('20%'), 1000 * MI).value, 209715203);
  });
  it('computes 10% of 2Gi as 214748368 bytes', () => {
    assert.equal(getThresholdQuantity(value('10%'), 2 * 2 ** 30).value, 214748368);
  });
});

describe('evictionConfigFromKubelet (defaults.go)', () => {
  it('uses the Linux default evictionHard when none is set, plus the allocatable copy', () => {
    const cfg = evictionConfigFromKubelet({});
    assert.deepEqual(cfg.thresholds.map((t) => t.signal), [
      'memory.available', 'nodefs.available', 'nodefs.inodesFree', 'imagefs.available', 'imagefs.inodesFree', 'allocatableMemory.available',
    ]);
    assert.deepEqual(DEFAULT_EVICTION_HARD['imagefs.inodesFree'], '5%');
    assert.equal(cfg.pressureTransitionPeriodMs, 300_000);
    assert.equal(cfg.maxPodGracePeriodSeconds, 0);
    assert.equal(cfg.monitoringIntervalMs, 10_000);
    assert.equal(cfg.localStorageCapacityIsolation, true);
  });
  it('drops the unspecified default signals when evictionHard is set', () => {
    assert.deepEqual(evictionConfigFromKubelet({ evictionHard: { 'memory.available': '1Gi' } }).thresholds.map((t) => t.signal), ['memory.available', 'allocatableMemory.available']);
  });
  it('treats an explicit empty evictionHard as set: no hard thresholds', () => {
    assert.deepEqual(evictionConfigFromKubelet({ evictionHard: {}, enforceNodeAllocatable: [] }).thresholds, []);
  });
  it('fills missing signals from the defaults with mergeDefaultEvictionSettings', () => {
    const cfg = evictionConfigFromKubelet({ evictionHard: { 'memory.available': '1Gi' }, mergeDefaultEvictionSettings: true, enforceNodeAllocatable: [] });
    assert.equal(cfg.thresholds.length, 5);
    assert.equal(cfg.thresholds.find((t) => t.signal === 'memory.available')?.value.quantity?.toString(), '1Gi');
  });
  it('defaults a 0s pressure transition period to 5m', () => {
    assert.equal(evictionConfigFromKubelet({ evictionPressureTransitionPeriod: '0s' }).pressureTransitionPeriodMs, 300_000);
    assert.equal(evictionConfigFromKubelet({ evictionPressureTransitionPeriod: '30s' }).pressureTransitionPeriodMs, 30_000);
  });
  it('reports the field of a bad duration', () => {
    assert.throws(() => evictionConfigFromKubelet({ evictionPressureTransitionPeriod: 'soon' }), (e: unknown) => e instanceof EvictionConfigError && e.field === 'evictionPressureTransitionPeriod');
  });
  it('gives the hard memory reservation in bytes for the pods cgroup', () => {
    assert.equal(hardMemoryEvictionBytes(evictionConfigFromKubelet({}).thresholds), 100 * MI);
    assert.equal(hardMemoryEvictionBytes([threshold('memory.available', '10%')], 1000), 100);
  });
});
