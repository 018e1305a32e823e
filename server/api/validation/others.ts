/**
 * Validation of Nodes, PodDisruptionBudgets, PriorityClasses, Leases and Events
 * (pkg/apis/core/validation ValidateNode / validateNodeTaints / ValidateEventCreate,
 * pkg/apis/policy/validation ValidatePodDisruptionBudgetSpec,
 * pkg/apis/scheduling/validation ValidatePriorityClass(Update),
 * pkg/apis/coordination/validation ValidateLeaseSpec).
 */
import { asArray, duplicate, forbidden, immutable, invalid, isPlainObject, nonNegative, notSupported, required, type Cause } from './errors.js';
import { isQualifiedName, isValidLabelValue } from './names.js';
import { validateTaintEffect } from './pod.js';
import { validateLabelSelector } from './workloads.js';

type Obj = Record<string, unknown>;

export function validateNode(obj: Obj): Cause[] {
  const spec = isPlainObject(obj.spec) ? obj.spec : {};
  const out: Cause[] = [];
  const seen = new Set<string>();
  asArray<{ key?: string; value?: string; effect?: string }>(spec.taints).forEach((t, i) => {
    const p = `spec.taints[${i}]`;
    if (!t?.key) out.push(required(`${p}.key`));
    else for (const m of isQualifiedName(t.key)) out.push(invalid(`${p}.key`, t.key, m));
    if (t?.value) for (const m of isValidLabelValue(t.value)) out.push(invalid(`${p}.value`, t.value, m));
    out.push(...validateTaintEffect(t?.effect, false, `${p}.effect`));
    const id = `${t?.key ?? ''}:${t?.effect ?? ''}`;
    if (seen.has(id)) out.push({ ...duplicate(p, t), message: `Duplicate value: ${JSON.stringify(t)}: taints must be unique by key and effect pair` });
    seen.add(id);
  });
  return out;
}

/** ValidateNodeUpdate: podCIDR(s) may only be set once; configSource is gone. */
export function validateNodeUpdate(obj: Obj, old: Obj): Cause[] {
  const spec = (obj.spec ?? {}) as { podCIDR?: string };
  const prev = (old.spec ?? {}) as { podCIDR?: string };
  const out = validateNode(obj);
  if (prev.podCIDR && spec.podCIDR !== prev.podCIDR) out.push(forbidden('spec.podCIDR', 'podCIDR cannot be changed once set'));
  return out;
}

function validateIntOrPercent(v: unknown, field: string): Cause[] {
  if (v === undefined || v === null) return [];
  if (typeof v === 'number') return nonNegative(field, v);
  const s = String(v);
  if (!/^[0-9]+%$/.test(s)) {
    return [invalid(field, s, "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')")];
  }
  if (Number(s.slice(0, -1)) > 100) return [invalid(field, s, 'must not be greater than 100%')];
  return [];
}

const UNHEALTHY_POD_EVICTION_POLICIES = ['AlwaysAllow', 'IfHealthyBudget'];

export function validatePodDisruptionBudget(obj: Obj): Cause[] {
  const spec = isPlainObject(obj.spec) ? obj.spec : {};
  const out: Cause[] = [];
  if (spec.minAvailable !== undefined && spec.minAvailable !== null && spec.maxUnavailable !== undefined && spec.maxUnavailable !== null) {
    out.push(invalid('spec', spec, 'minAvailable and maxUnavailable cannot be both set'));
  }
  out.push(...validateIntOrPercent(spec.minAvailable, 'spec.minAvailable'));
  out.push(...validateIntOrPercent(spec.maxUnavailable, 'spec.maxUnavailable'));
  out.push(...validateLabelSelector(spec.selector, 'spec.selector'));
  const policy = spec.unhealthyPodEvictionPolicy;
  if (policy !== undefined && policy !== null && !UNHEALTHY_POD_EVICTION_POLICIES.includes(String(policy))) {
    out.push(notSupported('spec.unhealthyPodEvictionPolicy', policy, UNHEALTHY_POD_EVICTION_POLICIES));
  }
  return out;
}

/** scheduling.HighestUserDefinablePriority and the reserved prefix. */
export const HIGHEST_USER_DEFINABLE_PRIORITY = 1_000_000_000;
export const SYSTEM_PRIORITY_CLASS_PREFIX = 'system-';
const PREEMPTION_POLICIES = ['Never', 'PreemptLowerPriority'];

/** The built-in classes kube-apiserver creates (pkg/apis/scheduling SystemPriorityClasses). */
const SYSTEM_CLASSES = new Map([['system-node-critical', 2_000_001_000], ['system-cluster-critical', 2_000_000_000]]);

export function validatePriorityClass(obj: Obj): Cause[] {
  const out: Cause[] = [];
  const name = String((obj.metadata as { name?: string } | undefined)?.name ?? '');
  const value = obj.value;
  if (typeof value !== 'number') out.push(required('value'));
  if (name.startsWith(SYSTEM_PRIORITY_CLASS_PREFIX)) {
    const v = SYSTEM_CLASSES.get(name);
    if (v === undefined) out.push(invalid('metadata.name', name, "priority class names with 'system-' prefix are reserved for system use only"));
    else if (value !== v) out.push(forbidden('value', `${name} is a system priority class and its value must be ${v}`));
  } else if (typeof value === 'number' && value > HIGHEST_USER_DEFINABLE_PRIORITY) {
    out.push(invalid('value', value, `maximum allowed value of a user defined priority is ${HIGHEST_USER_DEFINABLE_PRIORITY}`));
  }
  if (obj.preemptionPolicy !== undefined && !PREEMPTION_POLICIES.includes(String(obj.preemptionPolicy))) {
    out.push(notSupported('preemptionPolicy', obj.preemptionPolicy, PREEMPTION_POLICIES));
  }
  return out;
}

export function validatePriorityClassUpdate(obj: Obj, old: Obj): Cause[] {
  const out = validatePriorityClass(obj);
  if (obj.value !== old.value) out.push(forbidden('value', 'may not be changed in an update.'));
  if ((obj.preemptionPolicy ?? 'PreemptLowerPriority') !== (old.preemptionPolicy ?? 'PreemptLowerPriority')) {
    out.push(immutable('preemptionPolicy', obj.preemptionPolicy ?? null));
  }
  return out;
}

export function validateLease(obj: Obj): Cause[] {
  const spec = isPlainObject(obj.spec) ? obj.spec : {};
  const out: Cause[] = [];
  if (spec.leaseDurationSeconds !== undefined && spec.leaseDurationSeconds !== null && !(Number(spec.leaseDurationSeconds) > 0)) {
    out.push(invalid('spec.leaseDurationSeconds', spec.leaseDurationSeconds, 'must be greater than 0'));
  }
  out.push(...nonNegative('spec.leaseTransitions', spec.leaseTransitions));
  return out;
}

/** ValidateEventCreate (core/v1): the involved object's namespace must be the event's (or empty). */
export function validateEvent(obj: Obj): Cause[] {
  const ns = (obj.metadata as { namespace?: string } | undefined)?.namespace ?? '';
  const involved = isPlainObject(obj.involvedObject) ? obj.involvedObject : {};
  const out: Cause[] = [];
  if (involved.namespace && involved.namespace !== ns) {
    out.push(invalid('involvedObject.namespace', involved.namespace, 'does not match event.namespace'));
  }
  return out;
}
