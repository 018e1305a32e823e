/** Pod status frames (kubelet status manager output) → core/v1 PodStatus. */
import type { ContainerStatus, PodCondition, PodStatus } from '../../core/types.js';
import { toK8sTime } from '../../core/time-format.js';
import type { ContainerStateMsg, ContainerStatusMsg, PodStatusMsg } from '../../proto/codec.js';
import { internCondition, internIP, internState, internString as s_ } from './interned.js';

export function podStatusFromMsg(s: PodStatusMsg, prev: PodStatus | undefined): PodStatus {
  const status: PodStatus = {
    phase: s_(s.phase || prev?.phase || 'Pending'),
    ...(s.reason ? { reason: s_(s.reason) } : {}),
    ...(s.message ? { message: s.message } : {}),
    conditions: (s.conditions ?? []).map((c): PodCondition => {
      const at = toK8sTime(c.last_transition_time ?? 0);
      if (!c.reason && !c.message) return internCondition(c.type ?? '', c.status ?? 'Unknown', at);
      return {
        type: s_(c.type ?? ''), status: s_(c.status ?? 'Unknown'),
        ...(c.reason ? { reason: s_(c.reason) } : {}), ...(c.message ? { message: s_(c.message) } : {}),
        lastTransitionTime: at,
      };
    }),
    ...(s.host_ip ? { hostIP: s_(s.host_ip), hostIPs: [internIP(s.host_ip)] } : {}),
    ...(s.pod_ip ? { podIP: s.pod_ip, podIPs: [{ ip: s.pod_ip }] } : {}),
    ...(s.start_time ? { startTime: toK8sTime(s.start_time) } : {}),
    ...(s.qos_class ? { qosClass: s_(s.qos_class) } : {}),
    containerStatuses: (s.container_statuses ?? []).map(containerStatus),
    ...(s.init_container_statuses?.length ? { initContainerStatuses: s.init_container_statuses.map(containerStatus) } : {}),
  };
  return status;
}

function containerStatus(c: ContainerStatusMsg): ContainerStatus {
  return {
    name: s_(c.name ?? ''), ready: c.ready ?? false, restartCount: c.restart_count ?? 0, started: c.started ?? false,
    image: s_(c.image || 'registry.k8s.io/pause:3.9'), imageID: '', ...(c.container_id ? { containerID: c.container_id } : {}),
    state: state(c.state), lastState: state(c.last_state),
  };
}

function state(s: ContainerStateMsg | null | undefined): ContainerStatus['state'] {
  if (!s) return internState() as ContainerStatus['state'];
  if (s.running) return internState(toK8sTime(s.running.started_at ?? 0)) as ContainerStatus['state'];
  if (s.waiting) return { waiting: { reason: s_(s.waiting.reason ?? ''), ...(s.waiting.message ? { message: s_(s.waiting.message) } : {}) } };
  if (s.terminated) {
    const t = s.terminated;
    return { terminated: { exitCode: t.exit_code ?? 0, reason: t.reason ?? '', ...(t.message ? { message: t.message } : {}),
      startedAt: toK8sTime(t.started_at ?? 0), finishedAt: toK8sTime(t.finished_at ?? 0) } };
  }
  return internState() as ContainerStatus['state'];
}
