/**
 * NodeResourcesFit (pkg/scheduler/framework/plugins/noderesources/fit.go, least_allocated.go,
 * resource_allocation.go):
 * - Filter (fitsRequest): pod count, then cpu, memory, ephemeral-storage and scalar resources the
 *   pod requests (> 0) against allocatable minus the node's summed requests. All failures are
 *   reported. The status is Unschedulable, or UnschedulableAndUnresolvable when a request exceeds
 *   the node's whole allocatable (no preemption can help; upstream PR #131345).
 * - Score, LeastAllocated strategy with cpu:1 and memory:1: per resource
 *   (allocatable - (nonZeroRequested + podNonZeroRequest)) * 100 / allocatable, weighted average.
 */
import { MAX_NODE_SCORE, PLUGIN_NODE_RESOURCES_FIT, ERR_REASON_TOO_MANY_PODS, errReasonInsufficient } from '../constants.js';
import type { NodeInfo } from '../node-info.js';
import type { Resource } from '../resources.js';
import { newStatus, type Status } from '../status.js';
import type { FilterPlugin, PodContext, ScorePlugin } from './types.js';

export interface InsufficientResource {
  resourceName: string;
  reason: string;
  requested: number;
  used: number;
  capacity: number;
  unresolvable: boolean;
}

/** fitsRequest(podRequest, nodeInfo): the resources the node lacks for the pod, in upstream order. */
export function fitsRequest(req: Resource, ni: NodeInfo, ignored: ReadonlySet<string> = NO_IGNORED): InsufficientResource[] {
  const out: InsufficientResource[] = [];
  const alloc = ni.allocatable;
  const used = ni.requested;
  if (ni.pods.size + 1 > alloc.allowedPodNumber) {
    out.push({ resourceName: 'pods', reason: ERR_REASON_TOO_MANY_PODS, requested: 1, used: ni.pods.size, capacity: alloc.allowedPodNumber, unresolvable: false });
  }
  if (req.milliCPU === 0 && req.memory === 0 && req.ephemeralStorage === 0 && (!req.scalar || req.scalar.size === 0)) return out;
  if (req.milliCPU > 0 && req.milliCPU > alloc.milliCPU - used.milliCPU) {
    out.push({ resourceName: 'cpu', reason: errReasonInsufficient('cpu'), requested: req.milliCPU, used: used.milliCPU, capacity: alloc.milliCPU, unresolvable: req.milliCPU > alloc.milliCPU });
  }
  if (req.memory > 0 && req.memory > alloc.memory - used.memory) {
    out.push({ resourceName: 'memory', reason: errReasonInsufficient('memory'), requested: req.memory, used: used.memory, capacity: alloc.memory, unresolvable: req.memory > alloc.memory });
  }
  if (req.ephemeralStorage > 0 && req.ephemeralStorage > alloc.ephemeralStorage - used.ephemeralStorage) {
    out.push({
      resourceName: 'ephemeral-storage', reason: errReasonInsufficient('ephemeral-storage'), requested: req.ephemeralStorage,
      used: used.ephemeralStorage, capacity: alloc.ephemeralStorage, unresolvable: req.ephemeralStorage > alloc.ephemeralStorage,
    });
  }
  if (req.scalar) {
    for (const [name, q] of req.scalar) {
      if (q === 0) continue;
      if (ignored.has(name)) continue;
      const cap = alloc.scalar?.get(name) ?? 0;
      const u = used.scalar?.get(name) ?? 0;
      if (q > cap - u) out.push({ resourceName: name, reason: errReasonInsufficient(name), requested: q, used: u, capacity: cap, unresolvable: q > cap });
    }
  }
  return out;
}

const NO_IGNORED: ReadonlySet<string> = new Set();

/** Fit.Filter: all reasons kept; Unresolvable when any resource exceeds the node's allocatable. */
export function fitStatus(insufficient: InsufficientResource[]): Status | null {
  if (insufficient.length === 0) return null;
  const code = insufficient.some((r) => r.unresolvable) ? 'UnschedulableAndUnresolvable' : 'Unschedulable';
  return newStatus(code, PLUGIN_NODE_RESOURCES_FIT, ...insufficient.map((r) => r.reason));
}

/** The common case of fitsRequest without allocating: true when nothing is insufficient. */
function fitsQuickly(req: Resource, ni: NodeInfo): boolean {
  const alloc = ni.allocatable;
  const used = ni.requested;
  if (ni.pods.size + 1 > alloc.allowedPodNumber) return false;
  if (req.milliCPU > 0 && req.milliCPU > alloc.milliCPU - used.milliCPU) return false;
  if (req.memory > 0 && req.memory > alloc.memory - used.memory) return false;
  if (req.ephemeralStorage > 0 && req.ephemeralStorage > alloc.ephemeralStorage - used.ephemeralStorage) return false;
  return !req.scalar || req.scalar.size === 0;
}

/** Statuses for the cpu/memory/ephemeral-storage/pods combinations, shared (they are immutable). */
const internedStatuses = new Map<number, Status>();

/** fitStatus(fitsRequest(...)) for pods without scalar requests, without allocating per call. */
function nativeFitStatus(req: Resource, ni: NodeInfo): Status {
  const alloc = ni.allocatable;
  const used = ni.requested;
  let mask = 0;
  if (ni.pods.size + 1 > alloc.allowedPodNumber) mask |= 1;
  if (req.milliCPU !== 0 || req.memory !== 0 || req.ephemeralStorage !== 0) {
    if (req.milliCPU > 0 && req.milliCPU > alloc.milliCPU - used.milliCPU) mask |= req.milliCPU > alloc.milliCPU ? 2 | 16 : 2;
    if (req.memory > 0 && req.memory > alloc.memory - used.memory) mask |= req.memory > alloc.memory ? 4 | 16 : 4;
    if (req.ephemeralStorage > 0 && req.ephemeralStorage > alloc.ephemeralStorage - used.ephemeralStorage) {
      mask |= req.ephemeralStorage > alloc.ephemeralStorage ? 8 | 16 : 8;
    }
  }
  let s = internedStatuses.get(mask);
  if (!s) {
    const reasons: string[] = [];
    if (mask & 1) reasons.push(ERR_REASON_TOO_MANY_PODS);
    if (mask & 2) reasons.push(errReasonInsufficient('cpu'));
    if (mask & 4) reasons.push(errReasonInsufficient('memory'));
    if (mask & 8) reasons.push(errReasonInsufficient('ephemeral-storage'));
    s = Object.freeze(newStatus(mask & 16 ? 'UnschedulableAndUnresolvable' : 'Unschedulable', PLUGIN_NODE_RESOURCES_FIT, ...reasons));
    internedStatuses.set(mask, s);
  }
  return s;
}

export const nodeResourcesFitFilter: FilterPlugin = {
  name: PLUGIN_NODE_RESOURCES_FIT,
  filter(pc: PodContext, ni: NodeInfo): Status | null {
    const req = pc.info.res.requests;
    if (fitsQuickly(req, ni)) return null;
    if (!req.scalar || req.scalar.size === 0) return nativeFitStatus(req, ni);
    return fitStatus(fitsRequest(req, ni));
  },
};

/** leastRequestedScore: unused capacity on a 0..100 scale. */
export function leastRequestedScore(requested: number, capacity: number): number {
  if (capacity === 0) return 0;
  if (requested > capacity) return 0;
  return Math.trunc(((capacity - requested) * MAX_NODE_SCORE) / capacity);
}

/** LeastAllocated over cpu and memory (weights 1 and 1), with non-zero requests. */
export function leastAllocatedScore(pc: PodContext, ni: NodeInfo): number {
  let nodeScore = 0;
  let weightSum = 0;
  const cpuAlloc = ni.allocatable.milliCPU;
  if (cpuAlloc !== 0) {
    nodeScore += leastRequestedScore(ni.nonZeroMilliCPU + pc.info.res.nonZeroMilliCPU, cpuAlloc);
    weightSum += 1;
  }
  const memAlloc = ni.allocatable.memory;
  if (memAlloc !== 0) {
    nodeScore += leastRequestedScore(ni.nonZeroMemory + pc.info.res.nonZeroMemory, memAlloc);
    weightSum += 1;
  }
  return weightSum === 0 ? 0 : Math.trunc(nodeScore / weightSum);
}

export const nodeResourcesFitScore: ScorePlugin = {
  name: PLUGIN_NODE_RESOURCES_FIT,
  weight: 1,
  score: leastAllocatedScore,
};
