/**
 * Where a DaemonSet's pods belong, pure (pkg/controller/daemon/daemon_controller.go
 * NodeShouldRunDaemonPod / predicates / podsShouldBeOnNode, util/daemonset_util.go NewPod,
 * CreatePodTemplate, ReplaceDaemonSetPodNodeNameNodeAffinity, GetTargetNodeName).
 */
import { findMatchingUntoleratedTaint } from '../../../core/tolerations.js';
import type { Affinity, DaemonSet, Node, Pod, Taint } from '../../../core/types.js';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1.js';
import { addOrUpdateDaemonPodTolerations } from '../../admission/daemonset-tolerations.js';
import { compileNodeAffinity } from '../../scheduler/plugins/node-affinity-match.js';
import { byCreationTimestamp } from '../replicaset/index.js';

/** apps/v1 DefaultDaemonSetUniqueLabelKey and DaemonSetTemplateGenerationKey. */
export const CONTROLLER_REVISION_HASH_LABEL = 'controller-revision-hash';
export const POD_TEMPLATE_GENERATION_LABEL = 'pod-template-generation';
/** metav1.ObjectNameField: the node field DaemonSet pods' affinity pins. */
export const OBJECT_NAME_FIELD = 'metadata.name';

export interface NodePlacement {
  /** A daemon pod should be created here if missing. */
  shouldRun: boolean;
  /** An existing daemon pod may stay (it tolerates the node's NoExecute taints). */
  shouldContinueRunning: boolean;
  /** Why not: the mismatching check and, for taints, the untolerated taint. */
  why?: { reason: 'NodeNameMismatch' | 'NodeAffinityMismatch' | 'UntoleratedTaint'; taint?: Taint };
}

/** NewPod: the pod the DaemonSet would run on the node, with the default daemon tolerations. */
export function newDaemonPod(ds: DaemonSet, nodeName: string): Pod {
  const t = structuredClone(ds.spec?.template ?? {});
  const pod: Pod = { metadata: { ...(t.metadata ?? {}), namespace: ds.metadata?.namespace }, spec: { ...(t.spec ?? { containers: [] }), nodeName } };
  addOrUpdateDaemonPodTolerations(pod.spec!);
  return pod;
}

/**
 * NodeShouldRunDaemonPod, compiled once per DaemonSet (the daemon pod, its tolerations and node
 * affinity) and applied per node: node name, node affinity / nodeSelector, then NoSchedule and
 * NoExecute taints.
 */
export function daemonPlacement(ds: DaemonSet): (node: Node) => NodePlacement {
  const pod = newDaemonPod(ds, '');
  const affinity = compileNodeAffinity(pod);
  const templateNode = ds.spec?.template?.spec?.nodeName;
  const tolerations = pod.spec?.tolerations;
  return (node) => {
    const name = node.metadata?.name ?? '';
    if (templateNode && templateNode !== name) return { shouldRun: false, shouldContinueRunning: false, why: { reason: 'NodeNameMismatch' } };
    if (!affinity.matchesRequired(node.metadata?.labels ?? {}, name)) {
      return { shouldRun: false, shouldContinueRunning: false, why: { reason: 'NodeAffinityMismatch' } };
    }
    const taints = node.spec?.taints;
    if (!taints || taints.length === 0) return { shouldRun: true, shouldContinueRunning: true };
    const blocking = findMatchingUntoleratedTaint(taints, tolerations, (t) => t.effect === 'NoExecute' || t.effect === 'NoSchedule');
    if (blocking) {
      const noExecute = findMatchingUntoleratedTaint(taints, tolerations, (t) => t.effect === 'NoExecute');
      return { shouldRun: false, shouldContinueRunning: !noExecute, why: { reason: 'UntoleratedTaint', taint: noExecute ?? blocking } };
    }
    return { shouldRun: true, shouldContinueRunning: true };
  };
}

/** NodeShouldRunDaemonPod for one node. */
export function nodeShouldRunDaemonPod(node: Node, ds: DaemonSet): NodePlacement {
  return daemonPlacement(ds)(node);
}

/** CreatePodTemplate: daemon tolerations plus the generation and revision-hash labels. */
export function daemonPodTemplate(ds: DaemonSet, hash: string): PodTemplateSpec {
  const t = structuredClone(ds.spec?.template ?? {});
  t.spec ??= { containers: [] };
  addOrUpdateDaemonPodTolerations(t.spec);
  const labels = { ...(t.metadata?.labels ?? {}) };
  if (ds.metadata?.generation !== undefined) labels[POD_TEMPLATE_GENERATION_LABEL] = String(ds.metadata.generation);
  if (hash) labels[CONTROLLER_REVISION_HASH_LABEL] = hash;
  t.metadata = { ...(t.metadata ?? {}), labels };
  return t;
}

/** ReplaceDaemonSetPodNodeNameNodeAffinity: required node affinity becomes "metadata.name In [node]". */
export function replaceNodeNameAffinity(affinity: Affinity | undefined, nodeName: string): Affinity {
  const term = { matchFields: [{ key: OBJECT_NAME_FIELD, operator: 'In', values: [nodeName] }] };
  const a = structuredClone(affinity ?? {});
  a.nodeAffinity ??= {};
  if (!a.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution) {
    a.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution = { nodeSelectorTerms: [term] };
  } else {
    a.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms = [term];
  }
  return a;
}

/** GetTargetNodeName: spec.nodeName, else the single metadata.name the affinity pins. */
export function targetNodeName(pod: Pod): string | undefined {
  if (pod.spec?.nodeName) return pod.spec.nodeName;
  const terms = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  for (const t of terms) {
    for (const f of t.matchFields ?? []) {
      if (f.key === OBJECT_NAME_FIELD && f.operator === 'In' && f.values?.length === 1) return f.values[0];
    }
  }
  return undefined;
}

/** What to do on one node: create a pod there, and which pods to delete (with the event to record). */
export interface NodeActions {
  create: boolean;
  delete: { pod: Pod; event?: 'FailedDaemonPod' | 'SucceededDaemonPod' }[];
  /** Failed pods whose deletion waits for the backoff (ms until it ends). */
  backoff?: number;
}

/** podByCreationTimestampAndPhase: running pods before others, then oldest first. */
export function byCreationTimestampAndPhase(a: Pod, b: Pod): number {
  const ra = a.spec?.nodeName ? 0 : 1, rb = b.spec?.nodeName ? 0 : 1;
  if (ra !== rb) return ra - rb;
  return byCreationTimestamp(a, b);
}

/**
 * podsShouldBeOnNode (no surge): create when missing, delete failed and succeeded pods (failed
 * ones subject to backoff), keep only the oldest of several, delete all when the node no longer fits.
 */
export function podsShouldBeOnNode(placement: NodePlacement, pods: Pod[] | undefined, failedBackoff: () => number | 'delete'): NodeActions {
  const out: NodeActions = { create: false, delete: [] };
  const exists = pods !== undefined && pods.length > 0;
  if (placement.shouldRun && !exists) {
    out.create = true;
    return out;
  }
  if (placement.shouldContinueRunning) {
    const running: Pod[] = [];
    for (const p of pods ?? []) {
      if (p.metadata?.deletionTimestamp) continue;
      if (p.status?.phase === 'Failed') {
        const b = failedBackoff();
        if (b === 'delete') out.delete.push({ pod: p, event: 'FailedDaemonPod' });
        else out.backoff = out.backoff === undefined ? b : Math.min(out.backoff, b);
      } else if (p.status?.phase === 'Succeeded') {
        out.delete.push({ pod: p, event: 'SucceededDaemonPod' });
      } else {
        running.push(p);
      }
    }
    if (running.length > 1) {
      const sorted = [...running].sort(byCreationTimestampAndPhase);
      for (const p of sorted.slice(1)) out.delete.push({ pod: p });
    }
    return out;
  }
  if (exists) for (const p of pods ?? []) if (!p.metadata?.deletionTimestamp) out.delete.push({ pod: p });
  return out;
}
