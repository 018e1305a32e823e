/**
 * Resource arithmetic the scheduler does on pods and nodes:
 * - k8s.io/component-helpers/resource/helpers.go `PodRequests` / `AggregateContainerRequests`
 *   (sum of containers and restartable init containers, max with each init container, + overhead),
 * - pkg/scheduler/framework/types.go `Resource` (cpu in millicores, everything else in units),
 * - pkg/scheduler/util `GetNonzeroRequestForResource` defaults (100m cpu, 200Mi memory) for scoring.
 */
import { parseQuantity } from '../../core/quantity.js';
import type { Container, Node, Pod } from '../../core/types.js';
import { DEFAULT_MEMORY_REQUEST, DEFAULT_MILLI_CPU_REQUEST } from './constants.js';

/** framework.Resource: milli-CPU, bytes of memory and ephemeral storage, pod slots, scalar resources. */
export interface Resource {
  milliCPU: number;
  memory: number;
  ephemeralStorage: number;
  allowedPodNumber: number;
  /** Extended, hugepages-*, attachable-volumes-* and other prefixed resources; null when none. */
  scalar: Map<string, number> | null;
}

export function emptyResource(): Resource {
  return { milliCPU: 0, memory: 0, ephemeralStorage: 0, allowedPodNumber: 0, scalar: null };
}

export function cloneResource(r: Resource): Resource {
  return { ...r, scalar: r.scalar ? new Map(r.scalar) : null };
}

/** schedutil.IsScalarResourceName: extended, prefixed native (kubernetes.io/), hugepages-, attachable-volumes-. */
export function isScalarResourceName(name: string): boolean {
  if (name.startsWith('hugepages-') || name.startsWith('attachable-volumes-')) return true;
  return name.includes('/') && !name.startsWith('requests.');
}

/** A ResourceList as numbers: cpu in millicores, everything else Quantity.Value() (rounded up). */
export type ResourceNumbers = Map<string, number>;

function quantityNumber(name: string, q: string): number {
  const parsed = parseQuantity(q);
  return name === 'cpu' ? parsed.milliValue() : parsed.value();
}

function toNumbers(list: Record<string, string> | undefined): ResourceNumbers {
  const out: ResourceNumbers = new Map();
  if (!list) return out;
  for (const [k, v] of Object.entries(list)) out.set(k, quantityNumber(k, v));
  return out;
}

function addInto(dst: ResourceNumbers, src: ResourceNumbers): void {
  for (const [k, v] of src) dst.set(k, (dst.get(k) ?? 0) + v);
}

function maxInto(dst: ResourceNumbers, src: ResourceNumbers): void {
  for (const [k, v] of src) {
    const cur = dst.get(k);
    if (cur === undefined || v > cur) dst.set(k, v);
  }
}

const parsedRequests = new WeakMap<Container, ResourceNumbers>();

/** A container's requests as numbers (parsed once per container object). */
function parsedContainerRequests(c: Container): ResourceNumbers {
  let r = parsedRequests.get(c);
  if (!r) parsedRequests.set(c, (r = toNumbers(c.resources?.requests)));
  return r;
}

/** applyNonMissing: a container without a cpu/memory request counts the default instead. */
function containerRequests(c: Container, nonMissing: ResourceNumbers | null): ResourceNumbers {
  const parsed = parsedContainerRequests(c);
  if (!nonMissing) return parsed;
  const reqs = new Map(parsed);
  for (const [k, v] of nonMissing) if (!reqs.has(k)) reqs.set(k, v);
  return reqs;
}

const NON_MISSING: ResourceNumbers = new Map([['cpu', DEFAULT_MILLI_CPU_REQUEST], ['memory', DEFAULT_MEMORY_REQUEST]]);

/**
 * resourcehelper.PodRequests(pod, opts): containers summed (restartable init containers, i.e.
 * sidecars, are added to the sum and to every later init container), the max with each init
 * container, then overhead added. With `nonZero`, missing cpu/memory requests count as 100m/200Mi.
 */
export function podRequests(pod: Pod, nonZero = false): ResourceNumbers {
  const nonMissing = nonZero ? NON_MISSING : null;
  const spec = pod.spec;
  const reqs: ResourceNumbers = new Map();
  for (const c of spec?.containers ?? []) addInto(reqs, containerRequests(c, nonMissing));
  const restartable: ResourceNumbers = new Map();
  const initMax: ResourceNumbers = new Map();
  for (const c of spec?.initContainers ?? []) {
    const creqs = containerRequests(c, nonMissing);
    let effective: ResourceNumbers;
    if (c.restartPolicy === 'Always') {
      addInto(reqs, creqs);
      addInto(restartable, creqs);
      effective = restartable;
    } else {
      effective = new Map();
      addInto(effective, creqs);
      addInto(effective, restartable);
    }
    maxInto(initMax, effective);
  }
  maxInto(reqs, initMax);
  if (spec?.overhead) addInto(reqs, toNumbers(spec.overhead));
  return reqs;
}

/** Resource.Add(ResourceList) on a fresh Resource. */
export function resourceFromNumbers(list: ResourceNumbers): Resource {
  const r = emptyResource();
  for (const [k, v] of list) {
    switch (k) {
      case 'cpu': r.milliCPU += v; break;
      case 'memory': r.memory += v; break;
      case 'pods': r.allowedPodNumber += v; break;
      case 'ephemeral-storage': r.ephemeralStorage += v; break;
      default:
        if (isScalarResourceName(k)) (r.scalar ??= new Map()).set(k, (r.scalar.get(k) ?? 0) + v);
    }
  }
  return r;
}

/** NodeInfo.Allocatable = NewResource(node.Status.Allocatable). */
export function nodeAllocatable(node: Node): Resource {
  return resourceFromNumbers(toNumbers(node.status?.allocatable));
}

/** What a pod adds to a node: its requests, and the non-zero cpu/memory used by scoring. */
export interface PodResources {
  requests: Resource;
  nonZeroMilliCPU: number;
  nonZeroMemory: number;
}

export function podResources(pod: Pod): PodResources {
  const requests = resourceFromNumbers(podRequests(pod));
  requests.allowedPodNumber = 0;
  const nz = podRequests(pod, true);
  return { requests, nonZeroMilliCPU: nz.get('cpu') ?? 0, nonZeroMemory: nz.get('memory') ?? 0 };
}

/** Adds (sign 1) or subtracts (sign -1) b into a, in place. */
export function accumulate(a: Resource, b: Resource, sign: 1 | -1): void {
  a.milliCPU += sign * b.milliCPU;
  a.memory += sign * b.memory;
  a.ephemeralStorage += sign * b.ephemeralStorage;
  if (b.scalar) {
    a.scalar ??= new Map();
    for (const [k, v] of b.scalar) a.scalar.set(k, (a.scalar.get(k) ?? 0) + sign * v);
  }
}
