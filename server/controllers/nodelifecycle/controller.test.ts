import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DaemonSet, Mutable, Node, Pod } from '../../../core/types.js';
import { NodeLifecycleController } from './controller.js';
import {
  addNode, addPod, condition, events, getNode, getPod, harness, heartbeat, postStatus, SECOND, T0, taintKeys, whyOf,
  type Harness, type NodeOptions,
} from './testkit.js';

const NE_UNREACHABLE = 'node.kubernetes.io/unreachable:NoExecute';
const NE_NOT_READY = 'node.kubernetes.io/not-ready:NoExecute';
const NS_UNREACHABLE = 'node.kubernetes.io/unreachable:NoSchedule';
const NS_NOT_READY = 'node.kubernetes.io/not-ready:NoSchedule';

function start(h: Harness, opts = {}): NodeLifecycleController {
  const c = new NodeLifecycleController(h.ctx, opts);
  c.start();
  return c;
}

/** Advances to T0 + ms. */
const at = (h: Harness, ms: number) => h.clock.advanceTo(T0 + ms);

/** Nodes in one zone that renew their leases every 10s (the kubelet default). */
function cluster(h: Harness, names: string[], o: NodeOptions = { zone: 'z1', region: 'r1' }) {
  const beats = new Map(names.map((n) => {
    addNode(h, n, o);
    return [n, heartbeat(h, n)] as const;
  }));
  return { stop: (n: string) => beats.get(n)!.stop() };
}

describe('NodeLifecycleController', () => {
  it('registers every node on the first pass', () => {
    const h = harness();
    cluster(h, ['node0', 'node1']);
    const c = start(h);
    assert.deepEqual(events(h, 'RegisteredNode').map((e) => e.message), [
      'Node node0 event: Registered Node node0 in Controller', 'Node node1 event: Registered Node node1 in Controller',
    ]);
    assert.deepEqual(c.snapshot().zoneStates, { 'r1/z1': 'Normal' });
    c.stop();
  });

  // upstream: TestMonitorNodeHealthUpdateNodeAndPodStatusWithLease + TestApplyNoExecuteTaintsToUnreachableNode
  it('marks a node Unknown on the first pass strictly after 50s without a lease renewal, then taints it', () => {
    const h = harness();
    const k = cluster(h, ['node0', 'node1']);
    addPod(h, 'pod0', 'node0');
    const c = start(h);
    at(h, 20 * SECOND); // last renewal, observed by the pass at +20s
    k.stop('node0');

    at(h, 70 * SECOND); // probe + 50s: not strictly after
    assert.equal(condition(getNode(h, 'node0'), 'Ready')?.status, 'True');
    assert.equal(condition(getPod(h, 'pod0'), 'Ready')?.status, 'True');

    at(h, 75 * SECOND);
    const node = getNode(h, 'node0');
    assert.deepEqual(
      ['Ready', 'MemoryPressure', 'DiskPressure', 'PIDPressure'].map((t) => [condition(node, t)?.status, condition(node, t)?.reason]),
      [['Unknown', 'NodeStatusUnknown'], ['Unknown', 'NodeStatusNeverUpdated'], ['Unknown', 'NodeStatusNeverUpdated'], ['Unknown', 'NodeStatusNeverUpdated']],
    );
    assert.equal(condition(node, 'Ready')?.message, 'Kubelet stopped posting node status.');
    assert.deepEqual(taintKeys(node), [NS_UNREACHABLE, NE_UNREACHABLE], 'NoSchedule at once, NoExecute in the same pass (PR #120816)');
    assert.equal(condition(getPod(h, 'pod0'), 'Ready')?.status, 'False');
    assert.deepEqual(taintKeys(getNode(h, 'node1')), []);

    const [ev] = events(h, 'NodeNotReady').filter((e) => e.involvedObject.kind === 'Node');
    assert.equal(ev.message, 'Node node0 status is now: NodeNotReady');
    const why = whyOf(ev)!;
    assert.equal(why.lastProbeAt, new Date(T0 + 20 * SECOND).toISOString());
    assert.equal(why.lastLeaseRenewObservedAt, new Date(T0 + 20 * SECOND).toISOString());
    assert.equal(why.gracePeriodMs, 50 * SECOND);
    assert.equal(why.zoneState, 'Normal');
    const podEv = events(h, 'NodeNotReady').find((e) => e.involvedObject.kind === 'Pod')!;
    assert.deepEqual([podEv.type, podEv.message, podEv.involvedObject.name], ['Warning', 'Node is not ready', 'pod0']);
    c.stop();
  });

  it('queues the NoExecute taint one period later with the pre-#120816 behaviour', () => {
    const h = harness();
    const k = cluster(h, ['node0', 'node1']);
    const c = start(h, { taintUsesCurrentCondition: false });
    at(h, 20 * SECOND);
    k.stop('node0');
    at(h, 75 * SECOND);
    assert.deepEqual(taintKeys(getNode(h, 'node0')), [NS_UNREACHABLE]);
    at(h, 80 * SECOND);
    assert.deepEqual(taintKeys(getNode(h, 'node0')), [NS_UNREACHABLE, NE_UNREACHABLE]);
    c.stop();
  });

  // upstream: TestApplyNoExecuteTaintsToUnreachableNode (last step)
  it('removes both taints when the kubelet comes back: NoSchedule at once, NoExecute on the next pass', () => {
    const h = harness();
    const k = cluster(h, ['node0', 'node1']);
    const c = start(h);
    at(h, 20 * SECOND);
    k.stop('node0');
    at(h, 90 * SECOND);
    at(h, 91 * SECOND);
    postStatus(h, 'node0', 'True');
    assert.deepEqual(taintKeys(getNode(h, 'node0')), [NE_UNREACHABLE]);
    at(h, 95 * SECOND);
    assert.deepEqual(taintKeys(getNode(h, 'node0')), []);
    assert.equal(condition(getNode(h, 'node0'), 'Ready')?.status, 'True');
    c.stop();
  });

  // upstream: TestApplyNoExecuteTaints
  it('taints a node whose kubelet reports NotReady with not-ready, and untaints it once Ready', () => {
    const h = harness();
    cluster(h, ['node0', 'node1', 'node2']);
    const c = start(h);
    at(h, 3 * SECOND);
    postStatus(h, 'node2', 'False');
    assert.deepEqual(taintKeys(getNode(h, 'node2')), [NS_NOT_READY]);
    at(h, 5 * SECOND);
    assert.deepEqual(taintKeys(getNode(h, 'node2')), [NS_NOT_READY, NE_NOT_READY]);
    assert.equal(events(h, 'NodeNotReady').length, 0, 'the kubelet reported False itself: no controller event');
    at(h, 7 * SECOND);
    postStatus(h, 'node2', 'True');
    at(h, 10 * SECOND);
    assert.deepEqual(taintKeys(getNode(h, 'node2')), []);
    c.stop();
  });

  // upstream: TestSwapUnreachableNotReadyTaints
  it('swaps unreachable for not-ready at once when the kubelet comes back NotReady', () => {
    const h = harness();
    const k = cluster(h, ['node0', 'node1']);
    const c = start(h);
    at(h, 20 * SECOND);
    k.stop('node0');
    at(h, 75 * SECOND);
    assert.ok(taintKeys(getNode(h, 'node0')).includes(NE_UNREACHABLE));
    at(h, 76 * SECOND);
    postStatus(h, 'node0', 'False');
    at(h, 80 * SECOND);
    assert.deepEqual(taintKeys(getNode(h, 'node0')), [NS_NOT_READY, NE_NOT_READY]);
    c.stop();
  });

  it('taints nodes of one zone one every 10s at --node-eviction-rate 0.1', () => {
    const h = harness();
    const k = cluster(h, ['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    const c = start(h);
    at(h, 20 * SECOND);
    for (const n of ['a', 'b', 'c']) k.stop(n);
    const taintedAt = new Map<string, number>();
    for (let t = 75 * SECOND; t <= 100 * SECOND; t += 100) {
      at(h, t);
      for (const n of ['a', 'b', 'c']) if (!taintedAt.has(n) && taintKeys(getNode(h, n)).includes(NE_UNREACHABLE)) taintedAt.set(n, t);
    }
    assert.deepEqual([...taintedAt.values()], [75 * SECOND, 85 * SECOND, 95 * SECOND]);
    assert.deepEqual(c.snapshot().zoneStates, { 'r1/z1': 'Normal' }, '3 of 7 not ready is below 55%');
    c.stop();
  });

  it('stops tainting a small zone in partial disruption (--secondary-node-eviction-rate is 0 below 50 nodes)', () => {
    const h = harness();
    const k = cluster(h, ['a', 'b', 'c', 'd', 'e']);
    const c = start(h);
    at(h, 20 * SECOND);
    for (const n of ['a', 'b', 'c']) k.stop(n);
    at(h, 200 * SECOND);
    assert.deepEqual(c.snapshot().zoneStates, { 'r1/z1': 'PartialDisruption' });
    assert.equal(c.snapshot().zoneQPS['r1/z1'], 0);
    const tainted = ['a', 'b', 'c'].filter((n) => taintKeys(getNode(h, n)).includes(NE_UNREACHABLE));
    // All three were queued in the pass that also found the zone partially disrupted and stopped
    // its limiter, before the (separate) tainting loop ran.
    assert.deepEqual(tainted, []);
    assert.deepEqual(c.snapshot().queued['r1/z1'], ['a', 'b', 'c']);
    c.stop();
  });

  it('enters master disruption mode when every node is down: no NoExecute taint; every probe is reset on exit', () => {
    const h = harness();
    const k = cluster(h, ['node0', 'node1']);
    addPod(h, 'pod0', 'node0');
    const c = start(h);
    at(h, 20 * SECOND);
    k.stop('node0');
    k.stop('node1');
    at(h, 75 * SECOND);
    assert.deepEqual(c.snapshot().zoneStates, { 'r1/z1': 'FullDisruption' });
    for (const n of ['node0', 'node1']) assert.deepEqual(taintKeys(getNode(h, n)), [NS_UNREACHABLE]);
    assert.equal(condition(getPod(h, 'pod0'), 'Ready')?.status, 'False', 'pods are still marked NotReady');
    at(h, 300 * SECOND);
    assert.deepEqual(taintKeys(getNode(h, 'node0')), [NS_UNREACHABLE]);

    postStatus(h, 'node1', 'True');
    at(h, 305 * SECOND);
    assert.deepEqual(c.snapshot().zoneStates, { 'r1/z1': 'Normal' });
    assert.equal(c.snapshot().health.node0.probeTimestamp, T0 + 305 * SECOND, 'exit resets every probe');
    // node0 is still Unknown, so it is queued again; the limiter installed on exit starts drained.
    at(h, 314_900);
    assert.deepEqual(taintKeys(getNode(h, 'node0')), [NS_UNREACHABLE]);
    at(h, 315 * SECOND);
    assert.deepEqual(taintKeys(getNode(h, 'node0')), [NS_UNREACHABLE, NE_UNREACHABLE]);
    c.stop();
  });

  it('taints a fully disrupted zone at the normal rate while another zone is healthy', () => {
    const h = harness();
    const k1 = cluster(h, ['a', 'b'], { zone: 'z1', region: 'r1' });
    cluster(h, ['c'], { zone: 'z2', region: 'r1' });
    const c = start(h);
    at(h, 20 * SECOND);
    k1.stop('a');
    k1.stop('b');
    at(h, 90 * SECOND);
    assert.deepEqual(c.snapshot().zoneStates, { 'r1/z1': 'FullDisruption', 'r1/z2': 'Normal' });
    assert.deepEqual(['a', 'b'].map((n) => taintKeys(getNode(h, n)).includes(NE_UNREACHABLE)), [true, true]);
    c.stop();
  });

  // upstream: TestMonitorNodeHealth (zone states)
  describe('zone states (TestMonitorNodeHealth)', () => {
    it('No Disruption: initially both zones down, one comes back', () => {
      const h = harness();
      addNode(h, 'node0', { zone: 'zone1', region: 'region1', ready: 'Unknown' });
      addNode(h, 'node1', { zone: 'zone2', region: 'region1', ready: 'Unknown' });
      const c = start(h);
      assert.deepEqual(c.snapshot().zoneStates, { 'region1/zone1': 'FullDisruption', 'region1/zone2': 'FullDisruption' });
      at(h, 3 * SECOND);
      postStatus(h, 'node1', 'True');
      at(h, 5 * SECOND);
      assert.deepEqual(c.snapshot().zoneStates, { 'region1/zone1': 'FullDisruption', 'region1/zone2': 'Normal' });
      c.stop();
    });

    it('Partial Disruption: nodes created recently without status conditions', () => {
      const h = harness();
      for (const n of ['node0', 'node1', 'node2', 'node3']) addNode(h, n, { zone: 'zone1', region: 'region1', ready: null });
      const c = start(h);
      assert.deepEqual(c.snapshot().zoneStates, { 'region1/zone1': 'FullDisruption' });
      at(h, 3 * SECOND);
      for (const n of ['node0', 'node1', 'node2']) postStatus(h, n, 'Unknown');
      postStatus(h, 'node3', 'True');
      at(h, 5 * SECOND);
      assert.deepEqual(c.snapshot().zoneStates, { 'region1/zone1': 'PartialDisruption' });
      c.stop();
    });

    it('Full Disruption: the only available node has the exclude-disruption label', () => {
      const h = harness();
      addNode(h, 'node0', { zone: 'zone1', region: 'region1', ready: 'Unknown' });
      addNode(h, 'node-master', { zone: 'zone1', region: 'region1', labels: { 'node.kubernetes.io/exclude-disruption': '' } });
      const c = start(h);
      assert.deepEqual(c.snapshot().zoneStates, { 'region1/zone1': 'FullDisruption' });
      c.stop();
    });

    it('Full Disruption: Ready condition removed from the node', () => {
      const h = harness();
      addNode(h, 'node0', { zone: 'zone1', region: 'region1' });
      const c = start(h);
      assert.deepEqual(c.snapshot().zoneStates, { 'region1/zone1': 'Normal' });
      h.store.mutate<Node>('Node', undefined, 'node0', (n) => { (n as Mutable<Node>).status = { conditions: [] }; });
      at(h, 5 * SECOND);
      assert.deepEqual(c.snapshot().zoneStates, { 'region1/zone1': 'FullDisruption' });
      c.stop();
    });
  });

  // upstream: TestMonitorNodeHealthMarkPodsNotReady / processPod
  it('marks a pod bound to a not-ready node NotReady when it arrives', () => {
    const h = harness();
    const k = cluster(h, ['node0', 'node1']);
    const c = start(h);
    at(h, 20 * SECOND);
    k.stop('node0');
    at(h, 80 * SECOND);
    addPod(h, 'late', 'node0');
    assert.equal(condition(getPod(h, 'late'), 'Ready')?.status, 'False');
    addPod(h, 'fine', 'node1');
    assert.equal(condition(getPod(h, 'fine'), 'Ready')?.status, 'True');
    c.stop();
  });

  it('keeps the beta OS and arch labels in step with the stable ones', () => {
    const h = harness();
    addNode(h, 'node0', { labels: { 'kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64', 'beta.kubernetes.io/arch': 'arm64' } });
    const c = start(h);
    const labels = getNode(h, 'node0').metadata!.labels!;
    assert.deepEqual([labels['beta.kubernetes.io/os'], labels['beta.kubernetes.io/arch']], ['linux', 'amd64']);
    c.stop();
  });

  it('refuses invalid settings, naming the flag', () => {
    const h = harness({ nodeEvictionRate: -1 });
    assert.throws(() => new NodeLifecycleController(h.ctx), /--node-eviction-rate must be >= 0/);
  });

  // upstream: TestMonitorNodeHealthEvictPods / TestPodStatusChange (legacy, ≤ v1.26)
  describe('legacy mode (--enable-taint-manager=false)', () => {
    it('deletes pods through the zone queue strictly after --pod-eviction-timeout since the last probe', () => {
      const h = harness({ enableTaintManager: false });
      const k = cluster(h, ['node0', 'node1']);
      addPod(h, 'web', 'node0');
      addPod(h, 'agent', 'node0', { labels: { app: 'agent' } });
      h.store.create<DaemonSet>('DaemonSet', { metadata: { name: 'agent', namespace: 'default' }, spec: { selector: { matchLabels: { app: 'agent' } }, template: {} } });
      const c = start(h);
      at(h, 20 * SECOND);
      k.stop('node0');
      at(h, 75 * SECOND);
      assert.deepEqual(taintKeys(getNode(h, 'node0')), [NS_UNREACHABLE], 'no NoExecute taint in legacy mode');
      at(h, 320 * SECOND); // probe (+20s) + 5m: not strictly after
      assert.equal(getPod(h, 'web')!.metadata?.deletionTimestamp, undefined);
      at(h, 325 * SECOND);
      const web = getPod(h, 'web') as Pod;
      assert.ok(web.metadata?.deletionTimestamp, 'graceful deletion started');
      assert.equal(web.status?.reason, 'NodeLost');
      assert.equal(web.status?.message, 'Node node0 which was running pod web is unresponsive');
      assert.equal(getPod(h, 'agent')!.metadata?.deletionTimestamp, undefined, 'DaemonSet pods are skipped');
      assert.deepEqual(events(h, 'DeletingAllPods').map((e) => e.message), ['Node node0 event: Deleting all Pods from Node node0.']);
      const ev = events(h, 'NodeControllerEviction');
      assert.deepEqual(ev.map((e) => e.message), ['Marking for deletion Pod web from Node node0']);
      assert.equal(whyOf(ev[0])!.sinceKind, 'probeTimestamp');
      c.stop();
    });

    it('deletes pods bound later to an evicted node at once, and cancels when the node recovers', () => {
      const h = harness({ enableTaintManager: false });
      const k = cluster(h, ['node0', 'node1']);
      const c = start(h);
      at(h, 20 * SECOND);
      k.stop('node0');
      at(h, 325 * SECOND);
      addPod(h, 'late', 'node0');
      assert.ok(getPod(h, 'late')!.metadata?.deletionTimestamp);
      at(h, 326 * SECOND);
      postStatus(h, 'node0', 'True');
      heartbeat(h, 'node0');
      at(h, 330 * SECOND);
      addPod(h, 'after', 'node0');
      at(h, 700 * SECOND);
      assert.equal(getPod(h, 'after')!.metadata?.deletionTimestamp, undefined);
      c.stop();
    });
  });
});
