import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Random } from '../../core/random.js';
import type { Node, Pod } from '../../core/types.js';
import { SchedulerCache } from './cache.js';
import { fitErrorMessage } from './fit-error.js';
import { podInfoOf } from './node-info.js';
import { podContext } from './plugins/types.js';
import { NO_NOMINATIONS, filterWithNominatedPods, numFeasibleNodesToFind, schedulePod, selectHost, type NominatedPods } from './schedule-pod.js';
import { NodeToStatus, newStatus } from './status.js';
import { makeNode, makePod } from './testing/wrappers.js';

function cacheOf(nodes: Node[], pods: Pod[] = []): SchedulerCache {
  const c = new SchedulerCache();
  for (const n of nodes) c.addNode(n);
  for (const p of pods) c.upsertPod(p);
  return c;
}

function nominations(byNode: Record<string, Pod[]>): NominatedPods {
  return { nominatedPodsForNode: (n) => (byNode[n] ?? []).map((p) => podInfoOf(p)) };
}

// upstream: TestNumFeasibleNodesToFind (schedule_one_test.go)
describe('numFeasibleNodesToFind', () => {
  it('not set percentageOfNodesToScore and nodes number not more than 50', () => assert.equal(numFeasibleNodesToFind(10), 10));
  it('set percentageOfNodesToScore and nodes number not more than 50', () => assert.equal(numFeasibleNodesToFind(10, 40), 10));
  it('not set percentageOfNodesToScore and nodes number more than 50', () => assert.equal(numFeasibleNodesToFind(1000), 420));
  it('set percentageOfNodesToScore and nodes number more than 50', () => assert.equal(numFeasibleNodesToFind(1000, 40), 400));
  it('not set percentageOfNodesToScore and nodes number more than 50*125', () => assert.equal(numFeasibleNodesToFind(6000), 300));
  it('set percentageOfNodesToScore and nodes number more than 50*125', () => assert.equal(numFeasibleNodesToFind(6000, 40), 2400));
  it('5000 nodes: 10% is 500', () => assert.equal(numFeasibleNodesToFind(5000), 500));
});

// upstream: TestSelectHost (schedule_one_test.go): the best score wins; ties are broken at random.
describe('selectHost', () => {
  it('unique properly ordered scores', () => {
    assert.equal(selectHost([1, 2], new Random(1)), 1);
  });
  it('equal scores: every top node is chosen sometimes, lower ones never', () => {
    const seen = new Set<number>();
    const r = new Random(7);
    for (let i = 0; i < 200; i++) seen.add(selectHost([1, 2, 2, 2], r));
    assert.deepEqual([...seen].sort(), [1, 2, 3]);
  });
});

// upstream: TestFitError / FitError.Error (framework/types_test.go)
describe('FitError message', () => {
  it('counts every reason of every node, sorted as strings', () => {
    const s = new NodeToStatus();
    s.set('n1', newStatus('Unschedulable', 'NodeResourcesFit', 'Insufficient cpu', 'Insufficient memory'));
    s.set('n2', newStatus('Unschedulable', 'NodeResourcesFit', 'Insufficient memory'));
    s.set('n3', newStatus('UnschedulableAndUnresolvable', 'TaintToleration', 'node(s) had untolerated taint {a: b}'));
    assert.equal(fitErrorMessage(3, s), '0/3 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint {a: b}, 2 Insufficient memory.');
  });
  it('appends the PostFilter message after the histogram', () => {
    const s = new NodeToStatus();
    s.set('n1', newStatus('Unschedulable', 'NodeResourcesFit', 'Too many pods'));
    assert.equal(fitErrorMessage(1, s, 'preemption: x.'), '0/1 nodes are available: 1 Too many pods. preemption: x.');
  });
});

describe('schedulePod', () => {
  const big = () => makeNode('big').capacity({ cpu: '4', memory: '8Gi' }).obj();
  const small = () => makeNode('small').capacity({ cpu: '2', memory: '4Gi' }).obj();

  it('prefers the node with more free resources (LeastAllocated + BalancedAllocation)', () => {
    const c = cacheOf([small(), big()]);
    const pc = podContext(podInfoOf(makePod('p').uid('p').req({ cpu: '1', memory: '1Gi' }).obj()));
    const r = schedulePod({ pc, nodes: c.nodes(), getNode: (n) => c.get(n), nominated: NO_NOMINATIONS, nextStartNodeIndex: 0, random: new Random(1) });
    assert.ok(r.ok);
    assert.equal(r.ok && r.node, 'big');
    assert.equal(r.ok && r.feasibleNodes, 2);
  });

  it('tries the nominated node first and takes it when it fits', () => {
    const c = cacheOf([big(), small()]);
    const pc = podContext(podInfoOf(makePod('p').uid('p').req({ cpu: '1' }).nominatedNodeName('small').obj()));
    const r = schedulePod({ pc, nodes: c.nodes(), getNode: (n) => c.get(n), nominated: NO_NOMINATIONS, nextStartNodeIndex: 0, random: new Random(1) });
    assert.deepEqual(r.ok && [r.node, r.evaluatedNodes], ['small', 1]);
  });

  it('returns every node\'s filter status when nothing fits', () => {
    const tainted = makeNode('t').capacity({ cpu: '4', memory: '8Gi' }).taints([{ key: 'dedicated', value: 'infra', effect: 'NoSchedule' }]).obj();
    const c = cacheOf([tainted, small()]);
    const pc = podContext(podInfoOf(makePod('p').uid('p').req({ cpu: '3' }).obj()));
    const r = schedulePod({ pc, nodes: c.nodes(), getNode: (n) => c.get(n), nominated: NO_NOMINATIONS, nextStartNodeIndex: 0, random: new Random(1) });
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(fitErrorMessage(r.numAllNodes, r.statuses), '0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint {dedicated: infra}.');
  });

  it('continues the node search where the previous cycle stopped (nextStartNodeIndex)', () => {
    const nodes = Array.from({ length: 200 }, (_, i) => makeNode(`n${String(i).padStart(3, '0')}`).capacity({ cpu: '1', memory: '1Gi' }).obj());
    const c = cacheOf(nodes);
    const pc = podContext(podInfoOf(makePod('p').uid('p').obj()));
    const r = schedulePod({ pc, nodes: c.nodes(), getNode: (n) => c.get(n), nominated: NO_NOMINATIONS, nextStartNodeIndex: 150, random: new Random(1) });
    // 200 nodes: 100 feasible nodes are enough (minFeasibleNodesToFind); the search wraps around.
    assert.equal(r.ok && r.feasibleNodes, 100);
    assert.equal(r.nextStartNodeIndex, 50);
  });

  // upstream: TestRunFilterPluginsWithNominatedPods (framework_test.go) / addGENominatedPods
  it('counts pods nominated to a node with priority at least the pod\'s', () => {
    const n1 = makeNode('n1').capacity({ cpu: '1', memory: '1Gi' }).obj();
    const c = cacheOf([n1]);
    const nominated = nominations({ n1: [makePod('nom').uid('nom').priority(100).req({ cpu: '800m' }).obj()] });
    const low = podContext(podInfoOf(makePod('low').uid('low').priority(50).req({ cpu: '500m' }).obj()));
    assert.deepEqual(filterWithNominatedPods(low, c.get('n1')!, nominated)?.reasons, ['Insufficient cpu']);
    const equal = podContext(podInfoOf(makePod('eq').uid('eq').priority(100).req({ cpu: '500m' }).obj()));
    assert.deepEqual(filterWithNominatedPods(equal, c.get('n1')!, nominated)?.reasons, ['Insufficient cpu']);
    const high = podContext(podInfoOf(makePod('high').uid('high').priority(200).req({ cpu: '500m' }).obj()));
    assert.equal(filterWithNominatedPods(high, c.get('n1')!, nominated), null);
    assert.equal(c.get('n1')!.pods.size, 0, 'the cached node is not modified');
  });
});

describe('SchedulerCache', () => {
  it('interleaves zones in the node list (node tree) and rebuilds it only on node changes', () => {
    const z = (name: string, zone: string) => makeNode(name).label('topology.kubernetes.io/zone', zone).obj();
    const c = cacheOf([z('a1', 'a'), z('a2', 'a'), z('b1', 'b'), z('a3', 'a'), z('c1', 'c')]);
    assert.deepEqual(c.nodes().map((n) => n.name), ['a1', 'b1', 'c1', 'a2', 'a3']);
    c.removeNode('b1');
    assert.deepEqual(c.nodes().map((n) => n.name), ['a1', 'c1', 'a2', 'a3']);
  });
  it('keeps requested resources per node incrementally and drops terminal pods', () => {
    const c = cacheOf([makeNode('n').capacity({ cpu: '4', memory: '8Gi' }).obj()]);
    const p = makePod('p').uid('p').node('n').req({ cpu: '1', memory: '1Gi' }).obj();
    c.upsertPod(p);
    assert.equal(c.get('n')!.requested.milliCPU, 1000);
    c.upsertPod(makePod('p').uid('p').node('n').req({ cpu: '1', memory: '1Gi' }).phase('Succeeded').obj());
    assert.equal(c.get('n')!.requested.milliCPU, 0);
    assert.equal(c.get('n')!.pods.size, 0);
  });
  it('keeps pods of a node it does not know yet and attaches them when the node arrives', () => {
    const c = new SchedulerCache();
    c.upsertPod(makePod('p').uid('p').node('late').req({ cpu: '1' }).obj());
    assert.equal(c.get('late'), undefined);
    c.addNode(makeNode('late').capacity({ cpu: '2', memory: '1Gi' }).obj());
    assert.equal(c.get('late')!.requested.milliCPU, 1000);
  });
});
