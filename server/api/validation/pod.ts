/**
 * Pod spec validation, the rules people hit in practice (pkg/apis/core/validation/validation.go:
 * ValidatePodSpec, validateContainers, validateTolerations, validateTaintEffect,
 * ValidateResourceRequirements, validateVolumes), with upstream's field paths and messages.
 */
import { parseQuantity } from '../../../core/quantity.js';
import type { Container, Toleration } from '../../../core/types.js';
import { asArray, duplicate, invalid, isPlainObject, notSupported, required, type Cause } from './errors.js';
import { isDNS1123Label, isDNS1123Subdomain, isQualifiedName, isValidLabelValue, validateLabels } from './names.js';

export const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];
export const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];
const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const DNS_POLICIES = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];

export interface PodSpecOptions {
  /** Allowed restartPolicy values (a workload template only allows Always). */
  restartPolicies?: string[];
}

/** validateTaintEffect. */
export function validateTaintEffect(effect: unknown, allowEmpty: boolean, field: string): Cause[] {
  if (effect === undefined || effect === '') return allowEmpty ? [] : [required(field)];
  return TAINT_EFFECTS.includes(String(effect)) ? [] : [notSupported(field, effect, TAINT_EFFECTS)];
}

export function validateTolerations(tolerations: unknown, field: string): Cause[] {
  const out: Cause[] = [];
  asArray<Toleration>(tolerations).forEach((t, i) => {
    const p = `${field}[${i}]`;
    if (!isPlainObject(t)) return;
    if (t.key) for (const m of isQualifiedName(String(t.key))) out.push(invalid(`${p}.key`, t.key, m));
    if (!t.key && t.operator !== 'Exists') {
      out.push(invalid(`${p}.operator`, t.operator ?? '', 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
    }
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null && t.effect !== 'NoExecute') {
      out.push(invalid(`${p}.effect`, t.effect ?? '', "effect must be 'NoExecute' when `tolerationSeconds` is set"));
    }
    if (t.operator === 'Equal' || !t.operator) {
      const errs = isValidLabelValue(String(t.value ?? ''));
      if (errs.length) out.push(invalid(`${p}.operator`, t.value ?? '', errs.join(';')));
    } else if (t.operator === 'Exists') {
      if (t.value) out.push(invalid(`${p}.operator`, t, "value must be empty when `operator` is 'Exists'"));
    } else {
      out.push(notSupported(`${p}.operator`, t.operator, ['Equal', 'Exists']));
    }
    if (t.effect) out.push(...validateTaintEffect(t.effect, true, `${p}.effect`));
  });
  return out;
}

const ZERO = parseQuantity('0');

function quantityOf(v: unknown): ReturnType<typeof parseQuantity> | undefined {
  try {
    return parseQuantity(String(v));
  } catch {
    return undefined;
  }
}

/** ValidateResourceRequirements: non-negative values, requests <= limits. */
export function validateResources(res: unknown, field: string): Cause[] {
  if (!isPlainObject(res)) return [];
  const out: Cause[] = [];
  const limits = isPlainObject(res.limits) ? res.limits : {};
  const requests = isPlainObject(res.requests) ? res.requests : {};
  for (const [kind, map] of [['limits', limits], ['requests', requests]] as const) {
    for (const [name, v] of Object.entries(map)) {
      const q = quantityOf(v);
      if (q && q.cmp(ZERO) < 0) out.push(invalid(`${field}.${kind}[${name}]`, String(v), 'must be greater than or equal to 0'));
    }
  }
  for (const [name, v] of Object.entries(requests)) {
    const req = quantityOf(v);
    const lim = limits[name] !== undefined ? quantityOf(limits[name]) : undefined;
    if (req && lim && req.cmp(lim) > 0) {
      out.push(invalid(`${field}.requests`, String(v), `must be less than or equal to ${name} limit of ${String(limits[name])}`));
    }
  }
  return out;
}

function validateContainer(c: Container, p: string, volumes: Set<string>, isInit: boolean): Cause[] {
  const out: Cause[] = [];
  if (!c.image) out.push(required(`${p}.image`));
  if (c.imagePullPolicy && !PULL_POLICIES.includes(c.imagePullPolicy)) out.push(notSupported(`${p}.imagePullPolicy`, c.imagePullPolicy, PULL_POLICIES));
  asArray<{ containerPort?: number; hostPort?: number; protocol?: string }>(c.ports).forEach((port, j) => {
    const pp = `${p}.ports[${j}]`;
    if (typeof port?.containerPort !== 'number' || port.containerPort < 1 || port.containerPort > 65535) {
      out.push(invalid(`${pp}.containerPort`, port?.containerPort ?? 0, 'must be between 1 and 65535, inclusive'));
    }
    if (port?.hostPort !== undefined && (port.hostPort < 0 || port.hostPort > 65535)) {
      out.push(invalid(`${pp}.hostPort`, port.hostPort, 'must be between 1 and 65535, inclusive'));
    }
    if (port?.protocol && !PROTOCOLS.includes(port.protocol)) out.push(notSupported(`${pp}.protocol`, port.protocol, PROTOCOLS));
  });
  asArray<{ name?: string }>(c.env).forEach((e, j) => {
    if (!e?.name) out.push(required(`${p}.env[${j}].name`));
  });
  asArray<{ name?: string; mountPath?: string }>(c.volumeMounts).forEach((m, j) => {
    const mp = `${p}.volumeMounts[${j}]`;
    if (!m?.name) out.push(required(`${mp}.name`));
    else if (!volumes.has(m.name)) out.push({ field: `${mp}.name`, reason: 'FieldValueNotFound', message: `Not found: ${JSON.stringify(m.name)}` });
    if (!m?.mountPath) out.push(required(`${mp}.mountPath`));
  });
  out.push(...validateResources(c.resources, `${p}.resources`));
  if (isInit && c.restartPolicy !== undefined && c.restartPolicy !== 'Always') {
    out.push(notSupported(`${p}.restartPolicy`, c.restartPolicy, ['Always']));
  }
  return out;
}

/** ValidatePodSpec (the common subset). `field` is `spec` for pods, `spec.template.spec` for workloads. */
export function validatePodSpec(spec: unknown, field: string, opts: PodSpecOptions = {}): Cause[] {
  if (!isPlainObject(spec)) return [required(field)];
  const out: Cause[] = [];
  const volumes = new Set<string>();
  asArray<{ name?: string }>(spec.volumes).forEach((v, i) => {
    const p = `${field}.volumes[${i}].name`;
    if (!v?.name) out.push(required(p));
    else {
      for (const m of isDNS1123Label(v.name)) out.push(invalid(p, v.name, m));
      if (volumes.has(v.name)) out.push(duplicate(p, v.name));
      volumes.add(v.name);
    }
  });
  const containers = asArray<Container>(spec.containers);
  if (containers.length === 0) out.push(required(`${field}.containers`));
  const names = new Set<string>();
  const checkName = (c: Container, p: string) => {
    if (!c?.name) {
      out.push(required(`${p}.name`));
      return;
    }
    for (const m of isDNS1123Label(c.name)) out.push(invalid(`${p}.name`, c.name, m));
    if (names.has(c.name)) out.push(duplicate(`${p}.name`, c.name));
    names.add(c.name);
  };
  asArray<Container>(spec.initContainers).forEach((c, i) => {
    const p = `${field}.initContainers[${i}]`;
    checkName(c, p);
    if (isPlainObject(c)) out.push(...validateContainer(c, p, volumes, true));
  });
  containers.forEach((c, i) => {
    const p = `${field}.containers[${i}]`;
    checkName(c, p);
    if (isPlainObject(c)) out.push(...validateContainer(c, p, volumes, false));
  });
  const rp = spec.restartPolicy;
  const allowed = opts.restartPolicies ?? RESTART_POLICIES;
  if (rp !== undefined && !allowed.includes(String(rp))) out.push(notSupported(`${field}.restartPolicy`, rp, allowed));
  if (spec.dnsPolicy !== undefined && !DNS_POLICIES.includes(String(spec.dnsPolicy))) {
    out.push(notSupported(`${field}.dnsPolicy`, spec.dnsPolicy, DNS_POLICIES));
  }
  if (typeof spec.nodeName === 'string' && spec.nodeName !== '') {
    for (const m of isDNS1123Subdomain(spec.nodeName)) out.push(invalid(`${field}.nodeName`, spec.nodeName, m));
  }
  out.push(...validateLabels(spec.nodeSelector, `${field}.nodeSelector`));
  out.push(...validateTolerations(spec.tolerations, `${field}.tolerations`));
  const ads = spec.activeDeadlineSeconds;
  if (ads !== undefined && ads !== null && (typeof ads !== 'number' || ads < 1 || ads > 2147483647)) {
    out.push(invalid(`${field}.activeDeadlineSeconds`, ads, 'must be between 1 and 2147483647, inclusive'));
  }
  return out;
}
