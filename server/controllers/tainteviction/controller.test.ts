import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { toK8sTime } from '../../../core/time-format.js';
import type { Mutable, Node, Pod, Taint, Toleration } from '../../../core/types.js';
import {
  addNode, addPod, condition, events, getPod, harness, podObject, SECOND, T0, whyOf, type Harness,
} from '../nodelifecycle/testkit.js';
import { TaintEvictionController } from './controller.js';

/** createNoExecuteTaint(i) of the upstream test. */
const taint = (h: Harness, i: number): Taint => ({ key: `testTaint${i}`, value: `test${i}`, effect: 'NoExecute', timeAdded: toK8sTime(h.clock.now()) });
/** addToleration(pod, i, seconds): a negative duration tolerates forever. */
const tol = (i: number, seconds: number): Toleration[] => [{
  key: `testTaint${i}`, value: `test${i}`, effect: 'NoExecute', ...(seconds < 0 ? {} : { tolerationSeconds: seconds }),
}];

function start(h: Harness): TaintEvictionController {
  const c = new TaintEvictionController(h.ctx);
  c.start();
  return c;
}

function setTaints(h: Harness, node: string, taints: Taint[]): void {
  h.store.mutate<Node>('Node', undefined, node, (n) => { n.spec = { ...n.spec, taints }; });
}

function setTolerations(h: Harness, pod: string, tolerations: Toleration[] | undefined): void {
  h.store.mutate<Pod>('Pod', 'default', pod, (p) => { p.spec = { ...p.spec!, tolerations }; });
}

/** Whether the pod got the DisruptionTarget condition ("patch") and was deleted (graceful or not). */
function actions(h: Harness, pod: string): { patched: boolean; deleted: boolean } {
  const p = getPod(h, pod);
  if (!p) return { patched: true, deleted: true };
  return { patched: condition(p, 'DisruptionTarget')?.status === 'True', deleted: !!p.metadata?.deletionTimestamp };
}

const none = { patched: false, deleted: false };
const both = { patched: true, deleted: true };

describe('TaintEvictionController', () => {
  // upstream: TestCreatePod (taint_eviction_test.go)
  describe('pod creation (TestCreatePod)', () => {
    const cases: Array<[string, { nodeName: string; tainted: boolean; tolerations?: Toleration[] }, typeof none]> = [
      ['not scheduled - ignore', { nodeName: '', tainted: true }, none],
      ['scheduled on untainted Node', { nodeName: 'node1', tainted: false }, none],
      ['schedule on tainted Node', { nodeName: 'node1', tainted: true }, both],
      ['schedule on tainted Node with finite toleration', { nodeName: 'node1', tainted: true, tolerations: tol(1, 100) }, none],
      ['schedule on tainted Node with infinite toleration', { nodeName: 'node1', tainted: true, tolerations: tol(1, -1) }, none],
      ['schedule on tainted Node with infinite invalid toleration', { nodeName: 'node1', tainted: true, tolerations: tol(2, -1) }, both],
    ];
    for (const [d, o, want] of cases) {
      it(d, () => {
        const h = harness();
        addNode(h, 'node1', o.tainted ? { taints: [taint(h, 1)] } : {});
        const c = start(h);
        addPod(h, 'pod1', o.nodeName, { tolerations: o.tolerations });
        h.clock.advance(SECOND);
        assert.deepEqual(actions(h, 'pod1'), want);
        c.stop();
      });
    }
  });

  // upstream: TestDeletePod
  it('cancels the pending eviction of a deleted pod', () => {
    const h = harness();
    addNode(h, 'node1', { taints: [taint(h, 1)] });
    const c = start(h);
    addPod(h, 'pod1', 'node1', { tolerations: tol(1, 100) });
    assert.ok(c.scheduledEviction('default', 'pod1'));
    h.store.remove('Pod', 'default', 'pod1');
    assert.equal(c.scheduledEviction('default', 'pod1'), undefined);
    assert.deepEqual(events(h, 'TaintManagerEviction').map((e) => e.message), ['Cancelling deletion of Pod default/pod1']);
    h.clock.advance(200 * SECOND);
    c.stop();
  });

  // upstream: TestUpdatePod
  describe('pod updates (TestUpdatePod)', () => {
    it('scheduling onto a tainted node evicts at once', () => {
      const h = harness();
      addNode(h, 'node1', { taints: [taint(h, 1)] });
      const c = start(h);
      addPod(h, 'pod1', '');
      h.store.mutate<Pod>('Pod', 'default', 'pod1', (p) => { p.spec = { ...p.spec!, nodeName: 'node1' }; });
      assert.deepEqual(actions(h, 'pod1'), both);
      c.stop();
    });

    it('scheduling onto a tainted node with a forever toleration does nothing', () => {
      const h = harness();
      addNode(h, 'node1', { taints: [taint(h, 1)] });
      const c = start(h);
      addPod(h, 'pod1', '', { tolerations: tol(1, -1) });
      h.store.mutate<Pod>('Pod', 'default', 'pod1', (p) => { p.spec = { ...p.spec!, nodeName: 'node1' }; });
      h.clock.advance(SECOND);
      assert.deepEqual(actions(h, 'pod1'), none);
      c.stop();
    });

    it('removing the toleration evicts at once', () => {
      const h = harness();
      addNode(h, 'node1', { taints: [taint(h, 1)] });
      const c = start(h);
      addPod(h, 'pod1', 'node1', { tolerations: tol(1, 100) });
      assert.ok(c.scheduledEviction('default', 'pod1'));
      setTolerations(h, 'pod1', undefined);
      assert.deepEqual(actions(h, 'pod1'), both);
      c.stop();
    });

    it("lengthening toleration shouldn't work: the pod is still deleted at +1s", () => {
      const h = harness();
      addNode(h, 'node1', { taints: [taint(h, 1)] });
      const c = start(h);
      addPod(h, 'pod1', 'node1', { tolerations: tol(1, 1) });
      h.clock.advance(100);
      setTolerations(h, 'pod1', tol(1, 100));
      h.clock.advance(899);
      assert.deepEqual(actions(h, 'pod1'), none);
      h.clock.advance(1);
      assert.deepEqual(actions(h, 'pod1'), both);
      c.stop();
    });

    it('shortening the toleration does not bring the deletion forward either', () => {
      const h = harness();
      addNode(h, 'node1', { taints: [taint(h, 1)] });
      const c = start(h);
      addPod(h, 'pod1', 'node1', { tolerations: tol(1, 100) });
      setTolerations(h, 'pod1', tol(1, 1));
      h.clock.advance(99 * SECOND);
      assert.deepEqual(actions(h, 'pod1'), none);
      h.clock.advance(SECOND);
      assert.deepEqual(actions(h, 'pod1'), both);
      c.stop();
    });
  });

  // upstream: TestCreateNode
  describe('node creation (TestCreateNode)', () => {
    const cases: Array<[string, boolean, Toleration[] | undefined, typeof none]> = [
      ['Creating Node matching already assigned Pod', false, undefined, none],
      ['Creating tainted Node matching already assigned Pod', true, undefined, both],
      ['Creating tainted Node matching already assigned tolerating Pod', true, tol(1, -1), none],
    ];
    for (const [d, tainted, tolerations, want] of cases) {
      it(d, () => {
        const h = harness();
        addPod(h, 'pod1', 'node1', { tolerations });
        const c = start(h);
        addNode(h, 'node1', tainted ? { taints: [taint(h, 1)] } : {});
        assert.deepEqual(actions(h, 'pod1'), want);
        c.stop();
      });
    }
  });

  // upstream: TestDeleteNode
  it('forgets a deleted node without cancelling pending evictions', () => {
    const h = harness();
    addNode(h, 'node1', { taints: [taint(h, 1)] });
    addPod(h, 'pod1', 'node1', { tolerations: tol(1, 10) });
    const c = start(h);
    h.store.remove('Node', undefined, 'node1');
    addPod(h, 'pod2', 'node1');
    assert.deepEqual(actions(h, 'pod2'), none, 'no taints are known for the deleted node');
    h.clock.advance(10 * SECOND);
    assert.deepEqual(actions(h, 'pod1'), both);
    c.stop();
  });

  // upstream: TestUpdateNode
  describe('node updates (TestUpdateNode)', () => {
    it('Added taint, expect node patched and deleted', () => {
      const h = harness();
      addNode(h, 'node1');
      addPod(h, 'pod1', 'node1');
      const c = start(h);
      setTaints(h, 'node1', [taint(h, 1)]);
      assert.deepEqual(actions(h, 'pod1'), both);
      c.stop();
    });

    it('Added tolerated taint', () => {
      const h = harness();
      addNode(h, 'node1');
      addPod(h, 'pod1', 'node1', { tolerations: tol(1, 100) });
      const c = start(h);
      setTaints(h, 'node1', [taint(h, 1)]);
      h.clock.advance(99 * SECOND);
      assert.deepEqual(actions(h, 'pod1'), none);
      c.stop();
    });

    it('Only one added taint tolerated', () => {
      const h = harness();
      addNode(h, 'node1');
      addPod(h, 'pod1', 'node1', { tolerations: tol(1, 100) });
      const c = start(h);
      setTaints(h, 'node1', [taint(h, 1), taint(h, 2)]);
      assert.deepEqual(actions(h, 'pod1'), both);
      c.stop();
    });

    it('Taint removed: the pending eviction is cancelled with an event', () => {
      const h = harness();
      addNode(h, 'node1', { taints: [taint(h, 1)] });
      addPod(h, 'pod1', 'node1', { tolerations: tol(1, 1) });
      const c = start(h);
      setTaints(h, 'node1', []);
      h.clock.advance(1500);
      assert.deepEqual(actions(h, 'pod1'), none);
      assert.deepEqual(events(h, 'TaintManagerEviction').map((e) => e.message), ['Cancelling deletion of Pod default/pod1']);
      c.stop();
    });

    it('Pod with multiple tolerations are evicted when first one runs out', () => {
      const h = harness();
      addNode(h, 'node1');
      addPod(h, 'pod1', 'node1', { tolerations: [...tol(1, 1), ...tol(2, 100)] });
      const c = start(h);
      setTaints(h, 'node1', [taint(h, 1), taint(h, 2)]);
      h.clock.advance(999);
      assert.deepEqual(actions(h, 'pod1'), none);
      h.clock.advance(1);
      assert.deepEqual(actions(h, 'pod1'), both);
      c.stop();
    });
  });

  // upstream: TestUpdateNodeWithMultipleTaints
  it('tracks forever and temporary tolerations as taints come and go', () => {
    const h = harness();
    addNode(h, 'node1');
    addPod(h, 'pod1', 'node1', {
      tolerations: [
        { key: 'testTaint1', operator: 'Exists', effect: 'NoExecute' },
        { key: 'testTaint2', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 60 },
      ],
    });
    const c = start(h);
    const t1 = taint(h, 1);
    const t2 = taint(h, 2);
    assert.equal(c.scheduledEviction('default', 'pod1'), undefined, 'no taint');
    setTaints(h, 'node1', [t1]);
    assert.equal(c.scheduledEviction('default', 'pod1'), undefined, 'infinitely tolerated taint');
    setTaints(h, 'node1', [t1, t2]);
    assert.equal(c.scheduledEviction('default', 'pod1')?.fireAt, T0 + 60 * SECOND, 'temporarily tolerated taint');
    setTaints(h, 'node1', [t1]);
    assert.equal(c.scheduledEviction('default', 'pod1'), undefined, 'back to the infinitely tolerated taint');
    h.clock.advance(120 * SECOND);
    assert.deepEqual(actions(h, 'pod1'), none);
    c.stop();
  });

  // upstream: TestUpdateNodeWithMultiplePods
  describe('pods with different tolerations on one node (TestUpdateNodeWithMultiplePods)', () => {
    it('Pods with different toleration times are evicted appropriately', () => {
      const h = harness();
      addNode(h, 'node1');
      addPod(h, 'pod1', 'node1');
      addPod(h, 'pod2', 'node1', { tolerations: tol(1, 1) });
      addPod(h, 'pod3', 'node1', { tolerations: tol(1, -1) });
      const c = start(h);
      setTaints(h, 'node1', [taint(h, 1)]);
      assert.deepEqual(['pod1', 'pod2', 'pod3'].map((p) => actions(h, p).deleted), [true, false, false]);
      h.clock.advance(SECOND);
      assert.deepEqual(['pod1', 'pod2', 'pod3'].map((p) => actions(h, p).deleted), [true, true, false]);
      c.stop();
    });

    it('Evict all pods not matching all taints instantly', () => {
      const h = harness();
      addNode(h, 'node1');
      addPod(h, 'pod1', 'node1');
      addPod(h, 'pod2', 'node1', { tolerations: tol(1, 1) });
      addPod(h, 'pod3', 'node1', { tolerations: tol(1, -1) });
      const c = start(h);
      setTaints(h, 'node1', [taint(h, 1), taint(h, 2)]);
      assert.deepEqual(['pod1', 'pod2', 'pod3'].map((p) => actions(h, p).deleted), [true, true, true]);
      c.stop();
    });
  });

  // upstream: TestEventualConsistency
  describe('pods that arrive after the taint (TestEventualConsistency)', () => {
    const cases: Array<[string, boolean, Toleration[] | undefined]> = [
      ['existing pod2 scheduled onto tainted Node', true, undefined],
      ['existing pod2 with taint toleration scheduled onto tainted Node', true, tol(1, 100)],
      ['new pod2 created on tainted Node', false, undefined],
      ['new pod2 with taint toleration created on tainted Node', false, tol(1, 100)],
    ];
    for (const [d, existed, tolerations] of cases) {
      it(d, () => {
        const h = harness();
        addNode(h, 'node1');
        addPod(h, 'pod1', 'node1');
        if (existed) addPod(h, 'pod2', '', { tolerations });
        const c = start(h);
        setTaints(h, 'node1', [taint(h, 1)]);
        assert.deepEqual(actions(h, 'pod1'), both);
        if (existed) h.store.mutate<Pod>('Pod', 'default', 'pod2', (p) => { p.spec = { ...p.spec!, nodeName: 'node1' }; });
        else h.store.create('Pod', podObject('pod2', 'node1', { tolerations }));
        const want = tolerations ? none : both;
        assert.deepEqual(actions(h, 'pod2'), want);
        if (tolerations) assert.equal(c.scheduledEviction('default', 'pod2')?.fireAt, T0 + 100 * SECOND);
        c.stop();
      });
    }
  });

  // upstream: TestPodDeletionEvent
  it('emits TaintManagerEviction events for deletions, with the why, and writes DisruptionTarget first', () => {
    const h = harness();
    addNode(h, 'node1');
    addPod(h, 'test', 'node1', { tolerations: tol(1, 30), grace: 45 });
    const c = start(h);
    setTaints(h, 'node1', [taint(h, 1)]);
    h.clock.advance(30 * SECOND);
    const [ev] = events(h, 'TaintManagerEviction');
    assert.deepEqual([ev.type, ev.message, ev.source?.component], ['Normal', 'Marking for deletion Pod default/test', 'taint-eviction-controller']);
    assert.deepEqual(ev.involvedObject, { apiVersion: 'v1', kind: 'Pod', name: 'test', namespace: 'default' });
    const why = whyOf(ev)!;
    assert.equal(why.decision, 'tolerationSecondsExpire');
    assert.equal(why.minTolerationSeconds, 30);
    assert.deepEqual(why.taints, ['testTaint1=test1:NoExecute']);
    assert.equal(why.timerStartedAt, new Date(T0).toISOString());
    const pod = getPod(h, 'test')!;
    const dt = condition(pod, 'DisruptionTarget');
    assert.deepEqual(dt, {
      type: 'DisruptionTarget', status: 'True', reason: 'DeletionByTaintManager', message: 'Taint manager: deleting due to NoExecute taint',
      lastTransitionTime: toK8sTime(T0 + 30 * SECOND),
    });
    assert.equal(pod.metadata?.deletionGracePeriodSeconds, 45, 'graceful delete with the pod own grace period');
    c.stop();
  });

  it('removes a terminal pod at once when deleting it', () => {
    const h = harness();
    addNode(h, 'node1');
    addPod(h, 'done', 'node1', { phase: 'Succeeded' });
    const c = start(h);
    setTaints(h, 'node1', [taint(h, 1)]);
    assert.equal(getPod(h, 'done'), undefined);
    assert.deepEqual(events(h, 'TaintManagerEviction').map((e) => e.message), ['Marking for deletion Pod default/done']);
    c.stop();
  });

  it('restarts every countdown from its own observation time after a restart', () => {
    const h = harness();
    addNode(h, 'node1', { taints: [taint(h, 1)] });
    addPod(h, 'pod1', 'node1', { tolerations: tol(1, 100) });
    let c = start(h);
    h.clock.advance(60 * SECOND);
    c.stop();
    c = start(h);
    assert.equal(c.scheduledEviction('default', 'pod1')?.fireAt, T0 + 160 * SECOND);
    h.clock.advance(99 * SECOND);
    assert.deepEqual(actions(h, 'pod1'), none);
    h.clock.advance(SECOND);
    assert.deepEqual(actions(h, 'pod1'), both);
    c.stop();
  });

  it('does nothing in legacy mode (--enable-taint-manager=false)', () => {
    const h = harness({ enableTaintManager: false });
    addNode(h, 'node1', { taints: [taint(h, 1)] });
    addPod(h, 'pod1', 'node1');
    const c = start(h);
    h.clock.advance(SECOND);
    assert.deepEqual(actions(h, 'pod1'), none);
    c.stop();
  });

  it('ignores pod changes other than tolerations and nodeName', () => {
    const h = harness();
    addNode(h, 'node1', { taints: [taint(h, 1)] });
    addPod(h, 'pod1', 'node1', { tolerations: tol(1, 100) });
    const c = start(h);
    const before = c.scheduledEviction('default', 'pod1');
    h.clock.advance(10 * SECOND);
    h.store.mutate<Pod>('Pod', 'default', 'pod1', (p) => { (p as Mutable<Pod>).status = { ...p.status, phase: 'Running' }; });
    assert.deepEqual(c.scheduledEviction('default', 'pod1'), before);
    c.stop();
  });
});
