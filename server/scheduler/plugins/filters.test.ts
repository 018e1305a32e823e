import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Node, NodeSelectorTerm, Pod, Taint, Toleration } from '../../../core/types.js';
import { NodeInfo, podInfoOf } from '../node-info.js';
import { makeNode, makePod } from '../testing/wrappers.js';
import { prioritizeNodes } from './framework.js';
import { nodeAffinityFilter, nodeAffinityScore } from './node-affinity.js';
import { nodeName } from './node-name.js';
import { nodeUnschedulable } from './node-unschedulable.js';
import { taintTolerationFilter, taintTolerationScore } from './taint-toleration.js';
import { podContext, type FilterPlugin } from './types.js';

let seq = 0;
function podWith(tolerations: Toleration[] = []): Pod {
  const w = makePod(`p${seq}`).uid(`p${seq++}`);
  for (const t of tolerations) w.toleration(t);
  return w.obj();
}
function nodeWith(name: string, taints: Taint[] = []): Node {
  return makeNode(name).capacity({ cpu: '1', memory: '1Gi' }).taints(taints).obj();
}
function run(f: FilterPlugin, pod: Pod, node: Node) {
  return f.filter(podContext(podInfoOf(pod)), new NodeInfo(node));
}

// upstream: TestTaintTolerationFilter (taint_toleration_test.go)
describe('TaintToleration filter', () => {
  const user1: Taint = { key: 'dedicated', value: 'user1', effect: 'NoSchedule' };
  const cases: Array<{ name: string; tolerations: Toleration[]; taints: Taint[]; reason?: string }> = [
    { name: "A pod having no tolerations can't be scheduled onto a node with nonempty taints", tolerations: [], taints: [user1], reason: 'node(s) had untolerated taint {dedicated: user1}' },
    { name: 'A pod which can be scheduled on a dedicated node assigned to user1 with effect NoSchedule', tolerations: [{ key: 'dedicated', value: 'user1', effect: 'NoSchedule' }], taints: [user1] },
    { name: "A pod which can't be scheduled on a dedicated node assigned to user2 with effect NoSchedule", tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'user2', effect: 'NoSchedule' }], taints: [user1], reason: 'node(s) had untolerated taint {dedicated: user1}' },
    { name: 'A pod can be scheduled onto the node, with a toleration uses operator Exists that tolerates the taints on the node', tolerations: [{ key: 'foo', operator: 'Exists', effect: 'NoSchedule' }], taints: [{ key: 'foo', value: 'bar', effect: 'NoSchedule' }] },
    {
      name: 'A pod has multiple tolerations, node has multiple taints, all the taints are tolerated, pod can be scheduled onto the node',
      tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'user2', effect: 'NoSchedule' }, { key: 'foo', operator: 'Exists', effect: 'NoSchedule' }],
      taints: [{ key: 'dedicated', value: 'user2', effect: 'NoSchedule' }, { key: 'foo', value: 'bar', effect: 'NoSchedule' }],
    },
    { name: "A pod has a toleration that keys and values match the taint on the node, but (non-empty) effect doesn't match, can't be scheduled onto the node", tolerations: [{ key: 'foo', operator: 'Equal', value: 'bar', effect: 'PreferNoSchedule' }], taints: [{ key: 'foo', value: 'bar', effect: 'NoSchedule' }], reason: 'node(s) had untolerated taint {foo: bar}' },
    { name: 'The pod has a toleration that keys and values match the taint on the node, the effect of toleration is empty, and the effect of taint is NoSchedule. Pod can be scheduled onto the node', tolerations: [{ key: 'foo', operator: 'Equal', value: 'bar' }], taints: [{ key: 'foo', value: 'bar', effect: 'NoSchedule' }] },
    { name: "The pod has a toleration that key and value don't match the taint on the node, but the effect of taint on node is PreferNoSchedule. Pod can be scheduled onto the node", tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'user2', effect: 'NoSchedule' }], taints: [{ key: 'dedicated', value: 'user1', effect: 'PreferNoSchedule' }] },
    { name: 'The pod has no toleration, but the effect of taint on node is PreferNoSchedule. Pod can be scheduled onto the node', tolerations: [], taints: [{ key: 'dedicated', value: 'user1', effect: 'PreferNoSchedule' }] },
    { name: 'A NoExecute taint the pod does not tolerate rejects the node too', tolerations: [], taints: [{ key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' }], reason: 'node(s) had untolerated taint {node.kubernetes.io/unreachable: }' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const s = run(taintTolerationFilter, podWith(c.tolerations), nodeWith('n', c.taints));
      if (!c.reason) assert.equal(s, null);
      else {
        assert.equal(s?.code, 'UnschedulableAndUnresolvable');
        assert.deepEqual(s?.reasons, [c.reason]);
      }
    });
  }
});

// upstream: TestTaintTolerationScore (taint_toleration_test.go): weight 1 here to see the normalised score.
describe('TaintToleration score', () => {
  const scores = (pod: Pod, nodes: Node[]) =>
    prioritizeNodes(podContext(podInfoOf(pod)), nodes.map((n) => new NodeInfo(n)), [{ ...taintTolerationScore, weight: 1 }]);
  const pns = (key: string, value: string): Taint => ({ key, value, effect: 'PreferNoSchedule' });
  it('node with taints tolerated by the pod, gets a higher score than those node with intolerable taints', () => {
    const pod = podWith([{ key: 'foo', operator: 'Equal', value: 'bar', effect: 'PreferNoSchedule' }]);
    assert.deepEqual(scores(pod, [nodeWith('nodeA', [pns('foo', 'bar')]), nodeWith('nodeB', [pns('foo', 'blah')])]), [100, 0]);
  });
  it('the nodes that all of their taints are tolerated by the pod, get the same score, no matter how many tolerable taints a node has', () => {
    const pod = podWith([{ key: 'cpu-type', operator: 'Equal', value: 'arm64', effect: 'PreferNoSchedule' }, { key: 'disk-type', operator: 'Equal', value: 'ssd', effect: 'PreferNoSchedule' }]);
    assert.deepEqual(scores(pod, [nodeWith('nodeA'), nodeWith('nodeB', [pns('cpu-type', 'arm64')]), nodeWith('nodeC', [pns('cpu-type', 'arm64'), pns('disk-type', 'ssd')])]), [100, 100, 100]);
  });
  it('the more intolerable taints a node has, the lower score it gets.', () => {
    const pod = podWith([{ key: 'foo', operator: 'Equal', value: 'bar', effect: 'PreferNoSchedule' }]);
    assert.deepEqual(scores(pod, [nodeWith('nodeA'), nodeWith('nodeB', [pns('cpu-type', 'arm64')]), nodeWith('nodeC', [pns('cpu-type', 'arm64'), pns('disk-type', 'ssd')])]), [100, 50, 0]);
  });
  it('only taints and tolerations that have effect PreferNoSchedule are checked by prioritizeTaintToleration function', () => {
    const pod = podWith([{ key: 'cpu-type', operator: 'Equal', value: 'arm64', effect: 'NoSchedule' }, { key: 'disk-type', operator: 'Equal', value: 'ssd', effect: 'NoSchedule' }]);
    assert.deepEqual(scores(pod, [nodeWith('nodeA'), nodeWith('nodeB', [{ key: 'cpu-type', value: 'arm64', effect: 'NoSchedule' }]), nodeWith('nodeC', [pns('cpu-type', 'arm64'), pns('disk-type', 'ssd')])]), [100, 100, 0]);
  });
  it('Default behaviour No taints and tolerations, lands on node with no taints', () => {
    assert.deepEqual(scores(podWith(), [nodeWith('nodeA'), nodeWith('nodeB', [pns('cpu-type', 'arm64')])]), [100, 0]);
  });
});

// upstream: TestNodeUnschedulable (node_unschedulable_test.go)
describe('NodeUnschedulable filter', () => {
  it('Does not schedule pod to unschedulable node (node.Spec.Unschedulable==true)', () => {
    const s = run(nodeUnschedulable, podWith(), makeNode('n').unschedulable().obj());
    assert.equal(s?.code, 'UnschedulableAndUnresolvable');
    assert.deepEqual(s?.reasons, ['node(s) were unschedulable']);
  });
  it('Schedule pod to normal node', () => {
    assert.equal(run(nodeUnschedulable, podWith(), makeNode('n').unschedulable(false).obj()), null);
  });
  it('Schedule pod with toleration to unschedulable node (node.Spec.Unschedulable==true)', () => {
    const pod = podWith([{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }]);
    assert.equal(run(nodeUnschedulable, pod, makeNode('n').unschedulable().obj()), null);
  });
});

// upstream: TestNodeName (node_name_test.go)
describe('NodeName filter', () => {
  it('no host specified', () => assert.equal(run(nodeName, podWith(), makeNode('foo').obj()), null));
  it('host matches', () => assert.equal(run(nodeName, makePod('p').node('foo').obj(), makeNode('foo').obj()), null));
  it("host doesn't match", () => {
    assert.deepEqual(run(nodeName, makePod('p').node('bar').obj(), makeNode('foo').obj())?.reasons, ["node(s) didn't match the requested node name"]);
  });
});

// upstream: TestNodeAffinity (node_affinity_test.go), the required-affinity and nodeSelector cases.
describe('NodeAffinity filter', () => {
  const reason = "node(s) didn't match Pod's node affinity/selector";
  const withTerms = (terms: NodeSelectorTerm[]) => {
    const p = podWith();
    p.spec!.affinity = { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: terms } } };
    return p;
  };
  const labeled = (labels: Record<string, string>, name = 'node1') => {
    const n = makeNode(name).obj();
    n.metadata!.labels = labels;
    return n;
  };
  const check = (pod: Pod, node: Node, fits: boolean) => {
    const s = run(nodeAffinityFilter, pod, node);
    if (fits) assert.equal(s, null);
    else {
      assert.equal(s?.code, 'UnschedulableAndUnresolvable');
      assert.deepEqual(s?.reasons, [reason]);
    }
  };
  it('no selector', () => check(podWith(), labeled({}), true));
  it('missing labels', () => check(makePod('p').nodeSelector({ foo: 'bar' }).obj(), labeled({}), false));
  it('same labels', () => check(makePod('p').nodeSelector({ foo: 'bar' }).obj(), labeled({ foo: 'bar' }), true));
  it('node labels are superset', () => check(makePod('p').nodeSelector({ foo: 'bar' }).obj(), labeled({ foo: 'bar', baz: 'blah' }), true));
  it('node labels are subset', () => check(makePod('p').nodeSelector({ foo: 'bar', baz: 'blah' }).obj(), labeled({ foo: 'bar' }), false));
  it('Pod with matchExpressions using In operator that matches the existing node', () =>
    check(withTerms([{ matchExpressions: [{ key: 'foo', operator: 'In', values: ['bar', 'value2'] }] }]), labeled({ foo: 'bar' }), true));
  it('Pod with matchExpressions using Gt operator that matches the existing node', () =>
    check(withTerms([{ matchExpressions: [{ key: 'kernel-version', operator: 'Gt', values: ['0204'] }] }]), labeled({ 'kernel-version': '0206' }), true));
  it("Pod with matchExpressions using NotIn operator that matches the existing node", () =>
    check(withTerms([{ matchExpressions: [{ key: 'mem-type', operator: 'NotIn', values: ['DDR', 'DDR2'] }] }]), labeled({ 'mem-type': 'DDR3' }), true));
  it('Pod with matchExpressions using Exists operator that matches the existing node', () =>
    check(withTerms([{ matchExpressions: [{ key: 'GPU', operator: 'Exists' }] }]), labeled({ GPU: 'NVIDIA-GRID-K1' }), true));
  it("Pod with affinity that don't match node's labels won't schedule onto the node", () =>
    check(withTerms([{ matchExpressions: [{ key: 'foo', operator: 'In', values: ['value1', 'value2'] }] }]), labeled({ foo: 'bar' }), false));
  it("Pod with empty MatchExpressions is not a valid value will match no objects and won't schedule onto the node", () =>
    check(withTerms([{ matchExpressions: [] }]), labeled({ foo: 'bar' }), false));
  it('Pod with no Affinity will schedule onto a node', () => check(podWith(), labeled({ foo: 'bar' }), true));
  it('Pod with multiple matchExpressions ANDed that matches the existing node', () =>
    check(withTerms([{ matchExpressions: [{ key: 'GPU', operator: 'Exists' }, { key: 'GPU', operator: 'NotIn', values: ['AMD', 'INTER'] }] }]), labeled({ GPU: 'NVIDIA-GRID-K1' }), true));
  it("Pod with multiple matchExpressions ANDed that doesn't match the existing node", () =>
    check(withTerms([{ matchExpressions: [{ key: 'GPU', operator: 'Exists' }, { key: 'GPU', operator: 'In', values: ['AMD', 'INTER'] }] }]), labeled({ GPU: 'NVIDIA-GRID-K1' }), false));
  it('Pod with multiple NodeSelectorTerms ORed in affinity, matches the node\'s labels and will schedule onto the node', () =>
    check(withTerms([
      { matchExpressions: [{ key: 'foo', operator: 'In', values: ['bar', 'value2'] }] },
      { matchExpressions: [{ key: 'diffkey', operator: 'In', values: ['wrong', 'value2'] }] },
    ]), labeled({ foo: 'bar' }), true));
  it('Pod with an Affinity and a PodSpec.NodeSelector(the old thing that we are deprecating) both are satisfied, will schedule onto the node', () => {
    const p = withTerms([{ matchExpressions: [{ key: 'foo', operator: 'Exists' }] }]);
    p.spec!.nodeSelector = { foo: 'bar' };
    check(p, labeled({ foo: 'bar' }), true);
  });
  it('Pod with an Affinity matches node\'s labels but the PodSpec.NodeSelector(the old thing that we are deprecating) is not satisfied, won\'t schedule onto the node', () => {
    const p = withTerms([{ matchExpressions: [{ key: 'foo', operator: 'Exists' }] }]);
    p.spec!.nodeSelector = { foo: 'bar' };
    check(p, labeled({ foo: 'barrrrrr' }), false);
  });
  it('Pod with matchFields using In operator that matches the existing node', () =>
    check(withTerms([{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node1'] }] }]), labeled({}), true));
  it('Pod with matchFields using In operator that does not match the existing node', () =>
    check(withTerms([{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node1'] }] }]), labeled({}, 'node2'), false));
  it('Pod with two terms: matchFields does not match, but matchExpressions matches', () =>
    check(withTerms([
      { matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node1'] }] },
      { matchExpressions: [{ key: 'foo', operator: 'In', values: ['bar'] }] },
    ]), labeled({ foo: 'bar' }, 'node2'), true));
  it('Pod with one term: both matchFields and matchExpressions does not match', () =>
    check(withTerms([{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node1'] }], matchExpressions: [{ key: 'foo', operator: 'In', values: ['bar'] }] }]), labeled({ foo: 'bar' }, 'node2'), false));
});

// upstream: TestNodeAffinityPriority (node_affinity_test.go)
describe('NodeAffinity score', () => {
  const prefer = (terms: Array<{ weight: number; key: string; values: string[] }>) => {
    const p = podWith();
    p.spec!.affinity = { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: terms.map((t) => ({ weight: t.weight, preference: { matchExpressions: [{ key: t.key, operator: 'In', values: t.values }] } })) } };
    return p;
  };
  const labeled = (name: string, labels: Record<string, string>) => { const n = makeNode(name).obj(); n.metadata!.labels = labels; return new NodeInfo(n); };
  const scores = (pod: Pod, nodes: NodeInfo[]) => prioritizeNodes(podContext(podInfoOf(pod)), nodes, [{ ...nodeAffinityScore, weight: 1 }]);
  it('all nodes are same priority as NodeAffinity is nil', () => {
    assert.equal(nodeAffinityScore.preScore!(podContext(podInfoOf(podWith()))), false);
  });
  it('only node1 matches the preferred affinity', () => {
    const pod = prefer([{ weight: 2, key: 'foo', values: ['bar'] }]);
    assert.deepEqual(scores(pod, [labeled('node1', { foo: 'bar' }), labeled('node2', { key: 'value' })]), [100, 0]);
  });
  it('all nodes matches the preferred affinity, but with different weights', () => {
    const pod = prefer([{ weight: 2, key: 'foo', values: ['bar'] }, { weight: 4, key: 'key', values: ['value'] }, { weight: 5, key: 'az', values: ['az1'] }]);
    // raw weights: node1 2, node2 4, node3 2+4+5 = 11 → normalised 2*100/11 = 18, 4*100/11 = 36, 100
    assert.deepEqual(scores(pod, [labeled('node1', { foo: 'bar' }), labeled('node2', { key: 'value' }), labeled('node3', { foo: 'bar', key: 'value', az: 'az1' })]), [18, 36, 100]);
  });
});

describe('runDefaultFilters', () => {
  it('gives the same status as running the default filter chain plugin by plugin', async () => {
    const { DEFAULT_FILTERS, filterChain, runDefaultFilters } = await import('./framework.js');
    const chain = filterChain(DEFAULT_FILTERS);
    const nodes = [
      makeNode('plain').capacity({ cpu: '1', memory: '1Gi' }).obj(),
      makeNode('cordoned').capacity({ cpu: '1', memory: '1Gi' }).unschedulable().obj(),
      makeNode('tainted').capacity({ cpu: '1', memory: '1Gi' }).taints([{ key: 'k', value: 'v', effect: 'NoSchedule' }]).obj(),
      makeNode('labelled').label('disk', 'ssd').capacity({ cpu: '1', memory: '1Gi' }).obj(),
      makeNode('tiny').capacity({ cpu: '100m', memory: '1Gi' }).taints([{ key: 'k', value: 'v', effect: 'PreferNoSchedule' }]).obj(),
    ];
    const pods = [
      makePod('a').uid('a').req({ cpu: '500m' }).obj(),
      makePod('b').uid('b').node('plain').obj(),
      makePod('c').uid('c').nodeSelector({ disk: 'ssd' }).obj(),
      makePod('d').uid('d').toleration({ key: 'k', operator: 'Exists' }).toleration({ key: 'node.kubernetes.io/unschedulable', operator: 'Exists' }).req({ cpu: '2' }).obj(),
    ];
    for (const p of pods) {
      for (const n of nodes) {
        const pc = podContext(podInfoOf(p));
        const ni = new NodeInfo(n);
        assert.deepEqual(runDefaultFilters(pc, ni), chain(pc, ni), `${p.metadata!.name} on ${n.metadata!.name}`);
      }
    }
  });
});
