/**
 * Reads and validates a scenario file completely before anything runs: every error is thrown as
 * a ScenarioError naming its field path (exit code 2 in the CLI).
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { KObject, Pod, Taint } from '../../core/types.js';
import type { KubeletConfig, NodeConfig } from '../../agent/node-config.js';
import { evictionConfigFromKubelet, EvictionConfigError } from '../../agent/eviction/config.js';
import { CONTROL_PLANE_FIELDS, type ControlPlaneConfig } from '../../server/config.js';
import { validateControlPlaneConfig } from '../../server/controllers/nodelifecycle/config-validation.js';
import type { Action, Expectation, ObjectKind, ObjectRef, Scenario, Step } from './types.js';
import {
  at, bool, duration, isObject, list, map, num, obj, optional, quantity, required, ScenarioError, str,
} from './validate.js';

const KINDS: Record<string, string> = {
  Pod: 'v1', Node: 'v1', Namespace: 'v1', Deployment: 'apps/v1', ReplicaSet: 'apps/v1', DaemonSet: 'apps/v1',
  PriorityClass: 'scheduling.k8s.io/v1', PodDisruptionBudget: 'policy/v1',
};
const CLUSTER_SCOPED = new Set(['Node', 'Namespace', 'PriorityClass']);
const NODE_USAGE_KEYS = ['memory', 'nodefs', 'nodefs-inodes', 'images', 'unused-images', 'dead-containers', 'pids'];
const POD_USAGE_KEYS = ['memory', 'memory-rate', 'ephemeral-storage', 'ephemeral-storage-rate', 'inodes', 'pids', 'cpu'];
const DNS1123 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

export function parseScenarioText(text: string, file = 'scenario'): Scenario {
  let doc: unknown;
  try {
    doc = parseYaml(text, { prettyErrors: true, uniqueKeys: true });
  } catch (err) {
    if (err instanceof YAMLParseError) throw new ScenarioError('', `${file}: invalid YAML: ${err.message.split('\n')[0]}`);
    throw err;
  }
  return parseScenario(doc);
}

export function parseScenario(doc: unknown): Scenario {
  const root = obj(doc, '', ['apiVersion', 'kind', 'metadata', 'spec']);
  const apiVersion = required(root, 'apiVersion', '', str);
  if (apiVersion !== 'kemu.dev/v1alpha1') throw new ScenarioError('apiVersion', `must be "kemu.dev/v1alpha1", got "${apiVersion}"`);
  const kind = required(root, 'kind', '', str);
  if (kind !== 'Scenario') throw new ScenarioError('kind', `must be "Scenario", got "${kind}"`);
  const meta = obj(root.metadata ?? {}, 'metadata', ['name', 'labels', 'annotations']);
  const name = optional(meta, 'name', 'metadata', str) ?? 'scenario';
  const spec = obj(required(root, 'spec', '', (v) => v), 'spec', ['seed', 'duration', 'controlPlane', 'nodes', 'objects', 'timeline', 'expect']);
  const seed = optional(spec, 'seed', 'spec', (v, p) => (typeof v === 'string' ? v : num(0, Number.MAX_SAFE_INTEGER, true)(v, p))) ?? 1;
  const durationMs = required(spec, 'duration', 'spec', duration);
  if (durationMs <= 0) throw new ScenarioError('spec.duration', 'must be longer than 0s');
  const controlPlane = optional(spec, 'controlPlane', 'spec', parseControlPlane) ?? {};
  const nodeNames = new Set<string>();
  const nodes = (optional(spec, 'nodes', 'spec', (v, p) => list(v, p, (n, np) => parseNodeEntry(n, np))) ?? []).flat();
  for (const [i, n] of nodes.entries()) {
    if (nodeNames.has(n.name)) throw new ScenarioError(`spec.nodes`, `node name "${n.name}" is used twice (entry ${i})`);
    nodeNames.add(n.name);
  }
  const objects = optional(spec, 'objects', 'spec', (v, p) => list(v, p, parseManifest)) ?? [];
  const timeline = optional(spec, 'timeline', 'spec', (v, p) => list(v, p, (s, sp) => parseStep(s, sp, nodeNames, durationMs))) ?? [];
  for (let i = 1; i < timeline.length; i++) {
    if (timeline[i].atMs < timeline[i - 1].atMs) {
      throw new ScenarioError(at(timeline[i].path, 'at'), 'steps run in file order: this step is earlier than the one before it');
    }
  }
  const expect = optional(spec, 'expect', 'spec', (v, p) => list(v, p, (e, ep) => parseExpectation(e, ep, durationMs))) ?? [];
  expect.forEach((e, i) => (e.index = i));
  return { name, seed, durationMs, controlPlane, nodes, objects, timeline, expect };
}

function parseControlPlane(v: unknown, path: string): Partial<ControlPlaneConfig> {
  const fields = Object.keys(CONTROL_PLANE_FIELDS) as Array<keyof ControlPlaneConfig>;
  const o = obj(v, path, fields);
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const t = CONTROL_PLANE_FIELDS[f].type;
    const check: (v: unknown, p: string) => unknown = t === 'duration' ? duration : t === 'boolean' ? bool : t === 'integer' ? num(0, Number.MAX_SAFE_INTEGER, true) : num(0);
    const val = optional(o, f, path, check);
    if (val !== undefined) out[f] = val;
  }
  if (out.unhealthyZoneThreshold !== undefined && (out.unhealthyZoneThreshold as number) > 1) {
    throw new ScenarioError(at(path, 'unhealthyZoneThreshold'), 'must be between 0 and 1');
  }
  const errs = validateControlPlaneConfig(out as Partial<ControlPlaneConfig>);
  if (errs.length) throw new ScenarioError(path, errs.join('; '));
  return out as Partial<ControlPlaneConfig>;
}

export function parseNodeEntry(v: unknown, path: string): NodeConfig[] {
  const o = obj(v, path, ['name', 'count', 'labels', 'annotations', 'taints', 'capacity', 'allocatable', 'limits', 'usage', 'kubelet', 'podStartDelay', 'unschedulable', 'staticPods']);
  const name = required(o, 'name', path, str);
  if (!DNS1123.test(name)) throw new ScenarioError(at(path, 'name'), `"${name}" is not a valid node name (lowercase RFC 1123 subdomain)`);
  const count = optional(o, 'count', path, num(1, 100_000, true)) ?? 1;
  const labels = optional(o, 'labels', path, (x, p) => map(x, p, str)) ?? {};
  const annotations = optional(o, 'annotations', path, (x, p) => map(x, p, str)) ?? {};
  const taints = optional(o, 'taints', path, (x, p) => list(x, p, parseTaint)) ?? [];
  const capacity = optional(o, 'capacity', path, (x, p) => map(x, p, quantity)) ?? { cpu: '4', memory: '8Gi', 'ephemeral-storage': '100Gi', pods: '110' };
  const allocatable = optional(o, 'allocatable', path, (x, p) => map(x, p, quantity));
  const limits = optional(o, 'limits', path, (x, p) => {
    const l = obj(x, p, ['inodes', 'pids', 'imagefs']);
    return {
      inodes: optional(l, 'inodes', p, num(1, Number.MAX_SAFE_INTEGER, true)),
      pids: optional(l, 'pids', p, num(1, Number.MAX_SAFE_INTEGER, true)),
      imagefs: optional(l, 'imagefs', p, (i, ip) => {
        const f = obj(i, ip, ['capacity', 'inodes']);
        return { capacity: required(f, 'capacity', ip, quantity), inodes: optional(f, 'inodes', ip, num(1, Number.MAX_SAFE_INTEGER, true)) };
      }) ?? null,
    };
  });
  const usage = optional(o, 'usage', path, (x, p) => {
    const u = obj(x, p, NODE_USAGE_KEYS);
    return map(u, p, quantity);
  }) ?? {};
  for (const [k, q] of Object.entries(usage)) annotations[`usage.kemu.dev/${k}`] = q;
  const kubelet = optional(o, 'kubelet', path, parseKubelet);
  const podStartDelayMs = optional(o, 'podStartDelay', path, duration);
  const unschedulable = optional(o, 'unschedulable', path, bool);
  const staticPods = optional(o, 'staticPods', path, (x, p) => list(x, p, (m, mp) => {
    const pod = parseManifest(m, mp);
    if (pod.kind !== 'Pod') throw new ScenarioError(at(mp, 'kind'), 'a static pod manifest must be a Pod');
    return pod as Pod;
  }));
  const names = count === 1 ? [name] : Array.from({ length: count }, (_, i) => `${name}-${i + 1}`);
  return names.map((n) => ({
    name: n, capacity, allocatable, labels: { ...labels }, annotations: { ...annotations }, taints: taints.map((t) => ({ ...t })),
    limits, kubelet, podStartDelayMs, unschedulable, ...(staticPods ? { staticPods: structuredClone(staticPods) } : {}),
  }));
}

function parseKubelet(v: unknown, path: string): KubeletConfig {
  const o = obj(v, path, ['evictionHard', 'evictionSoft', 'evictionSoftGracePeriod', 'evictionMaxPodGracePeriod', 'evictionMinimumReclaim',
    'evictionPressureTransitionPeriod', 'nodeStatusUpdateFrequency', 'nodeLeaseDurationSeconds']);
  const strMap = (x: unknown, p: string) => map(x, p, (q, qp) => (typeof q === 'number' ? String(q) : str(q, qp)));
  const k: KubeletConfig = {
    evictionHard: optional(o, 'evictionHard', path, strMap),
    evictionSoft: optional(o, 'evictionSoft', path, strMap),
    evictionSoftGracePeriod: optional(o, 'evictionSoftGracePeriod', path, strMap),
    evictionMaxPodGracePeriod: optional(o, 'evictionMaxPodGracePeriod', path, num(0, 1e9, true)),
    evictionMinimumReclaim: optional(o, 'evictionMinimumReclaim', path, strMap),
    evictionPressureTransitionPeriod: optional(o, 'evictionPressureTransitionPeriod', path, (x, p) => (duration(x, p), x as string)),
    nodeStatusUpdateFrequency: optional(o, 'nodeStatusUpdateFrequency', path, (x, p) => {
      if (duration(x, p) <= 0) throw new ScenarioError(p, 'must be longer than 0s');
      return x as string;
    }),
    nodeLeaseDurationSeconds: optional(o, 'nodeLeaseDurationSeconds', path, num(1, 3600, true)),
  };
  try {
    // The kubelet's own validation (ParseThresholdConfig): same errors as upstream.
    evictionConfigFromKubelet(k);
  } catch (err) {
    if (err instanceof EvictionConfigError) throw new ScenarioError(err.field ? at(path, err.field) : path, err.message);
    throw err;
  }
  return k;
}

function parseTaint(v: unknown, path: string): Taint {
  const o = obj(v, path, ['key', 'value', 'effect', 'timeAdded']);
  const key = required(o, 'key', path, str);
  const effect = required(o, 'effect', path, str);
  if (!TAINT_EFFECTS.includes(effect)) throw new ScenarioError(at(path, 'effect'), `Unsupported value: "${effect}": supported values: "NoExecute", "NoSchedule", "PreferNoSchedule"`);
  const value = optional(o, 'value', path, str);
  return { key, effect, ...(value !== undefined ? { value } : {}) };
}

function parseManifest(v: unknown, path: string): KObject {
  if (!isObject(v)) throw new ScenarioError(path, 'must be a Kubernetes manifest (a mapping)');
  const kind = required(v, 'kind', path, str);
  if (!KINDS[kind]) throw new ScenarioError(at(path, 'kind'), `unsupported kind "${kind}" (supported: ${Object.keys(KINDS).join(', ')})`);
  const apiVersion = required(v, 'apiVersion', path, str);
  if (apiVersion !== KINDS[kind]) throw new ScenarioError(at(path, 'apiVersion'), `${kind} is served as "${KINDS[kind]}", got "${apiVersion}"`);
  const meta = required(v, 'metadata', path, (m, mp) => {
    if (!isObject(m)) throw new ScenarioError(mp, 'must be a mapping');
    return m;
  });
  if (!meta.name && !meta.generateName) throw new ScenarioError(at(path, 'metadata.name'), 'name or generateName is required');
  if (meta.name !== undefined && (typeof meta.name !== 'string' || !DNS1123.test(meta.name))) {
    throw new ScenarioError(at(path, 'metadata.name'), `${JSON.stringify(meta.name)} is not a valid name (lowercase RFC 1123 subdomain)`);
  }
  if (kind === 'Pod') {
    const spec = v.spec;
    if (!isObject(spec) || !Array.isArray(spec.containers) || spec.containers.length === 0) {
      throw new ScenarioError(at(path, 'spec.containers'), 'Required value: a pod needs at least one container');
    }
    spec.containers.forEach((c, i) => {
      const cp = at(at(path, 'spec.containers'), i);
      if (!isObject(c) || typeof c.name !== 'string') throw new ScenarioError(at(cp, 'name'), 'Required value');
      const res = isObject(c.resources) ? c.resources : {};
      for (const part of ['requests', 'limits'] as const) {
        if (res[part] !== undefined) map(res[part], at(at(cp, 'resources'), part), quantity);
      }
    });
  }
  return structuredClone(v) as KObject;
}

function parseRef(v: unknown, path: string, nsDefault = true): ObjectRef {
  const o = obj(v, path, ['kind', 'namespace', 'name']);
  const kind = required(o, 'kind', path, str);
  if (!KINDS[kind]) throw new ScenarioError(at(path, 'kind'), `unsupported kind "${kind}"`);
  const name = required(o, 'name', path, str);
  const namespace = CLUSTER_SCOPED.has(kind) ? undefined : optional(o, 'namespace', path, str) ?? (nsDefault ? 'default' : undefined);
  return { kind: kind as ObjectKind, name, ...(namespace ? { namespace } : {}) };
}

const ACTIONS = ['stopNode', 'startNode', 'partitionNode', 'healNode', 'addNode', 'deleteNode', 'apply', 'delete', 'patch',
  'taint', 'untaint', 'cordon', 'uncordon', 'evict', 'drain', 'setUsage'] as const;

function parseStep(v: unknown, path: string, nodes: Set<string>, durationMs: number): Step {
  if (!isObject(v)) throw new ScenarioError(path, 'must be a mapping with `at` and one action');
  const atMs = required(v, 'at', path, duration);
  if (atMs > durationMs) throw new ScenarioError(at(path, 'at'), `is after the end of the scenario (spec.duration)`);
  const keys = Object.keys(v).filter((k) => k !== 'at');
  for (const k of keys) if (!(ACTIONS as readonly string[]).includes(k)) throw new ScenarioError(at(path, k), `unknown action "${k}" (actions: ${ACTIONS.join(', ')})`);
  if (keys.length !== 1) throw new ScenarioError(path, `each step has exactly one action, found ${keys.length === 0 ? 'none' : keys.join(', ')}`);
  const type = keys[0] as (typeof ACTIONS)[number];
  const p = at(path, type);
  const val = v[type];
  const nodeName = (x: unknown, np: string) => {
    const n = str(x, np);
    if (!nodes.has(n)) throw new ScenarioError(np, `unknown node "${n}"`);
    return n;
  };
  let action: Action;
  switch (type) {
    case 'stopNode': case 'startNode': case 'partitionNode': case 'healNode': case 'deleteNode':
    case 'cordon': case 'uncordon': case 'drain':
      action = { type, node: nodeName(val, p) };
      break;
    case 'addNode': {
      const added = parseNodeEntry(val, p);
      for (const n of added) {
        if (nodes.has(n.name)) throw new ScenarioError(at(p, 'name'), `node "${n.name}" already exists`);
        nodes.add(n.name);
      }
      action = { type, nodes: added };
      break;
    }
    case 'apply': action = { type, manifest: parseManifest(val, p) }; break;
    case 'delete': action = { type, ref: parseRef(val, p) }; break;
    case 'patch': {
      const o = obj(val, p, ['kind', 'namespace', 'name', 'patch']);
      const patch = required(o, 'patch', p, (x, pp) => {
        if (!isObject(x)) throw new ScenarioError(pp, 'must be a JSON merge patch (a mapping)');
        return x;
      });
      const { patch: _drop, ...refPart } = o;
      action = { type, ref: parseRef(refPart, p), patch };
      break;
    }
    case 'taint': case 'untaint': {
      const o = obj(val, p, ['node', 'key', 'value', 'effect']);
      const node = required(o, 'node', p, nodeName);
      const { node: _n, ...t } = o;
      action = { type, node, taint: parseTaint(t, p) };
      break;
    }
    case 'evict': {
      const o = obj(val, p, ['namespace', 'name']);
      action = { type, namespace: optional(o, 'namespace', p, str) ?? 'default', name: required(o, 'name', p, str) };
      break;
    }
    case 'setUsage': {
      if (!isObject(val)) throw new ScenarioError(p, 'must be a mapping with `pod: ns/name` or `node: name` and usage keys');
      const hasPod = val.pod !== undefined;
      const hasNode = val.node !== undefined;
      if (hasPod === hasNode) throw new ScenarioError(p, 'needs exactly one of `pod` and `node`');
      const allowed = hasPod ? POD_USAGE_KEYS : NODE_USAGE_KEYS;
      const usage: Record<string, string> = {};
      for (const [k, q] of Object.entries(val)) {
        if (k === 'pod' || k === 'node') continue;
        const base = hasPod ? k.split('.')[0] : k;
        if (!allowed.includes(base)) throw new ScenarioError(at(p, k), `unknown usage key "${k}" (allowed: ${allowed.join(', ')})`);
        usage[k] = k.endsWith('-rate') || base.endsWith('-rate') ? quantity(q, at(p, k)) : quantity(q, at(p, k));
      }
      if (hasPod) {
        const ref = str(val.pod, at(p, 'pod'));
        const m = /^([^/]+)\/([^/]+)$/.exec(ref);
        if (!m) throw new ScenarioError(at(p, 'pod'), `must be "namespace/name", got "${ref}"`);
        action = { type, pod: { namespace: m[1], name: m[2] }, usage };
      } else {
        action = { type, node: nodeName(val.node, at(p, 'node')), usage };
      }
      break;
    }
  }
  return { atMs, path, action };
}

function parseExpectation(v: unknown, path: string, durationMs: number): Expectation {
  if (!isObject(v)) throw new ScenarioError(path, 'must be a mapping');
  const window = (o: Record<string, unknown>) => ({
    afterMs: optional(o, 'after', path, duration),
    beforeMs: optional(o, 'before', path, duration),
  });
  if (v.event !== undefined || v.noEvent !== undefined) {
    const type = v.event !== undefined ? 'event' : 'noEvent';
    const o = obj(v, path, [type, 'after', 'before']);
    const match = required(o, type, path, (x, p) => {
      if (!isObject(x)) throw new ScenarioError(p, 'must be a mapping (a subset of an Event)');
      return x;
    });
    return { index: 0, path, type, match, ...window(o) };
  }
  if (v.object !== undefined) {
    const o = obj(v, path, ['at', 'object', 'matches', 'absent']);
    const atRaw = required(o, 'at', path, (x) => x);
    const atMs = atRaw === 'end' ? durationMs : duration(atRaw, at(path, 'at'));
    if (atMs > durationMs) throw new ScenarioError(at(path, 'at'), 'is after the end of the scenario (spec.duration)');
    const ref = parseRef(o.object, at(path, 'object'));
    const absent = optional(o, 'absent', path, bool) ?? false;
    const matches = optional(o, 'matches', path, (x, p) => {
      if (!isObject(x)) throw new ScenarioError(p, 'must be a mapping (a subset of the object)');
      return x;
    });
    if (!absent && !matches) throw new ScenarioError(path, 'needs `matches` or `absent: true`');
    return { index: 0, path, type: 'object', atMs, ref, matches, absent };
  }
  throw new ScenarioError(path, 'an expectation needs `event`, `noEvent`, or `at` + `object`');
}
