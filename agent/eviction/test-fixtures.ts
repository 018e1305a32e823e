/**
 * Test fixtures mirroring the helpers of upstream helpers_test.go / eviction_manager_test.go
 * (newPod, newContainer, newResourceList, newPod*Stats, make*Stats). Used by this folder's tests only.
 */
import { pino } from 'pino';
import { ManualClock } from '../../core/clock/index.js';
import { parseQuantity } from '../../core/quantity.js';
import type { Container, Pod } from '../../core/types.js';
import type { PodStats, Summary } from '../stats/index.js';
import { localVolumeNames, SYSTEM_CONTAINER_PODS } from '../stats/index.js';
import type { EvictionConfig } from './config.js';
import { EvictionManager, type EvictionEvent, type KillPodOptions } from './manager.js';
import { OP_LESS_THAN, type Signal, type Threshold, type ThresholdValue } from './types.js';

export const lowPriority = -1;
export const defaultPriority = 0;
export const highPriority = 1;

type Volume = NonNullable<NonNullable<Pod['spec']>['volumes']>[number];

/** resource.MustParse(s).Value() */
export function q(s: string): number {
  return s === '' ? 0 : parseQuantity(s).value();
}

export function newResourceList(cpu: string, memory: string, disk: string): Record<string, string> {
  const r: Record<string, string> = {};
  if (cpu) r.cpu = cpu;
  if (memory) r.memory = memory;
  if (disk) r['ephemeral-storage'] = disk;
  return r;
}

export function newContainer(name: string, requests: Record<string, string> = {}, limits: Record<string, string> = {}): Container {
  return { name, resources: { requests, limits } };
}

/** newPod uses the name as the uid. */
export function newPod(name: string, priority: number | undefined, containers: Container[], volumes?: Volume[]): Pod {
  return { metadata: { name, namespace: 'default', uid: name }, spec: { containers, volumes, priority } };
}

const ref = (pod: Pod) => ({ name: pod.metadata!.name!, namespace: pod.metadata!.namespace!, uid: pod.metadata!.uid! });

export function newPodMemoryStats(pod: Pod, workingSet: string): PodStats {
  const ws = q(workingSet);
  return {
    podRef: ref(pod),
    memory: { workingSetBytes: ws },
    volume: [{ name: 'local-volume', usedBytes: ws }],
    containers: [{ name: pod.metadata!.name!, logs: { usedBytes: ws }, rootfs: { usedBytes: ws } }],
    'ephemeral-storage': { usedBytes: ws },
  };
}

/** Each container gets rootFs + logs; each local volume gets perLocalVolume. */
export function newPodDiskStats(pod: Pod, rootFs: string, logs: string, perLocalVolume: string): PodStats {
  return {
    podRef: ref(pod),
    containers: (pod.spec?.containers ?? []).map((c) => ({ name: c.name, rootfs: { usedBytes: q(rootFs) }, logs: { usedBytes: q(logs) } })),
    volume: localVolumeNames(pod).map((name) => ({ name, usedBytes: q(perLocalVolume) })),
  };
}

export function newPodInodeStats(pod: Pod, rootFs: string, logs: string, perLocalVolume: string): PodStats {
  return {
    podRef: ref(pod),
    containers: (pod.spec?.containers ?? []).map((c) => ({ name: c.name, rootfs: { inodesUsed: q(rootFs) }, logs: { inodesUsed: q(logs) } })),
    volume: localVolumeNames(pod).map((name) => ({ name, inodesUsed: q(perLocalVolume) })),
  };
}

export function newPodProcessStats(pod: Pod, count: number): PodStats {
  return { podRef: ref(pod), containers: [], process_stats: { process_count: count } };
}

export function statsFnOf(stats: Map<Pod, PodStats>) {
  return (pod: Pod) => stats.get(pod);
}

/** makeMemoryStats: available = working set = the given value, for the node and the pods cgroup. */
export function makeMemoryStats(nodeAvailable: string, pods: Iterable<PodStats>): Summary {
  const v = q(nodeAvailable);
  return {
    node: {
      nodeName: 'test',
      memory: { availableBytes: v, workingSetBytes: v },
      systemContainers: [{ name: SYSTEM_CONTAINER_PODS, memory: { availableBytes: v, workingSetBytes: v } }],
    },
    pods: [...pods],
  };
}

/** makeDiskStats: each filesystem's capacity is twice its available bytes; containerfs defaults to imagefs. */
export function makeDiskStats(d: { rootFs: string; imageFs: string; containerFs?: string }, pods: Iterable<PodStats>): Summary {
  const fs = (s: string) => ({ availableBytes: q(s), capacityBytes: q(s) * 2 });
  return {
    node: { nodeName: 'test', fs: fs(d.rootFs), runtime: { imageFs: fs(d.imageFs), containerFs: fs(d.containerFs ?? d.imageFs) } },
    pods: [...pods],
  };
}

export function makeInodeStats(d: { rootFsFree: string; rootFs: string; imageFsFree: string; imageFs: string }, pods: Iterable<PodStats>): Summary {
  const fs = (free: string, total: string) => ({ inodesFree: q(free), inodes: q(total) });
  return {
    node: { nodeName: 'test', fs: fs(d.rootFsFree, d.rootFs), runtime: { imageFs: fs(d.imageFsFree, d.imageFs), containerFs: fs(d.imageFsFree, d.imageFs) } },
    pods: [...pods],
  };
}

export function makePIDStats(maxPID: string, running: string, pods: Iterable<PodStats>): Summary {
  return { node: { nodeName: 'test', rlimit: { maxpid: q(maxPID), curproc: q(running) } }, pods: [...pods] };
}

export function value(v: string): ThresholdValue {
  return v.endsWith('%') ? { percentage: Math.fround(Math.fround(parseFloat(v)) / 100) } : { quantity: parseQuantity(v), percentage: 0 };
}

/** A threshold like the upstream test literals: evictionapi.Threshold{Signal, LessThan, Value, GracePeriod, MinReclaim}. */
export function threshold(signal: Signal, v: string, gracePeriodMs = 0, minReclaim?: string): Threshold {
  return { signal, operator: OP_LESS_THAN, value: value(v), gracePeriod: gracePeriodMs, ...(minReclaim ? { minReclaim: value(minReclaim) } : {}) };
}

export const silentLog = pino({ level: 'silent' });

export interface Killed {
  pod: Pod;
  opts: KillPodOptions;
}

/** A manager on a ManualClock with a fake summary provider, pod killer and disk GC (eviction_manager_test.go). */
export function newTestManager(opts: {
  thresholds: Threshold[];
  maxPodGracePeriodSeconds?: number;
  pods: Pod[];
  summary: Summary;
  dedicatedImageFs?: boolean;
  splitContainerImageFs?: boolean;
  localStorageCapacityIsolation?: boolean;
  kubeletSeparateDiskGC?: boolean;
}) {
  const clock = new ManualClock();
  const killed: Killed[] = [];
  const events: EvictionEvent[] = [];
  const gc = { imageGCInvoked: false, containerGCInvoked: false, summaryAfterGC: undefined as Summary | undefined };
  const state = { summary: opts.summary, pods: opts.pods };
  const config: EvictionConfig = {
    thresholds: opts.thresholds,
    maxPodGracePeriodSeconds: opts.maxPodGracePeriodSeconds ?? 0,
    pressureTransitionPeriodMs: 5 * 60_000,
    monitoringIntervalMs: 10_000,
    localStorageCapacityIsolation: opts.localStorageCapacityIsolation ?? false,
    kubeletSeparateDiskGC: opts.kubeletSeparateDiskGC ?? true,
  };
  const afterGC = () => { if (gc.summaryAfterGC) state.summary = gc.summaryAfterGC; return 0; };
  const manager = new EvictionManager({
    clock, config, log: silentLog,
    summary: () => state.summary,
    activePods: () => state.pods,
    killPod: (pod, o) => { killed.push({ pod, opts: o }); },
    recordEvent: (e) => { events.push(e); },
    diskInfo: () => ({ dedicatedImageFs: !!opts.dedicatedImageFs, splitContainerImageFs: !!opts.splitContainerImageFs }),
    reclaim: {
      imageGC: () => { gc.imageGCInvoked = true; return afterGC(); },
      containerGC: () => { gc.containerGCInvoked = true; return afterGC(); },
    },
  });
  return { clock, manager, killed, events, gc, state, config };
}
