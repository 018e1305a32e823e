process.env.KEMU_LOG_LEVEL ??= 'silent';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../core/clock/index.js';
import { logger } from '../../core/logger.js';
import { Random } from '../../core/random.js';
import { toK8sTime } from '../../core/time-format.js';
import type { Node, Pod } from '../../core/types.js';
import { DEFAULT_CONTROL_PLANE_CONFIG } from '../config.js';
import { EventRecorder, type EventInput } from '../events/recorder.js';
import { Registry } from '../registry/index.js';
import { Store } from '../store/index.js';
import { KubeScheduler } from './controller.js';

/**
 * One busy run: nodes of mixed sizes (some tainted), filled with pods of mixed priorities, start
 * times and PDB coverage; runs of identical preemptors of several specs arrive while victims on
 * even nodes go at once and on odd nodes after 5 s. Returns every event recorded (with its why)
 * and where every pod ended up.
 */
function busyRun(equivalenceCache: boolean, seed: number): { events: string[]; placement: string[] } {
  const clock = new ManualClock();
  const random = new Random(seed);
  const wl = new Random(seed + 1000);
  const store = new Store(clock, random.fork('store'));
  const recorder = new EventRecorder(store, clock);
  const events: string[] = [];
  const record = recorder.record.bind(recorder);
  recorder.record = (input: EventInput) => {
    events.push(JSON.stringify([clock.now(), input.reason, input.involvedObject.name, input.message, input.why]));
    return record(input);
  };
  const config = { ...DEFAULT_CONTROL_PLANE_CONFIG, preemption: true };
  const sched = new KubeScheduler(
    { store, registry: new Registry(store, []), clock, recorder, random: random.fork('scheduler'), log: logger('test'), config }, { equivalenceCache },
  );
  const N = 40;
  for (let i = 0; i < N; i++) {
    const cpu = String(2 + wl.intn(3));
    store.create<Node>('Node', {
      metadata: { name: `n-${i}`, labels: { 'topology.kubernetes.io/zone': `z-${i % 3}`, tier: String(i % 4) } },
      spec: wl.intn(8) === 0 ? { taints: [{ key: 'dedicated', value: 'x', effect: 'NoSchedule' }] } : {},
      status: { allocatable: { cpu, memory: '8Gi', pods: String(3 + wl.intn(4)) }, capacity: { cpu, memory: '8Gi', pods: '110' }, conditions: [{ type: 'Ready', status: 'True' }] },
    });
  }
  store.create('PodDisruptionBudget', { metadata: { name: 'pdb', namespace: 'default' }, spec: { selector: { matchLabels: { guard: 'yes' } } }, status: { disruptionsAllowed: 2 } });
  let f = 0;
  for (let i = 0; i < N; i++) {
    for (let j = 1 + wl.intn(3); j > 0; j--) {
      store.create<Pod>('Pod', {
        metadata: { name: `f-${f++}`, namespace: 'default', labels: wl.intn(4) === 0 ? { guard: 'yes' } : { app: 'f' } },
        spec: {
          schedulerName: 'default-scheduler', priority: wl.intn(4) * 10, nodeName: `n-${i}`,
          containers: [{ name: 'c', image: 'p', resources: { requests: { cpu: ['500m', '1', '700m'][wl.intn(3)], memory: '1Gi' } } }],
        },
        status: { phase: 'Running', ...(wl.intn(2) === 0 ? { startTime: toK8sTime(wl.intn(100000)) } : {}) },
      });
    }
  }
  store.watch(['Pod'], {}, (ev) => {
    const p = ev.object as Pod;
    const name = p.metadata?.name ?? '';
    if (ev.type !== 'MODIFIED' || !p.metadata?.deletionTimestamp || !store.get('Pod', 'default', name)) return;
    const gone = () => { if (store.get('Pod', 'default', name)) store.remove('Pod', 'default', name); };
    if (Number((p.spec?.nodeName ?? 'n-0').slice(2)) % 2 === 0) gone();
    else clock.setTimer(5000, gone);
  });
  sched.start();
  const specs = [{ cpu: '1', priority: 100 }, { cpu: '1500m', priority: 100 }, { cpu: '1', priority: 50, tolerate: true }, { cpu: '600m', priority: 15, tier: true }];
  for (let i = 0; i < 120;) {
    const spec = specs[wl.intn(specs.length)];
    for (let run = 1 + wl.intn(8); run > 0 && i < 120; run--, i++) {
      store.create<Pod>('Pod', {
        metadata: { name: `p-${i}`, namespace: 'default' },
        spec: {
          schedulerName: 'default-scheduler', priority: spec.priority,
          containers: [{ name: 'c', image: 'p', resources: { requests: { cpu: spec.cpu, memory: '512Mi' } } }],
          ...(spec.tolerate ? { tolerations: [{ key: 'dedicated', operator: 'Exists' }] } : {}),
          ...(spec.tier ? { nodeSelector: { tier: '1' } } : {}),
        },
        status: { phase: 'Pending' },
      });
    }
    if (wl.intn(3) === 0) {
      clock.flush();
      clock.advance(300);
    }
  }
  for (let r = 0; r < 120; r++) {
    clock.flush();
    clock.advance(1000);
  }
  sched.stop();
  const placement = store.list<Pod>('Pod').map((p) => `${p.metadata?.name}:${p.spec?.nodeName ?? ''}:${p.status?.nominatedNodeName ?? ''}`);
  return { events, placement };
}

describe('equivalence memos', () => {
  it('change no decision: the same events, whys and placements with and without them', () => {
    for (const seed of [1, 2, 3]) {
      const plain = busyRun(false, seed);
      const memo = busyRun(true, seed);
      assert.ok(plain.events.some((e) => e.includes('"Preempted"')), 'the workload preempts');
      assert.deepEqual(memo.events, plain.events, `seed ${seed}`);
      assert.deepEqual(memo.placement, plain.placement, `seed ${seed}`);
    }
  });
});
