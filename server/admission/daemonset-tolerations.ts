/**
 * The tolerations every DaemonSet pod gets (pkg/controller/daemon/util/daemonset_util.go
 * AddOrUpdateDaemonPodTolerations), so DaemonSet pods survive taint-based eviction and the
 * TaintNodesByCondition NoSchedule taints. The DaemonSet controller calls this on its pod template.
 */
import type { PodSpec, Toleration } from '../../core/types.js';
import {
  addOrUpdateToleration, TAINT_NODE_DISK_PRESSURE, TAINT_NODE_MEMORY_PRESSURE, TAINT_NODE_NETWORK_UNAVAILABLE,
  TAINT_NODE_NOT_READY, TAINT_NODE_PID_PRESSURE, TAINT_NODE_UNREACHABLE, TAINT_NODE_UNSCHEDULABLE, TaintEffect,
} from '../../core/tolerations.js';

const exists = (key: string, effect: string): Toleration => ({ key, operator: 'Exists', effect });

/** In upstream order; tolerationSeconds unset = tolerate forever. */
export const DAEMON_POD_TOLERATIONS: readonly Toleration[] = Object.freeze([
  exists(TAINT_NODE_NOT_READY, TaintEffect.NoExecute),
  exists(TAINT_NODE_UNREACHABLE, TaintEffect.NoExecute),
  exists(TAINT_NODE_DISK_PRESSURE, TaintEffect.NoSchedule),
  exists(TAINT_NODE_MEMORY_PRESSURE, TaintEffect.NoSchedule),
  exists(TAINT_NODE_PID_PRESSURE, TaintEffect.NoSchedule),
  exists(TAINT_NODE_UNSCHEDULABLE, TaintEffect.NoSchedule),
]);

/** Only for pods with hostNetwork: true. */
export const DAEMON_POD_HOST_NETWORK_TOLERATION: Readonly<Toleration> = Object.freeze(
  exists(TAINT_NODE_NETWORK_UNAVAILABLE, TaintEffect.NoSchedule),
);

/**
 * Adds or updates (by key, effect, operator and value) the DaemonSet tolerations in spec, in place,
 * like upstream. A matching toleration is replaced, so a user-set tolerationSeconds on e.g.
 * `not-ready:NoExecute (Exists)` is dropped and the pod tolerates the taint forever.
 */
export function addOrUpdateDaemonPodTolerations(spec: PodSpec): void {
  let tols = spec.tolerations;
  for (const t of DAEMON_POD_TOLERATIONS) tols = addOrUpdateToleration(tols, t);
  if (spec.hostNetwork) tols = addOrUpdateToleration(tols, DAEMON_POD_HOST_NETWORK_TOLERATION);
  spec.tolerations = tols;
}
