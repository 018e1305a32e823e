/**
 * containerfs.* thresholds are derived, never configured (a configured one is overwritten with a
 * warning): copies of the nodefs ones on a single filesystem or with a split containerfs, copies
 * of the imagefs ones with a dedicated imagefs, nothing for a containerfs split without imagefs.
 * Upstream: pkg/kubelet/eviction/helpers.go UpdateContainerFsThresholds (run once, on the first
 * synchronize). Upstream also appends empty placeholders when the source threshold does not
 * exist; they can never be met, so kemu skips them.
 */
import type { FsLayout } from './rank.js';
import {
  isHardEvictionThreshold, SIGNAL_CONTAINERFS_AVAILABLE, SIGNAL_CONTAINERFS_INODES_FREE, SIGNAL_IMAGEFS_AVAILABLE,
  SIGNAL_IMAGEFS_INODES_FREE, SIGNAL_NODEFS_AVAILABLE, SIGNAL_NODEFS_INODES_FREE, type Signal, type Threshold,
} from './types.js';

export function updateContainerFsThresholds(thresholds: readonly Threshold[], layout: FsLayout): { thresholds: Threshold[]; warnings: string[] } {
  const { dedicatedImageFs: imageFs, splitContainerImageFs: split } = layout;
  const warnings: string[] = [];
  const out = [...thresholds];
  const find = (signal: Signal, hard: boolean) => out.find((t) => t.signal === signal && isHardEvictionThreshold(t) === hard);
  for (const t of out) {
    if (t.signal === SIGNAL_CONTAINERFS_AVAILABLE || t.signal === SIGNAL_CONTAINERFS_INODES_FREE) {
      warnings.push(`found ${t.signal} for ${isHardEvictionThreshold(t) ? 'hard' : 'soft'} eviction. ignoring`);
    }
  }
  let bytesSource: Signal | undefined;
  let inodesSource: Signal | undefined;
  if ((imageFs && split) || (!imageFs && !split)) {
    bytesSource = SIGNAL_NODEFS_AVAILABLE;
    inodesSource = SIGNAL_NODEFS_INODES_FREE;
  } else if (imageFs && !split) {
    bytesSource = SIGNAL_IMAGEFS_AVAILABLE;
    inodesSource = SIGNAL_IMAGEFS_INODES_FREE;
  } else {
    return { thresholds: out, warnings };
  }
  const sourceFor = new Map<Signal, Signal>([[SIGNAL_CONTAINERFS_AVAILABLE, bytesSource], [SIGNAL_CONTAINERFS_INODES_FREE, inodesSource]]);
  for (const [target, source] of sourceFor) {
    for (const hard of [true, false]) {
      const src = find(source, hard);
      const idx = out.findIndex((t) => t.signal === target && isHardEvictionThreshold(t) === hard);
      if (!src) {
        if (idx >= 0) out.splice(idx, 1); // overwritten by an empty placeholder upstream: never met
        continue;
      }
      const copy: Threshold = { signal: target, operator: src.operator, value: src.value, gracePeriod: src.gracePeriod, minReclaim: src.minReclaim };
      if (idx >= 0) out[idx] = copy;
      else out.push(copy);
    }
  }
  return { thresholds: out, warnings };
}
