/**
 * Node health judgement: tryUpdateNodeHealth of pkg/controller/nodelifecycle/node_lifecycle_controller.go,
 * as a pure function. The controller keeps one NodeHealth record per node with timestamps of ITS OWN
 * clock taken when it observed a heartbeat (a changed Ready.lastHeartbeatTime or a newer Lease
 * renewTime); the kubelet's timestamps are only compared for change, never trusted as times.
 */
import type { Lease, Node, NodeCondition, NodeStatus } from '../../../core/types.js';
import { parseK8sTime, toK8sTime } from '../../../core/time-format.js';
import {
  CONDITIONS_SET_UNKNOWN, MESSAGE_NODE_STATUS_NEVER_UPDATED, MESSAGE_NODE_STATUS_UNKNOWN, NodeConditionType,
  REASON_NODE_STATUS_NEVER_UPDATED, REASON_NODE_STATUS_UNKNOWN,
} from './constants.js';

/** nodeHealthData, plus kemu's record of which signal refreshed the probe (for the "why"). */
export interface NodeHealth {
  /** Controller time of the last observed heartbeat (status or lease). */
  probeTimestamp: number;
  /** Controller time of the last observed Ready transition. */
  readyTransitionTimestamp: number;
  /** The node status last observed (or written by the controller). Never mutated. */
  status: NodeStatus | undefined;
  /** renewTime of the last lease observed as renewed. */
  leaseRenewTime?: string;
  /** Whether a lease was ever recorded (upstream `lease != nil`). */
  hasLease: boolean;
  /** Controller time when a lease renewal was last observed. */
  leaseObservedAt?: number;
  /** Controller time when a status heartbeat (Ready.lastHeartbeatTime change) was last observed. */
  statusObservedAt?: number;
}

export interface HealthSettings {
  nodeMonitorGracePeriod: number;
  nodeStartupGracePeriod: number;
}

/** Why the controller marked a node's conditions Unknown. */
export interface NotReadyWhy {
  node: string;
  decision: 'NodeStatusUnknown';
  /** Controller time of the verdict. */
  observedAt: string;
  /** Last heartbeat of any kind the controller observed (its own clock). */
  lastProbeAt: string;
  lastLeaseRenewObservedAt?: string;
  lastStatusHeartbeatObservedAt?: string;
  /** Which grace applied and how long it is. */
  grace: 'nodeMonitorGracePeriod' | 'nodeStartupGracePeriod';
  gracePeriodMs: number;
  silentForMs: number;
  previousReady: string;
}

export interface HealthResult {
  /** The record to keep when no status write is needed (or the write failed). */
  health: NodeHealth;
  gracePeriod: number;
  /** The Ready condition as observed at the start (a fake Unknown one if the node never posted it). */
  observedReady: NodeCondition;
  /** The Ready condition after this judgement (undefined if the node has none and none was added). */
  currentReady: NodeCondition | undefined;
  /** Present when the controller must write these conditions (Ready changed to Unknown). */
  write?: { conditions: NodeCondition[]; healthAfterWrite: NodeHealth; why: NotReadyWhy };
}

export function getCondition<T extends { type: string }>(conds: readonly T[] | undefined, type: string): T | undefined {
  return (conds ?? []).find((c) => c.type === type);
}

/** Semantic equality of two node conditions (apiequality.Semantic.DeepEqual). */
export function conditionEqual(a: NodeCondition | undefined, b: NodeCondition | undefined): boolean {
  if (!a || !b) return a === b;
  return a.type === b.type && a.status === b.status && (a.reason ?? '') === (b.reason ?? '')
    && (a.message ?? '') === (b.message ?? '') && sameTime(a.lastHeartbeatTime, b.lastHeartbeatTime)
    && sameTime(a.lastTransitionTime, b.lastTransitionTime);
}

function sameTime(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return !a && !b;
  return a === b || parseK8sTime(a) === parseK8sTime(b);
}

const microTimes = new Map<string, number | undefined>();

/** MicroTime as microseconds since the epoch (renewTime comparisons keep sub-millisecond order). */
export function microTimeValue(s: string | undefined): number | undefined {
  if (!s) return undefined;
  // Every pass compares each node's lease renewTime with the one it saw last: parsed once each.
  const known = microTimes.get(s);
  if (known !== undefined || microTimes.has(s)) return known;
  const ms = parseK8sTime(s);
  let v: number | undefined;
  if (!Number.isNaN(ms)) {
    const frac = /\.(\d+)Z$/.exec(s)?.[1] ?? '';
    v = ms * 1000 + Number((frac + '000000').slice(3, 6));
  }
  if (microTimes.size >= 8192) microTimes.clear();
  microTimes.set(s, v);
  return v;
}

/** metav1.MicroTime.Before with nil handling: false when either side is missing. */
function renewedLater(saved: string | undefined, observed: string | undefined): boolean {
  // The same string is never "before" itself (most passes: no renewal since the last one).
  if (saved === observed) return false;
  const a = microTimeValue(saved);
  const b = microTimeValue(observed);
  return a !== undefined && b !== undefined && a < b;
}

function iso(ms: number | undefined): string | undefined {
  return ms === undefined || !Number.isFinite(ms) ? undefined : new Date(ms).toISOString();
}

/**
 * tryUpdateNodeHealth: decides from the node, its lease and the previous record whether the node
 * has been silent for longer than its grace period (strictly), and if so which conditions to write.
 */
export function tryUpdateNodeHealth(
  prev: NodeHealth | undefined,
  node: Node,
  lease: Lease | undefined,
  now: number,
  settings: HealthSettings,
): HealthResult {
  const created = parseK8sTime(node.metadata?.creationTimestamp);
  const createdTs = node.metadata?.creationTimestamp;
  const status = node.status;
  const currentReady = getCondition(status?.conditions, NodeConditionType.Ready);
  // Records are never changed in place (a changed one is a new object), so prev itself may stay.
  let nh: NodeHealth | undefined = prev;
  let observedReady: NodeCondition;
  let gracePeriod: number;

  if (!currentReady) {
    // The kubelet never posted a Ready condition: a fake Unknown one dated at node creation.
    observedReady = { type: NodeConditionType.Ready, status: 'Unknown', lastHeartbeatTime: createdTs, lastTransitionTime: createdTs };
    gracePeriod = settings.nodeStartupGracePeriod;
    if (nh) nh = { ...nh, status };
    else nh = { status, probeTimestamp: created, readyTransitionTimestamp: created, hasLease: false };
  } else {
    observedReady = { ...currentReady };
    gracePeriod = settings.nodeMonitorGracePeriod;
  }

  const savedReady = nh ? getCondition(nh.status?.conditions, NodeConditionType.Ready) : undefined;
  const savedHasLease = nh?.hasLease ?? false;
  const savedLeaseRenew = nh?.leaseRenewTime;
  const fresh = (): NodeHealth => ({
    status, probeTimestamp: now, readyTransitionTimestamp: now, hasLease: false, statusObservedAt: now,
  });

  if (!nh) {
    nh = fresh(); // first sight of a node with a Ready condition: a full grace period from now
  } else if (!savedReady && currentReady) {
    nh = fresh(); // controller restart, or the first Ready condition posted
  } else if (savedReady && !currentReady) {
    nh = fresh(); // the Ready condition was removed
  } else if (savedReady && currentReady && (savedReady.lastHeartbeatTime ?? '') !== (currentReady.lastHeartbeatTime ?? '')) {
    const transitioned = (savedReady.lastTransitionTime ?? '') !== (currentReady.lastTransitionTime ?? '');
    nh = {
      status, probeTimestamp: now, readyTransitionTimestamp: transitioned ? now : nh.readyTransitionTimestamp,
      hasLease: false, statusObservedAt: now, leaseObservedAt: nh.leaseObservedAt,
    };
  }
  // The records rebuilt above drop the saved lease, as upstream does; the lease check below uses the saved one.

  // Always refresh the probe when the lease was renewed (a lease alone keeps a node healthy).
  if (lease && (!savedHasLease || renewedLater(savedLeaseRenew, lease.spec?.renewTime))) {
    nh = { ...nh, hasLease: true, leaseRenewTime: lease.spec?.renewTime, probeTimestamp: now, leaseObservedAt: now };
  } else if (savedHasLease && nh.hasLease === false && prev) {
    // Upstream rebuilt records carry no lease; keep kemu's observation time for the "why" only.
    nh = { ...nh, leaseObservedAt: prev.leaseObservedAt };
  }

  const result: HealthResult = { health: nh, gracePeriod, observedReady, currentReady };
  if (!(now > nh.probeTimestamp + gracePeriod)) return result;

  // Silent for longer than the grace period: Ready, MemoryPressure, DiskPressure and PIDPressure
  // become Unknown (NetworkUnavailable is managed by the control plane and left alone).
  const nowTs = toK8sTime(now);
  const conditions: NodeCondition[] = (status?.conditions ?? []).map((c) => ({ ...c }));
  for (const type of CONDITIONS_SET_UNKNOWN) {
    const c = conditions.find((x) => x.type === type);
    if (!c) {
      conditions.push({
        type, status: 'Unknown', reason: REASON_NODE_STATUS_NEVER_UPDATED, message: MESSAGE_NODE_STATUS_NEVER_UPDATED,
        lastHeartbeatTime: createdTs, lastTransitionTime: nowTs,
      });
    } else if (c.status !== 'Unknown') {
      c.status = 'Unknown';
      c.reason = REASON_NODE_STATUS_UNKNOWN;
      c.message = MESSAGE_NODE_STATUS_UNKNOWN;
      c.lastTransitionTime = nowTs;
    }
  }
  const newReady = getCondition(conditions, NodeConditionType.Ready);
  if (conditionEqual(newReady, observedReady)) return result; // Ready unchanged: no write

  const newStatus: NodeStatus = { ...status, conditions };
  const healthAfterWrite: NodeHealth = {
    status: newStatus, probeTimestamp: nh.probeTimestamp, readyTransitionTimestamp: now,
    hasLease: lease !== undefined, leaseRenewTime: lease?.spec?.renewTime,
    leaseObservedAt: nh.leaseObservedAt, statusObservedAt: nh.statusObservedAt,
  };
  const why: NotReadyWhy = {
    node: node.metadata?.name ?? '',
    decision: 'NodeStatusUnknown',
    observedAt: iso(now)!,
    lastProbeAt: iso(nh.probeTimestamp) ?? '',
    lastLeaseRenewObservedAt: iso(nh.leaseObservedAt),
    lastStatusHeartbeatObservedAt: iso(nh.statusObservedAt),
    grace: currentReady ? 'nodeMonitorGracePeriod' : 'nodeStartupGracePeriod',
    gracePeriodMs: gracePeriod,
    silentForMs: now - nh.probeTimestamp,
    previousReady: observedReady.status,
  };
  return { ...result, currentReady: newReady, write: { conditions, healthAfterWrite, why } };
}
