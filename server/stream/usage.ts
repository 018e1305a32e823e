/**
 * A node's usage as the kubelet's eviction manager sees it (pure): the signal observations of
 * pkg/kubelet/eviction/helpers.go makeSignalObservations, computed from the Summary the agent
 * pushed, with the node's hard and soft thresholds resolved to the same unit
 * (helpers.go getThresholdQuantity: a percentage is int64(capacity * percentage)).
 */
import { parsePercentage, parseQuantity } from '../../core/quantity.js';
import type { FsStatsMsg, KubeletSettingsMsg, SummaryMsg } from '../../proto/codec.js';
import type { NodeUsageView, SignalView } from './types.js';

import { DEFAULT_EVICTION_HARD } from '../../core/eviction-defaults.js';

export { DEFAULT_EVICTION_HARD };

/** The signals the dashboard draws, in display order. */
export const USAGE_SIGNALS = [
  'memory.available', 'nodefs.available', 'nodefs.inodesFree', 'imagefs.available', 'imagefs.inodesFree', 'pid.available',
] as const;

export const NO_THRESHOLD = -1;

interface Observation { available: number; capacity: number }

/** makeSignalObservations, for the signals above. */
export function observeSignals(summary: SummaryMsg): Map<string, Observation> {
  const out = new Map<string, Observation>();
  const node = summary.node;
  if (!node) return out;
  const mem = node.memory;
  if (mem && mem.available_bytes != null && mem.working_set_bytes != null) {
    // capacity = available + workingSet, as upstream (not the node's capacity field).
    out.set('memory.available', { available: Number(mem.available_bytes), capacity: Number(mem.available_bytes) + Number(mem.working_set_bytes) });
  }
  const fs = (prefix: 'nodefs' | 'imagefs', f: FsStatsMsg | null | undefined) => {
    if (!f) return;
    if (f.available_bytes != null && f.capacity_bytes != null) out.set(`${prefix}.available`, { available: Number(f.available_bytes), capacity: Number(f.capacity_bytes) });
    if (f.inodes_free != null && f.inodes != null && Number(f.inodes) > 0) out.set(`${prefix}.inodesFree`, { available: Number(f.inodes_free), capacity: Number(f.inodes) });
  };
  fs('nodefs', node.fs);
  fs('imagefs', node.image_fs);
  const rl = node.rlimit;
  if (rl && rl.maxpid != null && rl.curproc != null && Number(rl.maxpid) > 0) {
    out.set('pid.available', { available: Number(rl.maxpid) - Number(rl.curproc), capacity: Number(rl.maxpid) });
  }
  return out;
}

/** A configured threshold ("100Mi", "10%") in the signal's unit; undefined when disabled or invalid. */
export function resolveThreshold(value: string | undefined, capacity: number): number | undefined {
  if (!value) return undefined;
  try {
    if (value.endsWith('%')) {
      if (value === '0%' || value === '100%') return undefined; // parseThresholdStatement: disabled
      return Math.trunc(capacity * parsePercentage(value));
    }
    return parseQuantity(value).value();
  } catch {
    return undefined; // the kubelet refuses invalid thresholds at start-up; never here
  }
}

/** evictionHard as the kubelet runs it: an empty map from the agent means the kubelet defaults. */
export function effectiveEvictionHard(settings: KubeletSettingsMsg | undefined): Record<string, string> {
  const hard = settings?.eviction_hard ?? {};
  return Object.keys(hard).length === 0 ? { ...DEFAULT_EVICTION_HARD } : { ...hard };
}

export function nodeUsageView(node: string, summary: SummaryMsg, settings: KubeletSettingsMsg | undefined): NodeUsageView {
  const obs = observeSignals(summary);
  const hard = effectiveEvictionHard(settings);
  const soft = settings?.eviction_soft ?? {};
  const signals: SignalView[] = [];
  for (const signal of USAGE_SIGNALS) {
    const o = obs.get(signal);
    if (!o) continue;
    signals.push({
      signal, available: o.available, capacity: o.capacity,
      hard: resolveThreshold(hard[signal], o.capacity) ?? NO_THRESHOLD,
      soft: resolveThreshold(soft[signal], o.capacity) ?? NO_THRESHOLD,
      hard_value: hard[signal] ?? '', soft_value: soft[signal] ?? '',
    });
  }
  return { node, time: Number(summary.time ?? 0), signals };
}
