import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Pod } from '../../core/types.js';
import type { PodStats } from '../stats/index.js';
import {
  disk, exceedDiskRequests, exceedMemoryRequests, memory, orderedBy, podLimit, podRequest, priority, process,
  rankForSignal, rankMemoryPressure, rankWithKeys,
} from './index.js';
import {
  defaultPriority, highPriority, lowPriority, newContainer, newPod, newPodDiskStats, newPodInodeStats, newPodMemoryStats,
  newPodProcessStats, newResourceList, statsFnOf,
} from './test-fixtures.js';

const localVolume = [{ name: 'local-volume', emptyDir: {} }];
const names = (pods: Pod[]) => pods.map((p) => p.metadata!.name);
const rootAndLogsAndVolumes = ['root', 'logs', 'localVolumeSource'] as const;

// upstream: TestOrderedByExceedsRequestMemory (helpers_test.go)
it('ranks the pod exceeding its memory request first', () => {
  const below = newPod('below-requests', -1, [newContainer('below-requests', newResourceList('', '200Mi', ''))]);
  const exceeds = newPod('exceeds-requests', 1, [newContainer('exceeds-requests', newResourceList('', '100Mi', ''))]);
  const stats = statsFnOf(new Map([[below, newPodMemoryStats(below, '199Mi')], [exceeds, newPodMemoryStats(exceeds, '101Mi')]]));
  assert.deepEqual(names(orderedBy(exceedMemoryRequests)([below, exceeds], stats)), ['exceeds-requests', 'below-requests']);
});

// upstream: TestOrderedByExceedsRequestDisk (helpers_test.go)
it('ranks the pod exceeding its ephemeral-storage request first', () => {
  const below = newPod('below-requests', -1, [newContainer('below-requests', { 'ephemeral-storage': '200Mi' })]);
  const exceeds = newPod('exceeds-requests', 1, [newContainer('exceeds-requests', { 'ephemeral-storage': '100Mi' })]);
  const stats = statsFnOf(new Map([[below, newPodDiskStats(below, '100Mi', '99Mi', '0Mi')], [exceeds, newPodDiskStats(exceeds, '90Mi', '11Mi', '0Mi')]]));
  assert.deepEqual(names(orderedBy(exceedDiskRequests(rootAndLogsAndVolumes, 'ephemeral-storage'))([below, exceeds], stats)), ['exceeds-requests', 'below-requests']);
});

// upstream: TestOrderedByPriority (helpers_test.go)
it('ranks lower priority first', () => {
  const low = newPod('low-priority', -134, [newContainer('low-priority')]);
  const medium = newPod('medium-priority', 1, [newContainer('medium-priority', newResourceList('100m', '100Mi', ''), newResourceList('200m', '200Mi', ''))]);
  const high = newPod('high-priority', 12534, [newContainer('high-priority', newResourceList('200m', '200Mi', ''), newResourceList('200m', '200Mi', ''))]);
  assert.deepEqual(names(orderedBy(priority)([high, medium, low], () => undefined)), ['low-priority', 'medium-priority', 'high-priority']);
});

// upstream: TestOrderedbyDisk (helpers_test.go)
it('ranks by disk usage above the ephemeral-storage request', () => {
  const mk = (name: string, req: string, lim: string) => newPod(name, defaultPriority, [newContainer(name, newResourceList('', '', req), newResourceList('', '', lim))], localVolume);
  const pods = [mk('best-effort-high', '', ''), mk('best-effort-low', '', ''), mk('burstable-high', '100Mi', '400Mi'), mk('burstable-low', '100Mi', '400Mi'), mk('guaranteed-high', '400Mi', '400Mi'), mk('guaranteed-low', '400Mi', '400Mi')];
  const usage: Array<[string, string, string]> = [['50Mi', '100Mi', '150Mi'], ['25Mi', '25Mi', '50Mi'], ['150Mi', '150Mi', '50Mi'], ['25Mi', '35Mi', '50Mi'], ['225Mi', '100Mi', '50Mi'], ['25Mi', '45Mi', '50Mi']];
  const stats = statsFnOf(new Map(pods.map((p, i) => [p, newPodDiskStats(p, ...usage[i])])));
  assert.deepEqual(names(orderedBy(disk(rootAndLogsAndVolumes, 'ephemeral-storage'))(pods, stats)),
    ['best-effort-high', 'burstable-high', 'best-effort-low', 'burstable-low', 'guaranteed-high', 'guaranteed-low']);
});

// upstream: TestOrderedbyInodes (helpers_test.go)
it('ranks by inodes used', () => {
  const mk = (name: string) => newPod(name, defaultPriority, [newContainer(name)], localVolume);
  const [low, medium, high] = [mk('low'), mk('medium'), mk('high')];
  const stats = statsFnOf(new Map([
    [low, newPodInodeStats(low, '50000', '100000', '50000')], [medium, newPodInodeStats(medium, '100000', '150000', '50000')], [high, newPodInodeStats(high, '200000', '150000', '50000')],
  ]));
  assert.deepEqual(names(orderedBy(disk(rootAndLogsAndVolumes, 'inodes'))([low, medium, high], stats)), ['high', 'medium', 'low']);
});

// upstream: TestOrderedByPriorityDisk (helpers_test.go)
it('ranks disk pressure by exceeding requests, then priority, then usage above requests', () => {
  const mk = (name: string, prio: number, req: string) => newPod(name, prio, [newContainer(name, newResourceList('', '', req))], localVolume);
  const pods = [
    mk('above-requests-low-priority-high-usage', lowPriority, ''), mk('above-requests-low-priority-low-usage', lowPriority, ''),
    mk('above-requests-high-priority-high-usage', highPriority, '100Mi'), mk('above-requests-high-priority-low-usage', highPriority, '100Mi'),
    mk('below-requests-low-priority-high-usage', lowPriority, '1Gi'), mk('below-requests-low-priority-low-usage', lowPriority, '1Gi'),
    mk('below-requests-high-priority-high-usage', highPriority, '1Gi'), mk('below-requests-high-priority-low-usage', highPriority, '1Gi'),
  ];
  const usage: Array<[string, string, string]> = [
    ['200Mi', '100Mi', '200Mi'], ['10Mi', '10Mi', '30Mi'], ['200Mi', '150Mi', '250Mi'], ['90Mi', '50Mi', '10Mi'],
    ['500Mi', '200Mi', '100Mi'], ['50Mi', '100Mi', '50Mi'], ['250Mi', '500Mi', '50Mi'], ['100Mi', '60Mi', '40Mi'],
  ];
  const stats = statsFnOf(new Map(pods.map((p, i) => [p, newPodDiskStats(p, ...usage[i])])));
  const fs = rootAndLogsAndVolumes;
  const ranked = orderedBy(exceedDiskRequests(fs, 'ephemeral-storage'), priority, disk(fs, 'ephemeral-storage'))([...pods].reverse(), stats);
  assert.deepEqual(names(ranked), names(pods));
});

// upstream: TestOrderedByPriorityInodes (helpers_test.go)
it('ranks inode pressure by priority, then inodes used', () => {
  const mk = (name: string, prio: number) => newPod(name, prio, [newContainer(name)], localVolume);
  const pods = [mk('low-priority-high-usage', lowPriority), mk('low-priority-low-usage', lowPriority), mk('high-priority-high-usage', highPriority), mk('high-priority-low-usage', highPriority)];
  const usage: Array<[string, string, string]> = [['50000', '100000', '250000'], ['60000', '30000', '10000'], ['150000', '150000', '50000'], ['10000', '40000', '100000']];
  const stats = statsFnOf(new Map(pods.map((p, i) => [p, newPodInodeStats(p, ...usage[i])])));
  assert.deepEqual(names(orderedBy(priority, disk(rootAndLogsAndVolumes, 'inodes'))([...pods].reverse(), stats)), names(pods));
});

// upstream: TestOrderedByMemory (helpers_test.go)
it('ranks by memory above the memory request', () => {
  const mk = (name: string, req: string, lim: string) => newPod(name, defaultPriority, [newContainer(name, newResourceList('', req, ''), newResourceList('', lim, ''))]);
  const pods = [mk('best-effort-high', '', ''), mk('best-effort-low', '', ''), mk('burstable-high', '100Mi', '1Gi'), mk('burstable-low', '100Mi', '1Gi'), mk('guaranteed-high', '1Gi', '1Gi'), mk('guaranteed-low', '1Gi', '1Gi')];
  const ws = ['500Mi', '300Mi', '800Mi', '300Mi', '800Mi', '200Mi'];
  const stats = statsFnOf(new Map(pods.map((p, i) => [p, newPodMemoryStats(p, ws[i])])));
  assert.deepEqual(names(orderedBy(memory)(pods, stats)), ['burstable-high', 'best-effort-high', 'best-effort-low', 'burstable-low', 'guaranteed-high', 'guaranteed-low']);
});

// upstream: TestOrderedByPriorityMemory (helpers_test.go)
it('ranks memory pressure by exceeding requests, then priority, then memory above requests', () => {
  const mk = (name: string, prio: number, req: string) => newPod(name, prio, [newContainer(name, newResourceList('', req, ''))]);
  const pods = [
    mk('above-requests-low-priority-high-usage', lowPriority, ''), mk('above-requests-low-priority-low-usage', lowPriority, ''),
    mk('above-requests-high-priority-high-usage', highPriority, '100Mi'), mk('above-requests-high-priority-low-usage', highPriority, '100Mi'),
    mk('below-requests-low-priority-high-usage', lowPriority, '1Gi'), mk('below-requests-low-priority-low-usage', lowPriority, '1Gi'),
    mk('below-requests-high-priority-high-usage', highPriority, '1Gi'), mk('below-requests-high-priority-low-usage', highPriority, '1Gi'),
  ];
  const ws = ['500Mi', '50Mi', '600Mi', '150Mi', '800Mi', '200Mi', '800Mi', '200Mi'];
  const stats = statsFnOf(new Map(pods.map((p, i) => [p, newPodMemoryStats(p, ws[i])])));
  assert.deepEqual(names(rankMemoryPressure([...pods].reverse(), stats)), names(pods));
});

// upstream: TestOrderedByPriorityProcess (helpers_test.go)
it('ranks PID pressure by priority, then process count', () => {
  const pods = [newPod('low-priority-high-usage', lowPriority, []), newPod('low-priority-low-usage', lowPriority, []), newPod('high-priority-high-usage', highPriority, []), newPod('high-priority-low-usage', highPriority, [])];
  const counts = [20, 6, 20, 5];
  const stats = statsFnOf(new Map(pods.map((p, i) => [p, newPodProcessStats(p, counts[i])])));
  assert.deepEqual(names(orderedBy(priority, process)([...pods].reverse(), stats)), names(pods));
});

describe('ranking quirks', () => {
  it('ranks a pod without stats first under every comparator', () => {
    const a = newPod('a', lowPriority, [newContainer('a')]);
    const b = newPod('b', highPriority, [newContainer('b')]);
    const stats = statsFnOf(new Map([[a, newPodMemoryStats(a, '1Gi')]]));
    assert.deepEqual(names(rankMemoryPressure([a, b], stats)), ['b', 'a']);
  });

  it('keeps the input order for exact ties (stable sort; unstable upstream)', () => {
    const pods = ['x', 'y', 'z'].map((n) => newPod(n, 0, [newContainer(n)]));
    const stats = statsFnOf(new Map(pods.map((p) => [p, newPodMemoryStats(p, '100Mi')])));
    assert.deepEqual(names(rankMemoryPressure(pods, stats)), ['x', 'y', 'z']);
  });

  it('subtracts the ephemeral-storage byte request from the inode count when ranking inodes', () => {
    const fs = rootAndLogsAndVolumes;
    const withReq = newPod('with-request', 0, [newContainer('with-request', { 'ephemeral-storage': '1Mi' })]);
    const noReq = newPod('no-request', 0, [newContainer('no-request')]);
    const stats = statsFnOf(new Map([[withReq, newPodInodeStats(withReq, '1000', '0', '0')], [noReq, newPodInodeStats(noReq, '10', '0', '0')]]));
    // 1000 inodes - 1048576 "bytes" < 10 inodes - 0
    assert.deepEqual(names(orderedBy(exceedDiskRequests(fs, 'inodes'), priority, disk(fs, 'inodes'))([withReq, noReq], stats)), ['no-request', 'with-request']);
  });

  it('explains the ranking with each comparator key', () => {
    const a = newPod('a', 5, [newContainer('a', newResourceList('', '100Mi', ''))]);
    const stats = statsFnOf(new Map([[a, newPodMemoryStats(a, '150Mi')]]));
    const { candidates } = rankWithKeys(rankMemoryPressure, [a], stats);
    assert.deepEqual(candidates, [{ pod: 'default/a', uid: 'a', keys: { exceedMemoryRequests: true, priority: 5, memory: 50 * 2 ** 20 } }]);
    assert.equal(rankMemoryPressure.rule, 'exceedMemoryRequests, priority, memory');
  });
});

describe('rankForSignal and filesystem layouts (buildSignalToRankFunc)', () => {
  const bigRootfs = newPod('big-rootfs', 0, [newContainer('big-rootfs')]);
  const bigLogs = newPod('big-logs', 0, [newContainer('big-logs')]);
  const stats = statsFnOf(new Map<Pod, PodStats>([[bigRootfs, newPodDiskStats(bigRootfs, '900Mi', '10Mi', '0')], [bigLogs, newPodDiskStats(bigLogs, '10Mi', '100Mi', '0')]]));

  it('counts writable layers for nodefs on a single filesystem', () => {
    assert.deepEqual(names(rankForSignal('nodefs.available')([bigLogs, bigRootfs], stats)), ['big-rootfs', 'big-logs']);
  });
  it('counts only logs and volumes for nodefs with a dedicated imagefs, and writable layers for imagefs', () => {
    const layout = { dedicatedImageFs: true, splitContainerImageFs: false };
    assert.deepEqual(names(rankForSignal('nodefs.available', layout)([bigRootfs, bigLogs], stats)), ['big-logs', 'big-rootfs']);
    assert.deepEqual(names(rankForSignal('imagefs.available', layout)([bigLogs, bigRootfs], stats)), ['big-rootfs', 'big-logs']);
    assert.equal(rankForSignal('containerfs.available', layout).rule, rankForSignal('imagefs.available', layout).rule);
  });
  it('sees no per-pod usage for imagefs when the container filesystem is split (priority, then smallest request)', () => {
    const layout = { dedicatedImageFs: true, splitContainerImageFs: true };
    const small = newPod('small-request', 0, [newContainer('small-request', { 'ephemeral-storage': '1Mi' })]);
    const big = newPod('big-request', 0, [newContainer('big-request', { 'ephemeral-storage': '1Gi' })]);
    const s = statsFnOf(new Map([[small, newPodDiskStats(small, '0', '0', '0')], [big, newPodDiskStats(big, '5Gi', '0', '0')]]));
    assert.deepEqual(names(rankForSignal('imagefs.available', layout)([big, small], s)), ['small-request', 'big-request']);
  });
  it('uses the memory rule for allocatable memory and the PID rule for pids', () => {
    assert.equal(rankForSignal('allocatableMemory.available').rule, 'exceedMemoryRequests, priority, memory');
    assert.equal(rankForSignal('pid.available').rule, 'priority, process');
    assert.equal(rankForSignal('nodefs.inodesFree').rule, 'exceedDiskRequests, priority, disk');
  });
});

// upstream: GetResourceRequestQuantity (pkg/api/v1/resource/helpers_test.go)
describe('pod requests and limits', () => {
  it('takes the max of the containers sum and each init container plus earlier sidecars', () => {
    const p: Pod = {
      metadata: { name: 'p' },
      spec: {
        initContainers: [
          { name: 'sidecar', restartPolicy: 'Always', resources: { requests: { memory: '100Mi' } } },
          { name: 'init', resources: { requests: { memory: '1Gi' } } },
        ],
        containers: [{ name: 'a', resources: { requests: { memory: '200Mi' } } }, { name: 'b', resources: { requests: { memory: '300Mi' } } }],
      },
    };
    assert.equal(podRequest(p, 'memory'), 1024 * 2 ** 20 + 100 * 2 ** 20);
  });
  it('adds pod overhead only to a non-zero request', () => {
    const p: Pod = { metadata: { name: 'p' }, spec: { overhead: { memory: '10Mi', cpu: '100m' }, containers: [{ name: 'a', resources: { requests: { memory: '100Mi' } } }] } };
    assert.equal(podRequest(p, 'memory'), 110 * 2 ** 20);
    assert.equal(podRequest(p, 'cpu'), 0);
  });
  it('has a pod ephemeral-storage limit only when some container sets one', () => {
    const p: Pod = { metadata: { name: 'p' }, spec: { containers: [{ name: 'a', resources: { limits: { 'ephemeral-storage': '1Gi' } } }, { name: 'b' }] } };
    assert.equal(podLimit(p, 'ephemeral-storage'), 2 ** 30);
    assert.equal(podLimit(p, 'memory'), undefined);
  });
});
