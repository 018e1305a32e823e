/**
 * The pod row as kube-apiserver prints it (pkg/printers/internalversion/printers.go printPod):
 * READY counts ready running containers (plus started restartable init containers), STATUS is the
 * phase overridden by status.reason, init-container and container waiting/terminated reasons
 * (ContainerCreating, CrashLoopBackOff, OOMKilled, Completed, Error…), then Terminating / Unknown
 * for a pod being deleted; RESTARTS gets "(5m ago)" from the last termination.
 */
import type { Container, ContainerStatus, Pod } from '../../../core/types.js';
import { parseK8sTime } from '../../../core/time-format.js';
import { humanDuration, since } from './age.js';

/** node.NodeUnreachablePodReason. */
export const NODE_UNREACHABLE_POD_REASON = 'NodeLost';

export interface TableRowCondition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
}

export const POD_SUCCESS_CONDITIONS: TableRowCondition[] = [{ type: 'Completed', status: 'True', reason: 'Succeeded', message: 'The pod has completed successfully.' }];
export const POD_FAILED_CONDITIONS: TableRowCondition[] = [{ type: 'Completed', status: 'True', reason: 'Failed', message: 'The pod failed.' }];

function isRestartableInit(c: Container | undefined): boolean {
  return c?.restartPolicy === 'Always';
}

function conditionTrue(pod: Pod, type: string): boolean {
  const c = (pod.status?.conditions ?? []).find((x) => x.type === type);
  return c?.status === 'True';
}

function terminatedAt(cs: ContainerStatus): number {
  const t = cs.lastState?.terminated?.finishedAt;
  const ms = parseK8sTime(t);
  return Number.isFinite(ms) ? ms : 0;
}

export interface PodRow {
  cells: [string, string, string, string, string, string, string, string, string];
  conditions?: TableRowCondition[];
}

export function printPod(pod: Pod, now: number): PodRow {
  const spec = pod.spec ?? { containers: [] };
  const status = pod.status ?? {};
  let restarts = 0;
  let restartableInitRestarts = 0;
  let totalContainers = (spec.containers ?? []).length;
  let readyContainers = 0;
  let lastRestart = 0;
  let lastRestartableInitRestart = 0;
  const phase = status.phase ?? '';
  let reason: string = phase;
  if (status.reason) reason = status.reason;
  for (const c of status.conditions ?? []) {
    if (c.type === 'PodScheduled' && c.reason === 'SchedulingGated') reason = 'SchedulingGated';
  }
  const conditions = phase === 'Succeeded' ? POD_SUCCESS_CONDITIONS : phase === 'Failed' ? POD_FAILED_CONDITIONS : undefined;

  const initContainers = new Map<string, Container>();
  for (const c of spec.initContainers ?? []) {
    initContainers.set(c.name, c);
    if (isRestartableInit(c)) totalContainers++;
  }

  let initializing = false;
  const initStatuses = status.initContainerStatuses ?? [];
  for (let i = 0; i < initStatuses.length; i++) {
    const cs = initStatuses[i];
    restarts += cs.restartCount ?? 0;
    lastRestart = Math.max(lastRestart, terminatedAt(cs));
    const restartable = isRestartableInit(initContainers.get(cs.name));
    if (restartable) {
      restartableInitRestarts += cs.restartCount ?? 0;
      lastRestartableInitRestart = Math.max(lastRestartableInitRestart, terminatedAt(cs));
    }
    const term = cs.state?.terminated;
    const wait = cs.state?.waiting;
    if (term && term.exitCode === 0) continue;
    if (restartable && cs.started) {
      if (cs.ready) readyContainers++;
      continue;
    }
    if (term) {
      reason = !term.reason ? (term.signal ? `Init:Signal:${term.signal}` : `Init:ExitCode:${term.exitCode}`) : `Init:${term.reason}`;
    } else if (wait?.reason && wait.reason !== 'PodInitializing') {
      reason = `Init:${wait.reason}`;
    } else {
      reason = `Init:${i}/${(spec.initContainers ?? []).length}`;
    }
    initializing = true;
    break;
  }

  if (!initializing || conditionTrue(pod, 'Initialized')) {
    restarts = restartableInitRestarts;
    lastRestart = lastRestartableInitRestart;
    let hasRunning = false;
    const statuses = status.containerStatuses ?? [];
    for (let i = statuses.length - 1; i >= 0; i--) {
      const cs = statuses[i];
      restarts += cs.restartCount ?? 0;
      lastRestart = Math.max(lastRestart, terminatedAt(cs));
      const wait = cs.state?.waiting;
      const term = cs.state?.terminated;
      if (wait?.reason) reason = wait.reason;
      else if (term?.reason) reason = term.reason;
      else if (term) reason = term.signal ? `Signal:${term.signal}` : `ExitCode:${term.exitCode}`;
      else if (cs.ready && cs.state?.running) {
        hasRunning = true;
        readyContainers++;
      }
    }
    if (reason === 'Completed' && hasRunning) reason = conditionTrue(pod, 'Ready') ? 'Running' : 'NotReady';
  }

  if (pod.metadata?.deletionTimestamp && status.reason === NODE_UNREACHABLE_POD_REASON) reason = 'Unknown';
  else if (pod.metadata?.deletionTimestamp && phase !== 'Succeeded' && phase !== 'Failed') reason = 'Terminating';

  const restartsStr = restarts !== 0 && lastRestart > 0 ? `${restarts} (${humanDuration(now - lastRestart)} ago)` : String(restarts);
  const podIP = status.podIPs?.[0]?.ip || status.podIP || '<none>';
  const gates = spec.readinessGates ?? [];
  let readinessGates = '<none>';
  if (gates.length > 0) {
    const trueCount = gates.filter((g) => (status.conditions ?? []).find((c) => c.type === g.conditionType)?.status === 'True').length;
    readinessGates = `${trueCount}/${gates.length}`;
  }
  return {
    cells: [
      pod.metadata?.name ?? '', `${readyContainers}/${totalContainers}`, reason, restartsStr, since(pod.metadata?.creationTimestamp, now),
      podIP, spec.nodeName || '<none>', status.nominatedNodeName || '<none>', readinessGates,
    ],
    ...(conditions ? { conditions } : {}),
  };
}
