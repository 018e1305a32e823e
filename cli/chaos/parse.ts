/**
 * Chaos schedule files (`kemu chaos FILE`): cron expressions (node-cron syntax, optional seconds
 * field) and actions from the scenario vocabulary, aimed at nodes by name, label selector or at
 * random (seeded).
 *
 *   apiVersion: kemu.dev/v1alpha1
 *   kind: ChaosSchedule
 *   metadata: {name: demo}
 *   spec:
 *     seed: 42
 *     schedules:
 *       - name: node-death
 *         cron: "*\/10 * * * *"
 *         target: {random: 1, selector: "topology.kubernetes.io/zone=zone-a"}
 *         stopNode: {for: 2m}
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { validateDetailed } from 'node-cron';
import { parseLabelSelector, SelectorError, type Selector } from '../../core/labels.js';
import { at, duration, isObject, list, map, num, obj, optional, quantity, required, ScenarioError, str } from '../../sim/scenario/validate.js';

export type ChaosAction =
  | { type: 'stopNode'; forMs?: number }
  | { type: 'partitionNode'; forMs?: number }
  | { type: 'startNode' | 'cordon' | 'uncordon' | 'drain' }
  | { type: 'taint'; key: string; value?: string; effect: string; forMs?: number }
  | { type: 'setUsage'; usage: Record<string, string>; pods?: Selector; forMs?: number };

export interface ChaosTarget { names?: string[]; selector?: Selector; selectorText?: string; random?: number }

export interface ChaosSchedule { name: string; cron: string; target: ChaosTarget; action: ChaosAction; path: string }

export interface ChaosFile { name: string; seed: number | string; schedules: ChaosSchedule[] }

const ACTIONS = ['stopNode', 'startNode', 'partitionNode', 'cordon', 'uncordon', 'drain', 'taint', 'setUsage'];

export function parseChaosText(text: string): ChaosFile {
  let doc: unknown;
  try {
    doc = parseYaml(text, { uniqueKeys: true });
  } catch (err) {
    if (err instanceof YAMLParseError) throw new ScenarioError('', `invalid YAML: ${err.message.split('\n')[0]}`);
    throw err;
  }
  const root = obj(doc, '', ['apiVersion', 'kind', 'metadata', 'spec']);
  if (required(root, 'apiVersion', '', str) !== 'kemu.dev/v1alpha1') throw new ScenarioError('apiVersion', 'must be "kemu.dev/v1alpha1"');
  if (required(root, 'kind', '', str) !== 'ChaosSchedule') throw new ScenarioError('kind', 'must be "ChaosSchedule"');
  const meta = obj(root.metadata ?? {}, 'metadata', ['name']);
  const spec = obj(required(root, 'spec', '', (v) => v), 'spec', ['seed', 'schedules']);
  const seed = optional(spec, 'seed', 'spec', (v, p) => (typeof v === 'string' ? v : num(0, Number.MAX_SAFE_INTEGER, true)(v, p))) ?? 1;
  const schedules = required(spec, 'schedules', 'spec', (v, p) => list(v, p, parseSchedule));
  if (schedules.length === 0) throw new ScenarioError('spec.schedules', 'needs at least one schedule');
  return { name: optional(meta, 'name', 'metadata', str) ?? 'chaos', seed, schedules };
}

function parseSchedule(v: unknown, path: string, ): ChaosSchedule {
  if (!isObject(v)) throw new ScenarioError(path, 'must be a mapping');
  const keys = Object.keys(v).filter((k) => !['name', 'cron', 'target'].includes(k));
  for (const k of keys) if (!ACTIONS.includes(k)) throw new ScenarioError(at(path, k), `unknown field or action "${k}" (actions: ${ACTIONS.join(', ')})`);
  if (keys.length !== 1) throw new ScenarioError(path, `each schedule has exactly one action, found ${keys.length === 0 ? 'none' : keys.join(', ')}`);
  const cron = required(v, 'cron', path, str);
  const check = validateDetailed(cron);
  if (!check.valid) {
    const why = check.errors?.map((e) => e.message ?? String(e)).join('; ') ?? 'invalid';
    throw new ScenarioError(at(path, 'cron'), `invalid cron expression "${cron}": ${why}`);
  }
  const target = parseTarget(v.target ?? { random: 1 }, at(path, 'target'));
  const type = keys[0];
  const p = at(path, type);
  const val = v[type];
  const forOnly = (x: unknown) => {
    if (x === null || x === undefined || x === true) return {};
    const o = obj(x, p, ['for']);
    return { forMs: optional(o, 'for', p, duration) };
  };
  let action: ChaosAction;
  switch (type) {
    case 'stopNode': case 'partitionNode': action = { type, ...forOnly(val) }; break;
    case 'startNode': case 'cordon': case 'uncordon': case 'drain': action = { type }; break;
    case 'taint': {
      const o = obj(val, p, ['key', 'value', 'effect', 'for']);
      const effect = required(o, 'effect', p, str);
      if (!['NoSchedule', 'PreferNoSchedule', 'NoExecute'].includes(effect)) throw new ScenarioError(at(p, 'effect'), `Unsupported value: "${effect}"`);
      const value = optional(o, 'value', p, str);
      action = { type, key: required(o, 'key', p, str), ...(value !== undefined ? { value } : {}), effect, forMs: optional(o, 'for', p, duration) };
      break;
    }
    case 'setUsage': {
      const o = obj(val, p, ['pods', 'for', 'memory', 'memory-rate', 'ephemeral-storage', 'ephemeral-storage-rate', 'inodes', 'pids', 'cpu',
        'nodefs', 'nodefs-inodes', 'images', 'unused-images', 'dead-containers']);
      const { pods, for: forV, ...rest } = o;
      const usage = map(rest, p, quantity);
      if (Object.keys(usage).length === 0) throw new ScenarioError(p, 'needs at least one usage key');
      action = {
        type, usage,
        ...(pods !== undefined ? { pods: selector(pods, at(p, 'pods')) } : {}),
        ...(forV !== undefined ? { forMs: duration(forV, at(p, 'for')) } : {}),
      };
      break;
    }
    default: throw new ScenarioError(p, `unknown action "${type}"`);
  }
  return { name: optional(v, 'name', path, str) ?? `${type}-${path}`, cron, target, action, path };
}

function selector(v: unknown, path: string): Selector {
  const s = str(v, path);
  try {
    return parseLabelSelector(s);
  } catch (err) {
    if (err instanceof SelectorError) throw new ScenarioError(path, err.message);
    throw err;
  }
}

function parseTarget(v: unknown, path: string): ChaosTarget {
  if (v === 'random') return { random: 1 };
  if (typeof v === 'string') return { names: [v] };
  const o = obj(v, path, ['name', 'names', 'selector', 'random']);
  const names = optional(o, 'names', path, (x, p) => list(x, p, str)) ?? (o.name !== undefined ? [str(o.name, at(path, 'name'))] : undefined);
  const selectorText = optional(o, 'selector', path, str);
  const random = optional(o, 'random', path, num(1, 10_000, true));
  if (!names && !selectorText && !random) throw new ScenarioError(path, 'needs name(s), a selector, or random');
  return { ...(names ? { names } : {}), ...(selectorText ? { selector: selector(selectorText, at(path, 'selector')), selectorText } : {}), ...(random ? { random } : {}) };
}
