import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DaemonSet, Node, Pod } from '../../../core/types.js';
import { eventsWithReason, evictPod, finishTerminating, makeNode, newTestCluster, runPod, type TestCluster } from '../replicaset/testing.js';
import { daemonSetController } from './daemonset.js';
import { daemonSetDefaults } from './defaults.js';
import { targetNodeName } from './placement.js';

function agent(nodeSelector?: Record<string, string>): DaemonSet {
  return {
    metadata: { name: 'agent', namespace: 'kube-system' },
    spec: {
      selector: { matchLabels: { app: 'agent' } },
      template: { metadata: { labels: { app: 'agent' } }, spec: { containers: [{ name: 'c', image: 'agent:1' }], ...(nodeSelector ? { nodeSelector } : {}) } },
    },
  };
}

function setup(nodes: Node[]): TestCluster {
  const c = newTestCluster({ factories: [daemonSetController], plugins: [daemonSetDefaults] });
  for (const n of nodes) c.store.create('Node', n);
  return c;
}

const livePods = (c: TestCluster) => c.store.list<Pod>('Pod').filter((p) => !p.metadata?.deletionTimestamp);
const byNode = (c: TestCluster) => livePods(c).map((p) => targetNodeName(p)).sort();
const status = (c: TestCluster) => c.store.get<DaemonSet>('DaemonSet', 'kube-system', 'agent')!.status!;

/** The scheduler binds daemon pods where their affinity pins them; the kubelet makes them Ready. */
function schedule(c: TestCluster): void {
  for (const p of livePods(c)) if (!p.spec?.nodeName) runPod(c.store, p, targetNodeName(p)!);
  c.settle();
}

describe('DaemonSet controller', () => {
  it('creates one pod per node, pinned by node affinity, with the default daemon tolerations', () => {
    // upstream: TestSimpleDaemonSetLaunchesPods / TestSimpleDaemonSetScheduleDaemonSetPodsLaunchesPods (daemon_controller_test.go)
    const c = setup([makeNode('node-a'), makeNode('node-b'), makeNode('node-c')]);
    c.registry.create('DaemonSet', agent());
    c.settle();
    assert.deepEqual(byNode(c), ['node-a', 'node-b', 'node-c']);
    for (const p of livePods(c)) {
      assert.equal(p.spec?.nodeName, undefined, 'the scheduler binds it');
      assert.deepEqual(p.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms,
        [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [targetNodeName(p)] }] }]);
      const tol = p.spec?.tolerations ?? [];
      assert.ok(tol.some((t) => t.key === 'node.kubernetes.io/not-ready' && t.effect === 'NoExecute' && t.operator === 'Exists' && t.tolerationSeconds === undefined));
      assert.ok(tol.some((t) => t.key === 'node.kubernetes.io/unreachable' && t.effect === 'NoExecute' && t.tolerationSeconds === undefined));
      assert.ok(tol.some((t) => t.key === 'node.kubernetes.io/memory-pressure' && t.effect === 'NoSchedule'));
      assert.match(p.metadata!.name!, /^agent-/);
      assert.ok(p.metadata!.labels!['controller-revision-hash']);
    }
    assert.equal(eventsWithReason(c.store, 'SuccessfulCreate').length, 3);
    schedule(c);
    const st = status(c);
    assert.deepEqual([st.desiredNumberScheduled, st.currentNumberScheduled, st.numberReady, st.numberAvailable, st.updatedNumberScheduled, st.numberUnavailable, st.numberMisscheduled],
      [3, 3, 3, 3, 3, 0, 0]);
    assert.equal(st.observedGeneration, 1);
    c.stop();
  });

  it('gives a new node a pod and drops the unscheduled pod of a node that went away', () => {
    // upstream: TestNewNodeAddsPods / TestDeleteUnscheduledPodForNotExistingNode (daemon_controller_test.go)
    const c = setup([makeNode('node-a')]);
    c.registry.create('DaemonSet', agent());
    c.settle();
    c.store.create('Node', makeNode('node-b'));
    c.settle();
    assert.deepEqual(byNode(c), ['node-a', 'node-b']);
    c.store.remove('Node', undefined, 'node-b');
    c.settle();
    assert.deepEqual(byNode(c), ['node-a']);
    c.stop();
  });

  it('respects nodeSelector and starts a pod when a node gets the label', () => {
    // upstream: TestNodeSelectorDaemonLaunchesPods / TestNodeAffinityDaemonLaunchesPods (daemon_controller_test.go)
    const c = setup([makeNode('node-a', { disk: 'ssd' }), makeNode('node-b')]);
    c.registry.create('DaemonSet', agent({ disk: 'ssd' }));
    c.settle();
    assert.deepEqual(byNode(c), ['node-a']);
    c.store.mutate<Node>('Node', undefined, 'node-b', (n) => void (n.metadata!.labels = { ...n.metadata!.labels, disk: 'ssd' }));
    c.settle();
    assert.deepEqual(byNode(c), ['node-a', 'node-b']);
    c.stop();
  });

  it('skips nodes with untolerated NoSchedule taints and removes pods from nodes that get an untolerated NoExecute taint', () => {
    // upstream: TestTaintedNodeDaemonDoesNotLaunchIntolerantPods / TestNodeDaemonLaunchesToleratePod (daemon_controller_test.go)
    const c = setup([makeNode('node-a'), makeNode('node-b', {}, [{ key: 'dedicated', value: 'db', effect: 'NoSchedule' }]),
      makeNode('node-c', {}, [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }])]);
    c.registry.create('DaemonSet', agent());
    c.settle();
    assert.deepEqual(byNode(c), ['node-a', 'node-c'], 'cordoned nodes still get daemon pods');
    schedule(c);
    c.store.mutate<Node>('Node', undefined, 'node-a', (n) => void (n.spec = { taints: [{ key: 'dedicated', value: 'db', effect: 'NoExecute' }] }));
    c.settle();
    assert.deepEqual(byNode(c), ['node-c']);
    assert.equal(eventsWithReason(c.store, 'SuccessfulDelete').length, 1);
    c.stop();
  });

  it('deletes an evicted daemon pod and recreates it, backing off when the kubelet keeps failing it', () => {
    // upstream: TestDaemonKillFailedPods / TestDaemonKillFailedPodsBackoff (daemon_controller_test.go)
    const c = setup([makeNode('node-a')]);
    c.registry.create('DaemonSet', agent());
    c.settle();
    schedule(c);
    const first = livePods(c)[0];
    evictPod(c.store, first);
    c.settle();
    const failed = eventsWithReason(c.store, 'FailedDaemonPod');
    assert.equal(failed.length, 1);
    assert.equal(failed[0].message, `Found failed daemon pod kube-system/${first.metadata!.name} on node node-a, will try to kill it`);
    assert.equal(c.store.get('Pod', 'kube-system', first.metadata!.name!), undefined, 'a Failed pod is removed at once');
    const second = livePods(c)[0];
    assert.notEqual(second.metadata!.name, first.metadata!.name);
    schedule(c);
    evictPod(c.store, c.store.get<Pod>('Pod', 'kube-system', second.metadata!.name!)!);
    c.settle();
    assert.ok(c.store.get('Pod', 'kube-system', second.metadata!.name!), 'within the 1s backoff the failed pod stays');
    c.clock.advance(1000);
    assert.equal(c.store.get('Pod', 'kube-system', second.metadata!.name!), undefined);
    assert.equal(livePods(c).length, 1);
    c.stop();
  });

  it('rolls a template change one node at a time (maxUnavailable 1)', () => {
    // upstream: TestDaemonSetUpdatesPods (update_test.go)
    const c = setup([makeNode('node-a'), makeNode('node-b'), makeNode('node-c')]);
    c.registry.create('DaemonSet', agent());
    c.settle();
    schedule(c);
    c.store.mutate<DaemonSet>('DaemonSet', 'kube-system', 'agent', (d) => void (d.spec!.template.spec!.containers[0].image = 'agent:2'));
    c.settle();
    const images = () => livePods(c).map((p) => p.spec!.containers[0].image).sort();
    assert.equal(c.store.list<Pod>('Pod').filter((p) => p.metadata?.deletionTimestamp).length, 1, 'one old pod terminating');
    for (let i = 0; i < 6; i++) {
      finishTerminating(c.store);
      c.settle();
      schedule(c);
    }
    assert.deepEqual(images(), ['agent:2', 'agent:2', 'agent:2']);
    const st = status(c);
    assert.equal(st.updatedNumberScheduled, 3);
    assert.equal(st.observedGeneration, 2);
    c.stop();
  });
});
