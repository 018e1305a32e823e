/** Conversions between stored Kubernetes objects and the typed wire messages sent to agents. */
import type { Node, Pod, Taint, Toleration } from '../../core/types.js';
import { parseK8sTime } from '../../core/time-format.js';
import type { NodeUpdateMsg, PodUpsertMsg, TaintMsg, TolerationMsg } from '../../proto/codec.js';

export function podToUpsert(pod: Pod, ref: number): PodUpsertMsg {
  const m = pod.metadata ?? {};
  const spec = pod.spec ?? { containers: [] };
  const owner = m.ownerReferences?.find((o) => o.controller) ?? m.ownerReferences?.[0];
  const del = parseK8sTime(m.deletionTimestamp);
  return {
    ref,
    uid: m.uid ?? '',
    namespace: m.namespace ?? 'default',
    name: m.name ?? '',
    priority: spec.priority ?? 0,
    priority_class_name: spec.priorityClassName ?? '',
    containers: (spec.containers ?? []).map(containerMsg),
    init_containers: (spec.initContainers ?? []).map(containerMsg),
    annotations: { ...(m.annotations ?? {}) },
    labels: { ...(m.labels ?? {}) },
    termination_grace_period_seconds: spec.terminationGracePeriodSeconds ?? 30,
    owner: owner ? { api_version: owner.apiVersion, kind: owner.kind, name: owner.name, uid: owner.uid, controller: owner.controller ?? false } : null,
    deletion_timestamp: Number.isNaN(del) ? 0 : del,
    deletion_grace_period_seconds: m.deletionGracePeriodSeconds ?? 0,
    creation_timestamp: parseK8sTime(m.creationTimestamp) || 0,
    tolerations: (spec.tolerations ?? []).map(tolerationMsg),
    restart_policy: spec.restartPolicy ?? 'Always',
    resource_version: m.resourceVersion ?? '',
    has_overhead: spec.overhead !== undefined,
    overhead: { ...(spec.overhead ?? {}) },
    volumes: (spec.volumes ?? []).map((v) => ({
      name: v.name, empty_dir: v.emptyDir !== undefined, size_limit: v.emptyDir?.sizeLimit ?? '', medium: v.emptyDir?.medium ?? '',
    })),
    phase: pod.status?.phase ?? '',
    start_time: parseK8sTime(pod.status?.startTime) || 0,
  };
}

function containerMsg(c: NonNullable<Pod['spec']>['containers'][number]) {
  return { name: c.name, image: c.image ?? '', requests: { ...(c.resources?.requests ?? {}) }, limits: { ...(c.resources?.limits ?? {}) } };
}

export function tolerationMsg(t: Toleration): TolerationMsg {
  return {
    key: t.key ?? '', operator: t.operator ?? '', value: t.value ?? '', effect: t.effect ?? '',
    toleration_seconds: t.tolerationSeconds ?? 0, has_toleration_seconds: t.tolerationSeconds !== undefined && t.tolerationSeconds !== null,
  };
}

export function taintMsg(t: Taint): TaintMsg {
  const added = parseK8sTime(t.timeAdded);
  return { key: t.key, value: t.value ?? '', effect: t.effect, time_added: Number.isNaN(added) ? 0 : added };
}

export function nodeToUpdate(node: Node): NodeUpdateMsg {
  return {
    labels: { ...(node.metadata?.labels ?? {}) },
    annotations: { ...(node.metadata?.annotations ?? {}) },
    taints: (node.spec?.taints ?? []).map(taintMsg),
    unschedulable: node.spec?.unschedulable ?? false,
  };
}

/** The parts of a pod the kubelet reacts to; a change here is sent to the agent again. */
export function podSyncKey(pod: Pod): string {
  const m = pod.metadata ?? {};
  return JSON.stringify([m.annotations ?? null, m.labels ?? null, m.deletionTimestamp ?? null, m.deletionGracePeriodSeconds ?? null, pod.spec?.priority ?? 0]);
}

export function nodeSyncKey(node: Node): string {
  return JSON.stringify([node.metadata?.labels ?? null, node.metadata?.annotations ?? null, node.spec?.taints ?? null, node.spec?.unschedulable ?? false]);
}
