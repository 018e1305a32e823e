/**
 * One stats collection of the kubelet model (what cAdvisor + the Summary API provide every
 * housekeeping interval), built incrementally: the usage of a pod whose usage does not grow with
 * time is reused until its Pod object or its containers change, and the per-pod wire stats are
 * derived from that usage without building the full PodStats (pkg/kubelet/server/stats: the
 * Summary API serves cached stats). Every number is the one a fresh computation would give.
 */
import type { Pod } from '../../core/types.js';
import type { FsStatsMsg, PodStatsMsg, SummaryMsg } from '../../proto/codec.js';
import type { PodState } from '../pods/runtime.js';
import {
  podTotals, sumPodUsage, SYSTEM_CONTAINER_PODS, ZERO_POD_USAGE_TOTALS, type FsStats, type PodUsageTotals, type Summary,
} from '../stats/index.js';
import { podUsageModel, usageIsTimeInvariant, type PodRuntimeView, type PodUsage } from '../usage/index.js';

/** The runtime view of a pod for the usage model: when it started, which containers run. */
export function runtimeViewOf(ps: PodState): PodRuntimeView {
  let startedAt: number | undefined;
  const containers: Record<string, { running: boolean; startedAt?: number }> = {};
  for (const c of ps.containers) {
    if (c.startedAt !== undefined && (startedAt === undefined || c.startedAt < startedAt)) startedAt = c.startedAt;
    containers[c.name] = { running: c.phase === 'running', startedAt: c.startedAt };
  }
  return { startedAt, containers };
}

/** A pod's state as a collection saw it: what its usage is computed from. */
export interface PodSnapshot {
  ps: PodState;
  /** ps.pod then (the kubelet replaces the object on every change). */
  pod: Pod;
  /** runtimeViewOf(ps) then. */
  view: PodRuntimeView;
  /** podUsageAt(pod, t, view). */
  usageAt: (t: number) => PodUsage;
  /** The pod's usage has no growth rate (usageIsTimeInvariant). */
  invariant: boolean;
  /** Per container: name, running, startedAt (what runtimeViewOf reads; the runtime mutates containers in place). */
  names: string[];
  running: boolean[];
  startedAt: Array<number | undefined>;
}

/** One pod of a collection (one literal shape: entries are made at every collection). */
export interface CollectedPod {
  ps: PodState;
  pod: Pod;
  usage: PodUsage;
  /** The usage does not depend on time (no rates, started): reusable while nothing else changes. */
  constant: boolean;
  snap: PodSnapshot;
  /** The wire form, once built (ref included: a static pod's ref changes when its mirror appears). */
  msg: PodStatsMsg | undefined;
}

function entry(snap: PodSnapshot, now: number): CollectedPod {
  return {
    ps: snap.ps, pod: snap.pod, usage: snap.usageAt(now),
    constant: snap.invariant && (snap.view.startedAt === undefined || now >= snap.view.startedAt), snap, msg: undefined,
  };
}

/** What a collection reads from the pod runtime. */
export interface RuntimeView {
  readonly version: number;
  all(): Iterable<PodState>;
}

/** The active pods with their usage, and the sums the node-level stats need. */
export interface PodCollection {
  pods: CollectedPod[];
  totals: PodUsageTotals;
}

/**
 * The active pods (admitted, not stopped, in admission order) with their usage at `now`. While
 * the runtime's version stays the same (no pod added, removed, replaced or changed state), only
 * the pods whose usage grows with time are computed again; the totals of the others are kept.
 * Otherwise a pod whose usage is constant and whose Pod object and containers are as before keeps
 * its entry. When nothing changed at all, the previous collection itself is returned.
 */
export class PodUsageCollector {
  private last: PodCollection = { pods: [], totals: { ...ZERO_POD_USAGE_TOTALS } };
  private version = -1;
  /** Indexes (in last.pods) of the entries whose usage is not constant. */
  private varying: number[] = [];
  /** sumPodUsage over the constant entries of last.pods. */
  private constantTotals: PodUsageTotals = { ...ZERO_POD_USAGE_TOTALS };

  collect(runtime: RuntimeView, now: number): PodCollection {
    if (runtime.version === this.version) {
      if (this.varying.length === 0) return this.last;
      const pods = this.last.pods.slice();
      for (const i of this.varying) pods[i] = entry(pods[i].snap, now);
      return this.remember(pods, runtime.version);
    }
    const last = this.last.pods;
    const pods: CollectedPod[] = [];
    for (const ps of runtime.all()) {
      if (ps.stopped) continue;
      const prev = last[pods.length];
      const same = prev !== undefined && prev.ps === ps && prev.pod === ps.pod && sameContainers(prev.snap, ps);
      pods.push(same && prev.constant ? prev : entry(same ? prev.snap : snapshot(ps), now));
    }
    if (pods.length === last.length && pods.every((p, i) => p === last[i])) {
      this.version = runtime.version;
      return this.last;
    }
    return this.remember(pods, runtime.version, true);
  }

  private remember(pods: CollectedPod[], version: number, membershipChanged = false): PodCollection {
    if (membershipChanged || pods.some((p, i) => p.constant !== this.last.pods[i]?.constant)) {
      this.varying = [];
      const constant: CollectedPod[] = [];
      pods.forEach((p, i) => (p.constant ? constant.push(p) : this.varying.push(i)));
      this.constantTotals = sumPodUsage(constant);
    }
    const totals = sumPodUsage(this.varying.map((i) => pods[i]), { ...this.constantTotals });
    this.last = { pods, totals };
    this.version = version;
    return this.last;
  }
}

function snapshot(ps: PodState): PodSnapshot {
  const view = runtimeViewOf(ps);
  return {
    ps, pod: ps.pod, view, usageAt: podUsageModel(ps.pod, view), invariant: usageIsTimeInvariant(ps.pod),
    names: ps.containers.map((c) => c.name), running: ps.containers.map((c) => c.phase === 'running'),
    startedAt: ps.containers.map((c) => c.startedAt),
  };
}

function sameContainers(e: PodSnapshot, ps: PodState): boolean {
  const cs = ps.containers;
  if (cs.length !== e.names.length) return false;
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i];
    if (c.name !== e.names[i] || (c.phase === 'running') !== e.running[i] || c.startedAt !== e.startedAt[i]) return false;
  }
  return true;
}

const fsToMsg = (f: FsStats | undefined): FsStatsMsg | undefined => f && {
  capacity_bytes: f.capacityBytes, available_bytes: f.availableBytes, used_bytes: f.usedBytes,
  inodes: f.inodes, inodes_free: f.inodesFree, inodes_used: f.inodesUsed,
};

/** The node part of the Summary in wire form (proto/kemu.proto Summary). */
export function nodeSummaryToMsg(s: Summary, dedicatedImageFs: boolean): Omit<SummaryMsg, 'pods'> {
  const pods = s.node.systemContainers?.find((c) => c.name === SYSTEM_CONTAINER_PODS);
  const m = s.node.memory;
  return {
    time: m?.time,
    node: {
      cpu_usage_nano_cores: s.node.cpu?.usageNanoCores,
      memory: m && { available_bytes: m.availableBytes, usage_bytes: m.usageBytes, working_set_bytes: m.workingSetBytes, rss_bytes: m.rssBytes },
      fs: fsToMsg(s.node.fs),
      ...(dedicatedImageFs ? { image_fs: fsToMsg(s.node.runtime?.imageFs), container_fs: fsToMsg(s.node.runtime?.containerFs) } : {}),
      rlimit: { maxpid: s.node.rlimit?.maxpid, curproc: s.node.rlimit?.curproc },
      allocatable_memory_working_set_bytes: pods?.memory?.workingSetBytes,
    },
  };
}

/** The wire stats of one collected pod (built once per entry and ref). */
export function podStatsMsg(p: CollectedPod, ref: number): PodStatsMsg {
  if (p.msg && p.msg.ref === ref) return p.msg;
  const { usage } = p;
  const t = podTotals(p.pod, usage);
  p.msg = {
    ref,
    cpu_usage_nano_cores: t.cpuNanoCores,
    memory_working_set_bytes: t.workingSetBytes,
    ephemeral_storage_used_bytes: t.ephemeralUsedBytes,
    inodes_used: t.ephemeralInodesUsed,
    pids: t.pids,
    containers: usage.containers.length > 1 ? usage.containers.map((c) => ({
      name: c.name, cpu_usage_nano_cores: c.cpuNanoCores, memory_working_set_bytes: c.memoryWorkingSetBytes,
      rootfs_used_bytes: c.rootfsBytes, logs_used_bytes: c.logsBytes,
    })) : [],
  };
  return p.msg;
}
