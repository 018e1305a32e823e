/**
 * ValidatePodUpdate (pkg/apis/core/validation/validation.go): a pod's spec is immutable except
 * container images, activeDeadlineSeconds (set or lowered), added tolerations (and their
 * tolerationSeconds), terminationGracePeriodSeconds from negative to 1, and removed scheduling
 * gates. Both specs must already carry the API defaults.
 */
import type { Container, Pod, PodSpec, Toleration } from '../../../core/types.js';
import { asArray, forbidden, invalid, required, type Cause } from './errors.js';
import { validateTolerations } from './pod.js';

export const POD_UPDATE_FORBIDDEN =
  'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,' +
  '`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),' +
  '`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';

/** Key-sorted JSON: apiequality.Semantic.DeepEqual for JSON-shaped values. */
export function canonicalJson(v: unknown): string {
  return JSON.stringify(sortKeys(v));
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return Object.fromEntries(Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => [k, sortKeys(o[k])]));
  }
  return v;
}

function onlyAddedTolerations(next: Toleration[], prev: Toleration[], field: string): Cause[] {
  for (const old of prev) {
    const found = next.some((n) => canonicalJson({ ...old, tolerationSeconds: n.tolerationSeconds }) === canonicalJson(n));
    if (!found) return [forbidden(field, 'existing toleration can not be modified except its tolerationSeconds')];
  }
  return validateTolerations(next, field);
}

export function validatePodSpecUpdate(pod: Pod, old: Pod): Cause[] {
  const out: Cause[] = [];
  const spec = pod.spec ?? ({} as PodSpec);
  const prev = old.spec ?? ({} as PodSpec);
  const munged: PodSpec = structuredClone(spec);
  for (const list of ['containers', 'initContainers'] as const) {
    const next = asArray<Container>(munged[list]);
    const before = asArray<Container>(prev[list]);
    next.forEach((c, i) => {
      if (!c.image) out.push(required(`spec.${list}[${i}].image`));
      if (before.length === next.length) (c as { image?: string }).image = before[i]?.image;
    });
  }
  const ads = spec.activeDeadlineSeconds;
  const oldAds = prev.activeDeadlineSeconds;
  if (oldAds === undefined || oldAds === null || (typeof ads === 'number' && ads <= oldAds)) {
    munged.activeDeadlineSeconds = oldAds;
  } else if (ads === undefined || ads === null) {
    out.push(invalid('spec.activeDeadlineSeconds', null, 'must not update from a positive integer to nil value'));
    munged.activeDeadlineSeconds = oldAds;
  } else if (ads > oldAds) {
    out.push(invalid('spec.activeDeadlineSeconds', ads, 'must be less than or equal to previous value'));
    munged.activeDeadlineSeconds = oldAds;
  }
  out.push(...onlyAddedTolerations(asArray(spec.tolerations), asArray(prev.tolerations), 'spec.tolerations'));
  munged.tolerations = prev.tolerations;
  if (typeof prev.terminationGracePeriodSeconds === 'number' && prev.terminationGracePeriodSeconds < 0 && spec.terminationGracePeriodSeconds === 1) {
    munged.terminationGracePeriodSeconds = prev.terminationGracePeriodSeconds;
  }
  const gates = asArray<{ name?: string }>(spec.schedulingGates);
  const oldGates = asArray<{ name?: string }>(prev.schedulingGates);
  if (gates.every((g) => oldGates.some((o) => o.name === g.name))) munged.schedulingGates = prev.schedulingGates;
  if (canonicalJson(munged) !== canonicalJson(prev)) out.push(forbidden('spec', POD_UPDATE_FORBIDDEN));
  return out;
}
