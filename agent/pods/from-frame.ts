/** PodUpsert frame → the kubelet's copy of the pod as a core/v1 Pod (what eviction ranking reads). */
import type { Pod, Toleration } from '../../core/types.js';
import { toK8sTime } from '../../core/time-format.js';
import type { ContainerMsg, PodUpsertMsg, TolerationMsg } from '../../proto/codec.js';

export function podFromUpsert(m: PodUpsertMsg, nodeName: string): Pod {
  const owner = m.owner;
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: {
      name: m.name ?? '', namespace: m.namespace ?? 'default', uid: m.uid ?? '',
      annotations: { ...(m.annotations ?? {}) }, labels: { ...(m.labels ?? {}) },
      resourceVersion: m.resource_version ?? '',
      ...(m.creation_timestamp ? { creationTimestamp: toK8sTime(m.creation_timestamp) } : {}),
      ...(m.deletion_timestamp ? { deletionTimestamp: toK8sTime(m.deletion_timestamp), deletionGracePeriodSeconds: m.deletion_grace_period_seconds ?? 0 } : {}),
      ...(owner && owner.kind ? { ownerReferences: [{ apiVersion: owner.api_version ?? '', kind: owner.kind, name: owner.name ?? '', uid: owner.uid ?? '', controller: owner.controller ?? false }] } : {}),
    },
    spec: {
      nodeName,
      priority: m.priority ?? 0,
      ...(m.priority_class_name ? { priorityClassName: m.priority_class_name } : {}),
      containers: (m.containers ?? []).map(container),
      ...(m.init_containers?.length ? { initContainers: m.init_containers.map(container) } : {}),
      terminationGracePeriodSeconds: m.termination_grace_period_seconds ?? 30,
      restartPolicy: m.restart_policy || 'Always',
      tolerations: (m.tolerations ?? []).map(toleration),
      ...(m.has_overhead ? { overhead: { ...(m.overhead ?? {}) } } : {}),
      ...(m.volumes?.length ? {
        volumes: m.volumes.map((v) => ({ name: v.name ?? '', ...(v.empty_dir ? { emptyDir: { ...(v.size_limit ? { sizeLimit: v.size_limit } : {}), ...(v.medium ? { medium: v.medium } : {}) } } : {}) })),
      } : {}),
    },
    status: { phase: 'Pending' },
  };
}

function container(c: ContainerMsg) {
  const requests = { ...(c.requests ?? {}) };
  const limits = { ...(c.limits ?? {}) };
  return {
    name: c.name ?? '', image: c.image || 'registry.k8s.io/pause:3.9',
    resources: { ...(Object.keys(requests).length ? { requests } : {}), ...(Object.keys(limits).length ? { limits } : {}) },
  };
}

function toleration(t: TolerationMsg): Toleration {
  return {
    ...(t.key ? { key: t.key } : {}), ...(t.operator ? { operator: t.operator } : {}), ...(t.value ? { value: t.value } : {}),
    ...(t.effect ? { effect: t.effect } : {}), ...(t.has_toleration_seconds ? { tolerationSeconds: t.toleration_seconds ?? 0 } : {}),
  };
}
