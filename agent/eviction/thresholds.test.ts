import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Summary } from '../stats/index.js';
import {
  getReclaimableThreshold, makeSignalObservations, mergeThresholds, nodeConditions, nodeConditionsLastObservedAt,
  nodeConditionsObservedSince, sortByEvictionPriority, thresholdsFirstObservedAt, thresholdsMet, thresholdsMetGracePeriod,
  thresholdsUpdatedStats, updateContainerFsThresholds, type SignalObservation, type Threshold,
} from './index.js';
import { newPod, q, threshold } from './test-fixtures.js';

const MIN = 60_000;
const obs = (available: string, capacity = '0', time?: number): SignalObservation => ({ available: q(available), capacity: q(capacity), format: 'BinarySI', time });

// upstream: TestThresholdsMet (helpers_test.go)
describe('thresholdsMet', () => {
  const hard = threshold('memory.available', '1Gi', 0, '500Mi');
  it('is empty without thresholds', () => assert.deepEqual(thresholdsMet([], {}, false), []));
  it('is met when available is below the threshold', () => assert.deepEqual(thresholdsMet([hard], { 'memory.available': obs('500Mi') }, false), [hard]));
  it('is not met when available is above the threshold', () => assert.deepEqual(thresholdsMet([hard], { 'memory.available': obs('2Gi') }, false), []));
  it('stays met until available reaches threshold + min-reclaim', () => assert.deepEqual(thresholdsMet([hard], { 'memory.available': obs('1.05Gi') }, true), [hard]));
  it('is not met with min-reclaim once available is above threshold + min-reclaim', () => assert.deepEqual(thresholdsMet([hard], { 'memory.available': obs('2Gi') }, true), []));
  it('is not met when available equals the threshold (strict comparison)', () => assert.deepEqual(thresholdsMet([hard], { 'memory.available': obs('1Gi') }, false), []));
  it('skips thresholds whose signal has no observation', () => assert.deepEqual(thresholdsMet([hard], { 'nodefs.available': obs('1') }, false), []));
});

// upstream: TestPercentageThresholdsMet (helpers_test.go)
describe('percentage thresholds', () => {
  const mem = threshold('memory.available', '20%', 0, '5%');
  const disk = threshold('nodefs.available', '30%');
  const both = [mem, disk];
  const cases: Array<[string, boolean, Record<string, SignalObservation>, Threshold[]]> = [
    ['BothMet', false, { 'memory.available': obs('100Mi', '1000Mi'), 'nodefs.available': obs('100Gi', '1000Gi') }, both],
    ['NoneMet', false, { 'memory.available': obs('300Mi', '1000Mi'), 'nodefs.available': obs('400Gi', '1000Gi') }, []],
    ['DiskMet', false, { 'memory.available': obs('300Mi', '1000Mi'), 'nodefs.available': obs('100Gi', '1000Gi') }, [disk]],
    ['MemoryMet', false, { 'memory.available': obs('100Mi', '1000Mi'), 'nodefs.available': obs('400Gi', '1000Gi') }, [mem]],
    ['MemoryMetWithMinReclaim', true, { 'memory.available': obs('225Mi', '1000Mi') }, [mem]],
    ['MemoryNotMetWithMinReclaim', true, { 'memory.available': obs('300Mi', '1000Mi') }, []],
  ];
  for (const [name, enforce, o, want] of cases) it(name, () => assert.deepEqual(thresholdsMet(both, o, enforce), want));
});

// upstream: TestThresholdsUpdatedStats (helpers_test.go)
describe('thresholdsUpdatedStats', () => {
  const t = threshold('memory.available', '1Gi');
  const at = (ms?: number) => ({ 'memory.available': obs('1', '1', ms) });
  it('keeps a threshold whose observation has no time', () => assert.deepEqual(thresholdsUpdatedStats([t], at(), {}), [t]));
  it('keeps a threshold without a previous observation', () => assert.deepEqual(thresholdsUpdatedStats([t], at(0), {}), [t]));
  it('drops a threshold whose sample is older than the last one (time-machine)', () => assert.deepEqual(thresholdsUpdatedStats([t], at(0), at(MIN)), []));
  it('drops a threshold whose sample was already acted on', () => assert.deepEqual(thresholdsUpdatedStats([t], at(0), at(0)), []));
  it('keeps a threshold with a new sample', () => assert.deepEqual(thresholdsUpdatedStats([t], at(MIN), at(0)), [t]));
});

// upstream: TestThresholdsFirstObservedAt, TestThresholdsMetGracePeriod (helpers_test.go)
describe('grace periods', () => {
  const hard = threshold('memory.available', '1Gi');
  const soft = threshold('memory.available', '2Gi', MIN);
  const now = 10 * MIN;
  it('starts new thresholds now and keeps earlier first observations', () => {
    assert.deepEqual([...thresholdsFirstObservedAt([hard], new Map(), now)], [[hard, now]]);
    assert.deepEqual([...thresholdsFirstObservedAt([hard], new Map([[hard, now - MIN]]), now)], [[hard, now - MIN]]);
    assert.deepEqual([...thresholdsFirstObservedAt([], new Map([[hard, now - MIN]]), now)], []);
  });
  it('passes hard thresholds at once', () => assert.deepEqual(thresholdsMetGracePeriod(new Map([[hard, now]]), now), [hard]));
  it('holds a soft threshold inside its grace period', () => assert.deepEqual(thresholdsMetGracePeriod(new Map([[soft, now]]), now), []));
  it('passes a soft threshold after its grace period, equality included', () => {
    assert.deepEqual(thresholdsMetGracePeriod(new Map([[soft, now - 2 * MIN]]), now), [soft]);
    assert.deepEqual(thresholdsMetGracePeriod(new Map([[soft, now - MIN]]), now), [soft]);
  });
});

// upstream: TestNodeConditions, TestNodeConditionsLastObservedAt, TestNodeConditionsObservedSince (helpers_test.go)
describe('node conditions', () => {
  const now = 10 * MIN;
  it('maps thresholds to their condition once', () => {
    assert.deepEqual(nodeConditions([]), []);
    assert.deepEqual(nodeConditions([threshold('memory.available', '1'), threshold('allocatableMemory.available', '1'), threshold('imagefs.inodesFree', '1')]), ['MemoryPressure', 'DiskPressure']);
  });
  it('records now for conditions seen now and keeps old times for the others', () => {
    assert.deepEqual([...nodeConditionsLastObservedAt(['MemoryPressure'], new Map(), now)], [['MemoryPressure', now]]);
    assert.deepEqual([...nodeConditionsLastObservedAt(['MemoryPressure'], new Map([['MemoryPressure', now - MIN]]), now)], [['MemoryPressure', now]]);
    assert.deepEqual([...nodeConditionsLastObservedAt([], new Map([['MemoryPressure', now - MIN]]), now)], [['MemoryPressure', now - MIN]]);
  });
  it('reports a condition within the transition period and drops it after', () => {
    const seen = new Map([['MemoryPressure' as const, now - MIN]]);
    assert.deepEqual(nodeConditionsObservedSince(seen, 2 * MIN, now), ['MemoryPressure']);
    assert.deepEqual(nodeConditionsObservedSince(seen, 30_000, now), []);
    assert.deepEqual(nodeConditionsObservedSince(seen, MIN, now), [], 'exactly the transition period is no longer reported');
  });
  it('orders several conditions as MemoryPressure, DiskPressure, PIDPressure', () => {
    assert.deepEqual(nodeConditionsObservedSince(new Map([['PIDPressure', now], ['DiskPressure', now], ['MemoryPressure', now]]), MIN, now), ['MemoryPressure', 'DiskPressure', 'PIDPressure']);
  });
});

// upstream: TestSortByEvictionPriority, TestGetReclaimableThreshold (helpers_test.go)
describe('byEvictionPriority', () => {
  it('sorts an empty list', () => assert.deepEqual(sortByEvictionPriority([]), []));
  it('puts memory first', () => {
    const sorted = sortByEvictionPriority([threshold('nodefs.available', '1'), threshold('pid.available', '1'), threshold('memory.available', '1')]);
    assert.deepEqual(sorted.map((t) => t.signal), ['memory.available', 'nodefs.available', 'pid.available']);
  });
  it('puts allocatable memory first', () => {
    const sorted = sortByEvictionPriority([threshold('nodefs.available', '1'), threshold('pid.available', '1'), threshold('allocatableMemory.available', '1')]);
    assert.deepEqual(sorted.map((t) => t.signal), ['allocatableMemory.available', 'nodefs.available', 'pid.available']);
  });
  it('prefers a hard threshold to a soft one of the same signal (kemu tie-break; random upstream)', () => {
    const soft = threshold('memory.available', '2Gi', MIN);
    const hard = threshold('memory.available', '1Gi');
    assert.deepEqual(sortByEvictionPriority([soft, hard]), [hard, soft]);
  });
  it('finds a reclaimable threshold', () => {
    const sorted = sortByEvictionPriority([threshold('allocatableMemory.available', '150Mi'), threshold('memory.available', '150Mi'), threshold('imagefs.available', '150Mi'), threshold('containerfs.available', '100Mi')]);
    assert.equal(getReclaimableThreshold(sorted)?.resource, 'memory');
    assert.equal(getReclaimableThreshold([])?.resource, undefined);
  });
  it('merges thresholds without duplicates', () => {
    const a = threshold('memory.available', '1Gi');
    assert.equal(mergeThresholds([a], [threshold('memory.available', '1024Mi'), threshold('memory.available', '2Gi')]).length, 2);
  });
});

// upstream: TestAddContainerFsThresholds (helpers_test.go)
describe('updateContainerFsThresholds', () => {
  const G = 1;
  const list = () => [
    threshold('nodefs.available', '100Mi', 0, '1Gi'), threshold('nodefs.available', '200Mi', G, '1Gi'),
    threshold('nodefs.inodesFree', '200Mi', G, '2Gi'), threshold('nodefs.inodesFree', '100Mi', 0, '1Gi'),
    threshold('imagefs.available', '150Mi', 0, '1.5Gi'), threshold('imagefs.available', '300Mi', G, '3Gi'),
    threshold('imagefs.inodesFree', '150Mi', G, '2Gi'), threshold('imagefs.inodesFree', '300Mi', 0, '2Gi'),
    threshold('containerfs.available', '500Mi', 0, '5Gi'),
  ];
  const pick = (ts: Threshold[], signal: string, hard: boolean) => ts.filter((t) => t.signal === signal && (t.gracePeriod === 0) === hard)
    .map((t) => [t.value.quantity?.toString(), t.minReclaim?.quantity?.toString(), t.gracePeriod]);

  it('copies the nodefs thresholds on a single filesystem and overwrites a configured one with a warning', () => {
    const { thresholds, warnings } = updateContainerFsThresholds(list(), { dedicatedImageFs: false, splitContainerImageFs: false });
    assert.deepEqual(pick(thresholds, 'containerfs.available', true), [['100Mi', '1Gi', 0]]);
    assert.deepEqual(pick(thresholds, 'containerfs.available', false), [['200Mi', '1Gi', G]]);
    assert.deepEqual(pick(thresholds, 'containerfs.inodesFree', true), [['100Mi', '1Gi', 0]]);
    assert.deepEqual(pick(thresholds, 'containerfs.inodesFree', false), [['200Mi', '2Gi', G]]);
    assert.deepEqual(warnings, ['found containerfs.available for hard eviction. ignoring']);
  });
  it('copies the imagefs thresholds with a dedicated image filesystem', () => {
    const { thresholds } = updateContainerFsThresholds(list(), { dedicatedImageFs: true, splitContainerImageFs: false });
    assert.deepEqual(pick(thresholds, 'containerfs.available', true), [['150Mi', '1536Mi', 0]]);
    assert.deepEqual(pick(thresholds, 'containerfs.available', false), [['300Mi', '3Gi', G]]);
    assert.deepEqual(pick(thresholds, 'containerfs.inodesFree', true), [['300Mi', '2Gi', 0]]);
    assert.deepEqual(pick(thresholds, 'containerfs.inodesFree', false), [['150Mi', '2Gi', G]]);
  });
  it('copies the nodefs thresholds when the container filesystem is split from the image filesystem', () => {
    const { thresholds } = updateContainerFsThresholds(list(), { dedicatedImageFs: true, splitContainerImageFs: true });
    assert.deepEqual(pick(thresholds, 'containerfs.available', true), [['100Mi', '1Gi', 0]]);
  });
  it('adds nothing for a split container filesystem without an image filesystem', () => {
    const { thresholds } = updateContainerFsThresholds([threshold('nodefs.available', '1Gi')], { dedicatedImageFs: false, splitContainerImageFs: true });
    assert.deepEqual(thresholds.map((t) => t.signal), ['nodefs.available']);
  });
});

// upstream: TestMakeSignalObservations (helpers_test.go)
describe('makeSignalObservations', () => {
  const GI = 2 ** 30;
  const summary: Summary = {
    node: {
      nodeName: 'n',
      memory: { availableBytes: GI, workingSetBytes: GI },
      systemContainers: [{ name: 'pods', memory: { availableBytes: GI, workingSetBytes: GI } }],
      runtime: {
        imageFs: { availableBytes: 2 ** 20, capacityBytes: 2 ** 21, inodesFree: 1024, inodes: 2 ** 20 },
        containerFs: { availableBytes: 2 ** 21, capacityBytes: 2 ** 23, inodesFree: 2048, inodes: 2048 },
      },
      rlimit: { maxpid: 255816, curproc: 1000 },
      fs: { availableBytes: 1024, capacityBytes: 2048, inodesFree: 1024, inodes: 2 ** 20 },
    },
    pods: [],
  };
  const pods = [newPod('pod1', 0, []), newPod('pod2', 0, []), newPod('pod3', 0, [])];
  summary.pods = pods.map((p) => ({ podRef: { name: p.metadata!.name!, namespace: 'default', uid: p.metadata!.uid! }, containers: [], memory: { workingSetBytes: GI } }));
  const { observations: o, statsFunc } = makeSignalObservations(summary);
  const pair = (s: keyof typeof o) => [o[s]?.available, o[s]?.capacity];

  it('observes memory and allocatable memory with capacity = available + working set', () => {
    assert.deepEqual(pair('memory.available'), [GI, 2 * GI]);
    assert.deepEqual(pair('allocatableMemory.available'), [GI, 2 * GI]);
  });
  it('observes nodefs, imagefs and containerfs bytes and inodes', () => {
    assert.deepEqual(pair('nodefs.available'), [1024, 2048]);
    assert.deepEqual(pair('nodefs.inodesFree'), [1024, 2 ** 20]);
    assert.deepEqual(pair('imagefs.available'), [2 ** 20, 2 ** 21]);
    assert.deepEqual(pair('imagefs.inodesFree'), [1024, 2 ** 20]);
    assert.deepEqual(pair('containerfs.available'), [2 ** 21, 2 ** 23]);
    assert.deepEqual(pair('containerfs.inodesFree'), [2048, 2048]);
  });
  it('observes pid.available as maxpid - curproc', () => assert.deepEqual(pair('pid.available'), [254816, 255816]));
  it('finds pod stats by uid', () => {
    for (const p of pods) assert.equal(statsFunc(p)?.memory?.workingSetBytes, GI);
  });
  it('leaves allocatableMemory.available unobserved without the pods system container', () => {
    const { observations } = makeSignalObservations({ ...summary, node: { ...summary.node, systemContainers: [] } });
    assert.equal(observations['allocatableMemory.available'], undefined);
  });
});
