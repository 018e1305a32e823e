/**
 * Local ephemeral-storage limit evictions (LocalStorageCapacityIsolation), checked every cycle
 * before thresholds: for each pod with stats, the first of (1) an emptyDir above its sizeLimit,
 * (2) the pod above the sum of its containers' ephemeral-storage limits, (3) a container above
 * its own limit (logs, plus the writable layer when there is no dedicated imagefs).
 * Upstream: pkg/kubelet/eviction/eviction_manager.go (localStorageEviction, emptyDirLimitEviction,
 * podEphemeralStorageLimitEviction, containerEphemeralStorageLimitEviction). Pure: returns the
 * violations; the manager evicts them (grace 1, no DisruptionTarget condition).
 */
import { formatQuantity, parseQuantity } from '../../core/quantity.js';
import type { Pod } from '../../core/types.js';
import type { StatsFunc } from './observations.js';
import { containerEphemeralStorageMessage, emptyDirMessage, podEphemeralStorageMessage } from './message.js';
import { podLimit } from './requests.js';
import {
  SIGNAL_EMPTY_DIR_FS_LIMIT, SIGNAL_EPHEMERAL_CONTAINER_FS_LIMIT, SIGNAL_EPHEMERAL_POD_FS_LIMIT, type LocalStorageSignal,
} from './types.js';

export interface LocalStorageViolation {
  pod: Pod;
  signal: LocalStorageSignal;
  message: string;
  /** What was over which limit. */
  why: { volume?: string; container?: string; usedBytes: number; limitBytes: number; limit: string };
}

export function localStorageViolations(pods: readonly Pod[], stats: StatsFunc, dedicatedImageFs: boolean): LocalStorageViolation[] {
  const out: LocalStorageViolation[] = [];
  for (const pod of limitedOf(pods)) {
    const s = stats(pod);
    if (!s) continue;
    const v = emptyDirViolation(pod, s) ?? podLimitViolation(pod, s) ?? containerLimitViolation(pod, s, dedicatedImageFs);
    if (v) out.push(v);
  }
  return out;
}

/**
 * Whether any of the three checks can fire: an emptyDir sizeLimit or an ephemeral-storage limit.
 * Most pods have none; skipping them spares building their stats every cycle. Kept per Pod object
 * (the kubelet replaces the object when the spec changes).
 */
const limitedPods = new WeakMap<Pod, boolean>();
function hasLocalStorageLimit(pod: Pod): boolean {
  let v = limitedPods.get(pod);
  if (v === undefined) {
    v = (pod.spec?.volumes ?? []).some((vol) => vol.emptyDir?.sizeLimit !== undefined) ||
      podLimit(pod, 'ephemeral-storage') !== undefined ||
      (pod.spec?.containers ?? []).some((c) => c.resources?.limits?.['ephemeral-storage'] !== undefined);
    limitedPods.set(pod, v);
  }
  return v;
}

/** The pods with a limit, kept per list (the kubelet hands out the same list while no pod changes). */
const limitedByList = new WeakMap<readonly Pod[], Pod[]>();
function limitedOf(pods: readonly Pod[]): Pod[] {
  let l = limitedByList.get(pods);
  if (!l) {
    l = pods.filter(hasLocalStorageLimit);
    limitedByList.set(pods, l);
  }
  return l;
}

type PodStatsOf = NonNullable<ReturnType<StatsFunc>>;

function emptyDirViolation(pod: Pod, s: PodStatsOf): LocalStorageViolation | undefined {
  const used = new Map((s.volume ?? []).map((v) => [v.name, v.usedBytes ?? 0]));
  for (const vol of pod.spec?.volumes ?? []) {
    const size = vol.emptyDir?.sizeLimit;
    if (size === undefined) continue;
    const limit = parse(size);
    const u = used.get(vol.name);
    if (!limit || u === undefined || !(limit.value > 0) || !(u > limit.value)) continue;
    return {
      pod, signal: SIGNAL_EMPTY_DIR_FS_LIMIT, message: emptyDirMessage(vol.name, limit.text),
      why: { volume: vol.name, usedBytes: u, limitBytes: limit.value, limit: limit.text },
    };
  }
  return undefined;
}

function podLimitViolation(pod: Pod, s: PodStatsOf): LocalStorageViolation | undefined {
  const limit = podLimit(pod, 'ephemeral-storage');
  if (limit === undefined) return undefined;
  const used = s['ephemeral-storage']?.usedBytes ?? 0;
  if (!(used > limit)) return undefined;
  const text = formatQuantity(limit, 'BinarySI');
  return { pod, signal: SIGNAL_EPHEMERAL_POD_FS_LIMIT, message: podEphemeralStorageMessage(text), why: { usedBytes: used, limitBytes: limit, limit: text } };
}

function containerLimitViolation(pod: Pod, s: PodStatsOf, dedicatedImageFs: boolean): LocalStorageViolation | undefined {
  const limits = new Map<string, { value: number; text: string }>();
  for (const c of pod.spec?.containers ?? []) {
    const raw = c.resources?.limits?.['ephemeral-storage'];
    const q = raw === undefined ? undefined : parse(raw);
    if (q && q.value !== 0) limits.set(c.name, q);
  }
  for (const cs of s.containers) {
    const used = (cs.logs?.usedBytes ?? 0) + (dedicatedImageFs ? 0 : cs.rootfs?.usedBytes ?? 0);
    const limit = limits.get(cs.name);
    if (limit && limit.value < used) {
      return {
        pod, signal: SIGNAL_EPHEMERAL_CONTAINER_FS_LIMIT, message: containerEphemeralStorageMessage(cs.name, limit.text),
        why: { container: cs.name, usedBytes: used, limitBytes: limit.value, limit: limit.text },
      };
    }
  }
  return undefined;
}

function parse(raw: string | number): { value: number; text: string } | undefined {
  try {
    const q = parseQuantity(String(raw));
    return { value: q.value(), text: q.toString() };
  } catch {
    return undefined;
  }
}
