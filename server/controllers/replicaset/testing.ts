/**
 * Test fixtures for the workload controllers: a real Store, Registry and EventRecorder on a
 * ManualClock, plus a stand-in for the kubelet (bind a pod, make it Running/Ready, fail it).
 */
import { pino } from 'pino';
import { ManualClock } from '../../../core/clock/index.js';
import { Random } from '../../../core/random.js';
import { toK8sTime } from '../../../core/time-format.js';
import type { Event, Mutable, Node, ObjectMeta, Pod, Taint } from '../../../core/types.js';
import type { AdmissionPlugin } from '../../admission/types.js';
import { DEFAULT_CONTROL_PLANE_CONFIG, type ControlPlaneConfig } from '../../config.js';
import { EventRecorder } from '../../events/recorder.js';
import { Registry } from '../../registry/index.js';
import { Store } from '../../store/index.js';
import type { Controller, ControllerContext, ControllerFactory } from '../controller.js';

export interface TestCluster {
  clock: ManualClock;
  store: Store;
  registry: Registry;
  recorder: EventRecorder;
  ctx: ControllerContext;
  controllers: Controller[];
  /** Runs every timer due now (controllers' queues), repeatedly, until quiet. */
  settle(): void;
  stop(): void;
}

export function newTestCluster(opts: { factories?: ControllerFactory[]; plugins?: AdmissionPlugin[]; config?: Partial<ControlPlaneConfig>; seed?: string } = {}): TestCluster {
  const clock = new ManualClock(Date.UTC(2026, 0, 1));
  const random = new Random(opts.seed ?? 'test');
  const store = new Store(clock, random.fork('store'));
  const registry = new Registry(store, [...(opts.plugins ?? [])]);
  const recorder = new EventRecorder(store, clock);
  const ctx: ControllerContext = {
    store, registry, clock, recorder, random: random.fork('controller'), log: pino({ level: 'silent' }),
    config: { ...DEFAULT_CONTROL_PLANE_CONFIG, ...(opts.config ?? {}) },
  };
  const controllers = (opts.factories ?? []).map((f) => f(ctx));
  for (const c of controllers) c.start();
  return {
    clock, store, registry, recorder, ctx, controllers,
    settle: () => clock.flush(),
    stop: () => controllers.forEach((c) => c.stop()),
  };
}

export function makeNode(name: string, labels: Record<string, string> = {}, taints: Taint[] = []): Node {
  return {
    metadata: { name, labels: { 'kubernetes.io/hostname': name, ...labels } },
    spec: taints.length ? { taints } : {},
    status: { conditions: [{ type: 'Ready', status: 'True' }] },
  };
}

/** What the scheduler and kubelet would do: bind the pod and make it Running (and Ready). */
export function runPod(store: Store, pod: Pod, nodeName: string, ready = true): Pod {
  const now = store.clock.now();
  return store.mutate<Pod>('Pod', pod.metadata?.namespace, pod.metadata?.name ?? '', (p) => {
    p.spec = { ...(p.spec ?? { containers: [] }), nodeName };
    (p as Mutable<Pod>).status = {
      ...(p.status ?? {}), phase: 'Running', startTime: toK8sTime(now),
      conditions: [{ type: 'Ready', status: ready ? 'True' : 'False', lastTransitionTime: toK8sTime(now) }],
    };
  });
}

/** What the kubelet's eviction manager leaves behind: phase Failed, reason Evicted. */
export function evictPod(store: Store, pod: Pod, message = 'The node was low on resource: memory.'): Pod {
  return store.mutate<Pod>('Pod', pod.metadata?.namespace, pod.metadata?.name ?? '', (p) => {
    (p as Mutable<Pod>).status = { ...(p.status ?? {}), phase: 'Failed', reason: 'Evicted', message, conditions: [{ type: 'Ready', status: 'False' }] };
  });
}

/** The kubelet confirming a graceful deletion (removes pods that carry a deletionTimestamp). */
export function finishTerminating(store: Store): void {
  for (const p of store.list<Pod>('Pod')) if (p.metadata?.deletionTimestamp) store.remove('Pod', p.metadata.namespace, p.metadata.name ?? '');
}

export function setCreationTimestamp(store: Store, kind: 'Pod', ns: string, name: string, ms: number): void {
  store.mutate<Pod>(kind, ns, name, (p) => void ((p.metadata as Mutable<ObjectMeta>).creationTimestamp = toK8sTime(ms)));
}

export function eventsWithReason(store: Store, reason: string): Event[] {
  return store.list<Event>('Event').filter((e) => e.reason === reason);
}

export function podsOf(store: Store, ownerUID: string | undefined): Pod[] {
  return store.list<Pod>('Pod').filter((p) => p.metadata?.ownerReferences?.some((r) => r.uid === ownerUID && r.controller));
}
