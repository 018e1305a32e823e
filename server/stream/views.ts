/**
 * Projections of stored objects into the stream's compact views (pure). A dashboard with 15,000
 * pods needs a few hundred bytes per pod, not the whole object: what a node card, a pod tile and
 * the event feed show, and nothing else.
 */
import type { Event, KObject, Node, Pod } from '../../core/types.js';
import { getPodQOS } from '../../core/qos.js';
import { parseQuantity, formatQuantity } from '../../core/quantity.js';
import { parseK8sTime } from '../../core/time-format.js';
import { WHY_ANNOTATION } from '../events/recorder.js';
import { eventMechanism, isEvictionEvent } from './mechanism.js';
import type { EventView, NodeView, ObjectView, PodView, TaintView } from './types.js';

export const ZONE_LABEL = 'topology.kubernetes.io/zone';
export const USAGE_PREFIX = 'usage.kemu.dev/';
export const PRESSURE_CONDITIONS = ['MemoryPressure', 'DiskPressure', 'PIDPressure'] as const;
export const DISRUPTION_TARGET = 'DisruptionTarget';

/** Milliseconds since the epoch of a Kubernetes timestamp, 0 when absent or invalid. */
export function timeMs(s: string | undefined | null): number {
  const t = parseK8sTime(s);
  return Number.isFinite(t) ? t : 0;
}

function usageAnnotations(annotations: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(annotations ?? {})) if (k.startsWith(USAGE_PREFIX)) out[k.slice(USAGE_PREFIX.length)] = v;
  return out;
}

export function nodeView(node: Node): NodeView {
  const m = node.metadata ?? {};
  const conds = node.status?.conditions ?? [];
  const ready = conds.find((c) => c.type === 'Ready');
  const taints: TaintView[] = (node.spec?.taints ?? []).map((t) => ({
    key: t.key, value: t.value ?? '', effect: t.effect, time_added: timeMs(t.timeAdded),
  }));
  return {
    name: m.name ?? '', uid: m.uid ?? '', resource_version: m.resourceVersion ?? '',
    zone: m.labels?.[ZONE_LABEL] ?? '',
    ready: ready?.status ?? '', ready_reason: ready?.reason ?? '', ready_since: timeMs(ready?.lastTransitionTime),
    pressure: PRESSURE_CONDITIONS.filter((t) => conds.some((c) => c.type === t && c.status === 'True')),
    taints,
    unschedulable: node.spec?.unschedulable === true,
    capacity: { ...(node.status?.capacity ?? {}) },
    allocatable: { ...(node.status?.allocatable ?? {}) },
    labels: { ...(m.labels ?? {}) },
    usage: usageAnnotations(m.annotations),
    creation_time: timeMs(m.creationTimestamp), deletion_time: timeMs(m.deletionTimestamp),
  };
}

/** Sum of a resource over containers: cpu in millicores, the rest in units (bytes, counts). */
export function sumResources(lists: ReadonlyArray<Record<string, string> | undefined>): Record<string, string> {
  const present = lists.filter((l): l is Record<string, string> => !!l && Object.keys(l).length > 0);
  if (present.length === 0) return {};
  if (present.length === 1) return { ...present[0] };
  const totals = new Map<string, number>();
  for (const l of present) {
    for (const [name, q] of Object.entries(l)) {
      let v: number;
      try {
        const parsed = parseQuantity(q);
        v = name === 'cpu' ? parsed.milliValue() : parsed.value();
      } catch {
        continue; // admission rejects bad quantities; a view never throws
      }
      totals.set(name, (totals.get(name) ?? 0) + v);
    }
  }
  const out: Record<string, string> = {};
  for (const [name, v] of totals) {
    if (name === 'cpu') out[name] = v % 1000 === 0 ? String(v / 1000) : `${v}m`;
    else if (name === 'memory' || name === 'ephemeral-storage' || name.startsWith('hugepages-')) out[name] = formatQuantity(v, 'BinarySI');
    else out[name] = formatQuantity(v, 'DecimalSI');
  }
  return out;
}

export function podView(pod: Pod): PodView {
  const m = pod.metadata ?? {};
  const st = pod.status ?? {};
  const containers = pod.spec?.containers ?? [];
  const owner = (m.ownerReferences ?? []).find((o) => o.controller) ?? m.ownerReferences?.[0];
  const disruption = (st.conditions ?? []).find((c) => c.type === DISRUPTION_TARGET && c.status === 'True');
  return {
    namespace: m.namespace ?? '', name: m.name ?? '', uid: m.uid ?? '', resource_version: m.resourceVersion ?? '',
    node: pod.spec?.nodeName ?? '',
    phase: st.phase ?? '', reason: st.reason ?? '', message: st.message ?? '',
    qos_class: getPodQOS(pod),
    priority: pod.spec?.priority ?? 0, priority_class_name: pod.spec?.priorityClassName ?? '',
    deletion_time: timeMs(m.deletionTimestamp),
    owner_kind: owner?.kind ?? '', owner_name: owner?.name ?? '',
    ready: (st.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True'),
    restarts: (st.containerStatuses ?? []).reduce((n, c) => n + (c.restartCount ?? 0), 0),
    requests: sumResources(containers.map((c) => c.resources?.requests)),
    limits: sumResources(containers.map((c) => c.resources?.limits)),
    usage: usageAnnotations(m.annotations),
    disruption_reason: disruption?.reason ?? '', disruption_message: disruption?.message ?? '',
    creation_time: timeMs(m.creationTimestamp),
    nominated_node: st.nominatedNodeName ?? '',
  };
}

/** Where a pod runs, for events about pods (the pod may be gone: then the event's source host is used). */
export type PodNodeLookup = (namespace: string, name: string) => string | undefined;

/** The node an Event is about: the Node itself, the kubelet that reported it, or the pod's node. */
export function eventNode(ev: Event, podNode: PodNodeLookup): string {
  const io = ev.involvedObject ?? {};
  if (io.kind === 'Node') return io.name ?? '';
  if (io.kind === 'Pod' && io.name) {
    const n = podNode(io.namespace ?? ev.metadata?.namespace ?? '', io.name);
    if (n) return n;
  }
  return ev.source?.host ?? ev.reportingInstance ?? '';
}

export function eventView(ev: Event, podNode: PodNodeLookup): EventView {
  const m = ev.metadata ?? {};
  const io = ev.involvedObject ?? {};
  const count = ev.count ?? 1;
  const component = ev.source?.component ?? ev.reportingComponent ?? '';
  const last = timeMs(ev.lastTimestamp);
  // Timestamps have whole seconds; the first occurrence's eventTime has microseconds.
  const first = timeMs(ev.eventTime as string | undefined) || timeMs(ev.firstTimestamp) || last;
  const why = m.annotations?.[WHY_ANNOTATION] ?? '';
  const reason = ev.reason ?? '';
  const message = ev.message ?? '';
  return {
    namespace: m.namespace ?? '', name: m.name ?? '', uid: m.uid ?? '', resource_version: m.resourceVersion ?? '',
    type: ev.type ?? '', reason, message,
    involved: { kind: io.kind ?? '', namespace: io.namespace ?? '', name: io.name ?? '', uid: io.uid ?? '' },
    source_component: component, source_host: ev.source?.host ?? '',
    count, first_time: first, last_time: count > 1 ? Math.max(last, first) : first,
    why_json: why,
    mechanism: eventMechanism({ reason, component, message }),
    node: eventNode(ev, podNode),
    eviction: isEvictionEvent({ reason, component, message }),
  };
}

export function objectView(kind: string, obj: KObject): ObjectView {
  const m = obj.metadata ?? {};
  return {
    kind, namespace: m.namespace ?? '', name: m.name ?? '', uid: m.uid ?? '', resource_version: m.resourceVersion ?? '',
    json: JSON.stringify(obj),
  };
}
