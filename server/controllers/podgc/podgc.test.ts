import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { toK8sTime } from '../../../core/time-format.js';
import type { Mutable, Node, Pod } from '../../../core/types.js';
import { makeNode, newTestCluster, type TestCluster } from '../replicaset/testing.js';
import { terminatedPodsToDelete, unscheduledTerminatingPods } from './decisions.js';
import { podGCController } from './podgc.js';

const T0 = Date.UTC(1970, 0, 1);
const HOUR = 3600_000;

function pod(name: string, phase: string, o: { node?: string; reason?: string; created?: number; deleting?: boolean } = {}): Pod {
  return {
    metadata: {
      name, namespace: 'default', creationTimestamp: toK8sTime(o.created ?? T0),
      ...(o.deleting ? { deletionTimestamp: toK8sTime(T0), deletionGracePeriodSeconds: 30 } : {}),
    },
    spec: { containers: [], ...(o.node !== '' ? { nodeName: o.node ?? 'node' } : {}) },
    status: { phase, ...(o.reason ? { reason: o.reason } : {}) },
  };
}

/** Pods in order, each created an hour after the previous one, as upstream's tests do. */
function aged(specs: [string, string, string?][]): Pod[] {
  return specs.map(([name, phase, reason], i) => pod(name, phase, { reason, created: T0 + (i + 1) * HOUR }));
}

const names = (pods: Pod[]) => pods.map((p) => p.metadata!.name).sort();

describe('terminated pod GC', () => {
  // upstream: TestGCTerminated (gc_controller_test.go)
  const cases: { name: string; pods: [string, string, string?][]; threshold: number; deleted: string[] }[] = [
    { name: 'delete pod a which is PodFailed and pod b which is PodSucceeded', pods: [['a', 'Failed'], ['b', 'Succeeded'], ['c', 'Failed']], threshold: 1, deleted: ['a', 'b'] },
    { name: 'threshold = 0, disables terminated pod deletion', pods: [['a', 'Failed'], ['b', 'Succeeded']], threshold: 0, deleted: [] },
    { name: 'threshold = 1, delete pod b which is PodSucceeded', pods: [['a', 'Running'], ['b', 'Succeeded'], ['c', 'Failed']], threshold: 1, deleted: ['b'] },
    { name: 'threshold = 1, delete pod a which is PodFailed', pods: [['a', 'Failed'], ['b', 'Succeeded']], threshold: 1, deleted: ['a'] },
    { name: 'threshold = 5, don\'t delete pod', pods: [['a', 'Failed'], ['b', 'Succeeded']], threshold: 5, deleted: [] },
    { name: 'evicted pods go first', pods: [['a', 'Failed'], ['b', 'Succeeded'], ['c', 'Failed', 'Evicted']], threshold: 1, deleted: ['a', 'c'] },
    { name: 'evicted pods go first, running pods never', pods: [['a', 'Running'], ['b', 'Succeeded'], ['c', 'Failed', 'Evicted']], threshold: 1, deleted: ['c'] },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(names(terminatedPodsToDelete(aged(c.pods), c.threshold)), c.deleted));
});

describe('unscheduled terminating pod GC', () => {
  it('deletes terminating pods that were never scheduled, in any phase, and nothing else', () => {
    // upstream: TestGCUnscheduledTerminating (gc_controller_test.go)
    const pods = [
      pod('a', 'Failed', { node: '', deleting: true }), pod('b', 'Succeeded', { node: '', deleting: true }), pod('c', 'Running', { node: '', deleting: true }),
      pod('d', 'Failed', { node: '' }), pod('e', 'Succeeded'), pod('f', 'Running', { deleting: true }),
    ];
    assert.deepEqual(names(unscheduledTerminatingPods(pods)), ['a', 'b', 'c']);
  });
});

describe('pod GC controller', () => {
  function setup(nodes: Node[], pods: Pod[], threshold = 12_500): { c: TestCluster; patched: Map<string, Pod> } {
    const c = newTestCluster({ factories: [podGCController], config: { terminatedPodGcThreshold: threshold } });
    for (const n of nodes) c.store.create('Node', n);
    for (const p of pods) c.store.create('Pod', p);
    const patched = new Map<string, Pod>();
    c.store.watch(['Pod'], {}, (ev) => { if (ev.type === 'MODIFIED') patched.set(ev.object.metadata!.name!, ev.object as Pod); });
    return { c, patched };
  }
  const left = (c: TestCluster) => names(c.store.list<Pod>('Pod'));

  it('deletes pods bound to a node that is gone, only after the 40s quarantine, failing running ones with DeletionByPodGC', () => {
    // upstream: TestGCOrphaned "no nodes, one running pod" / "quarantine not finished" (gc_controller_test.go)
    const { c, patched } = setup([], [pod('a', 'Failed', { node: 'deleted' }), pod('b', 'Succeeded', { node: 'deleted' }), pod('c', 'Running', { node: 'deleted' })]);
    c.clock.advance(40_000);
    assert.deepEqual(left(c), ['a', 'b', 'c'], 'quarantine not finished');
    c.clock.advance(20_000);
    assert.deepEqual(left(c), []);
    assert.deepEqual([...patched.keys()], ['c'], 'only the non-terminal pod is patched');
    const cond = patched.get('c')!.status!.conditions!.find((x) => x.type === 'DisruptionTarget')!;
    assert.deepEqual([patched.get('c')!.status!.phase, cond.status, cond.reason, cond.message], ['Failed', 'True', 'DeletionByPodGC', 'PodGC: node no longer exists']);
    c.stop();
  });

  it('keeps pods whose node exists or comes back during the quarantine', () => {
    // upstream: TestGCOrphaned "some nodes missing" / "node added to client after quarantine" (gc_controller_test.go)
    const { c } = setup([makeNode('existing')], [pod('a', 'Failed', { node: 'deleted' }), pod('b', 'Failed', { node: 'existing' }), pod('d', 'Running', { node: 'back' })]);
    c.clock.advance(20_000);
    c.store.create('Node', makeNode('back'));
    c.clock.advance(60_000);
    assert.deepEqual(left(c), ['b', 'd']);
    c.stop();
  });

  it('keeps terminated pods up to the threshold and force-deletes the rest, oldest first', () => {
    const pods = [...aged([['a', 'Failed'], ['b', 'Succeeded'], ['c', 'Failed']])];
    const { c } = setup([makeNode('node')], pods, 1);
    c.clock.advance(20_000);
    assert.deepEqual(left(c), ['c']);
    c.stop();
  });

  it('force-deletes terminating pods on a NotReady node with the out-of-service taint', () => {
    // upstream: TestGCTerminating (gc_controller_test.go)
    const down = makeNode('down', {}, [{ key: 'node.kubernetes.io/out-of-service', value: 'nodeshutdown', effect: 'NoExecute' }]);
    (down as Mutable<Node>).status = { conditions: [{ type: 'Ready', status: 'False' }] };
    const tainted = makeNode('ready-but-tainted', {}, [{ key: 'node.kubernetes.io/out-of-service', effect: 'NoExecute' }]);
    const { c, patched } = setup([down, tainted], [
      pod('a', 'Running', { node: 'down', deleting: true }), pod('b', 'Running', { node: 'down' }), pod('c', 'Running', { node: 'ready-but-tainted', deleting: true }),
    ]);
    c.clock.advance(20_000);
    assert.deepEqual(left(c), ['b', 'c']);
    assert.equal(patched.get('a')!.status!.phase, 'Failed');
    c.stop();
  });

  it('force-deletes terminating pods that were never scheduled', () => {
    const { c } = setup([], [pod('a', 'Pending', { node: '', deleting: true }), pod('b', 'Pending', { node: '' })]);
    c.clock.advance(20_000);
    assert.deepEqual(left(c), ['b']);
    c.stop();
  });
});
