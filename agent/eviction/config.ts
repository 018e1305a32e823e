/**
 * Eviction configuration: KubeletConfiguration fields -> thresholds, with upstream defaults and
 * upstream validation messages.
 * Upstream: pkg/kubelet/eviction/helpers.go (ParseThresholdConfig, parseThresholdStatement,
 * parsePercentage, parseGracePeriods, parseMinimumReclaims, addAllocatableThresholds),
 * pkg/kubelet/apis/config/v1beta1/defaults.go and defaults_linux.go (DefaultEvictionHard).
 */
import { parseQuantity, QuantityError } from '../../core/quantity.js';
import { parseDuration } from '../../core/duration.js';
import {
  DEFAULT_PRESSURE_TRANSITION_PERIOD_MS, EVICTION_MONITORING_PERIOD_MS, isHardEvictionThreshold, isSignal, OP_LESS_THAN,
  SIGNAL_ALLOCATABLE_MEMORY_AVAILABLE, SIGNAL_MEMORY_AVAILABLE, type Signal, type Threshold, type ThresholdValue,
} from './types.js';

/** A configuration error with upstream's message; `field` names the KubeletConfiguration field. */
export class EvictionConfigError extends Error {
  constructor(message: string, readonly field?: string) {
    super(message);
    this.name = 'EvictionConfigError';
  }
}

import { DEFAULT_EVICTION_HARD } from '../../core/eviction-defaults.js';

export { DEFAULT_EVICTION_HARD };

/** kubetypes.NodeAllocatableEnforcementKey */
export const NODE_ALLOCATABLE_ENFORCEMENT_KEY = 'pods';
/** Default enforceNodeAllocatable. */
export const DEFAULT_ENFORCE_NODE_ALLOCATABLE: readonly string[] = Object.freeze([NODE_ALLOCATABLE_ENFORCEMENT_KEY]);

type StringMap = Record<string, string> | null | undefined;

/** strconv.ParseFloat(s, 32) then float32 division by 100. */
export function parsePercentage(input: string): number {
  const s = input.replace(/%+$/, '');
  const f = parseGoFloat32(s);
  return Math.fround(f / 100);
}

function parseGoFloat32(s: string): number {
  let v: number;
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s)) v = Number(s);
  else if (/^[+-]?(inf|infinity)$/i.test(s)) v = s.startsWith('-') ? -Infinity : Infinity;
  else if (/^nan$/i.test(s)) v = NaN;
  else throw new EvictionConfigError(`strconv.ParseFloat: parsing ${JSON.stringify(s)}: invalid syntax`);
  const f = Math.fround(v);
  if (Number.isFinite(v) && !Number.isFinite(f)) throw new EvictionConfigError(`strconv.ParseFloat: parsing ${JSON.stringify(s)}: value out of range`);
  return f;
}

function parseQuantityOrThrow(val: string, field?: string) {
  try {
    return parseQuantity(val);
  } catch (e) {
    throw new EvictionConfigError(e instanceof QuantityError || e instanceof Error ? e.message : String(e), field);
  }
}

function signalOrThrow(signal: string, field?: string): Signal {
  if (!isSignal(signal)) throw new EvictionConfigError(`unsupported eviction signal ${signal}`, field);
  return signal;
}

/** One `signal: value` statement; undefined for "0%" / "100%" (the signal is disabled). */
export function parseThresholdStatement(signal: string, val: string, field?: string): Threshold | undefined {
  const sig = signalOrThrow(signal, field);
  if (val.endsWith('%')) {
    if (val === '0%' || val === '100%') return undefined;
    let percentage: number;
    try {
      percentage = parsePercentage(val);
    } catch (e) {
      throw new EvictionConfigError((e as Error).message, field);
    }
    if (percentage < 0) throw new EvictionConfigError(`eviction percentage threshold ${sig} must be >= 0%: ${val}`, field);
    if (percentage > 1) throw new EvictionConfigError(`eviction percentage threshold ${sig} must be <= 100%: ${val}`, field);
    return { signal: sig, operator: OP_LESS_THAN, value: { percentage }, gracePeriod: 0 };
  }
  const q = parseQuantityOrThrow(val, field);
  if (q.asNumber() <= 0) throw new EvictionConfigError(`eviction threshold ${sig} must be positive: ${q.toString()}`, field);
  return { signal: sig, operator: OP_LESS_THAN, value: { quantity: q, percentage: 0 }, gracePeriod: 0 };
}

function parseThresholdStatements(statements: StringMap, field: string): Threshold[] {
  const out: Threshold[] = [];
  for (const [signal, val] of Object.entries(statements ?? {})) {
    const t = parseThresholdStatement(signal, String(val), field);
    if (t) out.push(t);
  }
  return out;
}

function parseGracePeriods(statements: StringMap, field = 'evictionSoftGracePeriod'): Map<Signal, number> {
  const out = new Map<Signal, number>();
  for (const [signal, val] of Object.entries(statements ?? {})) {
    const sig = signalOrThrow(signal, field);
    let ms: number;
    try {
      ms = parseDuration(String(val));
    } catch (e) {
      throw new EvictionConfigError((e as Error).message, field);
    }
    if (ms < 0) throw new EvictionConfigError(`invalid eviction grace period specified: ${val}, must be a positive value`, field);
    out.set(sig, ms);
  }
  return out;
}

function parseMinimumReclaims(statements: StringMap, field = 'evictionMinimumReclaim'): Map<Signal, ThresholdValue> {
  const out = new Map<Signal, ThresholdValue>();
  for (const [signal, raw] of Object.entries(statements ?? {})) {
    const sig = signalOrThrow(signal, field);
    const val = String(raw);
    if (val.endsWith('%')) {
      let percentage: number;
      try {
        percentage = parsePercentage(val);
      } catch (e) {
        throw new EvictionConfigError((e as Error).message, field);
      }
      if (!(percentage > 0)) throw new EvictionConfigError(`eviction percentage minimum reclaim ${sig} must be positive: ${val}`, field);
      out.set(sig, { percentage });
      continue;
    }
    const q = parseQuantityOrThrow(val, field);
    if (q.asNumber() < 0) throw new EvictionConfigError(`negative eviction minimum reclaim specified for ${sig}`, field);
    out.set(sig, { quantity: q, percentage: 0 });
  }
  return out;
}

/**
 * ParseThresholdConfig: hard thresholds then soft ones (each soft one needs a grace period),
 * min-reclaims attached by signal, and with "pods" enforced a hard allocatableMemory.available
 * copy of every hard memory.available threshold. Throws EvictionConfigError.
 */
export function parseThresholdConfig(
  allocatableConfig: readonly string[], evictionHard: StringMap, evictionSoft: StringMap,
  evictionSoftGracePeriod: StringMap, evictionMinimumReclaim: StringMap,
): Threshold[] {
  const hard = parseThresholdStatements(evictionHard, 'evictionHard');
  const soft = parseThresholdStatements(evictionSoft, 'evictionSoft');
  const grace = parseGracePeriods(evictionSoftGracePeriod);
  const minReclaims = parseMinimumReclaims(evictionMinimumReclaim);
  for (const t of soft) {
    const period = grace.get(t.signal);
    if (period === undefined) throw new EvictionConfigError(`grace period must be specified for the soft eviction threshold ${t.signal}`, 'evictionSoftGracePeriod');
    t.gracePeriod = period;
  }
  let results = [...hard, ...soft];
  for (const t of results) {
    const mr = minReclaims.get(t.signal);
    if (mr) t.minReclaim = { ...mr };
  }
  if (allocatableConfig.includes(NODE_ALLOCATABLE_ENFORCEMENT_KEY)) results = addAllocatableThresholds(results);
  return results;
}

/** Appends an allocatableMemory.available copy of each hard memory.available threshold. */
export function addAllocatableThresholds(thresholds: readonly Threshold[]): Threshold[] {
  const extra: Threshold[] = thresholds
    .filter((t) => t.signal === SIGNAL_MEMORY_AVAILABLE && isHardEvictionThreshold(t))
    .map((t) => ({ signal: SIGNAL_ALLOCATABLE_MEMORY_AVAILABLE, operator: t.operator, value: t.value, gracePeriod: 0, minReclaim: t.minReclaim }));
  return [...thresholds, ...extra];
}

// ---- the eviction manager's config from KubeletConfiguration ----

/** The KubeletConfiguration fields the eviction manager reads (upstream names). */
export interface KubeletEvictionSettings {
  evictionHard?: Record<string, string> | null;
  evictionSoft?: Record<string, string> | null;
  evictionSoftGracePeriod?: Record<string, string> | null;
  evictionMinimumReclaim?: Record<string, string> | null;
  /** Seconds; default 0. */
  evictionMaxPodGracePeriod?: number;
  /** Go duration; default (and "0s") 5m. */
  evictionPressureTransitionPeriod?: string;
  /** Fill signals missing from evictionHard with the defaults (v1.33+/v1.34+). Default false. */
  mergeDefaultEvictionSettings?: boolean;
  /** Default ["pods"]. */
  enforceNodeAllocatable?: string[];
  /** Default true: per-pod ephemeral-storage limit evictions. */
  localStorageCapacityIsolation?: boolean;
  /** Feature gate KubeletSeparateDiskGC (beta, default on). */
  kubeletSeparateDiskGC?: boolean;
}

/** eviction.Config plus the kubelet's monitoring period. */
export interface EvictionConfig {
  thresholds: Threshold[];
  maxPodGracePeriodSeconds: number;
  pressureTransitionPeriodMs: number;
  monitoringIntervalMs: number;
  localStorageCapacityIsolation: boolean;
  kubeletSeparateDiskGC: boolean;
}

/** defaults.go: nil evictionHard gets the defaults; a set map keeps only its signals unless merging. */
export function defaultedEvictionHard(settings: KubeletEvictionSettings): Record<string, string> {
  if (settings.evictionHard === undefined || settings.evictionHard === null) return { ...DEFAULT_EVICTION_HARD };
  if (!settings.mergeDefaultEvictionSettings) return { ...settings.evictionHard };
  return { ...DEFAULT_EVICTION_HARD, ...settings.evictionHard };
}

/** Builds the manager's config; throws EvictionConfigError (with `field`) on invalid settings. */
export function evictionConfigFromKubelet(settings: KubeletEvictionSettings = {}): EvictionConfig {
  const thresholds = parseThresholdConfig(
    settings.enforceNodeAllocatable ?? DEFAULT_ENFORCE_NODE_ALLOCATABLE, defaultedEvictionHard(settings),
    settings.evictionSoft, settings.evictionSoftGracePeriod, settings.evictionMinimumReclaim,
  );
  let transition = DEFAULT_PRESSURE_TRANSITION_PERIOD_MS;
  if (settings.evictionPressureTransitionPeriod !== undefined) {
    try {
      transition = parseDuration(settings.evictionPressureTransitionPeriod);
    } catch (e) {
      throw new EvictionConfigError((e as Error).message, 'evictionPressureTransitionPeriod');
    }
    if (transition === 0) transition = DEFAULT_PRESSURE_TRANSITION_PERIOD_MS;
  }
  return {
    thresholds,
    maxPodGracePeriodSeconds: settings.evictionMaxPodGracePeriod ?? 0,
    pressureTransitionPeriodMs: transition,
    monitoringIntervalMs: EVICTION_MONITORING_PERIOD_MS,
    localStorageCapacityIsolation: settings.localStorageCapacityIsolation ?? true,
    kubeletSeparateDiskGC: settings.kubeletSeparateDiskGC ?? true,
  };
}

/** compareThresholdValue: same quantity, or same float32 percentage. */
export function thresholdValuesEqual(a: ThresholdValue, b: ThresholdValue): boolean {
  if (a.quantity) return !!b.quantity && a.quantity.cmp(b.quantity) === 0;
  if (b.quantity) return false;
  return a.percentage === b.percentage;
}

/** The hard memory.available threshold in bytes (for the pods cgroup size); 0 when none or a percentage of capacity. */
export function hardMemoryEvictionBytes(thresholds: readonly Threshold[], capacityBytes = 0): number {
  const t = thresholds.find((x) => x.signal === SIGNAL_MEMORY_AVAILABLE && isHardEvictionThreshold(x));
  if (!t) return 0;
  return t.value.quantity ? t.value.quantity.value() : Math.trunc(capacityBytes * t.value.percentage);
}
