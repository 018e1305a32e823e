/**
 * The `usage.kemu.dev/*` annotations (spec: scenario-format.md §2). Parsing never throws: a bad
 * value becomes a UsageProblem (the kubelet turns it into a Warning event) and the default is used.
 */
import { parseQuantity } from '../../core/quantity.js';

export const USAGE_ANNOTATION_PREFIX = 'usage.kemu.dev/';
/** Reason of the Warning event the kubelet records for a bad usage annotation. */
export const REASON_INVALID_USAGE_ANNOTATION = 'InvalidUsageAnnotation';

/** Pod-level keys; each may also be set per container as `<key>.<container>`. */
export const POD_USAGE_KEYS = [
  'memory', 'memory-rate', 'ephemeral-storage', 'ephemeral-storage-rate', 'logs', 'inodes', 'pids', 'cpu',
] as const;
export type PodUsageKey = (typeof POD_USAGE_KEYS)[number];
/** `usage.kemu.dev/volume.<name>`: bytes used in a pod volume (emptyDir, configMap, ...). kemu extension. */
export const VOLUME_USAGE_KEY = 'volume';

export const NODE_USAGE_KEYS = [
  'memory', 'nodefs', 'nodefs-inodes', 'images', 'unused-images', 'dead-containers', 'pids',
] as const;
export type NodeUsageKey = (typeof NODE_USAGE_KEYS)[number];

export interface UsageProblem {
  /** Full annotation key. */
  key: string;
  value: string;
  message: string;
}

/** How a key's quantity becomes a number. */
export type QuantityUnit = 'bytes' | 'milli' | 'count' | 'rate';

/** Parses one usage quantity; returns an error message instead of throwing. */
export function parseUsageQuantity(value: string, unit: QuantityUnit): { value: number } | { error: string } {
  let q;
  try {
    q = parseQuantity(String(value).trim());
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
  const n = q.asNumber();
  if (!Number.isFinite(n)) return { error: 'value is not finite' };
  if (n < 0) return { error: 'must not be negative' };
  switch (unit) {
    case 'milli': return { value: q.milliValue() };
    case 'rate': return { value: n };
    default: return { value: q.value() };
  }
}

export interface ParsedPodUsageAnnotations {
  pod: Partial<Record<PodUsageKey, number>>;
  containers: Map<string, Partial<Record<PodUsageKey, number>>>;
  volumes: Map<string, number>;
  problems: UsageProblem[];
}

const POD_UNITS: Record<PodUsageKey, QuantityUnit> = {
  memory: 'bytes', 'memory-rate': 'rate', 'ephemeral-storage': 'bytes', 'ephemeral-storage-rate': 'rate',
  logs: 'bytes', inodes: 'count', pids: 'count', cpu: 'milli',
};

function isPodKey(k: string): k is PodUsageKey {
  return (POD_USAGE_KEYS as readonly string[]).includes(k);
}

/** Splits the pod's usage annotations into pod-level, per-container and per-volume values. */
export function parsePodUsageAnnotations(annotations: Record<string, string> | undefined): ParsedPodUsageAnnotations {
  const out: ParsedPodUsageAnnotations = { pod: {}, containers: new Map(), volumes: new Map(), problems: [] };
  for (const [key, raw] of Object.entries(annotations ?? {})) {
    if (!key.startsWith(USAGE_ANNOTATION_PREFIX)) continue;
    const rest = key.slice(USAGE_ANNOTATION_PREFIX.length);
    const dot = rest.indexOf('.');
    const name = dot < 0 ? rest : rest.slice(0, dot);
    const target = dot < 0 ? undefined : rest.slice(dot + 1);
    if (name === VOLUME_USAGE_KEY) {
      if (!target) { out.problems.push({ key, value: raw, message: 'volume usage needs a volume name: usage.kemu.dev/volume.<name>' }); continue; }
      const v = parseUsageQuantity(raw, 'bytes');
      if ('error' in v) out.problems.push({ key, value: raw, message: v.error });
      else out.volumes.set(target, v.value);
      continue;
    }
    if (!isPodKey(name)) {
      out.problems.push({ key, value: raw, message: `unknown usage key "${name}" (known: ${[...POD_USAGE_KEYS, 'volume.<name>'].join(', ')})` });
      continue;
    }
    if (target === '') { out.problems.push({ key, value: raw, message: 'empty container name' }); continue; }
    const v = parseUsageQuantity(raw, POD_UNITS[name]);
    if ('error' in v) { out.problems.push({ key, value: raw, message: v.error }); continue; }
    if (target === undefined) out.pod[name] = v.value;
    else {
      const m = out.containers.get(target) ?? {};
      m[name] = v.value;
      out.containers.set(target, m);
    }
  }
  return out;
}

const NODE_UNITS: Record<NodeUsageKey, QuantityUnit> = {
  memory: 'bytes', nodefs: 'bytes', 'nodefs-inodes': 'count', images: 'bytes', 'unused-images': 'bytes',
  'dead-containers': 'bytes', pids: 'count',
};

function isNodeKey(k: string): k is NodeUsageKey {
  return (NODE_USAGE_KEYS as readonly string[]).includes(k);
}

export interface ParsedNodeUsageAnnotations {
  values: Partial<Record<NodeUsageKey, number>>;
  /** Raw annotation values (GC bookkeeping notices when one changes). */
  raw: Partial<Record<NodeUsageKey, string>>;
  problems: UsageProblem[];
}

export function parseNodeUsageAnnotations(annotations: Record<string, string> | undefined): ParsedNodeUsageAnnotations {
  const out: ParsedNodeUsageAnnotations = { values: {}, raw: {}, problems: [] };
  for (const [key, raw] of Object.entries(annotations ?? {})) {
    if (!key.startsWith(USAGE_ANNOTATION_PREFIX)) continue;
    const name = key.slice(USAGE_ANNOTATION_PREFIX.length);
    if (!isNodeKey(name)) {
      out.problems.push({ key, value: raw, message: `unknown node usage key "${name}" (known: ${NODE_USAGE_KEYS.join(', ')})` });
      continue;
    }
    const v = parseUsageQuantity(raw, NODE_UNITS[name]);
    if ('error' in v) { out.problems.push({ key, value: raw, message: v.error }); continue; }
    out.values[name] = v.value;
    out.raw[name] = raw;
  }
  return out;
}

/** One line per problem, for the Warning event message. */
export function describeUsageProblems(problems: readonly UsageProblem[]): string {
  return problems.map((p) => `${p.key}=${JSON.stringify(p.value)}: ${p.message}; using the default`).join('. ');
}
