/**
 * Threshold evaluation, grace periods, node conditions and threshold ordering: pure functions.
 * Upstream: pkg/kubelet/eviction/helpers.go (thresholdsMet, thresholdsUpdatedStats,
 * thresholdsFirstObservedAt, thresholdsMetGracePeriod, nodeConditions, nodeConditionsLastObservedAt,
 * nodeConditionsObservedSince, mergeThresholds, hasThreshold, byEvictionPriority, getReclaimableThreshold).
 */
import { formatDuration } from '../../core/duration.js';
import { thresholdValuesEqual } from './config.js';
import { getThresholdQuantity } from './observations.js';
import {
  isHardEvictionThreshold, OP_LESS_THAN, PRESSURE_CONDITIONS, SIGNAL_ALLOCATABLE_MEMORY_AVAILABLE, SIGNAL_MEMORY_AVAILABLE,
  SIGNAL_TO_NODE_CONDITION, SIGNAL_TO_RESOURCE, SIGNALS,
  type PressureCondition, type ReclaimResource, type SignalObservations, type Threshold, type ThresholdValue,
} from './types.js';

/** When each threshold was first observed (keyed by threshold identity). */
export type ThresholdsObservedAt = Map<Threshold, number>;
/** When each node condition was last observed. */
export type NodeConditionsObservedAt = Map<PressureCondition, number>;

/**
 * The thresholds whose signal is observed and met: `quantity > available` (strictly), where with
 * enforceMinReclaim the quantity is threshold + min-reclaim. Unobserved signals are skipped.
 */
export function thresholdsMet(thresholds: readonly Threshold[], observations: SignalObservations, enforceMinReclaim: boolean): Threshold[] {
  const out: Threshold[] = [];
  for (const t of thresholds) {
    const observed = observations[t.signal];
    if (!observed) continue;
    let quantity = getThresholdQuantity(t.value, observed.capacity).value;
    if (enforceMinReclaim && t.minReclaim) quantity += getThresholdQuantity(t.minReclaim, observed.capacity).value;
    if (t.operator === OP_LESS_THAN && quantity > observed.available) out.push(t);
  }
  return out;
}

/** Keeps a threshold only if its signal has a sample newer than the last one acted on (or no time). */
export function thresholdsUpdatedStats(thresholds: readonly Threshold[], observations: SignalObservations, last: SignalObservations): Threshold[] {
  return thresholds.filter((t) => {
    const observed = observations[t.signal];
    if (!observed) return false;
    const prev = last[t.signal];
    return !prev || observed.time === undefined || observed.time > (prev.time ?? -Infinity);
  });
}

/** Keeps the first-observed time of thresholds still met; new ones start now; others are forgotten. */
export function thresholdsFirstObservedAt(thresholds: readonly Threshold[], lastObservedAt: ThresholdsObservedAt, now: number): ThresholdsObservedAt {
  const out: ThresholdsObservedAt = new Map();
  for (const t of thresholds) out.set(t, lastObservedAt.get(t) ?? now);
  return out;
}

/** The thresholds met for at least their grace period (hard thresholds at once; equality passes). */
export function thresholdsMetGracePeriod(observedAt: ThresholdsObservedAt, now: number): Threshold[] {
  const out: Threshold[] = [];
  for (const [t, at] of observedAt) if (!(now - at < t.gracePeriod)) out.push(t);
  return out;
}

/** The node conditions of the given thresholds, each once. */
export function nodeConditions(thresholds: readonly Threshold[]): PressureCondition[] {
  const out: PressureCondition[] = [];
  for (const t of thresholds) {
    const c = SIGNAL_TO_NODE_CONDITION[t.signal];
    if (c && !out.includes(c)) out.push(c);
  }
  return out;
}

/** Conditions seen now get `now`; conditions not seen now keep their old time. */
export function nodeConditionsLastObservedAt(conditions: readonly PressureCondition[], last: NodeConditionsObservedAt, now: number): NodeConditionsObservedAt {
  const out: NodeConditionsObservedAt = new Map();
  for (const c of conditions) out.set(c, now);
  for (const [c, at] of last) if (!out.has(c)) out.set(c, at);
  return out;
}

/**
 * The conditions observed within the transition period (now - at < period). Returned in the
 * fixed order MemoryPressure, DiskPressure, PIDPressure (upstream: Go map order).
 */
export function nodeConditionsObservedSince(observedAt: NodeConditionsObservedAt, periodMs: number, now: number): PressureCondition[] {
  return PRESSURE_CONDITIONS.filter((c) => {
    const at = observedAt.get(c);
    return at !== undefined && now - at < periodMs;
  });
}

export function hasThreshold(list: readonly Threshold[], t: Threshold): boolean {
  return list.some((x) => x.gracePeriod === t.gracePeriod && x.operator === t.operator && x.signal === t.signal && thresholdValuesEqual(x.value, t.value));
}

/** Appends the thresholds of b that a does not already hold (same signal, operator, grace, value). */
export function mergeThresholds(a: readonly Threshold[], b: readonly Threshold[]): Threshold[] {
  const out = [...a];
  for (const t of b) if (!hasThreshold(out, t)) out.push(t);
  return out;
}

function isMemorySignal(t: Threshold): boolean {
  return t.signal === SIGNAL_MEMORY_AVAILABLE || t.signal === SIGNAL_ALLOCATABLE_MEMORY_AVAILABLE;
}

/**
 * byEvictionPriority. Upstream's only rule: memory signals first. Its input comes from a Go map,
 * so which threshold wins among several met at once is random upstream; kemu makes it
 * deterministic (spec kubelet-eviction.md §3.3 recommendation): memory first, then hard before
 * soft, then the fixed signal order of SIGNALS, then configuration order (stable sort).
 */
export function compareEvictionPriority(a: Threshold, b: Threshold): number {
  const mem = Number(isMemorySignal(b)) - Number(isMemorySignal(a));
  if (mem !== 0) return mem;
  const hard = Number(isHardEvictionThreshold(b)) - Number(isHardEvictionThreshold(a));
  if (hard !== 0) return hard;
  return SIGNALS.indexOf(a.signal) - SIGNALS.indexOf(b.signal);
}

export function sortByEvictionPriority(thresholds: readonly Threshold[]): Threshold[] {
  return [...thresholds].sort(compareEvictionPriority);
}

/** The first threshold whose signal has a resource to reclaim (every valid signal has one). */
export function getReclaimableThreshold(thresholds: readonly Threshold[]): { threshold: Threshold; resource: ReclaimResource } | undefined {
  for (const t of thresholds) {
    const resource = SIGNAL_TO_RESOURCE[t.signal];
    if (resource) return { threshold: t, resource };
  }
  return undefined;
}

// ---- explaining thresholds (the "why") ----

export interface ThresholdWhy {
  signal: string;
  /** As configured: "100Mi" or "10%". */
  value: string;
  hard: boolean;
  /** Go duration, "0s" for hard thresholds. */
  gracePeriod: string;
  minReclaim?: string;
}

export function formatThresholdValue(v: ThresholdValue): string {
  return v.quantity ? v.quantity.toString() : `${Number((v.percentage * 100).toPrecision(6))}%`;
}

export function describeThreshold(t: Threshold): ThresholdWhy {
  return {
    signal: t.signal,
    value: formatThresholdValue(t.value),
    hard: isHardEvictionThreshold(t),
    gracePeriod: formatDuration(t.gracePeriod),
    ...(t.minReclaim ? { minReclaim: formatThresholdValue(t.minReclaim) } : {}),
  };
}
