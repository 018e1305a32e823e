/**
 * Builders for pods and nodes in tests and benchmarks, after pkg/scheduler/testing/wrappers.go
 * (st.MakePod(), st.MakeNode()). `req()` adds one container per call; `capacity()` sets both
 * capacity and allocatable and defaults `pods` to 32 like NodeWrapper.Capacity.
 */
import { toK8sTime } from '../../../core/time-format.js';
import type { Container, Mutable, Node, ObjectMeta, Pod, PodCondition, Taint, Toleration } from '../../../core/types.js';

export type ResourceMap = Record<string, string>;

export const smallRes: ResourceMap = { cpu: '100m', memory: '100' };
export const mediumRes: ResourceMap = { cpu: '200m', memory: '200' };
export const largeRes: ResourceMap = { cpu: '300m', memory: '300' };
export const veryLargeRes: ResourceMap = { cpu: '500m', memory: '500' };

export const negPriority = -100;
export const lowPriority = 0;
export const midPriority = 100;
export const highPriority = 1000;
export const veryHighPriority = 10000;

export class PodWrapper {
  readonly pod: Pod & { metadata: Mutable<ObjectMeta>; spec: NonNullable<Pod['spec']> };

  constructor(name = '') {
    this.pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', uid: name }, spec: { containers: [] }, status: {} };
  }

  name(n: string): this { this.pod.metadata.name = n; return this; }
  uid(u: string): this { (this.pod.metadata as Mutable<ObjectMeta>).uid = u; return this; }
  namespace(ns: string): this { this.pod.metadata.namespace = ns; return this; }
  label(k: string, v: string): this { this.pod.metadata.labels = { ...this.pod.metadata.labels, [k]: v }; return this; }
  priority(p: number): this { this.pod.spec.priority = p; return this; }
  priorityClassName(n: string): this { this.pod.spec.priorityClassName = n; return this; }
  preemptionPolicy(p: string): this { this.pod.spec.preemptionPolicy = p; return this; }
  schedulerName(n: string): this { this.pod.spec.schedulerName = n; return this; }
  node(n: string): this { this.pod.spec.nodeName = n; return this; }
  nodeSelector(sel: Record<string, string>): this { this.pod.spec.nodeSelector = sel; return this; }
  toleration(t: Toleration): this { this.pod.spec.tolerations = [...(this.pod.spec.tolerations ?? []), t]; return this; }
  terminationGracePeriod(s: number): this { this.pod.spec.terminationGracePeriodSeconds = s; return this; }

  /** Adds a container requesting the given resources. */
  req(res: ResourceMap): this {
    const c: Container = { name: `c${this.pod.spec.containers.length}`, image: 'pause', resources: { requests: { ...res } } };
    this.pod.spec.containers.push(c);
    return this;
  }

  initReq(res: ResourceMap, restartPolicy?: string): this {
    const list = (this.pod.spec.initContainers ??= []);
    list.push({ name: `i${list.length}`, image: 'pause', resources: { requests: { ...res } }, ...(restartPolicy ? { restartPolicy } : {}) });
    return this;
  }

  overhead(res: ResourceMap): this { this.pod.spec.overhead = { ...res }; return this; }
  startTime(ms: number): this { this.status().startTime = toK8sTime(ms); return this; }
  nominatedNodeName(n: string): this { this.status().nominatedNodeName = n; return this; }
  phase(p: string): this { this.status().phase = p; return this; }

  /** Marks the pod as being deleted (deletionTimestamp set). */
  terminating(atMs = 0): this {
    (this.pod.metadata as Mutable<ObjectMeta>).deletionTimestamp = toK8sTime(atMs);
    return this;
  }

  condition(type: string, status: string, reason?: string): this {
    const s = this.status();
    s.conditions = [...(s.conditions ?? []), { type, status, ...(reason ? { reason } : {}) } as PodCondition];
    return this;
  }

  private status(): NonNullable<Mutable<Pod>['status']> {
    return ((this.pod as Mutable<Pod>).status ??= {});
  }

  obj(): Pod {
    return structuredClone(this.pod);
  }
}

export function makePod(name = ''): PodWrapper {
  return new PodWrapper(name);
}

export class NodeWrapper {
  readonly node: Node & { metadata: Mutable<ObjectMeta> };

  constructor(name = '') {
    this.node = { apiVersion: 'v1', kind: 'Node', metadata: { name, uid: name }, spec: {}, status: {} };
  }

  name(n: string): this { this.node.metadata.name = n; (this.node.metadata as Mutable<ObjectMeta>).uid = n; return this; }
  label(k: string, v: string): this { this.node.metadata.labels = { ...this.node.metadata.labels, [k]: v }; return this; }

  capacity(res: ResourceMap): this {
    const r: ResourceMap = { pods: '32', ...res };
    const status = ((this.node as Mutable<Node>).status ??= {});
    status.capacity = { ...r };
    status.allocatable = { ...r };
    return this;
  }

  taints(taints: Taint[]): this { this.node.spec = { ...this.node.spec, taints }; return this; }
  unschedulable(u = true): this { this.node.spec = { ...this.node.spec, unschedulable: u }; return this; }

  obj(): Node {
    return structuredClone(this.node);
  }
}

export function makeNode(name = ''): NodeWrapper {
  return new NodeWrapper(name);
}
