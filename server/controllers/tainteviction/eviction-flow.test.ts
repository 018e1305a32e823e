/**
 * The whole kube-controller-manager eviction path on a manual clock: node lifecycle controller +
 * taint eviction controller + DefaultTolerationSeconds admission, with a real Store, Registry and
 * EventRecorder (spec controlplane-eviction §2.12, end-to-end timeline).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Pod, PodSpec, Toleration } from '../../../core/types.js';
import { defaultTolerationSeconds } from '../../admission/default-toleration-seconds.js';
import { addOrUpdateDaemonPodTolerations } from '../../admission/daemonset-tolerations.js';
import { NodeLifecycleController } from '../nodelifecycle/controller.js';
import {
  addNode, events, getNode, getPod, harness, heartbeat, podObject, postStatus, SECOND, T0, taintKeys, whyOf, type Harness,
} from '../nodelifecycle/testkit.js';
import { TaintEvictionController } from './controller.js';

const NE_UNREACHABLE = 'node.kubernetes.io/unreachable:NoExecute';

interface Cluster {
  h: Harness;
  nlc: NodeLifecycleController;
  tec: TaintEvictionController;
  beats: Map<string, { stop(): void }>;
  stop(): void;
}

function cluster(nodes: string[]): Cluster {
  const h = harness();
  h.registry.use(defaultTolerationSeconds);
  const beats = new Map<string, { stop(): void }>();
  for (const n of nodes) {
    addNode(h, n, { zone: 'z1', region: 'r1' });
    beats.set(n, heartbeat(h, n));
  }
  const nlc = new NodeLifecycleController(h.ctx);
  const tec = new TaintEvictionController(h.ctx);
  tec.start();
  nlc.start();
  return { h, nlc, tec, beats, stop: () => { nlc.stop(); tec.stop(); } };
}

/** A pod created through the registry, so admission adds the default tolerations. */
function createPod(h: Harness, name: string, node: string, tune?: (spec: PodSpec) => void, tolerations?: Toleration[]): Pod {
  const pod = podObject(name, node, { tolerations });
  if (tune) tune(pod.spec!);
  return h.registry.create('Pod', pod);
}

const deleting = (h: Harness, name: string) => !!getPod(h, name)?.metadata?.deletionTimestamp;
const at = (h: Harness, s: number) => h.clock.advanceTo(T0 + s * SECOND);

describe('kube-controller-manager eviction flow', () => {
  it('evicts pods of a silent node 300s after the unreachable taint, honouring each toleration', () => {
    const c = cluster(['node0', 'node1']);
    const { h } = c;
    createPod(h, 'web', 'node0');
    createPod(h, 'fast', 'node0', undefined, [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 30 }]);
    createPod(h, 'pinned', 'node0', undefined, [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' }]);
    createPod(h, 'daemon', 'node0', addOrUpdateDaemonPodTolerations);
    createPod(h, 'elsewhere', 'node1');
    assert.deepEqual(getPod(h, 'web')!.spec!.tolerations!.map((t) => t.tolerationSeconds), [300, 300]);

    at(h, 20);
    c.beats.get('node0')!.stop();
    at(h, 74);
    assert.deepEqual(taintKeys(getNode(h, 'node0')), []);
    at(h, 75);
    assert.ok(taintKeys(getNode(h, 'node0')).includes(NE_UNREACHABLE));

    at(h, 104.999);
    assert.equal(deleting(h, 'fast'), false);
    at(h, 105);
    assert.equal(deleting(h, 'fast'), true);

    at(h, 374.999);
    assert.equal(deleting(h, 'web'), false);
    at(h, 375);
    assert.equal(deleting(h, 'web'), true);

    at(h, 2000);
    assert.deepEqual(['pinned', 'daemon', 'elsewhere'].map((p) => deleting(h, p)), [false, false, false]);

    const ev = events(h, 'TaintManagerEviction').find((e) => e.involvedObject.name === 'web')!;
    const why = whyOf(ev)!;
    assert.deepEqual(why.taints, ['node.kubernetes.io/unreachable:NoExecute']);
    assert.equal(why.minTolerationSeconds, 300);
    assert.equal(why.timerStartedAt, new Date(T0 + 75 * SECOND).toISOString());
    c.stop();
  });

  it('cancels pending evictions when the node recovers before the toleration runs out', () => {
    const c = cluster(['node0', 'node1']);
    const { h } = c;
    createPod(h, 'web', 'node0');
    at(h, 20);
    c.beats.get('node0')!.stop();
    at(h, 199);
    postStatus(h, 'node0', 'True');
    c.beats.set('node0', heartbeat(h, 'node0'));
    at(h, 200);
    assert.deepEqual(taintKeys(getNode(h, 'node0')), []);
    assert.deepEqual(events(h, 'TaintManagerEviction').map((e) => e.message), ['Cancelling deletion of Pod default/web']);
    at(h, 1000);
    assert.equal(deleting(h, 'web'), false);
    c.stop();
  });

  it('stops evictions when the whole (single-zone) cluster goes down', () => {
    const c = cluster(['node0', 'node1']);
    const { h } = c;
    createPod(h, 'web', 'node0');
    at(h, 20);
    c.beats.get('node0')!.stop();
    at(h, 40);
    c.beats.get('node1')!.stop();
    at(h, 75);
    assert.ok(taintKeys(getNode(h, 'node0')).includes(NE_UNREACHABLE), 'node1 is still ready: node0 is tainted');
    at(h, 95);
    assert.deepEqual(c.nlc.snapshot().zoneStates, { 'r1/z1': 'FullDisruption' });
    assert.equal(taintKeys(getNode(h, 'node0')).includes(NE_UNREACHABLE), false, 'master disruption mode untaints every node');
    assert.deepEqual(events(h, 'TaintManagerEviction').map((e) => e.message), ['Cancelling deletion of Pod default/web']);
    at(h, 2000);
    assert.equal(deleting(h, 'web'), false);
    c.stop();
  });

  it('restarts the countdown when the node lifecycle controller restarts (taints stripped and re-added)', () => {
    const c = cluster(['node0', 'node1']);
    const { h } = c;
    createPod(h, 'web', 'node0');
    at(h, 20);
    c.beats.get('node0')!.stop();
    at(h, 100);
    c.nlc.stop();
    const nlc = new NodeLifecycleController(h.ctx);
    nlc.start();
    // Pass 1 strips the NoExecute taint of every "added" node (the eviction is cancelled) and queues
    // node0 again; the tainting loop re-adds the taint 100ms later and the countdown starts over.
    assert.equal(taintKeys(getNode(h, 'node0')).includes(NE_UNREACHABLE), false);
    assert.equal(c.tec.scheduledEviction('default', 'web'), undefined);
    at(h, 100.1);
    assert.ok(taintKeys(getNode(h, 'node0')).includes(NE_UNREACHABLE));
    assert.equal(c.tec.scheduledEviction('default', 'web')?.fireAt, T0 + 400.1 * SECOND);
    at(h, 400);
    assert.equal(deleting(h, 'web'), false);
    at(h, 400.1);
    assert.equal(deleting(h, 'web'), true);
    nlc.stop();
    c.stop();
  });
});
