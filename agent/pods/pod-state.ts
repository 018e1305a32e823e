/**
 * The kubelet's view of one pod: its spec (as a core/v1 Pod) plus what the emulated container
 * runtime knows (container states, restarts, start time). Status frames are derived from this.
 */
import type { Pod } from '../../core/types.js';

export type ContainerPhase = 'waiting' | 'running' | 'terminated';

export interface ContainerState {
  name: string;
  phase: ContainerPhase;
  waitingReason?: string;
  waitingMessage?: string;
  startedAt?: number;
  finishedAt?: number;
  exitCode?: number;
  terminatedReason?: string;
  restartCount: number;
  lastTerminated?: { exitCode: number; reason: string; startedAt: number; finishedAt: number };
}

export interface Condition { type: string; status: 'True' | 'False' | 'Unknown'; reason?: string; message?: string; lastTransitionTime: number }

export interface PodState {
  ref: number;
  uid: string;
  pod: Pod;
  phase: 'Pending' | 'Running' | 'Succeeded' | 'Failed';
  reason?: string;
  message?: string;
  startTime?: number;
  containers: ContainerState[];
  conditions: Map<string, Condition>;
  /** Set while the pod is being stopped (deletion or eviction). */
  terminating?: { deadline: number; evicted: boolean };
  /** Container runtime resources are gone (terminal and cleaned up). */
  stopped: boolean;
}

export function setCondition(ps: PodState, type: string, status: Condition['status'], now: number, reason?: string, message?: string): void {
  const prev = ps.conditions.get(type);
  if (prev && prev.status === status && prev.reason === reason && prev.message === message) return;
  ps.conditions.set(type, {
    type, status, reason, message,
    lastTransitionTime: prev && prev.status === status ? prev.lastTransitionTime : now,
  });
}

export function isTerminal(ps: PodState): boolean {
  return ps.phase === 'Succeeded' || ps.phase === 'Failed';
}

/** Ready/ContainersReady as the kubelet computes them (pkg/kubelet/status/generate.go). */
export function refreshReadiness(ps: PodState, now: number): void {
  const notReady = ps.containers.filter((c) => c.phase !== 'running').map((c) => c.name);
  const terminal = isTerminal(ps);
  if (terminal) {
    setCondition(ps, 'ContainersReady', 'False', now, 'PodCompleted');
    setCondition(ps, 'Ready', 'False', now, 'PodCompleted');
  } else if (notReady.length === 0 && ps.containers.length > 0) {
    setCondition(ps, 'ContainersReady', 'True', now);
    setCondition(ps, 'Ready', 'True', now);
  } else {
    const msg = `containers with unready status: [${notReady.join(' ')}]`;
    setCondition(ps, 'ContainersReady', 'False', now, 'ContainersNotReady', msg);
    setCondition(ps, 'Ready', 'False', now, 'ContainersNotReady', msg);
  }
}
