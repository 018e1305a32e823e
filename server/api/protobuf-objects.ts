/**
 * Protobuf request bodies of the objects kubectl's typed clients create: `kubectl create
 * namespace|deployment|poddisruptionbudget|priorityclass` POST them as
 * `application/vnd.kubernetes.protobuf` (seen on the wire with kubectl 1.32). Decoded with the
 * field numbers of the upstream generated.proto files (k8s.io/api/{core,apps,policy,scheduling}/v1,
 * k8s.io/apimachinery/pkg/apis/meta/v1, pkg/util/intstr, pkg/api/resource) into the JSON form.
 *
 * gogo-protobuf writes every non-pointer field, zero values included; JSON omits them
 * (`omitempty`), so zero values are dropped unless the Go field is a pointer (kept as sent) or
 * has no omitempty. Fields not listed here are skipped: the subset covers what those commands set.
 */
import { PROTOBUF_MAGIC, readFields } from './protobuf.js';

/** A field: JSON name, type, and `ptr` (a Go pointer / no omitempty: keep zero values). */
type Spec = [name: string, type: string, flag?: 'ptr' | 'rep'];
type Message = Record<number, Spec>;

const M: Record<string, Message> = {
  ObjectMeta: {
    1: ['name', 'string'], 2: ['generateName', 'string'], 3: ['namespace', 'string'], 5: ['uid', 'string'],
    6: ['resourceVersion', 'string'], 7: ['generation', 'int64'], 8: ['creationTimestamp', 'time'], 9: ['deletionTimestamp', 'time'],
    10: ['deletionGracePeriodSeconds', 'int64', 'ptr'], 11: ['labels', 'map'], 12: ['annotations', 'map'],
    13: ['ownerReferences', 'OwnerReference', 'rep'], 14: ['finalizers', 'string', 'rep'],
  },
  OwnerReference: {
    5: ['apiVersion', 'string'], 1: ['kind', 'string'], 3: ['name', 'string'], 4: ['uid', 'string'],
    6: ['controller', 'bool', 'ptr'], 7: ['blockOwnerDeletion', 'bool', 'ptr'],
  },
  LabelSelector: { 1: ['matchLabels', 'map'], 2: ['matchExpressions', 'LabelSelectorRequirement', 'rep'] },
  LabelSelectorRequirement: { 1: ['key', 'string'], 2: ['operator', 'string'], 3: ['values', 'string', 'rep'] },
  Namespace: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'NamespaceSpec'] },
  NamespaceSpec: { 1: ['finalizers', 'string', 'rep'] },
  Pod: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'PodSpec'] },
  PodTemplateSpec: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'PodSpec'] },
  PodSpec: {
    2: ['containers', 'Container', 'rep'], 20: ['initContainers', 'Container', 'rep'], 3: ['restartPolicy', 'string'],
    4: ['terminationGracePeriodSeconds', 'int64', 'ptr'], 5: ['activeDeadlineSeconds', 'int64', 'ptr'], 6: ['dnsPolicy', 'string'],
    7: ['nodeSelector', 'map'], 8: ['serviceAccountName', 'string'], 10: ['nodeName', 'string'], 11: ['hostNetwork', 'bool'],
    19: ['schedulerName', 'string'], 22: ['tolerations', 'Toleration', 'rep'], 24: ['priorityClassName', 'string'],
    25: ['priority', 'int32', 'ptr'], 30: ['enableServiceLinks', 'bool', 'ptr'], 31: ['preemptionPolicy', 'string', 'ptr'],
  },
  Container: {
    1: ['name', 'string'], 2: ['image', 'string'], 3: ['command', 'string', 'rep'], 4: ['args', 'string', 'rep'],
    5: ['workingDir', 'string'], 6: ['ports', 'ContainerPort', 'rep'], 7: ['env', 'EnvVar', 'rep'], 8: ['resources', 'ResourceRequirements'],
    13: ['terminationMessagePath', 'string'], 14: ['imagePullPolicy', 'string'], 16: ['stdin', 'bool'], 17: ['stdinOnce', 'bool'],
    18: ['tty', 'bool'], 20: ['terminationMessagePolicy', 'string'], 24: ['restartPolicy', 'string', 'ptr'],
  },
  ContainerPort: { 1: ['name', 'string'], 2: ['hostPort', 'int32'], 3: ['containerPort', 'int32'], 4: ['protocol', 'string'], 5: ['hostIP', 'string'] },
  EnvVar: { 1: ['name', 'string'], 2: ['value', 'string'] },
  ResourceRequirements: { 1: ['limits', 'quantities'], 2: ['requests', 'quantities'] },
  Toleration: { 1: ['key', 'string'], 2: ['operator', 'string'], 3: ['value', 'string'], 4: ['effect', 'string'], 5: ['tolerationSeconds', 'int64', 'ptr'] },
  Deployment: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'DeploymentSpec'] },
  DeploymentSpec: {
    1: ['replicas', 'int32', 'ptr'], 2: ['selector', 'LabelSelector', 'ptr'], 3: ['template', 'PodTemplateSpec'], 4: ['strategy', 'DeploymentStrategy'],
    5: ['minReadySeconds', 'int32'], 6: ['revisionHistoryLimit', 'int32', 'ptr'], 7: ['paused', 'bool'], 9: ['progressDeadlineSeconds', 'int32', 'ptr'],
  },
  DeploymentStrategy: { 1: ['type', 'string'], 2: ['rollingUpdate', 'RollingUpdateDeployment', 'ptr'] },
  RollingUpdateDeployment: { 1: ['maxUnavailable', 'intorstr', 'ptr'], 2: ['maxSurge', 'intorstr', 'ptr'] },
  ReplicaSet: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'ReplicaSetSpec'] },
  ReplicaSetSpec: { 1: ['replicas', 'int32', 'ptr'], 2: ['selector', 'LabelSelector', 'ptr'], 3: ['template', 'PodTemplateSpec'], 4: ['minReadySeconds', 'int32'] },
  DaemonSet: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'DaemonSetSpec'] },
  DaemonSetSpec: { 1: ['selector', 'LabelSelector', 'ptr'], 2: ['template', 'PodTemplateSpec'], 4: ['minReadySeconds', 'int32'], 6: ['revisionHistoryLimit', 'int32', 'ptr'] },
  PodDisruptionBudget: { 1: ['metadata', 'ObjectMeta'], 2: ['spec', 'PodDisruptionBudgetSpec'] },
  PodDisruptionBudgetSpec: {
    1: ['minAvailable', 'intorstr', 'ptr'], 2: ['selector', 'LabelSelector', 'ptr'], 3: ['maxUnavailable', 'intorstr', 'ptr'],
    4: ['unhealthyPodEvictionPolicy', 'string', 'ptr'],
  },
  PriorityClass: {
    1: ['metadata', 'ObjectMeta'], 2: ['value', 'int32', 'ptr'], 3: ['globalDefault', 'bool'], 4: ['description', 'string'],
    5: ['preemptionPolicy', 'string', 'ptr'],
  },
};

/** The kinds whose protobuf bodies can be read. */
export const PROTOBUF_KINDS = new Set(['Namespace', 'Pod', 'Deployment', 'ReplicaSet', 'DaemonSet', 'PodDisruptionBudget', 'PriorityClass']);

type Field = ReturnType<typeof readFields>[number];

const int = (f: Field, bits: 32 | 64) => Number(BigInt.asIntN(bits, f.varint ?? 0n));

function scalar(f: Field, type: string): unknown {
  switch (type) {
    case 'string': return f.bytes?.toString('utf8') ?? '';
    case 'bool': return (f.varint ?? 0n) !== 0n;
    case 'int32': return int(f, 32);
    case 'int64': return int(f, 64);
    case 'time': {
      let seconds = 0;
      let nanos = 0;
      for (const t of readFields(f.bytes ?? Buffer.alloc(0))) {
        if (t.no === 1) seconds = int(t, 64);
        if (t.no === 2) nanos = int(t, 32);
      }
      return seconds === 0 && nanos === 0 ? undefined : new Date(seconds * 1000 + Math.floor(nanos / 1e6)).toISOString().replace(/\.\d{3}Z$/, 'Z');
    }
    case 'intorstr': {
      let kind = 0;
      let intVal = 0;
      let strVal = '';
      for (const t of readFields(f.bytes ?? Buffer.alloc(0))) {
        if (t.no === 1) kind = int(t, 64);
        if (t.no === 2) intVal = int(t, 32);
        if (t.no === 3) strVal = t.bytes?.toString('utf8') ?? '';
      }
      return kind === 1 ? strVal : intVal;
    }
    default: return undefined;
  }
}

/** A map<string, string> or map<string, Quantity> entry. */
function mapEntry(f: Field, quantity: boolean): [string, string] {
  let key = '';
  let value = '';
  for (const e of readFields(f.bytes ?? Buffer.alloc(0))) {
    if (e.no === 1) key = e.bytes?.toString('utf8') ?? '';
    if (e.no === 2) {
      if (!quantity) value = e.bytes?.toString('utf8') ?? '';
      else for (const q of readFields(e.bytes ?? Buffer.alloc(0))) if (q.no === 1) value = q.bytes?.toString('utf8') ?? '';
    }
  }
  return [key, value];
}

function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === '' || v === 0 || v === false) return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object') return Object.keys(v as object).length === 0;
  return false;
}

export function decodeMessage(buf: Buffer, name: string): Record<string, unknown> {
  const spec = M[name];
  const out: Record<string, unknown> = {};
  const keep = new Set<string>();
  for (const f of readFields(buf)) {
    const s = spec?.[f.no];
    if (!s) continue;
    const [json, type, flag] = s;
    if (flag === 'ptr') keep.add(json);
    let value: unknown;
    if (type === 'map' || type === 'quantities') {
      const m = (out[json] ??= {}) as Record<string, string>;
      const [k, v] = mapEntry(f, type === 'quantities');
      m[k] = v;
      continue;
    }
    if (M[type]) value = decodeMessage(f.bytes ?? Buffer.alloc(0), type);
    else value = scalar(f, type);
    if (flag === 'rep') ((out[json] ??= []) as unknown[]).push(value);
    else out[json] = value;
  }
  for (const [k, v] of Object.entries(out)) if (!keep.has(k) && isEmpty(v)) delete out[k];
  return out;
}

/** Decodes a `k8s\0` runtime.Unknown holding one of PROTOBUF_KINDS into its JSON form (with apiVersion and kind). */
export function decodeObjectProtobuf(body: Buffer, expectKind: string): Record<string, unknown> {
  if (body.length < 4 || !body.subarray(0, 4).equals(PROTOBUF_MAGIC)) throw new Error('missing the k8s protobuf prefix');
  let apiVersion = '';
  let kind = '';
  let raw: Buffer | undefined;
  for (const f of readFields(body.subarray(4))) {
    if (f.no === 1 && f.bytes) {
      for (const t of readFields(f.bytes)) {
        if (t.no === 1) apiVersion = t.bytes?.toString('utf8') ?? '';
        if (t.no === 2) kind = t.bytes?.toString('utf8') ?? '';
      }
    }
    if (f.no === 2 && f.bytes) raw = f.bytes;
  }
  if (kind !== expectKind) throw new Error(`expected ${expectKind}, got ${kind || 'no kind'}`);
  return { apiVersion, kind, ...decodeMessage(raw ?? Buffer.alloc(0), kind) };
}
