/**
 * What a pod's containers use at cluster time t, from its `usage.kemu.dev/*` annotations
 * (spec: scenario-format.md §2). Pure: (pod, t, runtime view) -> usage + problems.
 *
 * - A pod-level value is spread over the containers that have no `<key>.<container>` override,
 *   in proportion to their requests of that resource (evenly when none requests it).
 * - Defaults: memory = the container's memory request, ephemeral-storage = its ephemeral-storage
 *   request, cpu = its cpu request, pids = 1, inodes = logs = rates = 0.
 * - `memory-rate` grows memory per minute since the container (re)started running (a restarted
 *   container starts again from the base value); `ephemeral-storage-rate` grows disk per minute
 *   since the pod started running (disk survives container restarts).
 * - Containers that are not running use no memory, cpu or pids; the pod's disk stays.
 */
import type { Container, Pod } from '../../core/types.js';
import { parseQuantity } from '../../core/quantity.js';
import { parseK8sTime } from '../../core/time-format.js';
import { parsePodUsageAnnotations, type PodUsageKey, type UsageProblem, USAGE_ANNOTATION_PREFIX } from './annotations.js';

export interface ContainerUsage {
  name: string;
  running: boolean;
  /** When the running instance started (cluster ms). */
  startedAt?: number;
  memoryWorkingSetBytes: number;
  cpuNanoCores: number;
  /** Writable layer bytes (ephemeral-storage minus logs). */
  rootfsBytes: number;
  logsBytes: number;
  rootfsInodes: number;
  pids: number;
}

export interface VolumeUsage {
  name: string;
  usedBytes: number;
  inodesUsed: number;
}

export interface PodUsage {
  containers: ContainerUsage[];
  volumes: VolumeUsage[];
  problems: UsageProblem[];
}

export interface ContainerRuntimeView {
  running: boolean;
  startedAt?: number;
}

/** What the pod runtime knows; derived from the Pod's status when not given. */
export interface PodRuntimeView {
  /** When the pod started running (first container start); undefined = not started: no usage at all. */
  startedAt?: number;
  /** Per container name; a container missing here counts as running since `startedAt`. */
  containers?: Record<string, ContainerRuntimeView>;
}

const MS_PER_MINUTE = 60_000;

/** The containers whose usage is modelled: regular ones plus sidecars (restartable init containers). */
export function usageContainers(pod: Pod): Container[] {
  const sidecars = (pod.spec?.initContainers ?? []).filter((c) => c.restartPolicy === 'Always');
  return [...sidecars, ...(pod.spec?.containers ?? [])];
}

/** The runtime view from `status.startTime` and `status.containerStatuses[].state.running.startedAt`. */
export function podRuntimeFromStatus(pod: Pod): PodRuntimeView {
  const containers: Record<string, ContainerRuntimeView> = {};
  let earliest = Infinity;
  for (const cs of [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])]) {
    const startedAt = parseK8sTime(cs.state?.running?.startedAt);
    const running = cs.state?.running !== undefined;
    containers[cs.name] = { running, startedAt: Number.isFinite(startedAt) ? startedAt : undefined };
    if (running && Number.isFinite(startedAt)) earliest = Math.min(earliest, startedAt);
  }
  const statusStart = parseK8sTime(pod.status?.startTime);
  let startedAt: number | undefined = Number.isFinite(earliest) ? earliest : undefined;
  if (startedAt === undefined && pod.status?.phase === 'Running' && Number.isFinite(statusStart)) startedAt = statusStart;
  return { startedAt, containers: Object.keys(containers).length > 0 ? containers : undefined };
}

/** Which request weighs the spread of each key. */
const WEIGHT_RESOURCE: Record<PodUsageKey, string | undefined> = {
  memory: 'memory', 'memory-rate': 'memory', 'ephemeral-storage': 'ephemeral-storage',
  'ephemeral-storage-rate': 'ephemeral-storage', logs: 'ephemeral-storage', cpu: 'cpu', inodes: undefined, pids: undefined,
};

/** Rates stay fractional; everything else is whole bytes / millicores / counts. */
const FRACTIONAL: Record<PodUsageKey, boolean> = {
  memory: false, 'memory-rate': true, 'ephemeral-storage': false, 'ephemeral-storage-rate': true,
  logs: false, cpu: false, inodes: false, pids: false,
};

interface PreparedUsage {
  parsed: ReturnType<typeof parsePodUsageAnnotations>;
  containers: Container[];
  values: Record<PodUsageKey, number[]>;
  problems: UsageProblem[];
}

/**
 * The time-independent part of a pod's usage (parsed annotations, values spread over the
 * containers), kept per Pod object: the kubelet replaces its Pod object when the API server sends
 * a change, so a cached entry is never stale, and the stats/eviction loops (every 10 s per pod)
 * do not re-parse quantities.
 */
const preparedByPod = new WeakMap<Pod, PreparedUsage>();

function prepare(pod: Pod): PreparedUsage {
  const cached = preparedByPod.get(pod);
  if (cached) return cached;
  const parsed = parsePodUsageAnnotations(pod.metadata?.annotations);
  const problems = [...parsed.problems];
  const containers = usageContainers(pod);
  const names = new Set(containers.map((c) => c.name));
  for (const [name] of parsed.containers) {
    if (!names.has(name)) problems.push({ key: `${USAGE_ANNOTATION_PREFIX}<key>.${name}`, value: '', message: `the pod has no container "${name}"` });
  }
  const values = {} as Record<PodUsageKey, number[]>;
  for (const key of Object.keys(WEIGHT_RESOURCE) as PodUsageKey[]) values[key] = spreadKey(key, containers, parsed.pod[key], parsed.containers);
  const p = { parsed, containers, values, problems };
  preparedByPod.set(pod, p);
  return p;
}

/** Each modelled container's memory: working set = base + ratePerMinute × minutes since it started. */
export function containerMemoryModel(pod: Pod): Array<{ name: string; baseBytes: number; ratePerMinute: number }> {
  const { containers, values } = prepare(pod);
  return containers.map((c, i) => ({ name: c.name, baseBytes: values.memory[i], ratePerMinute: values['memory-rate'][i] }));
}

/**
 * True when the pod's usage does not grow with time (no memory or ephemeral-storage rate): once
 * it started, podUsageAt returns the same numbers until the pod or its containers change.
 */
export function usageIsTimeInvariant(pod: Pod): boolean {
  const { values } = prepare(pod);
  return values['memory-rate'].every((r) => r === 0) && values['ephemeral-storage-rate'].every((r) => r === 0);
}

export function podUsageAt(pod: Pod, t: number, runtime: PodRuntimeView = podRuntimeFromStatus(pod)): PodUsage {
  return podUsageModel(pod, runtime)(t);
}

/**
 * podUsageAt(pod, t, runtime) as a function of t, with what does not depend on t worked out once:
 * stats collections ask for the usage of pods that grow with time at every interval. The pod and
 * the runtime view must not change while the model is used.
 */
export function podUsageModel(pod: Pod, runtime: PodRuntimeView): (t: number) => PodUsage {
  const prepared = prepare(pod);
  const { parsed, containers, values } = prepared;
  const podStart = runtime.startedAt;
  const memory = values.memory, memoryRate = values['memory-rate'], disk0 = values['ephemeral-storage'];
  const diskRate = values['ephemeral-storage-rate'], logsV = values.logs, cpu = values.cpu, inodes = values.inodes, pids = values.pids;
  const rts = containers.map((c) => runtime.containers?.[c.name]);
  const specVolumes = pod.spec?.volumes;
  const noVolumes = specVolumes === undefined && parsed.volumes.size === 0;

  return (t) => {
    const problems = prepared.problems.length > 0 ? [...prepared.problems] : [];
    const started = podStart !== undefined && t >= podStart;
    const diskMinutes = started ? Math.max(0, t - podStart) / MS_PER_MINUTE : 0;
    // A plain loop, one literal per container.
    const out: ContainerUsage[] = new Array(containers.length);
    for (let i = 0; i < containers.length; i++) {
      const rt = rts[i];
      const running = started && (rt ? rt.running : started);
      const cStart = (rt ? rt.startedAt : podStart) ?? podStart ?? t;
      const memMinutes = Math.max(0, t - cStart) / MS_PER_MINUTE;
      const disk = started ? Math.floor(disk0[i] + diskRate[i] * diskMinutes) : 0;
      const logs = Math.min(logsV[i], disk);
      out[i] = {
        name: containers[i].name,
        running,
        startedAt: running ? cStart : undefined,
        memoryWorkingSetBytes: running ? Math.floor(memory[i] + memoryRate[i] * memMinutes) : 0,
        cpuNanoCores: running ? cpu[i] * 1e6 : 0,
        rootfsBytes: disk - logs,
        logsBytes: logs,
        rootfsInodes: started ? inodes[i] : 0,
        pids: running ? pids[i] : 0,
      };
    }

    const volumes: VolumeUsage[] = [];
    if (noVolumes) return { containers: out, volumes, problems };
    const volumeNames = new Set<string>();
    for (const v of specVolumes ?? []) {
      volumeNames.add(v.name);
      const used = parsed.volumes.get(v.name);
      if (used !== undefined || v.emptyDir) volumes.push({ name: v.name, usedBytes: started ? used ?? 0 : 0, inodesUsed: 0 });
    }
    for (const [name] of parsed.volumes) {
      if (!volumeNames.has(name)) problems.push({ key: `${USAGE_ANNOTATION_PREFIX}volume.${name}`, value: '', message: `the pod has no volume "${name}"` });
    }
    return { containers: out, volumes, problems };
  };
}

function spreadKey(
  key: PodUsageKey, containers: Container[], podValue: number | undefined,
  overrides: Map<string, Partial<Record<PodUsageKey, number>>>,
): number[] {
  const result = containers.map((c) => overrides.get(c.name)?.[key]);
  const free = containers.map((_, i) => i).filter((i) => result[i] === undefined);
  if (podValue === undefined) {
    for (const i of free) result[i] = defaultValue(key, containers[i]);
    return result as number[];
  }
  const weightRes = WEIGHT_RESOURCE[key];
  const weights = free.map((i) => (weightRes ? requestOf(containers[i], weightRes) : 0));
  const shares = spread(podValue, weights, FRACTIONAL[key]);
  free.forEach((i, j) => { result[i] = shares[j]; });
  return result.map((v) => v ?? 0);
}

function defaultValue(key: PodUsageKey, c: Container): number {
  switch (key) {
    case 'memory': return Math.ceil(requestOf(c, 'memory'));
    case 'ephemeral-storage': return Math.ceil(requestOf(c, 'ephemeral-storage'));
    case 'cpu': return Math.ceil(requestOf(c, 'cpu') * 1000);
    case 'pids': return 1;
    default: return 0;
  }
}

/** Splits total over weights (evenly when they are all zero); whole numbers keep the exact sum. */
export function spread(total: number, weights: number[], fractional = false): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const sum = weights.reduce((a, b) => a + b, 0);
  const ideal = weights.map((w) => (sum > 0 ? (total * w) / sum : total / n));
  if (fractional) return ideal;
  const floors = ideal.map((x) => Math.floor(x));
  let rest = Math.round(total - floors.reduce((a, b) => a + b, 0));
  const order = ideal.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; rest > 0 && k < order.length; k++, rest--) floors[order[k][1]] += 1;
  return floors;
}

function requestOf(c: Container, resource: string): number {
  const q = c.resources?.requests?.[resource];
  if (q === undefined) return 0;
  try {
    return Math.max(0, parseQuantity(String(q)).asNumber());
  } catch {
    return 0;
  }
}
