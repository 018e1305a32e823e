/**
 * metrics.k8s.io/v1beta1 NodeMetrics and PodMetrics (k8s.io/metrics/pkg/apis/metrics/v1beta1),
 * computed from the Summary API the way metrics-server does (pkg/scraper/client/resource,
 * pkg/storage): cpu is the usage rate in nano-cores, memory the working set; the window is the
 * kubelet's stats interval. Pure; `kubectl top nodes|pods` reads these.
 */
import { formatQuantity, parseQuantity } from '../../core/quantity.js';
import type { Node, ObjectMeta, Pod } from '../../core/types.js';
import type { PodStatsJson, SummaryJson } from './stats-summary.js';

export const METRICS_API_VERSION = 'metrics.k8s.io/v1beta1';

export interface ResourceUsage {
  cpu: string;
  memory: string;
}

export interface NodeMetrics {
  kind: 'NodeMetrics';
  apiVersion: typeof METRICS_API_VERSION;
  metadata: ObjectMeta;
  timestamp: string;
  window: string;
  usage: ResourceUsage;
}

export interface PodMetrics {
  kind: 'PodMetrics';
  apiVersion: typeof METRICS_API_VERSION;
  metadata: ObjectMeta;
  timestamp: string;
  window: string;
  containers: Array<{ name: string; usage: ResourceUsage }>;
}

/** resource.NewScaledQuantity(nanoCores, resource.Nano).String(). */
export function cpuQuantity(nanoCores: number): string {
  return parseQuantity(`${Math.max(0, Math.round(nanoCores))}n`).toString();
}

/** resource.NewQuantity(bytes, resource.BinarySI).String(). */
export function memoryQuantity(bytes: number): string {
  return formatQuantity(Math.max(0, Math.round(bytes)), 'BinarySI');
}

export function nodeMetrics(node: Node, summary: SummaryJson, window: string, now: string): NodeMetrics {
  return {
    kind: 'NodeMetrics', apiVersion: METRICS_API_VERSION,
    metadata: { name: node.metadata?.name, creationTimestamp: now, ...(node.metadata?.labels ? { labels: node.metadata.labels } : {}) },
    timestamp: summary.node.cpu.time, window,
    usage: { cpu: cpuQuantity(summary.node.cpu.usageNanoCores), memory: memoryQuantity(summary.node.memory.workingSetBytes) },
  };
}

export function podMetrics(pod: Pod, stats: PodStatsJson, window: string, now: string): PodMetrics {
  return {
    kind: 'PodMetrics', apiVersion: METRICS_API_VERSION,
    metadata: {
      name: pod.metadata?.name, namespace: pod.metadata?.namespace, creationTimestamp: now,
      ...(pod.metadata?.labels ? { labels: pod.metadata.labels } : {}),
    },
    timestamp: stats.cpu.time, window,
    containers: stats.containers.map((c) => ({
      name: c.name,
      usage: { cpu: cpuQuantity(c.cpu?.usageNanoCores ?? 0), memory: memoryQuantity(c.memory?.workingSetBytes ?? 0) },
    })),
  };
}
