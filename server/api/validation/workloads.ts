/**
 * ReplicaSet, Deployment and DaemonSet validation (pkg/apis/apps/validation/validation.go:
 * ValidateReplicaSetSpec, ValidateDeploymentSpec, ValidateDaemonSetSpec, ValidatePodTemplateSpecForReplicaSet)
 * and LabelSelector validation (apimachinery metav1validation.ValidateLabelSelector).
 */
import { fromLabelSelector, matchesLabels } from '../../../core/labels.js';
import type { LabelSelector } from '../../../core/types.js';
import { asArray, immutable, invalid, isPlainObject, nonNegative, notSupported, required, forbidden, type Cause } from './errors.js';
import { isQualifiedName, isValidLabelValue, validateAnnotations, validateLabels } from './names.js';
import { validatePodSpec } from './pod.js';
import { canonicalJson } from './pod-update.js';

export function validateLabelSelector(sel: unknown, field: string): Cause[] {
  if (sel === undefined || sel === null) return [];
  if (!isPlainObject(sel)) return [invalid(field, sel, 'must be a label selector')];
  const out: Cause[] = validateLabels(sel.matchLabels, `${field}.matchLabels`);
  asArray<{ key?: string; operator?: string; values?: string[] }>(sel.matchExpressions).forEach((e, i) => {
    const p = `${field}.matchExpressions[${i}]`;
    const values = asArray<string>(e?.values);
    if (e?.operator === 'In' || e?.operator === 'NotIn') {
      if (values.length === 0) out.push(required(`${p}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
    } else if (e?.operator === 'Exists' || e?.operator === 'DoesNotExist') {
      if (values.length > 0) out.push(forbidden(`${p}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
    } else {
      out.push(invalid(`${p}.operator`, e?.operator ?? '', 'not a valid selector operator'));
    }
    for (const m of isQualifiedName(e?.key ?? '')) out.push(invalid(`${p}.key`, e?.key ?? '', m));
    for (const v of values) for (const m of isValidLabelValue(String(v))) out.push(invalid(`${p}.values`, v, m));
  });
  return out;
}

function selectorIsEmpty(sel: LabelSelector): boolean {
  return Object.keys(sel.matchLabels ?? {}).length === 0 && (sel.matchExpressions ?? []).length === 0;
}

/**
 * The selector/template part shared by the three workloads: a non-empty valid selector that
 * matches the template's labels, and a valid template whose restartPolicy is Always.
 */
function validateSelectorAndTemplate(spec: Record<string, unknown>, what: string): Cause[] {
  const out: Cause[] = [];
  const sel = spec.selector as LabelSelector | undefined;
  if (!sel) {
    out.push(required('spec.selector'));
  } else {
    out.push(...validateLabelSelector(sel, 'spec.selector'));
    if (selectorIsEmpty(sel)) out.push(invalid('spec.selector', sel, `empty selector is invalid for ${what}`));
  }
  const template = spec.template as { metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> }; spec?: unknown } | undefined;
  if (!isPlainObject(template)) {
    out.push(required('spec.template'));
    return out;
  }
  const labels = template.metadata?.labels ?? {};
  out.push(...validateLabels(template.metadata?.labels, 'spec.template.metadata.labels'));
  out.push(...validateAnnotations(template.metadata?.annotations, 'spec.template.metadata.annotations'));
  if (sel && !selectorIsEmpty(sel)) {
    let matches = false;
    try {
      matches = matchesLabels(fromLabelSelector(sel), labels);
    } catch {
      matches = false;
    }
    if (!matches) out.push(invalid('spec.template.metadata.labels', labels, '`selector` does not match template `labels`'));
  }
  out.push(...validatePodSpec(template.spec, 'spec.template.spec', { restartPolicies: ['Always'] }));
  return out;
}

function validateIntOrPercent(v: unknown, field: string): Cause[] {
  if (v === undefined || v === null) return [];
  if (typeof v === 'number') return nonNegative(field, v);
  const s = String(v);
  if (!/^[0-9]+%$/.test(s)) {
    return [invalid(field, s, "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')")];
  }
  return [];
}

function intOrPercentIsZero(v: unknown): boolean {
  return v === 0 || v === '0%';
}

export function validateReplicaSet(obj: Record<string, unknown>): Cause[] {
  const spec = isPlainObject(obj.spec) ? obj.spec : {};
  return [...nonNegative('spec.replicas', spec.replicas), ...nonNegative('spec.minReadySeconds', spec.minReadySeconds),
    ...validateSelectorAndTemplate(spec, 'replicaset')];
}

export function validateDeployment(obj: Record<string, unknown>): Cause[] {
  const spec = isPlainObject(obj.spec) ? obj.spec : {};
  const out = [...nonNegative('spec.replicas', spec.replicas), ...nonNegative('spec.minReadySeconds', spec.minReadySeconds),
    ...nonNegative('spec.revisionHistoryLimit', spec.revisionHistoryLimit), ...validateSelectorAndTemplate(spec, 'deployment')];
  const strategy = isPlainObject(spec.strategy) ? spec.strategy : undefined;
  if (strategy) {
    const type = strategy.type;
    if (type !== undefined && type !== 'Recreate' && type !== 'RollingUpdate') {
      out.push(notSupported('spec.strategy.type', type, ['Recreate', 'RollingUpdate']));
    }
    const ru = isPlainObject(strategy.rollingUpdate) ? strategy.rollingUpdate : undefined;
    if (ru && type === 'Recreate') out.push(forbidden('spec.strategy.rollingUpdate', "may not be specified when strategy `type` is 'Recreate'"));
    if (ru) {
      out.push(...validateIntOrPercent(ru.maxUnavailable, 'spec.strategy.rollingUpdate.maxUnavailable'));
      out.push(...validateIntOrPercent(ru.maxSurge, 'spec.strategy.rollingUpdate.maxSurge'));
      if (intOrPercentIsZero(ru.maxUnavailable) && intOrPercentIsZero(ru.maxSurge)) {
        out.push(invalid('spec.strategy.rollingUpdate.maxUnavailable', ru.maxUnavailable, 'may not be 0 when `maxSurge` is 0'));
      }
    }
  }
  if (spec.progressDeadlineSeconds !== undefined && typeof spec.minReadySeconds === 'number' &&
      typeof spec.progressDeadlineSeconds === 'number' && spec.progressDeadlineSeconds <= spec.minReadySeconds) {
    out.push(invalid('spec.progressDeadlineSeconds', spec.progressDeadlineSeconds, 'must be greater than minReadySeconds'));
  }
  return out;
}

export function validateDaemonSet(obj: Record<string, unknown>): Cause[] {
  const spec = isPlainObject(obj.spec) ? obj.spec : {};
  const out = [...nonNegative('spec.minReadySeconds', spec.minReadySeconds), ...validateSelectorAndTemplate(spec, 'daemonset')];
  const us = isPlainObject(spec.updateStrategy) ? spec.updateStrategy : undefined;
  if (us?.type !== undefined && us.type !== 'RollingUpdate' && us.type !== 'OnDelete') {
    out.push(notSupported('spec.updateStrategy.type', us.type, ['OnDelete', 'RollingUpdate']));
  }
  return out;
}

/** apps/v1 selectors are immutable (ValidateReplicaSetUpdate / ValidateDeploymentUpdate / ValidateDaemonSetUpdate). */
export function validateSelectorUpdate(obj: Record<string, unknown>, old: Record<string, unknown>): Cause[] {
  const sel = (obj.spec as { selector?: unknown } | undefined)?.selector;
  const prev = (old.spec as { selector?: unknown } | undefined)?.selector;
  return canonicalJson(sel ?? null) === canonicalJson(prev ?? null) ? [] : [immutable('spec.selector', sel ?? null)];
}
