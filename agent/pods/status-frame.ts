/** PodState → PodStatus frame (the kubelet status manager's output). */
import type { ContainerStateMsg, PodStatusMsg } from '../../proto/codec.js';
import type { ContainerState, PodState } from './pod-state.js';

const CONDITION_ORDER = ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled', 'DisruptionTarget'];

export function podStatusFrame(ps: PodState, qosClass: string, hostIP: string, podIP: string): PodStatusMsg {
  const conditions = [...ps.conditions.values()].sort((a, b) => idx(a.type) - idx(b.type));
  return {
    ref: ps.ref,
    phase: ps.phase,
    reason: ps.reason ?? '',
    message: ps.message ?? '',
    conditions: conditions.map((c) => ({ type: c.type, status: c.status, reason: c.reason ?? '', message: c.message ?? '', last_transition_time: c.lastTransitionTime })),
    container_statuses: ps.containers.map((c) => ({
      name: c.name,
      ready: c.phase === 'running' && !ps.terminating,
      restart_count: c.restartCount,
      started: c.phase === 'running',
      state: containerState(c),
      last_state: c.lastTerminated
        ? { terminated: { exit_code: c.lastTerminated.exitCode, reason: c.lastTerminated.reason, started_at: c.lastTerminated.startedAt, finished_at: c.lastTerminated.finishedAt } }
        : null,
      image: ps.pod.spec?.containers.find((x) => x.name === c.name)?.image ?? '',
      container_id: c.startedAt ? `kemu://${ps.uid.slice(0, 8)}-${c.name}-${c.restartCount}` : '',
    })),
    qos_class: qosClass,
    start_time: ps.startTime ?? 0,
    host_ip: hostIP,
    pod_ip: ps.phase === 'Running' || ps.startTime ? podIP : '',
  };
}

function idx(t: string): number {
  const i = CONDITION_ORDER.indexOf(t);
  return i < 0 ? CONDITION_ORDER.length : i;
}

function containerState(c: ContainerState): ContainerStateMsg {
  switch (c.phase) {
    case 'running': return { running: { started_at: c.startedAt ?? 0 } };
    case 'terminated': return { terminated: { exit_code: c.exitCode ?? 0, reason: c.terminatedReason ?? '', started_at: c.startedAt ?? 0, finished_at: c.finishedAt ?? 0 } };
    default: return { waiting: { reason: c.waitingReason ?? 'ContainerCreating', message: c.waitingMessage ?? '' } };
  }
}
