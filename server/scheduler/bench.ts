/**
 * Scheduler throughput benchmarks, in process on a ManualClock (no HTTP, no agents): nodes and
 * pods go straight into a Store and the real KubeScheduler binds them. Wall time is measured with
 * performance.now(); cluster time only moves when the benchmark advances the ManualClock.
 *
 *   benchScheduler({ nodes: 5000, pods: 10000, preemption: false })
 *     10,000 pods of 100m/128Mi onto 5,000 empty 4-cpu nodes.
 *   benchScheduler({ nodes: 5000, pods: 10000, preemption: true })
 *     the nodes are first filled with low-priority pods (bound directly, not timed); each of the
 *     high-priority pods then has to preempt one, and a stand-in kubelet finishes the victims'
 *     termination at once.
 */
import { performance } from 'node:perf_hooks';
import { ManualClock } from '../../core/clock/index.js';
import { rootLogger, setRootLogger } from '../../core/logger.js';
import { pino } from 'pino';
import { Random } from '../../core/random.js';
import type { Node, Pod } from '../../core/types.js';
import { DEFAULT_CONTROL_PLANE_CONFIG } from '../config.js';
import { EventRecorder } from '../events/recorder.js';
import { Registry } from '../registry/index.js';
import { Store } from '../store/index.js';
import { KubeScheduler } from './controller.js';

export interface BenchSchedulerOptions {
  nodes: number;
  pods: number;
  preemption: boolean;
  seed?: number;
}

export interface BenchSchedulerResult {
  podsPerSecond: number;
  /** Pods bound by the scheduler. */
  scheduled: number;
  /** Pods still pending when the benchmark gave up (0 on success). */
  pending: number;
  /** Victims deleted by preemption. */
  preempted: number;
  elapsedMs: number;
}

function benchNode(i: number, cpu: string): Node {
  return {
    metadata: { name: `node-${i}`, labels: { 'topology.kubernetes.io/zone': `zone-${i % 3}`, 'kubernetes.io/hostname': `node-${i}` } },
    spec: {},
    status: {
      capacity: { cpu, memory: '32Gi', pods: '110', 'ephemeral-storage': '100Gi' },
      allocatable: { cpu, memory: '32Gi', pods: '110', 'ephemeral-storage': '100Gi' },
      conditions: [{ type: 'Ready', status: 'True' }],
    },
  };
}

function benchPod(name: string, cpu: string, memory: string, priority: number, nodeName?: string): Pod {
  return {
    metadata: { name, namespace: 'default', labels: { app: 'bench' } },
    spec: {
      schedulerName: 'default-scheduler', priority, terminationGracePeriodSeconds: 30,
      containers: [{ name: 'c', image: 'pause', resources: { requests: { cpu, memory } } }],
      ...(nodeName ? { nodeName } : {}),
    },
    status: { phase: 'Pending' },
  };
}

export async function benchScheduler(opts: BenchSchedulerOptions): Promise<BenchSchedulerResult> {
  const previousLogger = rootLogger();
  setRootLogger(pino({ level: 'silent' }));
  try {
    const clock = new ManualClock();
    const random = new Random(opts.seed ?? 1);
    const store = new Store(clock, random.fork('store'), 200_000);
    store.addIndex('Pod', 'spec.nodeName', (o) => {
      const n = (o as Pod).spec?.nodeName;
      return n ? [n] : [];
    });
    const registry = new Registry(store, []);
    const recorder = new EventRecorder(store, clock);
    const config = { ...DEFAULT_CONTROL_PLANE_CONFIG, preemption: opts.preemption };
    const sched = new KubeScheduler({ store, registry, clock, recorder, random: random.fork('scheduler'), log: rootLogger(), config });

    const nodeCpu = opts.preemption ? '2' : '4';
    for (let i = 0; i < opts.nodes; i++) store.create('Node', benchNode(i, nodeCpu));
    let preempted = 0;
    if (opts.preemption) {
      // Fill every node with two 1-cpu low-priority pods; a stand-in kubelet ends terminations at once.
      for (let i = 0; i < opts.nodes; i++) {
        for (let j = 0; j < 2; j++) store.create('Pod', benchPod(`filler-${i}-${j}`, '1', '1Gi', 0, `node-${i}`));
      }
      store.watch(['Pod'], {}, (ev) => {
        const p = ev.object as Pod;
        if (ev.type === 'MODIFIED' && p.metadata?.deletionTimestamp && store.get('Pod', p.metadata.namespace, p.metadata.name!)) {
          preempted++;
          store.remove('Pod', p.metadata.namespace, p.metadata.name!);
        }
      });
    }
    sched.start();

    const started = performance.now();
    const cpu = opts.preemption ? '1' : '100m';
    for (let i = 0; i < opts.pods; i++) store.create('Pod', benchPod(`bench-${i}`, cpu, '128Mi', opts.preemption ? 1000 : 0));
    // Count bindings as they happen (listing 20,000 pods every round would be timed as scheduling).
    let scheduled = 0;
    store.watch(['Pod'], {}, (ev) => {
      const p = ev.object as Pod;
      const o = ev.old as Pod | undefined;
      if (ev.type === 'MODIFIED' && p.spec?.nodeName && !o?.spec?.nodeName && p.metadata?.name?.startsWith('bench-')) scheduled++;
    });
    for (let round = 0; round < 10_000; round++) {
      clock.flush();
      if (scheduled >= opts.pods) break;
      clock.advance(1000);
      // Yield now and then so a long benchmark does not starve the event loop.
      if (round % 50 === 49) await new Promise<void>((r) => setImmediate(r));
    }
    const elapsedMs = performance.now() - started;
    sched.stop();
    return { podsPerSecond: Math.round((scheduled / elapsedMs) * 1000), scheduled, pending: opts.pods - scheduled, preempted, elapsedMs: Math.round(elapsedMs) };
  } finally {
    setRootLogger(previousLogger);
  }
}
