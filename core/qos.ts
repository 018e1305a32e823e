/**
 * Pod QoS classes and the kubelet's critical / static / mirror pod predicates.
 *
 * Replicates:
 * - pkg/apis/core/v1/helper/qos/qos.go (GetPodQOS, ComputePodQOS, resourceQOS), current form:
 *   only cpu and memory count; init containers count like regular ones; pod overhead never
 *   matters; with PodLevelResources (beta, on by default since v1.34) a set `spec.resources`
 *   decides alone.
 * - pkg/kubelet/types/pod_update.go (IsCriticalPod, IsStaticPod, IsMirrorPod, IsNodeCriticalPod,
 *   IsCriticalPodBasedOnPriority) and k8s.io/component-helpers/scheduling/corev1 (PodPriority).
 */
import type { Pod, ResourceRequirements } from './types.js';
import { parseQuantity } from './quantity.js';

export type PodQOSClass = 'Guaranteed' | 'Burstable' | 'BestEffort';

export const QOS_GUARANTEED: PodQOSClass = 'Guaranteed';
export const QOS_BURSTABLE: PodQOSClass = 'Burstable';
export const QOS_BEST_EFFORT: PodQOSClass = 'BestEffort';

/** Annotation the kubelet sets on pods from a config source (file, http, api). */
export const CONFIG_SOURCE_ANNOTATION_KEY = 'kubernetes.io/config.source';
/** Annotation that marks the API-server mirror of a static pod. */
export const CONFIG_MIRROR_ANNOTATION_KEY = 'kubernetes.io/config.mirror';
export const FILE_SOURCE = 'file';
export const HTTP_SOURCE = 'http';
export const API_SERVER_SOURCE = 'api';

/** pkg/apis/scheduling: priorities at or above this are "system critical". */
export const SYSTEM_CRITICAL_PRIORITY = 2_000_000_000;
export const SYSTEM_CLUSTER_CRITICAL = 'system-cluster-critical';
export const SYSTEM_NODE_CRITICAL = 'system-node-critical';
/** Values of the two built-in PriorityClasses. */
export const SYSTEM_CLUSTER_CRITICAL_PRIORITY = SYSTEM_CRITICAL_PRIORITY;
export const SYSTEM_NODE_CRITICAL_PRIORITY = SYSTEM_CRITICAL_PRIORITY + 1000;
/** scheduling.DefaultPriorityWhenNoDefaultClassExists */
export const DEFAULT_PRIORITY_WHEN_NO_DEFAULT_CLASS_EXISTS = 0;

const QOS_COMPUTE_RESOURCES = ['cpu', 'memory'] as const;

export interface QOSOptions {
  /** Feature gate PodLevelResources (beta, default on since v1.34). */
  podLevelResources?: boolean;
}

/** The pod's `status.qosClass` when set (it is immutable), else ComputePodQOS. */
export function getPodQOS(pod: Pod, opts: QOSOptions = {}): PodQOSClass {
  const persisted = pod.status?.qosClass;
  if (persisted === QOS_GUARANTEED || persisted === QOS_BURSTABLE || persisted === QOS_BEST_EFFORT) return persisted;
  return computePodQOS(pod, opts);
}

/**
 * BestEffort: no container sets a cpu/memory request or limit. Guaranteed: every container sets
 * equal, non-zero cpu and memory requests and limits. Anything else (including a mix of
 * BestEffort and Guaranteed containers) is Burstable.
 */
export function computePodQOS(pod: Pod, opts: QOSOptions = {}): PodQOSClass {
  const podLevel = podLevelResources(pod);
  if ((opts.podLevelResources ?? true) && podLevel) return resourceQOS(podLevel);
  let podQOS: PodQOSClass | undefined;
  for (const c of [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])]) {
    const qos = resourceQOS(c.resources ?? {});
    if (qos === QOS_BURSTABLE) return qos;
    if (podQOS === undefined) podQOS = qos;
    else if (podQOS !== qos) return QOS_BURSTABLE;
  }
  return podQOS ?? QOS_BEST_EFFORT;
}

/** The QoS of one set of requirements (qos.go resourceQOS). */
export function resourceQOS(res: ResourceRequirements): PodQOSClass {
  const requests = res.requests ?? {};
  const limits = res.limits ?? {};
  if (Object.keys(requests).length === 0 && Object.keys(limits).length === 0) return QOS_BEST_EFFORT;
  let qos: PodQOSClass | undefined;
  for (const name of QOS_COMPUTE_RESOURCES) {
    const req = quantityValue(requests[name]);
    const lim = quantityValue(limits[name]);
    if (!numbersEqual(req, lim)) return QOS_BURSTABLE;
    const bestEffort = req === 0 && lim === 0;
    if (qos === undefined) qos = bestEffort ? QOS_BEST_EFFORT : QOS_GUARANTEED;
    else if (bestEffort !== (qos === QOS_BEST_EFFORT)) return QOS_BURSTABLE;
  }
  return qos ?? QOS_BEST_EFFORT;
}

/**
 * Pod-level `spec.resources` (PodLevelResources). kubernetes-types 1.30 predates the field, so it
 * is read through a narrow structural type.
 */
export function podLevelResources(pod: Pod): ResourceRequirements | undefined {
  const spec = pod.spec as (Pod['spec'] & { resources?: ResourceRequirements }) | undefined;
  return spec?.resources ?? undefined;
}

/** corev1helpers.PodPriority: `spec.priority`, or 0 when unset. */
export function podPriority(pod: Pod): number {
  return pod.spec?.priority ?? DEFAULT_PRIORITY_WHEN_NO_DEFAULT_CLASS_EXISTS;
}

export function isCriticalPodBasedOnPriority(priority: number): boolean {
  return priority >= SYSTEM_CRITICAL_PRIORITY;
}

/** kubetypes.GetPodSource: the config.source annotation, undefined when absent. */
export function podSource(pod: Pod): string | undefined {
  const a = pod.metadata?.annotations;
  return a && Object.prototype.hasOwnProperty.call(a, CONFIG_SOURCE_ANNOTATION_KEY) ? a[CONFIG_SOURCE_ANNOTATION_KEY] : undefined;
}

/** A pod that came from a file/http source (config.source present and not "api"). */
export function isStaticPod(pod: Pod): boolean {
  const source = podSource(pod);
  return source !== undefined && source !== API_SERVER_SOURCE;
}

/** The API-server mirror of a static pod (config.mirror annotation present). */
export function isMirrorPod(pod: Pod): boolean {
  const a = pod.metadata?.annotations;
  return !!a && Object.prototype.hasOwnProperty.call(a, CONFIG_MIRROR_ANNOTATION_KEY);
}

/** Static, mirror, or priority >= 2000000000: never evicted by the kubelet, always admitted. */
export function isCriticalPod(pod: Pod): boolean {
  if (isStaticPod(pod)) return true;
  if (isMirrorPod(pod)) return true;
  const p = pod.spec?.priority;
  return p !== undefined && p !== null && isCriticalPodBasedOnPriority(p);
}

/** Critical and in the system-node-critical PriorityClass. */
export function isNodeCriticalPod(pod: Pod): boolean {
  return isCriticalPod(pod) && pod.spec?.priorityClassName === SYSTEM_NODE_CRITICAL;
}

function quantityValue(q: string | number | undefined): number {
  if (q === undefined || q === null || q === '') return 0;
  try {
    return parseQuantity(String(q)).asNumber();
  } catch {
    return 0; // the API server validates quantities; a bad one counts as unset
  }
}

function numbersEqual(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}
