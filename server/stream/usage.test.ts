import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { effectiveEvictionHard, nodeUsageView, NO_THRESHOLD, observeSignals, resolveThreshold } from './usage.js';

const Gi = 1024 ** 3;
const Mi = 1024 ** 2;

describe('observeSignals (the kubelet\'s signal observations)', () => {
  // upstream: TestMakeSignalObservations (pkg/kubelet/eviction/helpers_test.go)
  it('derives memory, nodefs, imagefs, inodes and pid observations from the summary as the kubelet does', () => {
    const obs = observeSignals({
      node: {
        memory: { available_bytes: Gi, working_set_bytes: Gi },
        image_fs: { available_bytes: Mi, capacity_bytes: 2 * Mi, inodes_free: 1024, inodes: Mi },
        fs: { available_bytes: 1024, capacity_bytes: 2048, inodes_free: 1024, inodes: Mi },
        rlimit: { maxpid: 255816, curproc: 1000 },
      },
    });
    assert.deepEqual(obs.get('memory.available'), { available: Gi, capacity: 2 * Gi }, 'memory capacity is available + working set');
    assert.deepEqual(obs.get('nodefs.available'), { available: 1024, capacity: 2048 });
    assert.deepEqual(obs.get('nodefs.inodesFree'), { available: 1024, capacity: Mi });
    assert.deepEqual(obs.get('imagefs.available'), { available: Mi, capacity: 2 * Mi });
    assert.deepEqual(obs.get('imagefs.inodesFree'), { available: 1024, capacity: Mi });
    assert.deepEqual(obs.get('pid.available'), { available: 255816 - 1000, capacity: 255816 });
  });

  it('leaves out the signals whose stats the agent did not report', () => {
    const obs = observeSignals({ node: { memory: { available_bytes: Gi, working_set_bytes: 0 } } });
    assert.deepEqual([...obs.keys()], ['memory.available']);
  });
});

describe('resolveThreshold (getThresholdQuantity)', () => {
  it('takes a quantity as it is', () => {
    assert.equal(resolveThreshold('100Mi', 8 * Gi), 100 * Mi);
  });
  it('turns a percentage into int64(capacity * float32(percentage))', () => {
    // 10% is float32 0.1 (0.10000000149...), so 10% of 1000 truncates to 100.
    assert.equal(resolveThreshold('10%', 1000), 100);
    assert.equal(resolveThreshold('15%', 100 * Gi), Math.trunc(100 * Gi * Math.fround(Math.fround(15) / 100)));
  });
  it('treats 0% and 100% as a disabled signal, as parseThresholdStatement does', () => {
    assert.equal(resolveThreshold('0%', 1000), undefined);
    assert.equal(resolveThreshold('100%', 1000), undefined);
  });
  it('ignores a value it cannot parse instead of throwing', () => {
    assert.equal(resolveThreshold('lots', 1000), undefined);
  });
});

describe('nodeUsageView', () => {
  it('uses the kubelet\'s Linux default evictionHard when the agent reported none', () => {
    assert.deepEqual(effectiveEvictionHard({ eviction_hard: {} }), {
      'memory.available': '100Mi', 'nodefs.available': '10%', 'nodefs.inodesFree': '5%', 'imagefs.available': '15%', 'imagefs.inodesFree': '5%',
    });
    assert.deepEqual(effectiveEvictionHard({ eviction_hard: { 'memory.available': '1Gi' } }), { 'memory.available': '1Gi' });
  });

  it('marks the hard and soft thresholds of each signal in the unit of its observation', () => {
    const v = nodeUsageView('node-1', {
      time: 5000,
      node: { memory: { available_bytes: 2 * Gi, working_set_bytes: 6 * Gi }, fs: { available_bytes: 50 * Gi, capacity_bytes: 100 * Gi, inodes: 1000, inodes_free: 900 } },
    }, { eviction_hard: { 'memory.available': '500Mi', 'nodefs.available': '10%' }, eviction_soft: { 'memory.available': '1Gi' } });
    assert.equal(v.node, 'node-1');
    assert.equal(v.time, 5000);
    const mem = v.signals.find((s) => s.signal === 'memory.available')!;
    assert.deepEqual(mem, { signal: 'memory.available', available: 2 * Gi, capacity: 8 * Gi, hard: 500 * Mi, soft: Gi, hard_value: '500Mi', soft_value: '1Gi' });
    const fs = v.signals.find((s) => s.signal === 'nodefs.available')!;
    assert.equal(fs.hard, Math.trunc(100 * Gi * Math.fround(0.1)));
    assert.equal(fs.soft, NO_THRESHOLD);
    const inodes = v.signals.find((s) => s.signal === 'nodefs.inodesFree')!;
    assert.equal(inodes.hard, NO_THRESHOLD, 'evictionHard was set without nodefs.inodesFree: no threshold');
  });
});
