/** DaemonSet status, pure (daemon_controller.go updateDaemonSetStatus / storeDaemonSetStatus). */
import type { DaemonSet, Node, Pod } from '../../../core/types.js';
import type { DaemonSetStatus } from 'kubernetes-types/apps/v1.js';
import { isPodAvailable, isPodReady } from '../replicaset/index.js';
import { byCreationTimestampAndPhase, daemonPlacement } from './placement.js';
import { isPodUpdated } from './update.js';

export function computeDaemonSetStatus(ds: DaemonSet, nodes: Node[], nodeToDaemonPods: Map<string, Pod[]>, hash: string, now: number, updateObservedGen: boolean): DaemonSetStatus {
  let desired = 0, current = 0, misscheduled = 0, ready = 0, updated = 0, available = 0;
  const placement = daemonPlacement(ds);
  for (const node of nodes) {
    const { shouldRun } = placement(node);
    const pods = nodeToDaemonPods.get(node.metadata?.name ?? '') ?? [];
    const scheduled = pods.length > 0;
    if (!shouldRun) {
      if (scheduled) misscheduled++;
      continue;
    }
    desired++;
    if (!scheduled) continue;
    current++;
    const pod = [...pods].sort(byCreationTimestampAndPhase)[0];
    if (isPodReady(pod)) {
      ready++;
      if (isPodAvailable(pod, ds.spec?.minReadySeconds ?? 0, now)) available++;
    }
    if (isPodUpdated(pod, hash, ds.metadata?.generation)) updated++;
  }
  const status: DaemonSetStatus = {
    ...(ds.status ?? {}),
    desiredNumberScheduled: desired, currentNumberScheduled: current, numberMisscheduled: misscheduled, numberReady: ready,
    updatedNumberScheduled: updated, numberAvailable: available, numberUnavailable: desired - available,
  };
  if (updateObservedGen) status.observedGeneration = ds.metadata?.generation;
  return status;
}

export function daemonSetStatusEqual(a: DaemonSetStatus | undefined, b: DaemonSetStatus): boolean {
  if (!a) return false;
  const keys: (keyof DaemonSetStatus)[] = ['desiredNumberScheduled', 'currentNumberScheduled', 'numberMisscheduled', 'numberReady',
    'updatedNumberScheduled', 'numberAvailable', 'numberUnavailable', 'observedGeneration'];
  return keys.every((k) => (a[k] ?? 0) === (b[k] ?? 0));
}
