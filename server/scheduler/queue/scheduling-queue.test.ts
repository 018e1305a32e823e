import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../../core/clock/index.js';
import type { Pod } from '../../../core/types.js';
import { makeNode, makePod, highPriority, midPriority, lowPriority } from '../testing/wrappers.js';
import { calculateBackoffDuration } from './backoff.js';
import { SchedulingQueue } from './scheduling-queue.js';

function newQueue(opts: { popFromBackoffQ?: boolean } = {}) {
  const clock = new ManualClock();
  let work = 0;
  const q = new SchedulingQueue({
    clock, podInitialBackoff: 1000, podMaxBackoff: 10_000, popFromBackoffQ: opts.popFromBackoffQ ?? false,
    isStillPending: () => true, onWork: () => void work++,
  });
  return { q, clock, work: () => work };
}

/** Pops the pod and fails it with the given rejecting plugins. */
function popAndFail(q: SchedulingQueue, rejectors: string[]): ReturnType<SchedulingQueue['pop']> {
  const qpi = q.pop();
  assert.ok(qpi);
  q.addUnschedulableIfNotPresent(qpi, new Set(rejectors));
  return qpi;
}

// upstream: TestBackoffQueue_calculateBackoffDuration (backoff_queue_test.go)
describe('backoff duration', () => {
  it('no backoff', () => assert.equal(calculateBackoffDuration(0, 1, 32), 0));
  it('normal', () => assert.equal(calculateBackoffDuration(16, 1, 32), 32));
  it('overflow_32bit', () => assert.equal(calculateBackoffDuration(32, 1, 2 ** 31 - 1), 2 ** 31 - 1));
  it('doubles from podInitialBackoff 1s and is capped at podMaxBackoff 10s', () => {
    assert.deepEqual([1, 2, 3, 4, 5, 6].map((a) => calculateBackoffDuration(a, 1000, 10_000)), [1000, 2000, 4000, 8000, 10_000, 10_000]);
  });
});

describe('SchedulingQueue', () => {
  // upstream: TestPriorityQueue_Pop / TestPriorityQueue_Add (scheduling_queue_test.go)
  it('pops the highest priority first, then in arrival order', () => {
    const { q } = newQueue();
    q.add(makePod('low').uid('low').priority(lowPriority).obj());
    q.add(makePod('mid1').uid('mid1').priority(midPriority).obj());
    q.add(makePod('high').uid('high').priority(highPriority).obj());
    q.add(makePod('mid2').uid('mid2').priority(midPriority).obj());
    const order: string[] = [];
    for (let p = q.pop(); p; p = q.pop()) {
      order.push(p.pod.metadata!.name!);
      q.done(p.uid);
    }
    assert.deepEqual(order, ['high', 'mid1', 'mid2', 'low']);
  });

  // upstream: TestPriorityQueue_AddUnschedulableIfNotPresent (scheduling_queue_test.go)
  it('parks a rejected pod in unschedulablePods when no event happened during its attempt', () => {
    const { q } = newQueue();
    q.add(makePod('p').uid('p').obj());
    const qpi = popAndFail(q, ['NodeResourcesFit'])!;
    assert.equal(q.where(qpi.uid), 'unschedulable');
    assert.equal(qpi.attempts, 1);
  });

  // upstream: TestPriorityQueue_AddUnschedulableIfNotPresent_Backoff / in-flight events with queueing hints
  it('sends a rejected pod to backoffQ when a relevant event arrived during its attempt', () => {
    const { q } = newQueue();
    q.add(makePod('p').uid('p').obj());
    const qpi = q.pop()!;
    q.moveAllToActiveOrBackoffQueue({ type: 'NodeAdd', node: makeNode('n').capacity({ cpu: '1', memory: '1Gi' }).obj() });
    q.addUnschedulableIfNotPresent(qpi, new Set(['NodeResourcesFit']));
    assert.equal(q.where('p'), 'backoff');
  });

  it('keeps a rejected pod parked when the event during its attempt is irrelevant to its rejectors', () => {
    const { q } = newQueue();
    q.add(makePod('p').uid('p').obj());
    const qpi = q.pop()!;
    q.moveAllToActiveOrBackoffQueue({ type: 'AssignedPodDelete', pod: makePod('other').node('n').obj() });
    q.addUnschedulableIfNotPresent(qpi, new Set(['TaintToleration']));
    assert.equal(q.where('p'), 'unschedulable');
  });

  // upstream: TestPriorityQueue_MoveAllToActiveOrBackoffQueue (queueing hints)
  it('moves an unschedulable pod on an event its rejecting plugin registered for, after backoff', () => {
    const { q, clock } = newQueue();
    q.add(makePod('p').uid('p').req({ cpu: '1' }).obj());
    popAndFail(q, ['NodeResourcesFit']);
    // A node too small for the pod: the NodeResourcesFit hint says Skip.
    q.moveAllToActiveOrBackoffQueue({ type: 'NodeAdd', node: makeNode('small').capacity({ cpu: '500m', memory: '1Gi' }).obj() });
    assert.equal(q.where('p'), 'unschedulable');
    // A big enough node: Queue; the pod is still within its 1s backoff.
    q.moveAllToActiveOrBackoffQueue({ type: 'NodeAdd', node: makeNode('big').capacity({ cpu: '2', memory: '1Gi' }).obj() });
    assert.equal(q.where('p'), 'backoff');
    // isPodBackingoff: still backing off at exactly timestamp + 1s, done right after.
    clock.advance(1000);
    q.flushBackoffQCompleted();
    assert.equal(q.where('p'), 'backoff');
    clock.advance(1);
    q.flushBackoffQCompleted();
    assert.equal(q.where('p'), 'active');
  });

  it('lets a deleted bound pod requeue pods rejected for resources but not pods rejected by taints', () => {
    const { q } = newQueue();
    q.add(makePod('fit').uid('fit').obj());
    q.add(makePod('taint').uid('taint').obj());
    popAndFail(q, ['NodeResourcesFit']);
    popAndFail(q, ['TaintToleration']);
    q.moveAllToActiveOrBackoffQueue({ type: 'AssignedPodDelete', pod: makePod('gone').node('n1').obj() });
    assert.equal(q.where('fit'), 'backoff');
    assert.equal(q.where('taint'), 'unschedulable');
  });

  it('backs off 1s, 2s, 4s, 8s then 10s between attempts', () => {
    const { q, clock } = newQueue();
    q.add(makePod('p').uid('p').obj());
    for (const backoff of [1000, 2000, 4000, 8000, 10_000, 10_000]) {
      popAndFail(q, ['NodeResourcesFit']);
      q.moveAllToActiveOrBackoffQueue({ type: 'AssignedPodDelete', pod: makePod('x').node('n').obj() });
      clock.advance(backoff);
      q.flushBackoffQCompleted();
      assert.equal(q.where('p'), 'backoff', `still backing off ${backoff}ms after the failure`);
      clock.advance(1);
      q.flushBackoffQCompleted();
      assert.equal(q.where('p'), 'active', `retried right after ${backoff}ms`);
    }
  });

  // upstream: TestPriorityQueue_flushUnschedulablePodsLeftover (scheduling_queue_test.go)
  it('retries pods that stayed unschedulable for more than 5 minutes', () => {
    const { q, clock } = newQueue();
    q.add(makePod('p').uid('p').obj());
    popAndFail(q, ['TaintToleration']);
    clock.advance(5 * 60_000);
    q.flushUnschedulablePodsLeftover();
    assert.equal(q.where('p'), 'unschedulable');
    clock.advance(1);
    q.flushUnschedulablePodsLeftover();
    assert.equal(q.where('p'), 'active');
  });

  // KEP-5142 SchedulerPopFromBackoffQ (beta since v1.33)
  it('pops from backoffQ when activeQ is empty, with PopFromBackoffQ on', () => {
    const { q } = newQueue({ popFromBackoffQ: true });
    q.add(makePod('p').uid('p').obj());
    popAndFail(q, ['NodeResourcesFit']);
    q.moveAllToActiveOrBackoffQueue({ type: 'AssignedPodDelete', pod: makePod('x').node('n').obj() });
    assert.equal(q.where('p'), 'backoff');
    assert.equal(q.hasWork(), true);
    assert.equal(q.pop()?.uid, 'p');
  });

  it('does not pop from backoffQ when PopFromBackoffQ is off', () => {
    const { q } = newQueue({ popFromBackoffQ: false });
    q.add(makePod('p').uid('p').obj());
    popAndFail(q, ['NodeResourcesFit']);
    q.moveAllToActiveOrBackoffQueue({ type: 'AssignedPodDelete', pod: makePod('x').node('n').obj() });
    assert.equal(q.hasWork(), false);
    assert.equal(q.pop(), undefined);
  });

  it('retries a pod that failed with an error (no rejecting plugin) after backoff, from the error backoff queue', () => {
    const { q, clock } = newQueue({ popFromBackoffQ: true });
    q.add(makePod('p').uid('p').obj());
    popAndFail(q, []);
    assert.equal(q.where('p'), 'backoff');
    assert.equal(q.hasWork(), false, 'the error backoff queue is not popped early');
    // With PopFromBackoffQ, expiry is compared per 1s ordering window: done only once the window after it starts.
    clock.advance(1999);
    q.flushBackoffQCompleted();
    assert.equal(q.where('p'), 'backoff');
    clock.advance(1);
    q.flushBackoffQCompleted();
    assert.equal(q.where('p'), 'active');
  });

  // upstream: TestPriorityQueue_Update (scheduling_queue_test.go): an update that may make the pod schedulable
  it('requeues an unschedulable pod when its own tolerations change, but not on status-only updates', () => {
    const { q } = newQueue();
    const pod = makePod('p').uid('p').obj();
    q.add(pod);
    const qpi = popAndFail(q, ['TaintToleration'])!;
    const statusOnly: Pod = { ...qpi.pod, status: { ...qpi.pod.status, conditions: [{ type: 'PodScheduled', status: 'False' }] } };
    q.update(qpi.pod, statusOnly);
    assert.equal(q.where('p'), 'unschedulable');
    const tolerating = makePod('p').uid('p').toleration({ key: 'k', operator: 'Exists' }).obj();
    q.update(statusOnly, tolerating);
    assert.equal(q.where('p'), 'backoff');
  });

  // upstream: TestPriorityQueue_NominatedPodsForNode / TestPriorityQueue_UpdateNominatedPodForNode
  it('tracks nominated pods per node and keeps an in-memory nomination across updates', () => {
    const { q } = newQueue();
    const p = makePod('p').uid('p').priority(highPriority).obj();
    q.add(p);
    q.addNominatedPod(p, { mode: 'Override', nodeName: 'node1' });
    assert.deepEqual(q.nominator.nominatedPodsForNode('node1').map((x) => x.uid), ['p']);
    const p2 = makePod('p').uid('p').priority(highPriority).label('a', 'b').obj();
    q.update(p, p2);
    assert.deepEqual(q.nominator.nominatedPodsForNode('node1').map((x) => x.uid), ['p']);
    q.addNominatedPod(p2, { mode: 'Override', nodeName: '' });
    assert.deepEqual(q.nominator.nominatedPodsForNode('node1'), []);
    q.addNominatedPod(makePod('p').uid('p').nominatedNodeName('node2').obj(), null);
    assert.equal(q.nominator.nominatedNodeOf('p'), 'node2');
    q.delete(p2);
    assert.equal(q.nominator.nominatedNodeOf('p'), undefined);
  });

  // upstream: TestPriorityQueue_Add with SchedulingGates (scheduling_gates PreEnqueue)
  it('holds a pod with scheduling gates until the gates are removed', () => {
    const { q } = newQueue();
    const gated = makePod('g').uid('g').obj();
    gated.spec!.schedulingGates = [{ name: 'example.com/wait' }];
    q.add(gated);
    assert.equal(q.where('g'), 'unschedulable');
    assert.equal(q.pop(), undefined);
    q.moveAllToActiveOrBackoffQueue({ type: 'UnschedulableTimeout' });
    assert.equal(q.where('g'), 'unschedulable');
    q.update(gated, makePod('g').uid('g').obj());
    assert.equal(q.where('g'), 'active');
  });
});
