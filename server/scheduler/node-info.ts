/**
 * NodeInfo: a node plus the pods bound to it and their summed requests, updated incrementally as
 * pods come and go (pkg/scheduler/framework/types.go NodeInfo.AddPod / RemovePod / Snapshot).
 * Scheduling and preemption read NodeInfo only; clones are used for preemption dry runs.
 */
import type { Node, Pod, Taint } from '../../core/types.js';
import { podPriority } from '../../core/qos.js';
import { parseK8sTime } from '../../core/time-format.js';
import type { Candidate } from './preemption/candidates.js';
import type { Status } from './status.js';
import { accumulate, cloneResource, emptyResource, nodeAllocatable, podResources, type PodResources, type Resource } from './resources.js';

/** A pod as the scheduler sees it, with values computed once per pod object. */
export interface PodInfo {
  readonly pod: Pod;
  /** namespace/name */
  readonly key: string;
  readonly uid: string;
  readonly priority: number;
  readonly res: PodResources;
}

const podInfoCache = new WeakMap<Pod, PodInfo>();

export function podKey(pod: Pod): string {
  return `${pod.metadata?.namespace ?? 'default'}/${pod.metadata?.name ?? ''}`;
}

/**
 * Store objects are immutable, so the derived values are cached per object. `previous`, an earlier
 * version of the same pod (same uid), lends its computed resources: container requests cannot
 * change after creation (in-place resize is not modelled).
 */
export function podInfoOf(pod: Pod, previous?: PodInfo): PodInfo {
  let pi = podInfoCache.get(pod);
  if (!pi) {
    const uid = pod.metadata?.uid ?? '';
    const res = previous && previous.uid === uid && uid !== '' ? previous.res : podResources(pod);
    pi = { pod, key: podKey(pod), uid, priority: podPriority(pod), res };
    podInfoCache.set(pod, pi);
  }
  return pi;
}

/** The PodInfo computed earlier for this exact pod object, if any. */
export function cachedPodInfo(pod: Pod): PodInfo | undefined {
  return podInfoCache.get(pod);
}

/** util.GetPodStartTime: status.startTime, or "now" for pods that have not started. */
export function podStartTime(pod: Pod, now: number): number {
  const t = parseK8sTime(pod.status?.startTime);
  return Number.isNaN(t) ? now : t;
}

export { podPriority };

/** nextGeneration (pkg/scheduler/framework/types.go): one counter for every NodeInfo change. */
let generationCounter = 0;
export function nextGeneration(): number {
  return ++generationCounter;
}

export class NodeInfo {
  // Field order is object layout: what a scheduling cycle reads for every node (name, generation,
  // memos) comes first, so that a memo hit touches one cache line of the NodeInfo.
  name: string;
  /**
   * NodeInfo.Generation: renewed whenever the node, its pods or (touch) the pods nominated to it
   * change, so that results computed from this NodeInfo can be reused while it stays the same.
   */
  generation = nextGeneration();
  /**
   * The equivalence memos (equivalence.ts): this node's filter result and dry run for the pods of
   * memo epoch `*Epoch`, valid while `generation` equals `*Generation`. Plain fields rather than
   * memo objects: a cycle reads them for thousands of nodes, and every pointer followed is a likely
   * cache miss.
   */
  filterEpoch = 0;
  filterGeneration = 0;
  filterStatus: Status | null = null;
  dryRunEpoch = 0;
  dryRunGeneration = 0;
  /** SelectVictimsOnNode's status (null with victims: a candidate). */
  dryRunStatus: Status | null = null;
  dryRunCandidate: Candidate | null = null;
  node: Node;
  allocatable: Resource;
  requested: Resource;
  nonZeroMilliCPU = 0;
  nonZeroMemory = 0;
  /** Bound pods in the order they were added (uid → PodInfo). */
  pods: Map<string, PodInfo>;
  /** Taints with effect NoSchedule or NoExecute (the TaintToleration filter's input). */
  doNotScheduleTaints: Taint[] = [];
  preferNoScheduleTaints: Taint[] = [];

  constructor(node: Node) {
    this.node = node;
    this.name = node.metadata?.name ?? '';
    this.allocatable = nodeAllocatable(node);
    this.requested = emptyResource();
    this.pods = new Map();
    this.indexTaints();
  }

  setNode(node: Node): void {
    this.generation = nextGeneration();
    this.node = node;
    this.allocatable = nodeAllocatable(node);
    this.indexTaints();
  }

  private indexTaints(): void {
    this.labels = this.node.metadata?.labels ?? {};
    const taints = this.node.spec?.taints ?? [];
    this.doNotScheduleTaints = taints.filter((t) => t.effect === 'NoSchedule' || t.effect === 'NoExecute');
    this.preferNoScheduleTaints = taints.filter((t) => t.effect === 'PreferNoSchedule');
  }

  /** The node's labels ({} when none). */
  labels: Record<string, string> = {};

  get taints(): Taint[] {
    return this.node.spec?.taints ?? [];
  }

  addPod(pi: PodInfo): void {
    if (this.pods.has(pi.uid)) return;
    this.generation = nextGeneration();
    this.pods.set(pi.uid, pi);
    accumulate(this.requested, pi.res.requests, 1);
    this.nonZeroMilliCPU += pi.res.nonZeroMilliCPU;
    this.nonZeroMemory += pi.res.nonZeroMemory;
  }

  removePod(uid: string): boolean {
    const pi = this.pods.get(uid);
    if (!pi) return false;
    this.generation = nextGeneration();
    this.pods.delete(uid);
    accumulate(this.requested, pi.res.requests, -1);
    this.nonZeroMilliCPU -= pi.res.nonZeroMilliCPU;
    this.nonZeroMemory -= pi.res.nonZeroMemory;
    return true;
  }

  /** Something outside the NodeInfo that filters read changed (the pods nominated to the node). */
  touch(): void {
    this.generation = nextGeneration();
  }

  /** NodeInfo.Snapshot(): an independent copy for dry runs (fields in declaration order, one object shape). */
  clone(): NodeInfo {
    const c = Object.create(NodeInfo.prototype) as NodeInfo;
    c.name = this.name;
    c.generation = this.generation;
    c.filterEpoch = 0;
    c.filterGeneration = 0;
    c.filterStatus = null;
    c.dryRunEpoch = 0;
    c.dryRunGeneration = 0;
    c.dryRunStatus = null;
    c.dryRunCandidate = null;
    c.node = this.node;
    c.allocatable = this.allocatable;
    c.requested = cloneResource(this.requested);
    c.nonZeroMilliCPU = this.nonZeroMilliCPU;
    c.nonZeroMemory = this.nonZeroMemory;
    c.pods = new Map(this.pods);
    c.doNotScheduleTaints = this.doNotScheduleTaints;
    c.preferNoScheduleTaints = this.preferNoScheduleTaints;
    c.labels = this.labels;
    return c;
  }
}

