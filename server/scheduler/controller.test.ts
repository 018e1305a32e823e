process.env.KEMU_LOG_LEVEL ??= 'silent';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../core/clock/index.js';
import { logger } from '../../core/logger.js';
import { Random } from '../../core/random.js';
import type { Event, Mutable, Node, Pod, PodDisruptionBudget } from '../../core/types.js';
import { DEFAULT_CONTROL_PLANE_CONFIG } from '../config.js';
import { EventRecorder, WHY_ANNOTATION } from '../events/recorder.js';
import { Registry } from '../registry/index.js';
import { Store } from '../store/index.js';
import { KubeScheduler, type SchedulerOptions } from './controller.js';
import { highPriority, lowPriority, makeNode, makePod, midPriority } from './testing/wrappers.js';

function setup(opts: { preemption?: boolean; sched?: SchedulerOptions; seed?: number } = {}) {
  const clock = new ManualClock();
  const random = new Random(opts.seed ?? 1);
  const store = new Store(clock, random.fork('store'));
  const registry = new Registry(store, []);
  const recorder = new EventRecorder(store, clock);
  const config = { ...DEFAULT_CONTROL_PLANE_CONFIG, preemption: opts.preemption ?? true };
  const sched = new KubeScheduler({ store, registry, clock, recorder, random: random.fork('scheduler'), log: logger('test'), config }, opts.sched);
  const addNode = (n: Node) => store.create<Node>('Node', n);
  /** Creates a pod as a client would (the store assigns the uid). */
  const addPod = (p: Pod) => {
    const copy = structuredClone(p);
    delete (copy.metadata as { uid?: string }).uid;
    return store.create<Pod>('Pod', copy);
  };
  const pod = (name: string) => store.get<Pod>('Pod', 'default', name)!;
  const events = (reason: string, name?: string) =>
    store.list<Event>('Event').filter((e) => e.reason === reason && (!name || e.involvedObject.name === name));
  /** The kubelet finishing graceful termination of every pod being deleted. */
  const finishTerminations = () => {
    for (const p of store.list<Pod>('Pod')) if (p.metadata?.deletionTimestamp) store.remove('Pod', p.metadata.namespace, p.metadata.name!);
  };
  const settle = (ms = 0) => { clock.advance(ms); clock.flush(); };
  return { clock, store, sched, addNode, addPod, pod, events, finishTerminations, settle };
}

const node = (name: string, cpu = '1', memory = '4Gi') => makeNode(name).capacity({ cpu, memory }).obj();

describe('kube-scheduler controller', () => {
  // upstream: TestSchedulerScheduleOne "pod is bound" (schedule_one_test.go)
  it('binds a pending pod to the node with the most free resources and records Scheduled', () => {
    const t = setup();
    t.addNode(node('node-b', '2', '4Gi'));
    t.addNode(node('node-a', '4', '8Gi'));
    t.sched.start();
    t.addPod(makePod('x').req({ cpu: '1', memory: '1Gi' }).obj());
    t.settle();
    const x = t.pod('x');
    assert.equal(x.spec?.nodeName, 'node-a');
    assert.deepEqual(x.status?.conditions?.map((c) => [c.type, c.status]), [['PodScheduled', 'True']]);
    const ev = t.events('Scheduled', 'x');
    assert.equal(ev.length, 1);
    assert.equal(ev[0].message, 'Successfully assigned default/x to node-a');
    assert.equal(ev[0].source?.component, 'default-scheduler');
    t.sched.stop();
  });

  // upstream: TestSchedulerFailedSchedulingReasons / TestSchedulerScheduleOne "error pod failed scheduling" (schedule_one_test.go)
  it('reports the upstream FitError text in FailedScheduling and in PodScheduled=False', () => {
    const t = setup();
    for (const n of ['n1', 'n2']) {
      t.addNode(node(n, '4', '4Gi'));
      t.addPod(makePod(`busy-${n}`).node(n).req({ memory: '3Gi' }).obj());
    }
    for (const n of ['n3', 'n4', 'n5']) t.addNode(makeNode(n).capacity({ cpu: '4', memory: '8Gi' }).taints([{ key: 'dedicated', value: 'infra', effect: 'NoSchedule' }]).obj());
    t.sched.start();
    t.addPod(makePod('big').req({ cpu: '1', memory: '2Gi' }).obj());
    t.settle();
    const want = '0/5 nodes are available: 2 Insufficient memory, 3 node(s) had untolerated taint {dedicated: infra}. '
      + 'preemption: 0/5 nodes are available: 2 No preemption victims found for incoming pod, 3 Preemption is not helpful for scheduling.';
    const ev = t.events('FailedScheduling', 'big');
    assert.equal(ev.length, 1);
    assert.equal(ev[0].type, 'Warning');
    assert.equal(ev[0].message, want);
    const cond = t.pod('big').status?.conditions?.find((c) => c.type === 'PodScheduled');
    assert.deepEqual([cond?.status, cond?.reason, cond?.message], ['False', 'Unschedulable', want]);
    const why = JSON.parse(ev[0].metadata!.annotations![WHY_ANNOTATION]);
    assert.deepEqual(why.histogram, { 'Insufficient memory': 2, 'node(s) had untolerated taint {dedicated: infra}': 3 });
    assert.deepEqual(why.nodes.n1, { plugin: 'NodeResourcesFit', code: 'Unschedulable', reasons: ['Insufficient memory'] });
    assert.equal(why.nodes.n3.plugin, 'TaintToleration');
    assert.equal(why.queue, 'unschedulable');
    t.sched.stop();
  });

  // PR #131345: a request above a node's whole allocatable is UnschedulableAndUnresolvable.
  it('does not consider preemption on nodes too small for the pod even when empty', () => {
    const t = setup();
    t.addNode(node('n1', '1'));
    t.addPod(makePod('low').node('n1').priority(lowPriority).req({ cpu: '500m' }).obj());
    t.sched.start();
    t.addPod(makePod('huge').priority(highPriority).req({ cpu: '2' }).obj());
    t.settle();
    assert.equal(t.events('FailedScheduling', 'huge')[0].message, '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.');
    assert.equal(t.events('Preempted').length, 0);
    t.sched.stop();
  });

  it('leaves out the preemption part of the message when preemption is disabled', () => {
    const t = setup({ preemption: false });
    t.addNode(node('n1', '1'));
    t.sched.start();
    t.addPod(makePod('big').req({ cpu: '2' }).obj());
    t.settle();
    assert.equal(t.events('FailedScheduling', 'big')[0].message, '0/1 nodes are available: 1 Insufficient cpu.');
    t.sched.stop();
  });

  it('reports "no nodes available to schedule pods" and retries after backoff', () => {
    const t = setup();
    t.sched.start();
    t.addPod(makePod('p').obj());
    t.settle();
    assert.equal(t.events('FailedScheduling', 'p')[0].message, 'no nodes available to schedule pods');
    t.addNode(node('late'));
    t.settle(3000);
    assert.equal(t.pod('p').spec?.nodeName, 'late');
    t.sched.stop();
  });

  it('schedules a pending pod once a node that fits it is added', () => {
    const t = setup({ preemption: false });
    t.addNode(node('small', '1'));
    t.sched.start();
    t.addPod(makePod('p').req({ cpu: '2' }).obj());
    t.settle();
    assert.equal(t.sched.queue.where(t.pod('p').metadata!.uid!), 'unschedulable');
    t.addNode(node('large', '4'));
    t.settle(2000);
    assert.equal(t.pod('p').spec?.nodeName, 'large');
    t.sched.stop();
  });

  // eventhandlers.go: the scheduler's pod informer drops Succeeded/Failed pods (a delete for the cache).
  it('schedules a pending pod when a pod on a full node terminates or is deleted', () => {
    const t = setup({ preemption: false });
    t.addNode(node('n1'));
    t.addPod(makePod('done-soon').node('n1').req({ cpu: '800m' }).obj());
    t.addPod(makePod('gone-soon').node('n1').req({ cpu: '200m' }).obj());
    t.sched.start();
    t.addPod(makePod('waiting').req({ cpu: '900m' }).obj());
    t.settle();
    assert.equal(t.pod('waiting').spec?.nodeName, undefined);
    t.store.mutate<Mutable<Pod>>('Pod', 'default', 'done-soon', (p) => { p.status = { ...p.status, phase: 'Succeeded' }; });
    t.settle(2000);
    assert.equal(t.pod('waiting').spec?.nodeName, undefined, 'still 100m short');
    t.store.remove('Pod', 'default', 'gone-soon');
    t.settle(3000);
    assert.equal(t.pod('waiting').spec?.nodeName, 'n1');
    t.sched.stop();
  });

  it('keeps scheduling when recording an event fails', () => {
    const t = setup();
    t.addNode(node('n1'));
    const recorder = (t.sched as unknown as { ctx: { recorder: { record: () => never } } }).ctx.recorder;
    recorder.record = () => { throw new Error('events are down'); };
    t.sched.start();
    t.addPod(makePod('p').obj());
    t.settle();
    assert.equal(t.pod('p').spec?.nodeName, 'n1');
    t.sched.stop();
  });

  it('leaves pods of other schedulers alone', () => {
    const t = setup();
    t.addNode(node('n1'));
    t.sched.start();
    t.addPod(makePod('other').schedulerName('my-scheduler').obj());
    t.settle();
    assert.equal(t.pod('other').spec?.nodeName, undefined);
    assert.equal(t.events('FailedScheduling', 'other').length, 0);
    t.sched.stop();
  });

  // upstream: TestPreempt "basic preemption logic" (default_preemption_test.go) through the whole loop
  it('preempts the lowest-priority victim on the best node, nominates it, and binds once the victim is gone', () => {
    const t = setup();
    t.addNode(node('node-1'));
    t.addNode(node('node-2'));
    t.addPod(makePod('low').node('node-1').priority(lowPriority).req({ cpu: '800m' }).startTime(0).obj());
    t.addPod(makePod('mid').node('node-2').priority(midPriority).req({ cpu: '800m' }).startTime(0).obj());
    t.sched.start();
    const pre = t.addPod(makePod('high').priority(highPriority).req({ cpu: '500m' }).obj());
    t.settle();

    const low = t.pod('low');
    assert.ok(low.metadata?.deletionTimestamp, 'the victim is being deleted');
    const dt = low.status?.conditions?.find((c) => c.type === 'DisruptionTarget');
    assert.deepEqual([dt?.status, dt?.reason, dt?.message], ['True', 'PreemptionByScheduler', 'default-scheduler: preempting to accommodate a higher priority pod']);
    assert.equal(t.pod('mid').metadata?.deletionTimestamp, undefined);
    const preempted = t.events('Preempted', 'low');
    assert.equal(preempted.length, 1);
    assert.equal(preempted[0].message, `Preempted by pod ${pre.metadata!.uid} on node node-1`);
    assert.equal(preempted[0].type, 'Normal');
    const why = JSON.parse(preempted[0].metadata!.annotations![WHY_ANNOTATION]);
    assert.equal(why.decidedBy, 'minHighestPriority');
    assert.equal(why.node, 'node-1');
    const failedWhy = JSON.parse(t.events('FailedScheduling', 'high')[0].metadata!.annotations![WHY_ANNOTATION]);
    assert.deepEqual(failedWhy.preemption.candidates.map((c: { node: string; highestPriority: number }) => [c.node, c.highestPriority]), [['node-1', 0], ['node-2', 100]]);
    assert.deepEqual(failedWhy.preemption.victims.map((v: { pod: string }) => v.pod), ['default/low']);

    const high = t.pod('high');
    assert.equal(high.status?.nominatedNodeName, 'node-1');
    assert.equal(high.spec?.nodeName, undefined);
    assert.equal(t.events('FailedScheduling', 'high')[0].message, '0/2 nodes are available: 2 Insufficient cpu.');

    t.finishTerminations();
    t.settle(2000);
    assert.equal(t.pod('high').spec?.nodeName, 'node-1');
    assert.equal(t.events('Preempted').length, 1, 'no further preemption');
    t.sched.stop();
  });

  // upstream: TestPodEligibleToPreemptOthers "preemption victim pod terminating" in the loop
  it('does not preempt again while its victim on the nominated node is still terminating', () => {
    const t = setup();
    t.addNode(node('node-1'));
    t.addPod(makePod('low').node('node-1').priority(lowPriority).req({ cpu: '800m' }).obj());
    t.sched.start();
    t.addPod(makePod('high').priority(highPriority).req({ cpu: '500m' }).obj());
    t.settle();
    assert.equal(t.events('Preempted').length, 1);
    t.settle(5 * 60_000 + 31_000); // the unschedulable leftover flush retries it
    const failed = t.events('FailedScheduling', 'high');
    assert.equal(failed.at(-1)!.message, '0/1 nodes are available: 1 Insufficient cpu. preemption: not eligible due to a terminating pod on the nominated node.');
    assert.equal(t.pod('high').status?.nominatedNodeName, 'node-1', 'the nomination is kept');
    assert.equal(t.events('Preempted').length, 1);
    t.sched.stop();
  });

  // upstream: TestPostFilter "pod can be made schedulable on minHighestPriority node" / PDB-aware candidate choice
  it('prefers a node whose victims do not violate a PodDisruptionBudget', () => {
    const t = setup();
    t.addNode(node('node-1'));
    t.addNode(node('node-2'));
    t.addPod(makePod('guarded').label('app', 'db').node('node-1').priority(lowPriority).req({ cpu: '800m' }).obj());
    t.addPod(makePod('free').label('app', 'web').node('node-2').priority(lowPriority).req({ cpu: '800m' }).obj());
    t.store.create<PodDisruptionBudget>('PodDisruptionBudget', {
      metadata: { name: 'db', namespace: 'default' }, spec: { selector: { matchLabels: { app: 'db' } }, minAvailable: 1 },
      status: { disruptionsAllowed: 0, currentHealthy: 1, desiredHealthy: 1, expectedPods: 1 },
    });
    t.sched.start();
    t.addPod(makePod('high').priority(highPriority).req({ cpu: '500m' }).obj());
    t.settle();
    assert.ok(t.pod('free').metadata?.deletionTimestamp);
    assert.equal(t.pod('guarded').metadata?.deletionTimestamp, undefined);
    assert.equal(t.pod('high').status?.nominatedNodeName, 'node-2');
    const why = JSON.parse(t.events('FailedScheduling', 'high')[0].metadata!.annotations![WHY_ANNOTATION]);
    assert.equal(why.preemption.decidedBy, 'minNumPDBViolations');
    t.sched.stop();
  });

  it('still preempts when every candidate violates a PodDisruptionBudget', () => {
    const t = setup();
    t.addNode(node('node-1'));
    t.addPod(makePod('guarded').label('app', 'db').node('node-1').priority(lowPriority).req({ cpu: '800m' }).obj());
    t.store.create<PodDisruptionBudget>('PodDisruptionBudget', {
      metadata: { name: 'db', namespace: 'default' }, spec: { selector: { matchLabels: { app: 'db' } }, minAvailable: 1 },
      status: { disruptionsAllowed: 0, currentHealthy: 1, desiredHealthy: 1, expectedPods: 1 },
    });
    t.sched.start();
    t.addPod(makePod('high').priority(highPriority).req({ cpu: '500m' }).obj());
    t.settle();
    assert.ok(t.pod('guarded').metadata?.deletionTimestamp);
    t.sched.stop();
  });

  // upstream: TestPreempt "no preempting in pod" (default_preemption_test.go)
  it('does not preempt for a pod with preemptionPolicy Never', () => {
    const t = setup();
    t.addNode(node('node-1'));
    t.addPod(makePod('low').node('node-1').priority(lowPriority).req({ cpu: '800m' }).obj());
    t.sched.start();
    t.addPod(makePod('high').priority(highPriority).preemptionPolicy('Never').req({ cpu: '500m' }).obj());
    t.settle();
    assert.equal(t.pod('low').metadata?.deletionTimestamp, undefined);
    assert.equal(t.events('Preempted').length, 0);
    assert.equal(t.pod('high').status?.nominatedNodeName, undefined);
    assert.equal(t.events('FailedScheduling', 'high')[0].message, '0/1 nodes are available: 1 Insufficient cpu. preemption: not eligible due to preemptionPolicy=Never.');
    t.sched.stop();
  });

  it('does not preempt when DefaultPreemption is disabled', () => {
    const t = setup({ preemption: false });
    t.addNode(node('node-1'));
    t.addPod(makePod('low').node('node-1').priority(lowPriority).req({ cpu: '800m' }).obj());
    t.sched.start();
    t.addPod(makePod('high').priority(highPriority).req({ cpu: '500m' }).obj());
    t.settle();
    assert.equal(t.pod('low').metadata?.deletionTimestamp, undefined);
    assert.equal(t.events('Preempted').length, 0);
    t.sched.stop();
  });

  // upstream: prepareCandidate's clearNominatedNodeName of getLowerPriorityNominatedPods
  it('clears the nomination of lower-priority pods nominated to the chosen node', () => {
    const u = setup();
    u.addNode(node('node-1', '2'));
    u.addPod(makePod('low').node('node-1').priority(lowPriority).req({ cpu: '1800m' }).obj());
    u.addPod(makePod('mid').priority(midPriority).req({ cpu: '1' }).obj());
    u.sched.start();
    u.settle();
    assert.equal(u.pod('mid').status?.nominatedNodeName, 'node-1');
    u.addPod(makePod('high').priority(highPriority).req({ cpu: '1500m' }).obj());
    u.settle();
    assert.equal(u.pod('high').status?.nominatedNodeName, 'node-1');
    assert.equal(u.pod('mid').status?.nominatedNodeName, undefined, 'the lower-priority nomination is cleared');
    u.sched.stop();
  });

  it('skips a pending pod that is being deleted, with the upstream event', () => {
    const t = setup();
    t.addNode(node('n1'));
    const p = makePod('doomed').obj();
    (p.metadata as { deletionTimestamp?: string; finalizers?: string[] }).deletionTimestamp = '2026-01-01T00:00:00Z';
    t.addPod(p);
    t.sched.start();
    t.settle();
    assert.equal(t.pod('doomed').spec?.nodeName, undefined);
    assert.equal(t.events('FailedScheduling', 'doomed')[0].message, 'skip schedule deleting pod: default/doomed');
    t.sched.stop();
  });

  it('places pods the same way for the same seed', () => {
    const run = () => {
      const t = setup({ seed: 42 });
      for (let i = 0; i < 6; i++) t.addNode(node(`n${i}`, '8', '32Gi'));
      t.sched.start();
      for (let i = 0; i < 30; i++) t.addPod(makePod(`p${i}`).req({ cpu: '100m', memory: '128Mi' }).obj());
      t.settle();
      const placement = Array.from({ length: 30 }, (_, i) => t.pod(`p${i}`).spec?.nodeName);
      t.sched.stop();
      return placement;
    };
    const a = run();
    assert.ok(a.every((n) => n));
    assert.deepEqual(run(), a);
  });
});
