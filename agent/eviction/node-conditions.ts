/**
 * The pressure conditions the kubelet reports on its Node, from the eviction manager's state.
 * Upstream: pkg/kubelet/nodestatus/setters.go (MemoryPressureCondition, DiskPressureCondition,
 * PIDPressureCondition): a missing condition starts as Unknown and then flips; the heartbeat time
 * moves every update; the transition time and a Normal event only when the status flips.
 */
import type { PressureCondition } from './types.js';
import { DISK_PRESSURE, MEMORY_PRESSURE, PID_PRESSURE, PRESSURE_CONDITIONS } from './types.js';

export interface KubeletNodeCondition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason: string;
  message: string;
  /** Cluster ms. */
  lastHeartbeatTime: number;
  lastTransitionTime: number;
}

export interface NodeStatusEvent {
  type: 'Normal';
  /** e.g. NodeHasInsufficientMemory */
  reason: string;
}

interface Strings {
  trueReason: string; trueMessage: string; trueEvent: string;
  falseReason: string; falseMessage: string; falseEvent: string;
}

export const PRESSURE_CONDITION_STRINGS: Readonly<Record<PressureCondition, Strings>> = {
  MemoryPressure: {
    trueReason: 'KubeletHasInsufficientMemory', trueMessage: 'kubelet has insufficient memory available', trueEvent: 'NodeHasInsufficientMemory',
    falseReason: 'KubeletHasSufficientMemory', falseMessage: 'kubelet has sufficient memory available', falseEvent: 'NodeHasSufficientMemory',
  },
  DiskPressure: {
    trueReason: 'KubeletHasDiskPressure', trueMessage: 'kubelet has disk pressure', trueEvent: 'NodeHasDiskPressure',
    falseReason: 'KubeletHasNoDiskPressure', falseMessage: 'kubelet has no disk pressure', falseEvent: 'NodeHasNoDiskPressure',
  },
  PIDPressure: {
    trueReason: 'KubeletHasInsufficientPID', trueMessage: 'kubelet has insufficient PID available', trueEvent: 'NodeHasInsufficientPID',
    falseReason: 'KubeletHasSufficientPID', falseMessage: 'kubelet has sufficient PID available', falseEvent: 'NodeHasSufficientPID',
  },
};

/** One setter: the updated condition and the event to record when it flipped. */
export function pressureCondition(
  type: PressureCondition, existing: KubeletNodeCondition | undefined, underPressure: boolean, now: number,
): { condition: KubeletNodeCondition; event?: NodeStatusEvent } {
  const s = PRESSURE_CONDITION_STRINGS[type];
  // Every status post, for every node: one literal (a spread with an override is V8's slow path).
  const c: KubeletNodeCondition = existing
    ? { type: existing.type, status: existing.status, reason: existing.reason, message: existing.message, lastHeartbeatTime: now, lastTransitionTime: existing.lastTransitionTime }
    : { type, status: 'Unknown', reason: '', message: '', lastHeartbeatTime: now, lastTransitionTime: now };
  if (underPressure) {
    if (c.status !== 'True') {
      Object.assign(c, { status: 'True', reason: s.trueReason, message: s.trueMessage, lastTransitionTime: now });
      return { condition: c, event: { type: 'Normal', reason: s.trueEvent } };
    }
  } else if (c.status !== 'False') {
    Object.assign(c, { status: 'False', reason: s.falseReason, message: s.falseMessage, lastTransitionTime: now });
    return { condition: c, event: { type: 'Normal', reason: s.falseEvent } };
  }
  return { condition: c };
}

export interface PressureState {
  memory: boolean;
  disk: boolean;
  pid: boolean;
}

/**
 * Updates the three pressure conditions inside the node's condition list (other conditions are
 * kept as they are, new ones appended in the order MemoryPressure, DiskPressure, PIDPressure).
 */
export function nodePressureConditions(
  existing: readonly KubeletNodeCondition[], pressure: PressureState, now: number,
): { conditions: KubeletNodeCondition[]; events: NodeStatusEvent[] } {
  const flags: Record<PressureCondition, boolean> = { [MEMORY_PRESSURE]: pressure.memory, [DISK_PRESSURE]: pressure.disk, [PID_PRESSURE]: pressure.pid } as Record<PressureCondition, boolean>;
  const conditions = [...existing];
  const events: NodeStatusEvent[] = [];
  for (const type of PRESSURE_CONDITIONS) {
    const idx = conditions.findIndex((c) => c.type === type);
    const { condition, event } = pressureCondition(type, idx >= 0 ? conditions[idx] : undefined, flags[type], now);
    if (idx >= 0) conditions[idx] = condition;
    else conditions.push(condition);
    if (event) events.push(event);
  }
  return { conditions, events };
}
