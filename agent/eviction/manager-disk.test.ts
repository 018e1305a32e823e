import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Pod } from '../../core/types.js';
import type { PodStats, Summary } from '../stats/index.js';
import type { Signal, Threshold } from './index.js';
import {
  defaultPriority, highPriority, lowPriority, makeDiskStats, makeInodeStats, newContainer, newPod, newPodDiskStats,
  newPodInodeStats, newResourceList, newTestManager, threshold,
} from './test-fixtures.js';

const MIN = 60_000;

interface DiskPod { name: string; priority?: number; requests?: Record<string, string>; limits?: Record<string, string>; rootFs?: string; logs?: string; volume?: string }

/** makePodWithDiskStats */
function diskPods(list: DiskPod[], volumes?: Array<{ name: string; emptyDir: { sizeLimit?: string } }>): { pods: Pod[]; stats: PodStats[] } {
  const pods = list.map((p) => newPod(p.name, p.priority ?? 0, [newContainer(p.name, p.requests ?? {}, p.limits ?? {})], volumes));
  return { pods, stats: pods.map((p, i) => newPodDiskStats(p, list[i].rootFs ?? '', list[i].logs ?? '', list[i].volume ?? '')) };
}

const fivePods: DiskPod[] = [
  { name: 'low-priority-high-usage', priority: lowPriority, requests: newResourceList('100m', '1Gi', ''), limits: newResourceList('100m', '1Gi', ''), rootFs: '900Mi' },
  { name: 'below-requests', priority: defaultPriority, requests: newResourceList('100m', '100Mi', ''), limits: newResourceList('200m', '1Gi', ''), logs: '50Mi' },
  { name: 'above-requests', priority: defaultPriority, requests: newResourceList('100m', '100Mi', ''), limits: newResourceList('200m', '1Gi', ''), rootFs: '400Mi' },
  { name: 'high-priority-high-usage', priority: highPriority, volume: '400Mi' },
  { name: 'low-priority-low-usage', priority: lowPriority, rootFs: '100Mi' },
];

type Fs = 'nodefs' | 'imagefs' | 'containerfs';
interface Layout { name: string; dedicatedImageFs: boolean; split: boolean; pressureOn: Fs; signal: Signal }
const layouts: Layout[] = [
  { name: 'no image fs', dedicatedImageFs: false, split: false, pressureOn: 'nodefs', signal: 'nodefs.available' },
  { name: 'image fs', dedicatedImageFs: true, split: false, pressureOn: 'imagefs', signal: 'imagefs.available' },
  { name: 'container fs split from image fs', dedicatedImageFs: true, split: true, pressureOn: 'containerfs', signal: 'nodefs.available' },
];

function disk(on: Fs, value: string, stats: PodStats[]): Summary {
  const base = { rootFs: '16Gi', imageFs: '16Gi', containerFs: '16Gi' };
  const key = on === 'nodefs' ? 'rootFs' : on === 'imagefs' ? 'imageFs' : 'containerFs';
  return makeDiskStats({ ...base, [key]: value }, stats);
}

// upstream: TestDiskPressureNodeFs_VerifyPodStatus (eviction_manager_test.go)
describe('pod status of a disk pressure eviction', () => {
  const cases: Array<[string, boolean, boolean, { rootFs: string; imageFs: string; containerFs: string }, Threshold, DiskPod[], string]> = [
    ['no image fs', false, false, { rootFs: '1.5Gi', imageFs: '10Gi', containerFs: '10Gi' }, threshold('nodefs.available', '2Gi'),
      [{ name: 'below-requests', requests: newResourceList('', '', '1Gi'), limits: newResourceList('', '', '1Gi'), rootFs: '900Mi' },
        { name: 'above-requests', requests: newResourceList('', '', '100Mi'), limits: newResourceList('', '', '1Gi'), rootFs: '700Mi' }],
      'The node was low on resource: ephemeral-storage. Threshold quantity: 2Gi, available: 1536Mi. Container above-requests was using 700Mi, request is 100Mi, has larger consumption of ephemeral-storage. '],
    ['image fs', true, false, { rootFs: '1Gi', imageFs: '10Gi', containerFs: '10Gi' }, threshold('imagefs.available', '50Gi'),
      [{ name: 'below-requests', requests: newResourceList('', '', '1Gi'), limits: newResourceList('', '', '1Gi'), rootFs: '900Mi' },
        { name: 'above-requests', requests: newResourceList('', '', '50Gi'), limits: newResourceList('', '', '50Gi'), rootFs: '80Gi' }],
      'The node was low on resource: ephemeral-storage. Threshold quantity: 50Gi, available: 10Gi. Container above-requests was using 80Gi, request is 50Gi, has larger consumption of ephemeral-storage. '],
    ['container fs', true, true, { rootFs: '10Gi', imageFs: '100Gi', containerFs: '10Gi' }, threshold('nodefs.available', '50Gi'),
      [{ name: 'below-requests', requests: newResourceList('', '', '1Gi'), limits: newResourceList('', '', '1Gi'), rootFs: '900Mi' },
        { name: 'above-requests', requests: newResourceList('', '', '50Gi'), limits: newResourceList('', '', '50Gi'), rootFs: '80Gi' }],
      'The node was low on resource: ephemeral-storage. Threshold quantity: 50Gi, available: 10Gi. Container above-requests was using 80Gi, request is 50Gi, has larger consumption of ephemeral-storage. '],
  ];
  for (const [name, dedicated, split, fs, t, list, message] of cases) {
    it(`evicts above-requests with the upstream message (${name})`, () => {
      const { pods, stats } = diskPods(list);
      const h = newTestManager({ thresholds: [t], pods, summary: makeDiskStats(fs, stats), dedicatedImageFs: dedicated, splitContainerImageFs: split });
      h.manager.synchronize();
      assert.equal(h.manager.isUnderDiskPressure(), true);
      assert.equal(h.killed[0].pod.metadata?.name, 'above-requests');
      assert.equal(h.killed[0].opts.status.message, message);
      assert.equal(h.killed[0].opts.status.condition?.type, 'DisruptionTarget');
    });
  }

  it('fails with the upstream error when the filesystem is split and KubeletSeparateDiskGC is off', () => {
    const { pods, stats } = diskPods([{ name: 'p', rootFs: '80Gi' }]);
    const h = newTestManager({
      thresholds: [threshold('containerfs.available', '50Gi')], pods, summary: makeDiskStats({ rootFs: '1Gi', imageFs: '100Gi', containerFs: '10Gi' }, stats),
      dedicatedImageFs: true, splitContainerImageFs: true, kubeletSeparateDiskGC: false,
    });
    assert.equal(h.manager.synchronize().error, 'KubeletSeparateDiskGC is turned off but we still have a split filesystem');
    assert.equal(h.killed.length, 0);
  });
});

// upstream: TestDiskPressureNodeFs (eviction_manager_test.go)
describe('disk pressure', () => {
  for (const l of layouts) {
    it(`evicts the lowest-priority heaviest pod, soft after grace and hard at once (${l.name})`, () => {
      const { pods, stats } = diskPods(fivePods);
      const h = newTestManager({
        thresholds: [threshold(l.signal, '1Gi'), threshold(l.signal, '2Gi', 2 * MIN)], maxPodGracePeriodSeconds: 5, pods,
        summary: disk(l.pressureOn, '16Gi', stats), dedicatedImageFs: l.dedicatedImageFs, splitContainerImageFs: l.split,
      });
      const { clock, manager, killed, state } = h;
      const podToAdmit = newPod('pod-to-admit', defaultPriority, [newContainer('pod-to-admit')]);
      manager.synchronize();
      assert.equal(manager.isUnderDiskPressure(), false);
      assert.equal(manager.admit(podToAdmit).admit, true);

      clock.advance(MIN);
      state.summary = disk(l.pressureOn, '1.5Gi', stats);
      manager.synchronize();
      assert.equal(manager.isUnderDiskPressure(), true);
      assert.equal(killed.length, 0);

      clock.advance(3 * MIN);
      manager.synchronize();
      assert.equal(killed[0]?.pod, pods[0]);
      assert.equal(killed[0].opts.gracePeriodSeconds, 5);

      clock.advance(20 * MIN);
      state.summary = disk(l.pressureOn, '16Gi', stats);
      manager.synchronize();
      assert.equal(manager.isUnderDiskPressure(), false);

      clock.advance(MIN);
      state.summary = disk(l.pressureOn, '750Mi', stats);
      manager.synchronize();
      assert.equal(killed[1]?.pod, pods[0]);
      assert.equal(killed[1].opts.gracePeriodSeconds, 1);
      assert.equal(manager.admit(podToAdmit).admit, false, 'disk pressure rejects every non-critical pod');
      assert.equal(manager.admit(podToAdmit).message, 'The node had condition: [DiskPressure]. ');

      clock.advance(MIN);
      state.summary = disk(l.pressureOn, '16Gi', stats);
      manager.synchronize();
      assert.equal(manager.isUnderDiskPressure(), true);
      assert.equal(killed.length, 2);

      clock.advance(5 * MIN);
      manager.synchronize();
      assert.equal(manager.isUnderDiskPressure(), false);
      assert.equal(manager.admit(podToAdmit).admit, true);
    });
  }
});

// upstream: TestNodeReclaimFuncs (eviction_manager_test.go)
describe('node-level reclaim before evicting pods', () => {
  const cases: Array<Layout & { containerGC: boolean; imageGC: boolean }> = [
    { ...layouts[0], containerGC: true, imageGC: true },
    { ...layouts[1], containerGC: true, imageGC: true },
    { name: 'container fs split, nodefs pressure', dedicatedImageFs: true, split: true, pressureOn: 'nodefs', signal: 'nodefs.available', containerGC: true, imageGC: false },
    { name: 'container fs split, imagefs pressure', dedicatedImageFs: true, split: true, pressureOn: 'imagefs', signal: 'imagefs.available', containerGC: false, imageGC: true },
  ];
  for (const c of cases) {
    it(`runs the right garbage collectors and evicts only when they do not reclaim enough (${c.name})`, () => {
      const { pods, stats } = diskPods(fivePods);
      const h = newTestManager({
        thresholds: [threshold(c.signal, '1Gi', 0, '500Mi')], maxPodGracePeriodSeconds: 5, pods,
        summary: disk(c.pressureOn, '16Gi', stats), dedicatedImageFs: c.dedicatedImageFs, splitContainerImageFs: c.split,
      });
      const { clock, manager, killed, state, gc } = h;
      const reset = () => { gc.imageGCInvoked = false; gc.containerGCInvoked = false; };
      manager.synchronize();
      assert.equal(manager.isUnderDiskPressure(), false);

      // GC brings usage back: no eviction
      clock.advance(MIN);
      state.summary = disk(c.pressureOn, '750Mi', stats);
      gc.summaryAfterGC = disk(c.pressureOn, '16Gi', stats);
      const r = manager.synchronize();
      assert.equal(manager.isUnderDiskPressure(), true);
      assert.deepEqual([gc.containerGCInvoked, gc.imageGCInvoked], [c.containerGC, c.imageGC]);
      assert.equal(killed.length, 0);
      assert.equal(r.decision.reclaim?.resolved, true);
      reset();

      clock.advance(20 * MIN);
      state.summary = disk(c.pressureOn, '16Gi', stats);
      manager.synchronize();
      manager.synchronize();
      assert.equal(manager.isUnderDiskPressure(), false);

      // GC gets below the threshold but not past the min-reclaim: evict
      clock.advance(MIN);
      state.summary = disk(c.pressureOn, '750Mi', stats);
      gc.summaryAfterGC = disk(c.pressureOn, '1.1G', stats);
      manager.synchronize();
      assert.deepEqual([gc.containerGCInvoked, gc.imageGCInvoked], [c.containerGC, c.imageGC]);
      assert.equal(killed.length, 1);
      reset();

      clock.advance(20 * MIN);
      state.summary = disk(c.pressureOn, '16Gi', stats);
      manager.synchronize();
      assert.equal(manager.isUnderDiskPressure(), false);

      // GC reclaims nothing: evict the first ranked pod at once
      clock.advance(MIN);
      state.summary = disk(c.pressureOn, '750Mi', stats);
      gc.summaryAfterGC = state.summary;
      manager.synchronize();
      assert.equal(killed[1]?.pod, pods[0]);
      assert.equal(killed[1].opts.gracePeriodSeconds, 1);
      reset();

      clock.advance(MIN);
      state.summary = disk(c.pressureOn, '16Gi', stats);
      gc.summaryAfterGC = undefined;
      manager.synchronize();
      assert.equal(manager.isUnderDiskPressure(), true);
      assert.deepEqual([gc.containerGCInvoked, gc.imageGCInvoked], [false, false], 'no GC when no threshold is met');
      assert.equal(killed.length, 2);

      clock.advance(5 * MIN);
      manager.synchronize();
      assert.equal(manager.isUnderDiskPressure(), false);
    });
  }
});

// upstream: TestInodePressureFsInodes (eviction_manager_test.go)
describe('inode pressure', () => {
  const inodeLayouts: Array<[string, boolean, boolean, 'rootFsFree' | 'imageFsFree', Signal]> = [
    ['no image fs', false, false, 'rootFsFree', 'nodefs.inodesFree'],
    ['image fs', true, false, 'imageFsFree', 'imagefs.inodesFree'],
    ['container fs split', true, true, 'rootFsFree', 'nodefs.inodesFree'],
  ];
  for (const [name, dedicated, split, key, signal] of inodeLayouts) {
    it(`evicts the lowest-priority pod using the most inodes (${name})`, () => {
      const list: Array<[string, number, Record<string, string>, string]> = [
        ['low-priority-high-usage', lowPriority, newResourceList('100m', '1Gi', ''), '900Mi'], ['below-requests', defaultPriority, newResourceList('100m', '100Mi', ''), '50Mi'],
        ['above-requests', defaultPriority, newResourceList('100m', '100Mi', ''), '400Mi'], ['high-priority-high-usage', highPriority, {}, '400Mi'],
        ['low-priority-low-usage', lowPriority, {}, '100Mi'],
      ];
      const pods = list.map(([n, p, r]) => newPod(n, p, [newContainer(n, r, r)]));
      const stats = pods.map((p, i) => newPodInodeStats(p, list[i][3], '', ''));
      const base = { rootFsFree: '3Mi', rootFs: '4Mi', imageFsFree: '3Mi', imageFs: '4Mi' };
      const at = (free: string) => makeInodeStats({ ...base, [key]: free }, stats);
      const h = newTestManager({
        thresholds: [threshold(signal, '1Mi'), threshold(signal, '2Mi', 2 * MIN)], maxPodGracePeriodSeconds: 5, pods,
        summary: at('3Mi'), dedicatedImageFs: dedicated, splitContainerImageFs: split,
      });
      const { clock, manager, killed, state } = h;
      manager.synchronize();
      assert.equal(manager.isUnderDiskPressure(), false);
      clock.advance(MIN);
      state.summary = at('1.5Mi');
      manager.synchronize();
      assert.equal(manager.isUnderDiskPressure(), true);
      assert.equal(killed.length, 0);
      clock.advance(3 * MIN);
      manager.synchronize();
      assert.equal(killed[0]?.pod, pods[0]);
      assert.equal(killed[0].opts.gracePeriodSeconds, 5);
      assert.match(killed[0].opts.status.message, /^The node was low on resource: inodes\. Threshold quantity: 2Mi, available: 1572864\. $/);
      clock.advance(20 * MIN);
      state.summary = at('3Mi');
      manager.synchronize();
      assert.equal(manager.isUnderDiskPressure(), false);
      clock.advance(MIN);
      state.summary = at('0.5Mi');
      manager.synchronize();
      assert.equal(killed[1]?.pod, pods[0]);
      assert.equal(killed[1].opts.gracePeriodSeconds, 1);
    });
  }
});

// upstream: TestStorageLimitEvictions (eviction_manager_test.go)
describe('local storage limit evictions', () => {
  const cases: Array<[string, DiskPod, Array<{ name: string; emptyDir: { sizeLimit?: string } }> | undefined, string]> = [
    ['rootfs above limit', { name: 'rootfs-above-limits', requests: newResourceList('', '', '1Gi'), limits: newResourceList('', '', '1Gi'), rootFs: '2Gi' }, undefined,
      'Container rootfs-above-limits exceeded its local ephemeral storage limit "1Gi". '],
    ['logsfs above limit', { name: 'logsfs-above-limits', requests: newResourceList('', '', '1Gi'), limits: newResourceList('', '', '1Gi'), logs: '2Gi' }, undefined,
      'Container logsfs-above-limits exceeded its local ephemeral storage limit "1Gi". '],
    ['local volume above limit', { name: 'localvolume-above-limits', volume: '2Gi' }, [{ name: 'emptyDirVolume', emptyDir: { sizeLimit: '1Gi' } }],
      'Usage of EmptyDir volume "emptyDirVolume" exceeds the limit "1Gi". '],
  ];
  for (const [name, pod, volumes, message] of cases) {
    it(`evicts with grace 1 and no DisruptionTarget condition: ${name}`, () => {
      const { pods, stats } = diskPods([pod], volumes);
      const h = newTestManager({
        thresholds: [threshold('nodefs.available', '1Gi')], maxPodGracePeriodSeconds: 5, pods,
        summary: makeDiskStats({ rootFs: '200Mi', imageFs: '200Mi' }, stats), localStorageCapacityIsolation: true,
      });
      const r = h.manager.synchronize();
      assert.equal(h.killed.length, 1);
      assert.equal(h.killed[0].pod, pods[0]);
      assert.equal(h.killed[0].opts.gracePeriodSeconds, 1);
      assert.deepEqual(h.killed[0].opts.status, { phase: 'Failed', reason: 'Evicted', message });
      assert.equal(r.decision.outcome, 'evicted pods over their local storage limits');
      assert.deepEqual(h.events.map((e) => e.reason), ['Evicted'], 'threshold eviction is skipped in that cycle');
    });
  }

  it('evicts every pod over its limit in the same cycle', () => {
    const { pods, stats } = diskPods([
      { name: 'a', limits: newResourceList('', '', '1Gi'), rootFs: '2Gi' }, { name: 'b', limits: newResourceList('', '', '1Gi'), logs: '2Gi' }, { name: 'c', rootFs: '5Gi' },
    ]);
    const h = newTestManager({ thresholds: [], pods, summary: makeDiskStats({ rootFs: '100Gi', imageFs: '100Gi' }, stats), localStorageCapacityIsolation: true });
    assert.deepEqual(h.manager.synchronize().evicted.map((p) => p.metadata?.name), ['a', 'b']);
  });
});
