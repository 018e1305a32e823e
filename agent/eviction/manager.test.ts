import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Pod } from '../../core/types.js';
import type { PodStats, Summary } from '../stats/index.js';
import { EvictionManager } from './manager.js';
import { effectiveGracePeriodSeconds, killPodTimeoutSeconds } from './grace.js';
import {
  defaultPriority, highPriority, lowPriority, makeMemoryStats, makePIDStats, newContainer, newPod, newPodMemoryStats,
  newPodProcessStats, newResourceList, newTestManager, silentLog, threshold,
} from './test-fixtures.js';

const MIN = 60_000;

interface PodToMake { name: string; priority?: number; requests?: Record<string, string>; limits?: Record<string, string>; memoryWorkingSet?: string }

/** makePodWithMemoryStats */
function memoryPods(list: PodToMake[]): { pods: Pod[]; stats: PodStats[] } {
  const pods = list.map((p) => newPod(p.name, p.priority ?? 0, [newContainer(p.name, p.requests ?? {}, p.limits ?? {})]));
  return { pods, stats: pods.map((p, i) => newPodMemoryStats(p, list[i].memoryWorkingSet ?? '0')) };
}

const fivePods: PodToMake[] = [
  { name: 'guaranteed-low-priority-high-usage', priority: lowPriority, requests: newResourceList('100m', '1Gi', ''), limits: newResourceList('100m', '1Gi', ''), memoryWorkingSet: '900Mi' },
  { name: 'burstable-below-requests', priority: defaultPriority, requests: newResourceList('100m', '100Mi', ''), limits: newResourceList('200m', '1Gi', ''), memoryWorkingSet: '50Mi' },
  { name: 'burstable-above-requests', priority: defaultPriority, requests: newResourceList('100m', '100Mi', ''), limits: newResourceList('200m', '1Gi', ''), memoryWorkingSet: '400Mi' },
  { name: 'best-effort-high-priority-high-usage', priority: highPriority, memoryWorkingSet: '400Mi' },
  { name: 'best-effort-low-priority-low-usage', priority: lowPriority, memoryWorkingSet: '100Mi' },
];

const bestEffortToAdmit = newPod('best-admit', defaultPriority, [newContainer('best-admit')]);
const burstableToAdmit = newPod('burst-admit', defaultPriority, [newContainer('burst-admit', newResourceList('100m', '100Mi', ''), newResourceList('200m', '200Mi', ''))]);
const admits = (m: { admit(p: Pod): { admit: boolean } }) => [bestEffortToAdmit, burstableToAdmit].map((p) => m.admit(p).admit);

// upstream: TestMemoryPressure_VerifyPodStatus (eviction_manager_test.go)
it('sets Failed/Evicted with a DisruptionTarget condition on the pod evicted for memory', () => {
  const { pods, stats } = memoryPods([
    { name: 'below-requests', requests: newResourceList('', '1Gi', ''), limits: newResourceList('', '1Gi', ''), memoryWorkingSet: '900Mi' },
    { name: 'above-requests', requests: newResourceList('', '100Mi', ''), limits: newResourceList('', '1Gi', ''), memoryWorkingSet: '700Mi' },
  ]);
  const h = newTestManager({ thresholds: [threshold('memory.available', '2Gi')], pods, summary: makeMemoryStats('1500Mi', stats) });
  assert.equal(h.manager.synchronize().error, undefined);
  assert.equal(h.manager.isUnderMemoryPressure(), true);
  assert.equal(h.killed.length, 1);
  const msg = 'The node was low on resource: memory. Threshold quantity: 2Gi, available: 1500Mi. ';
  const { status } = h.killed[0].opts;
  assert.deepEqual({ ...status, condition: { ...status.condition, lastTransitionTime: undefined } }, {
    phase: 'Failed', reason: 'Evicted', message: msg,
    condition: { type: 'DisruptionTarget', status: 'True', reason: 'TerminationByKubelet', message: msg, lastTransitionTime: undefined },
  });
});

// upstream: TestPIDPressure_VerifyPodStatus (eviction_manager_test.go)
it('sets Failed/Evicted with the pids message on the pod evicted for PIDs', () => {
  const pods = [newPod('pod1', lowPriority, [newContainer('pod1')]), newPod('pod2', defaultPriority, [newContainer('pod2')])];
  const h = newTestManager({ thresholds: [threshold('pid.available', '1200')], pods, summary: makePIDStats('1500', '1000', pods.map((p) => newPodProcessStats(p, 2))) });
  h.manager.synchronize();
  assert.equal(h.manager.isUnderPIDPressure(), true);
  assert.equal(h.killed[0].pod.metadata?.name, 'pod1');
  assert.equal(h.killed[0].opts.status.message, 'The node was low on resource: pids. Threshold quantity: 1200, available: 500. ');
  assert.equal(h.killed[0].opts.status.condition?.reason, 'TerminationByKubelet');
});

// upstream: TestMemoryPressure (eviction_manager_test.go)
it('evicts under soft memory pressure only after the grace period, under hard pressure at once, and reports pressure through the transition period', () => {
  const { pods, stats } = memoryPods(fivePods);
  const podToEvict = pods[4];
  const h = newTestManager({
    thresholds: [threshold('memory.available', '1Gi'), threshold('memory.available', '2Gi', 2 * MIN)],
    maxPodGracePeriodSeconds: 5, pods, summary: makeMemoryStats('2Gi', stats),
  });
  const { clock, manager, killed, state } = h;
  manager.synchronize();
  assert.equal(manager.isUnderMemoryPressure(), false);
  assert.deepEqual(admits(manager), [true, true]);

  // induce soft threshold
  clock.advance(MIN);
  state.summary = makeMemoryStats('1500Mi', stats);
  manager.synchronize();
  assert.equal(manager.isUnderMemoryPressure(), true, 'a soft threshold sets the condition at once');
  assert.equal(killed.length, 0, 'no pod killed inside the grace period');

  // step past the grace period
  clock.advance(3 * MIN);
  manager.synchronize();
  assert.equal(killed.length, 1);
  assert.equal(killed[0].pod, podToEvict);
  assert.equal(killed[0].opts.gracePeriodSeconds, 5, 'soft eviction uses evictionMaxPodGracePeriod');

  // remove memory pressure
  clock.advance(20 * MIN);
  state.summary = makeMemoryStats('3Gi', stats);
  manager.synchronize();
  assert.equal(manager.isUnderMemoryPressure(), false);

  // induce memory pressure
  clock.advance(MIN);
  state.summary = makeMemoryStats('500Mi', stats);
  manager.synchronize();
  assert.equal(manager.isUnderMemoryPressure(), true);
  assert.equal(killed[1].pod, podToEvict);
  assert.equal(killed[1].opts.gracePeriodSeconds, 1, 'hard eviction uses 1 second');
  assert.deepEqual(admits(manager), [false, true], 'BestEffort rejected, Burstable admitted under memory pressure');

  // reduce memory pressure: still reported inside the transition period, nothing killed
  clock.advance(MIN);
  state.summary = makeMemoryStats('2Gi', stats);
  manager.synchronize();
  assert.equal(manager.isUnderMemoryPressure(), true);
  assert.equal(killed.length, 2);
  assert.deepEqual(admits(manager), [false, true]);

  // past the transition period
  clock.advance(5 * MIN);
  manager.synchronize();
  assert.equal(manager.isUnderMemoryPressure(), false);
  assert.equal(killed.length, 2);
  assert.deepEqual(admits(manager), [true, true]);
});

// upstream: TestPIDPressure (eviction_manager_test.go)
it('evicts the low-priority pod with the most processes under PID pressure', () => {
  const list: Array<[string, number, number]> = [
    ['high-priority-high-usage', highPriority, 900], ['default-priority-low-usage', defaultPriority, 100], ['default-priority-medium-usage', defaultPriority, 400],
    ['low-priority-high-usage', lowPriority, 600], ['low-priority-low-usage', lowPriority, 50],
  ];
  const pods = list.map(([n, p]) => newPod(n, p, [newContainer(n)]));
  const stats = pods.map((p, i) => newPodProcessStats(p, list[i][2]));
  const podToEvict = pods[3];
  const podToAdmit = newPod('pod-to-admit', defaultPriority, [newContainer('pod-to-admit')]);
  const h = newTestManager({
    thresholds: [threshold('pid.available', '1200'), threshold('pid.available', '1500', 2 * MIN)],
    maxPodGracePeriodSeconds: 5, pods, summary: makePIDStats('2000', '300', stats),
  });
  const { clock, manager, killed, state } = h;
  manager.synchronize();
  assert.equal(manager.isUnderPIDPressure(), false);
  assert.equal(manager.admit(podToAdmit).admit, true);

  clock.advance(MIN);
  state.summary = makePIDStats('2000', '700', stats);
  manager.synchronize();
  assert.equal(manager.isUnderPIDPressure(), true);
  assert.equal(killed.length, 0);

  clock.advance(3 * MIN);
  manager.synchronize();
  assert.equal(killed[0].pod, podToEvict);
  assert.equal(killed[0].opts.gracePeriodSeconds, 5);

  clock.advance(20 * MIN);
  state.summary = makePIDStats('2000', '300', stats);
  manager.synchronize();
  assert.equal(manager.isUnderPIDPressure(), false);

  clock.advance(MIN);
  state.summary = makePIDStats('2000', '1200', stats);
  manager.synchronize();
  assert.equal(manager.isUnderPIDPressure(), true);
  assert.equal(killed[1].pod, podToEvict);
  assert.equal(killed[1].opts.gracePeriodSeconds, 1);
  assert.equal(manager.admit(podToAdmit).admit, false, 'PID pressure rejects every non-critical pod');

  clock.advance(MIN);
  state.summary = makePIDStats('2000', '300', stats);
  manager.synchronize();
  assert.equal(manager.isUnderPIDPressure(), true);
  assert.equal(manager.admit(podToAdmit).admit, false);

  clock.advance(5 * MIN);
  manager.synchronize();
  assert.equal(manager.isUnderPIDPressure(), false);
  assert.equal(manager.admit(podToAdmit).admit, true);
  assert.equal(killed.length, 2);
});

// upstream: TestMinReclaim (eviction_manager_test.go)
it('keeps evicting until available memory is above threshold + min-reclaim', () => {
  const { pods, stats } = memoryPods(fivePods);
  const h = newTestManager({ thresholds: [threshold('memory.available', '1Gi', 0, '500Mi')], maxPodGracePeriodSeconds: 5, pods, summary: makeMemoryStats('2Gi', stats) });
  const { clock, manager, killed, state } = h;
  manager.synchronize();
  assert.equal(manager.isUnderMemoryPressure(), false);

  clock.advance(MIN);
  state.summary = makeMemoryStats('500Mi', stats);
  manager.synchronize();
  assert.equal(killed.length, 1);
  assert.equal(killed[0].pod, pods[4]);

  clock.advance(MIN);
  state.summary = makeMemoryStats('1.2Gi', stats);
  manager.synchronize();
  assert.equal(killed.length, 2, '1.2Gi is above 1Gi but below 1Gi + 500Mi');
  assert.equal(killed[1].opts.gracePeriodSeconds, 1);

  clock.advance(MIN);
  state.summary = makeMemoryStats('2Gi', stats);
  manager.synchronize();
  assert.equal(manager.isUnderMemoryPressure(), true);
  assert.equal(killed.length, 2);

  clock.advance(5 * MIN);
  manager.synchronize();
  assert.equal(manager.isUnderMemoryPressure(), false);
  assert.equal(killed.length, 2);
});

// upstream: TestStaticCriticalPodsAreNotEvicted (eviction_manager_test.go)
it('never evicts a static critical pod', () => {
  const { pods, stats } = memoryPods([{ name: 'critical', priority: 2_000_000_000, requests: newResourceList('100m', '1Gi', ''), limits: newResourceList('100m', '1Gi', ''), memoryWorkingSet: '800Mi' }]);
  const critical: Pod = { ...pods[0], metadata: { ...pods[0].metadata, namespace: 'kube-system', annotations: { 'kubernetes.io/config.source': 'file' } } };
  const h = newTestManager({
    thresholds: [threshold('memory.available', '1Gi'), threshold('memory.available', '2Gi', 2 * MIN)],
    maxPodGracePeriodSeconds: 5, pods: [critical], summary: makeMemoryStats('2Gi', [{ ...stats[0], podRef: { ...stats[0].podRef, namespace: 'kube-system' } }]),
  });
  const { clock, manager, killed, state } = h;
  clock.advance(MIN);
  state.summary = makeMemoryStats('1500Mi', state.summary.pods);
  manager.synchronize();
  assert.equal(manager.isUnderMemoryPressure(), true);
  clock.advance(3 * MIN);
  const r = manager.synchronize();
  assert.equal(killed.length, 0);
  assert.deepEqual(r.decision.skipped, [{ pod: 'kube-system/critical', reason: 'critical pod' }]);
  assert.equal(r.decision.outcome, 'unable to evict any pods from the node');

  clock.advance(20 * MIN);
  state.summary = makeMemoryStats('3Gi', state.summary.pods);
  manager.synchronize();
  assert.equal(manager.isUnderMemoryPressure(), false);

  // still static with no priority: still critical
  state.pods = [{ ...critical, spec: { ...critical.spec!, priority: undefined } }];
  clock.advance(MIN);
  state.summary = makeMemoryStats('500Mi', state.summary.pods);
  manager.synchronize();
  assert.equal(manager.isUnderMemoryPressure(), true);
  assert.equal(killed.length, 0);
});

// upstream: TestAllocatableMemoryPressure (eviction_manager_test.go)
it('evicts for allocatable memory pressure and rejects BestEffort pods until the transition period ends', () => {
  const { pods, stats } = memoryPods(fivePods);
  const h = newTestManager({ thresholds: [threshold('allocatableMemory.available', '1Gi')], maxPodGracePeriodSeconds: 5, pods, summary: makeMemoryStats('4Gi', stats) });
  const { clock, manager, killed, state } = h;
  manager.synchronize();
  assert.equal(manager.isUnderMemoryPressure(), false);
  assert.deepEqual(admits(manager), [true, true]);

  clock.advance(MIN);
  const extra = newPod('guaranteed-high-2', defaultPriority, [newContainer('guaranteed-high-2', newResourceList('100m', '1Gi', ''), newResourceList('100m', '1Gi', ''))]);
  state.summary = makeMemoryStats('500Mi', [...stats, newPodMemoryStats(extra, '1Gi')]);
  manager.synchronize();
  assert.equal(manager.isUnderMemoryPressure(), true);
  assert.equal(killed[0].pod, pods[4]);
  assert.equal(killed[0].opts.gracePeriodSeconds, 1);
  assert.deepEqual(admits(manager), [false, true]);

  clock.advance(MIN);
  state.summary = makeMemoryStats('2Gi', stats);
  manager.synchronize();
  assert.equal(manager.isUnderMemoryPressure(), true);
  assert.equal(killed.length, 1);
  assert.deepEqual(admits(manager), [false, true]);

  clock.advance(5 * MIN);
  manager.synchronize();
  assert.equal(manager.isUnderMemoryPressure(), false);
  assert.deepEqual(admits(manager), [true, true]);
});

describe('grace period of the kill', () => {
  const setup = (max: number, tgps?: number) => {
    const { pods, stats } = memoryPods([{ name: 'p', memoryWorkingSet: '1Gi' }]);
    const pod: Pod = { ...pods[0], spec: { ...pods[0].spec!, terminationGracePeriodSeconds: tgps } };
    const h = newTestManager({ thresholds: [threshold('memory.available', '2Gi', MIN)], maxPodGracePeriodSeconds: max, pods: [pod], summary: makeMemoryStats('1Gi', stats) });
    h.manager.synchronize();
    h.clock.advance(MIN);
    h.manager.synchronize();
    return h.killed[0].opts.gracePeriodSeconds;
  };
  it('caps a soft eviction at the pod terminationGracePeriodSeconds', () => assert.equal(setup(60, 30), 30));
  it('uses evictionMaxPodGracePeriod when it is below the pod grace period', () => assert.equal(setup(5, 30), 5));
  it('passes 0 with the default evictionMaxPodGracePeriod (the pod worker then uses the pod own grace period)', () => assert.equal(setup(0, 30), 0));

  // upstream: calculateEffectiveGracePeriod / killPodNow (pod_workers.go)
  it('gives the pod worker the smaller of override and deletion grace, the pod grace for 0, and never less than 1', () => {
    const p = (tgps?: number, deletion?: number): Pod => ({ metadata: { name: 'p', deletionGracePeriodSeconds: deletion }, spec: { containers: [], terminationGracePeriodSeconds: tgps } });
    assert.equal(effectiveGracePeriodSeconds(p(30), 0), 30);
    assert.equal(effectiveGracePeriodSeconds(p(30), 1), 1);
    assert.equal(effectiveGracePeriodSeconds(p(30), 60), 60, 'an override larger than the pod grace still wins on a fresh kill');
    assert.equal(effectiveGracePeriodSeconds(p(30, 10), 20), 10);
    assert.equal(effectiveGracePeriodSeconds(p(0), 0), 1);
    assert.equal(effectiveGracePeriodSeconds(p(30), 20, 5), 5, 'a grace period only shrinks');
    assert.equal(killPodTimeoutSeconds(p(30), 1), 10);
    assert.equal(killPodTimeoutSeconds(p(30), 30), 45);
  });
});

describe('events and the why', () => {
  it('records EvictionThresholdMet on the node and an annotated Evicted event on the pod, with the ranking', () => {
    const { pods, stats } = memoryPods([
      { name: 'x', requests: newResourceList('', '1Gi', ''), memoryWorkingSet: '3Gi' },
      { name: 'y', requests: newResourceList('', '1Gi', ''), memoryWorkingSet: '512Mi' },
    ]);
    const withContainer = stats.map((s) => ({ ...s, containers: [{ name: s.podRef.name, memory: { workingSetBytes: s.memory!.workingSetBytes } }] }));
    const h = newTestManager({ thresholds: [threshold('memory.available', '100Mi')], pods, summary: makeMemoryStats('80Mi', withContainer) });
    h.manager.synchronize();
    assert.deepEqual(h.events.map((e) => [e.type, e.reason, e.pod?.metadata?.name]), [['Warning', 'EvictionThresholdMet', undefined], ['Warning', 'Evicted', 'x']]);
    assert.equal(h.events[0].message, 'Attempting to reclaim memory');
    const evicted = h.events[1];
    assert.equal(evicted.message, 'The node was low on resource: memory. Threshold quantity: 100Mi, available: 80Mi. Container x was using 3Gi, request is 1Gi, has larger consumption of memory. ');
    assert.deepEqual(evicted.annotations, { offending_containers: 'x', offending_containers_usage: '3Gi', starved_resource: 'memory' });
    const why = h.manager.lastEviction()!;
    assert.equal(why.signal, 'memory.available');
    assert.deepEqual(why.threshold, { signal: 'memory.available', value: '100Mi', hard: true, gracePeriod: '0s', quantity: '100Mi' });
    assert.equal(why.observed?.available, '80Mi');
    assert.equal(why.rule, 'exceedMemoryRequests, priority, memory');
    assert.deepEqual(why.candidates?.map((c) => [c.pod, c.keys.exceedMemoryRequests]), [['default/x', true], ['default/y', false]]);
    assert.deepEqual(why.evicted?.map((e) => [e.pod, e.gracePeriodSeconds]), [['default/x', 1]]);
    assert.equal(evicted.why?.evicted?.[0].pod, 'default/x');
  });

  it('explains a soft threshold still inside its grace period', () => {
    const { pods, stats } = memoryPods([{ name: 'p', memoryWorkingSet: '1Gi' }]);
    const h = newTestManager({ thresholds: [threshold('memory.available', '2Gi', 90_000)], pods, summary: makeMemoryStats('1Gi', stats) });
    const r = h.manager.synchronize();
    assert.equal(r.decision.outcome, 'waiting for grace periods');
    assert.deepEqual(r.decision.pending.map((p) => [p.signal, p.gracePeriod, p.evictableAt - p.firstObservedAt]), [['memory.available', '1m30s', 90_000]]);
  });
});

describe('the control loop (Start)', () => {
  /** A node whose memory is low while more than `keep` pods run; the kill removes the pod after 1s. */
  function loopHarness(keep: number, removeOnKill = true, killMs = 1000) {
    const { pods, stats } = memoryPods([
      { name: 'a', priority: -2, memoryWorkingSet: '1Gi' }, { name: 'b', priority: -1, memoryWorkingSet: '1Gi' }, { name: 'c', priority: 5, memoryWorkingSet: '1Gi' },
    ]);
    let summaries = 0;
    const h = newTestManager({ thresholds: [threshold('memory.available', '1Gi')], pods, summary: makeMemoryStats('4Gi', stats) });
    const times: number[] = [];
    const summary = (): Summary => {
      summaries++;
      const s = makeMemoryStats(h.state.pods.length > keep ? '500Mi' : '4Gi', stats);
      s.node.memory!.time = h.clock.now();
      return s;
    };
    const manager = new EvictionManager({
      clock: h.clock, config: h.config, log: silentLog,
      summary, activePods: () => h.state.pods,
      killPod: (pod) => {
        times.push(h.clock.now());
        const remove = () => { h.state.pods = h.state.pods.filter((p) => p !== pod); };
        if (removeOnKill && killMs === 0) remove();
        else if (removeOnKill) h.clock.setTimer(killMs, remove);
      },
      recordEvent: () => undefined,
    });
    return { ...h, manager, times, summaries: () => summaries };
  }

  it('synchronizes at start and then every 10 seconds', () => {
    const h = loopHarness(3);
    h.manager.start();
    h.clock.flush();
    assert.equal(h.summaries(), 1);
    h.clock.advance(9_999);
    assert.equal(h.summaries(), 1);
    h.clock.advance(1);
    assert.equal(h.summaries(), 2);
    h.manager.stop();
    h.clock.advance(60_000);
    assert.equal(h.summaries(), 2);
  });

  // upstream: eviction_manager.go Start / waitForPodsCleanup: killPodNow blocks for the kill (grace 1 s),
  // then the 1 s cleanup ticker fires once before synchronize runs again.
  it('evicts one pod per cycle and synchronizes again one cleanup tick after the blocking kill returned', () => {
    const h = loopHarness(1);
    const t0 = h.clock.now();
    h.manager.start();
    h.clock.advance(60_000);
    h.manager.stop();
    assert.deepEqual(h.times.map((t) => t - t0), [0, 2000], 'kill 1 s, then the first cleanup tick 1 s later');
    assert.deepEqual(h.state.pods.map((p) => p.metadata?.name), ['c']);
  });

  it('does not wait for the kill of a pod that was gone at once (it never started)', () => {
    const h = loopHarness(1, true, 0);
    const t0 = h.clock.now();
    h.manager.start();
    h.clock.advance(60_000);
    h.manager.stop();
    assert.deepEqual(h.times.map((t) => t - t0), [0, 1000], 'only the first cleanup tick');
  });

  it('gives up waiting after the kill timeout plus 30 seconds when the pod never goes away', () => {
    const h = loopHarness(0, false);
    const t0 = h.clock.now();
    h.manager.start();
    h.clock.advance(45_000);
    h.manager.stop();
    // grace 1 -> killPodNow waits max(10s, 1.5s) = 10s, then waitForPodsCleanup 30s
    assert.deepEqual(h.times.map((t) => t - t0), [0, 40_000]);
  });
});
