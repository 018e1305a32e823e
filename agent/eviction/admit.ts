/**
 * Pod admission under node pressure (the eviction manager's PodAdmitHandler).
 * Upstream: pkg/kubelet/eviction/eviction_manager.go managerImpl.Admit, and
 * k8s.io/api/core/v1/toleration.go ToleratesTaint.
 *
 * No pressure: admit. Critical pods (static, mirror, priority >= 2e9): admit. Under memory
 * pressure alone: admit every non-BestEffort pod, and BestEffort pods that tolerate the
 * node.kubernetes.io/memory-pressure:NoSchedule taint. Any disk or PID pressure: reject the rest.
 */
import { getPodQOS, isCriticalPod, QOS_BEST_EFFORT } from '../../core/qos.js';
import type { Pod, Taint, Toleration } from '../../core/types.js';
import { nodeConditionMessage } from './message.js';
import { MEMORY_PRESSURE, REASON_EVICTED, type PressureCondition } from './types.js';

export const TAINT_NODE_MEMORY_PRESSURE = 'node.kubernetes.io/memory-pressure';
export const TAINT_NODE_DISK_PRESSURE = 'node.kubernetes.io/disk-pressure';
export const TAINT_NODE_PID_PRESSURE = 'node.kubernetes.io/pid-pressure';
/** The kubelet prefixes the admit message in the rejected pod's status (kubelet.go rejectPod). */
export const POD_REJECTED_MESSAGE_PREFIX = 'Pod was rejected: ';

export interface AdmitResult {
  admit: boolean;
  reason?: string;
  message?: string;
  /** Why, for the event: the conditions, the pod's QoS, and which rule decided. */
  why: { nodeConditions: PressureCondition[]; rule: string; qosClass?: string };
}

/** Toleration.ToleratesTaint (the Lt/Gt comparison operators never match a taint without a value). */
export function toleratesTaint(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  switch (t.operator ?? '') {
    case '':
    case 'Equal':
      return (t.value ?? '') === (taint.value ?? '');
    case 'Exists':
      return true;
    default:
      return false;
  }
}

export function tolerationsTolerateTaint(tolerations: readonly Toleration[] | undefined, taint: Taint): boolean {
  return (tolerations ?? []).some((t) => toleratesTaint(t, taint));
}

export function admitPod(nodeConditions: readonly PressureCondition[], pod: Pod): AdmitResult {
  const conditions = [...nodeConditions];
  if (conditions.length === 0) return { admit: true, why: { nodeConditions: conditions, rule: 'no node pressure' } };
  if (isCriticalPod(pod)) return { admit: true, why: { nodeConditions: conditions, rule: 'critical pod' } };
  const qosClass = getPodQOS(pod);
  if (conditions.length === 1 && conditions[0] === MEMORY_PRESSURE) {
    if (qosClass !== QOS_BEST_EFFORT) return { admit: true, why: { nodeConditions: conditions, rule: 'not BestEffort under memory pressure', qosClass } };
    if (tolerationsTolerateTaint(pod.spec?.tolerations, { key: TAINT_NODE_MEMORY_PRESSURE, effect: 'NoSchedule' })) {
      return { admit: true, why: { nodeConditions: conditions, rule: 'BestEffort tolerating the memory-pressure taint', qosClass } };
    }
  }
  return {
    admit: false, reason: REASON_EVICTED, message: nodeConditionMessage(conditions),
    why: { nodeConditions: conditions, rule: conditions.length === 1 && conditions[0] === MEMORY_PRESSURE ? 'BestEffort under memory pressure' : 'disk or PID pressure', qosClass },
  };
}
