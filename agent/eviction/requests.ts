/**
 * Effective pod requests and limits, as the eviction manager reads them.
 * Upstream: pkg/api/v1/resource/helpers.go GetResourceRequestQuantity and
 * k8s.io/component-helpers/resource helpers.go (PodRequests / PodLimits,
 * AggregateContainerRequests / AggregateContainerLimits): regular containers and sidecars add up,
 * each plain init container counts with the sidecars started before it, the pod needs the max of
 * both; pod overhead is added to a non-zero request; pod-level resources (PodLevelResources)
 * replace container-level cpu/memory requests when set.
 */
import type { Container, Pod } from '../../core/types.js';
import { parseQuantity } from '../../core/quantity.js';
import { podLevelResources } from '../../core/qos.js';

type Kind = 'requests' | 'limits';
type ResourceMap = Map<string, number>;

const POD_LEVEL_RESOURCES = new Set(['cpu', 'memory']);

function quantity(q: string | number | undefined): number | undefined {
  if (q === undefined || q === null) return undefined;
  try {
    return parseQuantity(String(q)).asNumber();
  } catch {
    return undefined;
  }
}

function containerMap(c: Container, kind: Kind): ResourceMap {
  const m: ResourceMap = new Map();
  for (const [k, v] of Object.entries(c.resources?.[kind] ?? {})) {
    const n = quantity(v);
    if (n !== undefined) m.set(k, n);
  }
  return m;
}

function add(into: ResourceMap, from: ResourceMap): void {
  for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + v);
}

function max(into: ResourceMap, from: ResourceMap): void {
  for (const [k, v] of from) if (!into.has(k) || v > into.get(k)!) into.set(k, v);
}

/**
 * The aggregates are read for every pod on every eviction pass; they depend only on the spec, and
 * the kubelet replaces its Pod object when the spec or annotations change, so they are kept per object.
 */
const aggregated = { requests: new WeakMap<Pod, ResourceMap>(), limits: new WeakMap<Pod, ResourceMap>() };

/** AggregateContainerRequests / AggregateContainerLimits: present keys are those some container sets. */
export function aggregateContainerResources(pod: Pod, kind: Kind): ResourceMap {
  const cached = aggregated[kind].get(pod);
  if (cached) return cached;
  const total = computeAggregate(pod, kind);
  aggregated[kind].set(pod, total);
  return total;
}

function computeAggregate(pod: Pod, kind: Kind): ResourceMap {
  const total: ResourceMap = new Map();
  for (const c of pod.spec?.containers ?? []) add(total, containerMap(c, kind));
  const sidecars: ResourceMap = new Map();
  const init: ResourceMap = new Map();
  for (const c of pod.spec?.initContainers ?? []) {
    const m = containerMap(c, kind);
    if (c.restartPolicy === 'Always') {
      add(total, m);
      add(sidecars, m);
      max(init, sidecars);
    } else {
      const tmp: ResourceMap = new Map(m);
      add(tmp, sidecars);
      max(init, tmp);
    }
  }
  max(total, init);
  return total;
}

/** GetResourceRequestQuantity(pod, resource) as a number (bytes, cores, count); missing = 0. */
export function podRequest(pod: Pod, resource: string): number {
  let value: number | undefined;
  const podLevel = podLevelResources(pod)?.requests;
  if (podLevel && Object.keys(podLevel).some((k) => POD_LEVEL_RESOURCES.has(k)) && POD_LEVEL_RESOURCES.has(resource)) {
    value = quantity(podLevel[resource]);
  } else {
    value = aggregateContainerResources(pod, 'requests').get(resource);
  }
  let total = value ?? 0;
  const overhead = quantity(pod.spec?.overhead?.[resource]);
  if (overhead !== undefined && total !== 0) total += overhead;
  return total;
}

/** PodLimits(pod)[resource]; undefined when no container sets that limit. Overhead is added to a present limit. */
export function podLimit(pod: Pod, resource: string): number | undefined {
  const v = aggregateContainerResources(pod, 'limits').get(resource);
  if (v === undefined) return undefined;
  const overhead = quantity(pod.spec?.overhead?.[resource]);
  return overhead !== undefined ? v + overhead : v;
}

/** A container's request of a resource as (value, printed form); "0" when unset. */
export function containerRequest(c: Container, resource: string): { value: number; text: string } {
  const raw = c.resources?.requests?.[resource];
  if (raw === undefined) return { value: 0, text: '0' };
  try {
    const q = parseQuantity(String(raw));
    return { value: q.asNumber(), text: q.toString() };
  } catch {
    return { value: 0, text: '0' };
  }
}
