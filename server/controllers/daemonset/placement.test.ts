import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DaemonSet, Node, Pod, Taint } from '../../../core/types.js';
import { Backoff } from './backoff.js';
import { nodeShouldRunDaemonPod, podsShouldBeOnNode, replaceNodeNameAffinity, targetNodeName } from './placement.js';
import { planRollingUpdate, updatedDesiredNodeCounts } from './update.js';

function ds(spec: Partial<NonNullable<NonNullable<DaemonSet['spec']>['template']>['spec']> = {}): DaemonSet {
  return {
    metadata: { name: 'ds', namespace: 'default', uid: 'ds-uid', generation: 1 },
    spec: { selector: { matchLabels: { app: 'ds' } }, template: { metadata: { labels: { app: 'ds' } }, spec: { containers: [{ name: 'c', image: 'x' }], ...spec } } },
  };
}

function node(name: string, labels: Record<string, string> = {}, taints: Taint[] = []): Node {
  return { metadata: { name, labels }, spec: taints.length ? { taints } : {} };
}

describe('NodeShouldRunDaemonPod', () => {
  // upstream: TestNodeShouldRunDaemonPod (daemon_controller_test.go)
  const cases: { name: string; ds: DaemonSet; node: Node; shouldRun: boolean; shouldContinueRunning: boolean }[] = [
    { name: 'simple DaemonSet with no constraints', ds: ds(), node: node('n'), shouldRun: true, shouldContinueRunning: true },
    { name: 'nodeSelector that does not match', ds: ds({ nodeSelector: { disk: 'ssd' } }), node: node('n', { disk: 'hdd' }), shouldRun: false, shouldContinueRunning: false },
    { name: 'nodeSelector that matches', ds: ds({ nodeSelector: { disk: 'ssd' } }), node: node('n', { disk: 'ssd' }), shouldRun: true, shouldContinueRunning: true },
    { name: 'template nodeName for another node', ds: ds({ nodeName: 'other' }), node: node('n'), shouldRun: false, shouldContinueRunning: false },
    {
      name: 'required node affinity that does not match',
      ds: ds({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] }] } } } }),
      node: node('n', { zone: 'b' }), shouldRun: false, shouldContinueRunning: false,
    },
    {
      name: 'untolerated NoSchedule taint: no new pod, but a running one may stay',
      ds: ds(), node: node('n', {}, [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }]), shouldRun: false, shouldContinueRunning: true,
    },
    {
      name: 'untolerated NoExecute taint: neither',
      ds: ds(), node: node('n', {}, [{ key: 'dedicated', value: 'gpu', effect: 'NoExecute' }]), shouldRun: false, shouldContinueRunning: false,
    },
    {
      name: 'the default daemon tolerations cover not-ready NoExecute and memory-pressure NoSchedule',
      ds: ds(), node: node('n', {}, [{ key: 'node.kubernetes.io/not-ready', effect: 'NoExecute' }, { key: 'node.kubernetes.io/memory-pressure', effect: 'NoSchedule' }, { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }]),
      shouldRun: true, shouldContinueRunning: true,
    },
    {
      name: 'a PreferNoSchedule taint does not matter',
      ds: ds(), node: node('n', {}, [{ key: 'x', effect: 'PreferNoSchedule' }]), shouldRun: true, shouldContinueRunning: true,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = nodeShouldRunDaemonPod(c.node, c.ds);
      assert.equal(r.shouldRun, c.shouldRun);
      assert.equal(r.shouldContinueRunning, c.shouldContinueRunning);
    });
  }
});

describe('daemon pod node affinity', () => {
  it('pins the node by metadata.name, replacing any required terms', () => {
    // upstream: TestReplaceDaemonSetPodNodeNameNodeAffinity (daemonset_util_test.go)
    const pinned = { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['host_1'] }] }] };
    assert.deepEqual(replaceNodeNameAffinity(undefined, 'host_1'), { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: pinned } });
    const withTerms = {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] }] },
        preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 1, preference: { matchExpressions: [{ key: 'x', operator: 'Exists' }] } }],
      },
    };
    const out = replaceNodeNameAffinity(withTerms, 'host_1');
    assert.deepEqual(out.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution, pinned);
    assert.deepEqual(out.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution, withTerms.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution);
  });

  it('reads the target node from spec.nodeName or the pinned affinity', () => {
    // upstream: TestGetTargetNodeName (daemonset_util_test.go)
    assert.equal(targetNodeName({ spec: { containers: [], nodeName: 'n1' } }), 'n1');
    assert.equal(targetNodeName({ spec: { containers: [], affinity: replaceNodeNameAffinity(undefined, 'n2') } }), 'n2');
    assert.equal(targetNodeName({ spec: { containers: [] } }), undefined);
  });
});

describe('podsShouldBeOnNode', () => {
  const pod = (name: string, phase: string, created: string): Pod => ({
    metadata: { name, namespace: 'default', creationTimestamp: created }, spec: { containers: [], nodeName: 'n' }, status: { phase },
  });
  const run = { shouldRun: true, shouldContinueRunning: true };
  it('creates a pod on a node that has none', () => {
    assert.deepEqual(podsShouldBeOnNode(run, undefined, () => 'delete'), { create: true, delete: [] });
  });
  it('deletes failed and succeeded pods and all but the oldest running pod', () => {
    // upstream: TestDaemonKillFailedPods / TestDeleteUnscheduledPodForNotExistingNode paths (daemon_controller_test.go)
    const r = podsShouldBeOnNode(run, [
      pod('old', 'Running', '2026-01-01T00:00:00Z'), pod('new', 'Running', '2026-01-01T00:01:00Z'),
      pod('failed', 'Failed', '2026-01-01T00:00:00Z'), pod('done', 'Succeeded', '2026-01-01T00:00:00Z'),
    ], () => 'delete');
    assert.deepEqual(r.delete.map((d) => [d.pod.metadata!.name, d.event]), [['failed', 'FailedDaemonPod'], ['done', 'SucceededDaemonPod'], ['new', undefined]]);
  });
  it('waits out the backoff before deleting a failed pod again', () => {
    const b = new Backoff(1000, 15 * 60_000);
    const decide = (now: number) => () => (b.isInBackOffSinceUpdate('k', now) ? b.get('k') : (b.next('k', now), 'delete' as const));
    const failed = [pod('failed', 'Failed', '2026-01-01T00:00:00Z')];
    assert.equal(podsShouldBeOnNode(run, failed, decide(0)).delete.length, 1);
    const again = podsShouldBeOnNode(run, failed, decide(500));
    assert.deepEqual([again.delete.length, again.backoff], [0, 1000]);
    assert.equal(podsShouldBeOnNode(run, failed, decide(1500)).delete.length, 1, 'after 1s the delay doubles to 2s');
    assert.equal(podsShouldBeOnNode(run, failed, decide(3000)).backoff, 2000);
  });
  it('deletes every daemon pod on a node it must leave', () => {
    const r = podsShouldBeOnNode({ shouldRun: false, shouldContinueRunning: false }, [pod('a', 'Running', '2026-01-01T00:00:00Z')], () => 'delete');
    assert.deepEqual(r.delete.map((d) => d.pod.metadata!.name), ['a']);
  });
});

describe('DaemonSet rolling update', () => {
  it('defaults to one unavailable node and rounds percentages up', () => {
    // upstream: TestGetUnavailableNumbers (update_test.go)
    assert.deepEqual(updatedDesiredNodeCounts(ds(), 10), { maxSurge: 0, maxUnavailable: 1 });
    const pct = ds();
    pct.spec!.updateStrategy = { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%' } };
    assert.deepEqual(updatedDesiredNodeCounts(pct, 10), { maxSurge: 0, maxUnavailable: 3 });
    const zero = ds();
    zero.spec!.updateStrategy = { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 0 } };
    assert.deepEqual(updatedDesiredNodeCounts(zero, 10), { maxSurge: 0, maxUnavailable: 1 });
  });
  it('replaces old pods within maxUnavailable, unavailable old pods first and regardless of the budget', () => {
    // upstream: TestDaemonSetUpdatesPods / TestDaemonSetUpdatesWhenNewPosIsNotReady (update_test.go)
    const mk = (name: string, hash: string, ready: boolean): Pod => ({
      metadata: { name, labels: { 'controller-revision-hash': hash } }, spec: { containers: [], nodeName: name },
      status: { phase: 'Running', ...(ready ? { conditions: [{ type: 'Ready', status: 'True' }] } : {}) },
    });
    const m = new Map<string, Pod[]>([['a', [mk('a', 'old', true)]], ['b', [mk('b', 'old', false)]], ['c', [mk('c', 'old', true)]], ['d', [mk('d', 'new', true)]]]);
    const plan = planRollingUpdate(ds(), m, 4, 'new', 0);
    assert.deepEqual(plan.oldPodsToDelete.map((p) => p.metadata!.name), ['b']);
    const healthy = new Map<string, Pod[]>([['a', [mk('a', 'old', true)]], ['c', [mk('c', 'old', true)]]]);
    assert.deepEqual(planRollingUpdate(ds(), healthy, 2, 'new', 0).oldPodsToDelete.map((p) => p.metadata!.name), ['a']);
  });
});
