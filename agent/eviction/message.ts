/**
 * The eviction message and event annotations.
 * Upstream: pkg/kubelet/eviction/helpers.go (evictionMessage, getThresholdMetInfo and the
 * message formats). Every fragment ends with ". ".
 */
import { formatQuantity, parseQuantity } from '../../core/quantity.js';
import { podLevelResources } from '../../core/qos.js';
import type { Pod } from '../../core/types.js';
import type { StatsFunc } from './observations.js';
import { formatObserved, getThresholdQuantity } from './observations.js';
import { containerRequest } from './requests.js';
import {
  ANNOTATION_OFFENDING_CONTAINERS, ANNOTATION_OFFENDING_CONTAINERS_USAGE, ANNOTATION_OFFENDING_POD,
  ANNOTATION_OFFENDING_POD_USAGE, ANNOTATION_STARVED_RESOURCE, SIGNAL_TO_RESOURCE,
  type ReclaimResource, type SignalObservations, type Threshold,
} from './types.js';

export const nodeLowMessage = (resource: string): string => `The node was low on resource: ${resource}. `;
export const thresholdMetMessage = (quantity: string, available: string): string => `Threshold quantity: ${quantity}, available: ${available}. `;
export const containerMessage = (name: string, usage: string, request: string, resource: string): string =>
  `Container ${name} was using ${usage}, request is ${request}, has larger consumption of ${resource}. `;
export const podMessage = (name: string, usage: string, request: string, resource: string): string =>
  `Pod ${name} was using ${usage}, request is ${request}, has larger consumption of ${resource}. `;
/** Admission rejection (helpers.go nodeConditionMessageFmt); conditions print like a Go slice. */
export const nodeConditionMessage = (conditions: readonly string[]): string => `The node had condition: [${conditions.join(' ')}]. `;
export const containerEphemeralStorageMessage = (name: string, limit: string): string =>
  `Container ${name} exceeded its local ephemeral storage limit ${JSON.stringify(limit)}. `;
export const podEphemeralStorageMessage = (limit: string): string =>
  `Pod ephemeral local storage usage exceeds the total limit of containers ${limit}. `;
export const emptyDirMessage = (volume: string, limit: string): string =>
  `Usage of EmptyDir volume ${JSON.stringify(volume)} exceeds the limit ${JSON.stringify(limit)}. `;

export interface EvictionMessageOptions {
  /** Feature gate PodLevelResources (beta, default on since v1.34). */
  podLevelResources?: boolean;
}

/**
 * "The node was low on resource: R. ", then the first threshold for R that has an observation,
 * then (when the pod has stats) each container using more memory / ephemeral storage than it
 * requests. Annotations list the offending containers, their usage and the starved resource.
 */
export function evictionMessage(
  resource: ReclaimResource, pod: Pod, stats: StatsFunc, thresholds: readonly Threshold[], observations: SignalObservations,
  opts: EvictionMessageOptions = {},
): { message: string; annotations: Record<string, string> } {
  const annotations: Record<string, string> = {};
  let message = nodeLowMessage(resource);
  for (const t of thresholds) {
    if (SIGNAL_TO_RESOURCE[t.signal] !== resource) continue;
    const observed = observations[t.signal];
    if (!observed) continue;
    message += thresholdMetMessage(getThresholdQuantity(t.value, observed.capacity).text, formatObserved(observed));
    break;
  }
  const podStats = stats(pod);
  if (!podStats) return { message, annotations };

  const podLevel = podLevelResources(pod);
  if (resource === 'memory' && (opts.podLevelResources ?? true) && podLevel && podStats.memory) {
    const raw = podLevel.requests?.memory;
    if (raw !== undefined) {
      const usage = formatQuantity(podStats.memory.workingSetBytes ?? 0, 'BinarySI');
      message += podMessage(pod.metadata?.name ?? '', usage, safeCanonical(raw), resource);
      annotations[ANNOTATION_OFFENDING_POD] = pod.metadata?.name ?? '';
      annotations[ANNOTATION_OFFENDING_POD_USAGE] = usage;
    }
  }

  const containers = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])];
  const exceeded: string[] = [];
  const usages: string[] = [];
  for (const cs of podStats.containers) {
    const c = containers.find((x) => x.name === cs.name);
    if (!c) continue;
    const request = containerRequest(c, resource);
    let usage: number | undefined;
    if (resource === 'ephemeral-storage') {
      if (cs.rootfs?.usedBytes !== undefined && cs.logs?.usedBytes !== undefined) usage = cs.rootfs.usedBytes + cs.logs.usedBytes;
    } else if (resource === 'memory') {
      usage = cs.memory?.workingSetBytes;
    }
    if (usage !== undefined && usage > request.value) {
      const text = formatQuantity(usage, 'BinarySI');
      message += containerMessage(c.name, text, request.text, resource);
      exceeded.push(c.name);
      usages.push(text);
    }
  }
  annotations[ANNOTATION_OFFENDING_CONTAINERS] = exceeded.join(',');
  annotations[ANNOTATION_OFFENDING_CONTAINERS_USAGE] = usages.join(',');
  annotations[ANNOTATION_STARVED_RESOURCE] = resource;
  return { message, annotations };
}

function safeCanonical(raw: string | number): string {
  try {
    return parseQuantity(String(raw)).toString();
  } catch {
    return String(raw);
  }
}
