/**
 * Test fixtures for the node lifecycle and taint eviction controllers: a real Store, Registry and
 * EventRecorder on a ManualClock, and builders for Nodes, Leases and Pods shaped like the ones the
 * agent gateway writes (upstream: pkg/controller/testutil NewNode / NewPod, createNodeLease).
 */
import { pino } from 'pino';
import { ManualClock } from '../../../core/clock/index.js';
import { Random } from '../../../core/random.js';
import { toK8sTime, toMicroTime } from '../../../core/time-format.js';
import type { Event, Lease, Mutable, Node, NodeCondition, Pod, Taint, Toleration } from '../../../core/types.js';
import { DEFAULT_CONTROL_PLANE_CONFIG, type ControlPlaneConfig } from '../../config.js';
import { EventRecorder } from '../../events/recorder.js';
import { Registry } from '../../registry/index.js';
import { Store } from '../../store/index.js';
import type { ControllerContext } from '../controller.js';
import { NODE_LEASE_NAMESPACE } from './constants.js';

/** 2015-01-01T12:00:00Z, the fakeNow of the upstream tests. */
export const T0 = Date.UTC(2015, 0, 1, 12, 0, 0);

export interface Harness {
  clock: ManualClock;
  store: Store;
  registry: Registry;
  recorder: EventRecorder;
  ctx: ControllerContext;
}

export function harness(config: Partial<ControlPlaneConfig> = {}, start = T0): Harness {
  const clock = new ManualClock(start);
  const random = new Random('nodelifecycle-test');
  const store = new Store(clock, random);
  const registry = new Registry(store, []);
  const recorder = new EventRecorder(store, clock);
  const ctx: ControllerContext = {
    store, registry, clock, recorder, random: random.fork('controller'),
    log: pino({ level: 'silent' }), config: { ...DEFAULT_CONTROL_PLANE_CONFIG, ...config },
  };
  return { clock, store, registry, recorder, ctx };
}

export interface NodeOptions {
  ready?: 'True' | 'False' | 'Unknown' | null;
  /** Ready.lastHeartbeatTime (ms); defaults to the clock. */
  heartbeat?: number;
  transition?: number;
  zone?: string;
  region?: string;
  labels?: Record<string, string>;
  taints?: Taint[];
  unschedulable?: boolean;
  extraConditions?: NodeCondition[];
}

export function readyCondition(status: string, heartbeat: number, transition: number): NodeCondition {
  return {
    type: 'Ready', status, reason: status === 'True' ? 'KubeletReady' : 'KubeletNotReady',
    message: status === 'True' ? 'kubelet is posting ready status' : 'container runtime is down',
    lastHeartbeatTime: toK8sTime(heartbeat), lastTransitionTime: toK8sTime(transition),
  };
}

export function nodeObject(name: string, now: number, o: NodeOptions = {}): Node {
  const labels: Record<string, string> = { 'kubernetes.io/hostname': name, ...o.labels };
  if (o.zone) labels['topology.kubernetes.io/zone'] = o.zone;
  if (o.region) labels['topology.kubernetes.io/region'] = o.region;
  const conditions: NodeCondition[] = [];
  if (o.ready !== null) conditions.push(readyCondition(o.ready ?? 'True', o.heartbeat ?? now, o.transition ?? o.heartbeat ?? now));
  conditions.push(...(o.extraConditions ?? []));
  return {
    metadata: { name, labels },
    spec: { ...(o.taints ? { taints: o.taints } : {}), ...(o.unschedulable ? { unschedulable: true } : {}) },
    status: { conditions },
  };
}

/** Creates a node in the store (creationTimestamp = now of the clock). */
export function addNode(h: Harness, name: string, o: NodeOptions = {}): Node {
  return h.store.create('Node', nodeObject(name, h.clock.now(), o));
}

/** The kubelet posting its status: Ready with a new heartbeat (and a transition if it changed). */
export function postStatus(h: Harness, name: string, status: 'True' | 'False' | 'Unknown', extra: NodeCondition[] = []): Node {
  const now = h.clock.now();
  return h.store.mutate<Node>('Node', undefined, name, (n) => {
    const prev = (n.status?.conditions ?? []).find((c) => c.type === 'Ready');
    const transition = prev && prev.status === status ? Date.parse(prev.lastTransitionTime ?? '') : now;
    const others = (n.status?.conditions ?? []).filter((c) => c.type !== 'Ready' && !extra.some((e) => e.type === c.type));
    (n as Mutable<Node>).status = { ...n.status, conditions: [readyCondition(status, now, transition), ...others, ...extra] };
  });
}

export function leaseObject(name: string, renew: number): Lease {
  return {
    metadata: { name, namespace: NODE_LEASE_NAMESPACE },
    spec: { holderIdentity: name, leaseDurationSeconds: 40, renewTime: toMicroTime(renew) },
  };
}

/** Creates or renews the node's lease at the current time. */
export function renewLease(h: Harness, name: string): void {
  const now = h.clock.now();
  if (!h.store.get('Lease', NODE_LEASE_NAMESPACE, name)) h.store.create('Lease', leaseObject(name, now));
  else h.store.mutate<Lease>('Lease', NODE_LEASE_NAMESPACE, name, (l) => { l.spec = { ...l.spec, renewTime: toMicroTime(now) }; });
}

/** A kubelet that renews its lease every `period` ms until stopped. */
export function heartbeat(h: Harness, name: string, period = 10_000): { stop(): void } {
  renewLease(h, name);
  const t = h.clock.every(period, () => renewLease(h, name));
  return { stop: () => t.cancel() };
}

export interface PodOptions {
  tolerations?: Toleration[];
  labels?: Record<string, string>;
  ready?: boolean;
  phase?: string;
  grace?: number;
}

/** A running pod bound to a node, with a Ready=True condition (testutil.NewPod). */
export function podObject(name: string, nodeName: string, o: PodOptions = {}): Pod {
  return {
    metadata: { name, namespace: 'default', ...(o.labels ? { labels: o.labels } : {}) },
    spec: {
      nodeName, containers: [{ name: 'c', image: 'pause' }], terminationGracePeriodSeconds: o.grace ?? 30,
      ...(o.tolerations ? { tolerations: o.tolerations } : {}),
    },
    status: {
      phase: o.phase ?? 'Running',
      conditions: [{ type: 'Ready', status: o.ready === false ? 'False' : 'True', lastTransitionTime: toK8sTime(T0) }],
    },
  };
}

export function addPod(h: Harness, name: string, nodeName: string, o: PodOptions = {}): Pod {
  return h.store.create('Pod', podObject(name, nodeName, o));
}

export function getNode(h: Harness, name: string): Node {
  return h.store.must<Node>('Node', undefined, name);
}

export function getPod(h: Harness, name: string, ns = 'default'): Pod | undefined {
  return h.store.get<Pod>('Pod', ns, name);
}

export function condition(node: Node | Pod | undefined, type: string): { status?: string; reason?: string; message?: string } | undefined {
  return (node?.status?.conditions as Array<{ type: string; status?: string; reason?: string; message?: string }> | undefined)?.find((c) => c.type === type);
}

export function taintKeys(node: Node, effect?: string): string[] {
  return (node.spec?.taints ?? []).filter((t) => !effect || t.effect === effect).map((t) => `${t.key}:${t.effect}`);
}

export function events(h: Harness, reason?: string): Event[] {
  return h.store.list<Event>('Event').filter((e) => !reason || e.reason === reason);
}

/** The kemu.dev/why annotation of an event, parsed. */
export function whyOf(e: Event): Record<string, unknown> | undefined {
  const raw = e.metadata?.annotations?.['kemu.dev/why'];
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
