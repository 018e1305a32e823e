/**
 * PodDisruptionBudget math, shared by the disruption controller (which keeps PDB status) and the
 * API's Eviction subresource (which consumes it). Pure functions; time is passed in.
 *
 * Upstream:
 * - pkg/controller/disruption/disruption.go (getExpectedPodCount, getExpectedScale, countHealthyPods,
 *   buildDisruptedPodMap, updatePdbStatus, failSafe)
 * - staging/src/k8s.io/component-helpers/apps/poddisruptionbudget/helpers.go
 *   (UpdateDisruptionAllowedCondition, ConditionsAreUpToDate)
 * - pkg/registry/core/pod/storage/eviction.go (canIgnorePDB, getPodDisruptionBudgets,
 *   unhealthyPodEvictionPolicy, checkAndDecrement)
 * - staging/src/k8s.io/apimachinery/pkg/util/intstr/intstr.go (GetScaledValueFromIntOrPercent)
 */
import { fromLabelSelector, matchesLabels, type Selector } from './labels.js';
import { parseK8sTime, toK8sTime } from './time-format.js';
import type { OwnerReference, Pod, PodDisruptionBudget } from './types.js';
import type { PodDisruptionBudgetStatus } from 'kubernetes-types/policy/v1.js';
import type { Condition } from 'kubernetes-types/meta/v1.js';

export type { PodDisruptionBudgetStatus } from 'kubernetes-types/policy/v1.js';

/** policy/v1 DisruptionAllowedCondition and its reasons. */
export const DISRUPTION_ALLOWED_CONDITION = 'DisruptionAllowed';
export const SUFFICIENT_PODS_REASON = 'SufficientPods';
export const INSUFFICIENT_PODS_REASON = 'InsufficientPods';
export const SYNC_FAILED_REASON = 'SyncFailed';
/** policy/v1 UnhealthyPodEvictionPolicyType values (nil means IfHealthyBudget). */
export const IF_HEALTHY_BUDGET = 'IfHealthyBudget';
export const ALWAYS_ALLOW = 'AlwaysAllow';
/** policy/v1 DisruptionBudgetCause, the StatusCause type on a refused eviction. */
export const DISRUPTION_BUDGET_CAUSE = 'DisruptionBudget';

/** disruption.go DeletionTimeout: how long an approved eviction keeps its pod out of currentHealthy. */
export const DELETION_TIMEOUT_MS = 2 * 60 * 1000;
/** eviction.go MaxDisruptedPodSize. */
export const MAX_DISRUPTED_POD_SIZE = 2000;

export const EVICTION_VIOLATES_BUDGET_MESSAGE = "Cannot evict pod as it would violate the pod's disruption budget.";
export const MULTIPLE_PDBS_MESSAGE = 'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.';

// ---------------------------------------------------------------------------------------------
// Small shared helpers
// ---------------------------------------------------------------------------------------------

/** podutil.IsPodReady: the Ready condition is True. It is also the PDB's notion of "healthy". */
export function isPodReady(pod: Pod): boolean {
  return (pod.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

/** metav1.GetControllerOf. */
export function controllerRefOf(obj: { metadata?: { ownerReferences?: OwnerReference[] } }): OwnerReference | undefined {
  return obj.metadata?.ownerReferences?.find((r) => r.controller === true);
}

/**
 * intstr.GetScaledValueFromIntOrPercent: an integer as is, or "N%" of total rounded up or down.
 * Throws on anything else ("5" as a string is not a percentage, exactly like upstream).
 */
export function getScaledValueFromIntOrPercent(v: number | string | undefined | null, total: number, roundUp: boolean): number {
  if (v === undefined || v === null) throw new Error('nil value for IntOrString');
  if (typeof v === 'number') return Math.trunc(v);
  if (!v.endsWith('%')) throw new Error('invalid value for IntOrString: invalid type: string is not a percentage');
  const digits = v.slice(0, -1);
  if (!/^[+-]?\d+$/.test(digits)) throw new Error(`invalid value for IntOrString: invalid value "${v}": strconv.Atoi: parsing "${digits}": invalid syntax`);
  const pct = Number(digits);
  const scaled = (pct * total) / 100;
  return roundUp ? Math.ceil(scaled) : Math.floor(scaled);
}

// ---------------------------------------------------------------------------------------------
// Which PDBs cover a pod
// ---------------------------------------------------------------------------------------------

/**
 * The PDB's selector for the disruption controller (policy/v1 lister, GetPodPodDisruptionBudgets):
 * metav1.LabelSelectorAsSelector, so a nil selector matches nothing and an empty one everything.
 * Returns null for "nothing". Throws SelectorError on an invalid selector.
 */
export function pdbSelector(pdb: PodDisruptionBudget): Selector | null {
  const sel = pdb.spec?.selector;
  if (!sel) return null;
  return fromLabelSelector(sel);
}

/** Whether the disruption controller counts this pod for the PDB (same namespace, selector matches). */
export function pdbSelectsPod(pdb: PodDisruptionBudget, pod: Pod): boolean {
  if ((pdb.metadata?.namespace ?? 'default') !== (pod.metadata?.namespace ?? 'default')) return false;
  let sel: Selector | null;
  try {
    sel = pdbSelector(pdb);
  } catch {
    return false;
  }
  return sel !== null && matchesLabels(sel, pod.metadata?.labels);
}

/**
 * Whether the Eviction subresource applies this PDB to the pod (eviction.go getPodDisruptionBudgets):
 * unlike the controller, a nil *or empty* selector matches nothing there.
 */
export function pdbGuardsPodForEviction(pdb: PodDisruptionBudget, pod: Pod): boolean {
  if ((pdb.metadata?.namespace ?? 'default') !== (pod.metadata?.namespace ?? 'default')) return false;
  let sel: Selector | null;
  try {
    sel = pdbSelector(pdb);
  } catch {
    return false;
  }
  if (sel === null || sel.length === 0) return false;
  return matchesLabels(sel, pod.metadata?.labels);
}

// ---------------------------------------------------------------------------------------------
// Status math (disruption controller)
// ---------------------------------------------------------------------------------------------

/** The scale of the workload that controls a pod, as the disruption controller's finders return it. */
export interface ControllerScale {
  uid: string;
  scale: number;
}

/**
 * Maps a pod's controller reference to its workload's uid and scale; null when this finder does not
 * know the controller. Throw to report an error (e.g. "does not implement the scale subresource").
 */
export type ScaleFinder = (controllerRef: OwnerReference, namespace: string) => ControllerScale | null;

export interface ExpectedPods {
  expectedCount: number;
  desiredHealthy: number;
  /** Names of selected pods without a controller (reported as an UnmanagedPods warning). */
  unmanagedPods: string[];
}

/** getExpectedScale: sum of the scales of the distinct controllers of the pods. Throws when a pod's controller is unknown. */
export function getExpectedScale(pods: Pod[], finder: ScaleFinder): { expectedCount: number; unmanagedPods: string[] } {
  const controllerScale = new Map<string, number>();
  const unmanagedPods: string[] = [];
  for (const pod of pods) {
    const ref = controllerRefOf(pod);
    if (!ref) {
      unmanagedPods.push(pod.metadata?.name ?? '');
      continue;
    }
    if (controllerScale.has(ref.uid)) continue;
    const found = finder(ref, pod.metadata?.namespace ?? 'default');
    if (!found) throw new Error(`found no controllers for pod "${pod.metadata?.name ?? ''}"`);
    controllerScale.set(found.uid, found.scale);
  }
  let expectedCount = 0;
  for (const s of controllerScale.values()) expectedCount += s;
  return { expectedCount, unmanagedPods };
}

/**
 * getExpectedPodCount: maxUnavailable (int or %) and minAvailable as a percentage need the
 * controllers' scale; an integer minAvailable uses the number of selected pods.
 */
export function getExpectedPodCount(pdb: PodDisruptionBudget, pods: Pod[], finder: ScaleFinder): ExpectedPods {
  const spec = pdb.spec ?? {};
  if (spec.maxUnavailable !== undefined && spec.maxUnavailable !== null) {
    const { expectedCount, unmanagedPods } = getExpectedScale(pods, finder);
    const maxUnavailable = getScaledValueFromIntOrPercent(spec.maxUnavailable, expectedCount, true);
    return { expectedCount, desiredHealthy: Math.max(0, expectedCount - maxUnavailable), unmanagedPods };
  }
  if (spec.minAvailable !== undefined && spec.minAvailable !== null) {
    if (typeof spec.minAvailable === 'number') {
      return { expectedCount: pods.length, desiredHealthy: spec.minAvailable, unmanagedPods: [] };
    }
    const { expectedCount, unmanagedPods } = getExpectedScale(pods, finder);
    return { expectedCount, desiredHealthy: getScaledValueFromIntOrPercent(spec.minAvailable, expectedCount, true), unmanagedPods };
  }
  return { expectedCount: 0, desiredHealthy: 0, unmanagedPods: [] };
}

export type DisruptedPods = Record<string, string>;

/** countHealthyPods: Ready pods, not being deleted, not recently approved for eviction. */
export function countHealthyPods(pods: Pod[], disruptedPods: DisruptedPods, now: number): number {
  let healthy = 0;
  for (const pod of pods) {
    if (pod.metadata?.deletionTimestamp) continue;
    const at = disruptedPods[pod.metadata?.name ?? ''];
    if (at !== undefined && parseK8sTime(at) + DELETION_TIMEOUT_MS > now) continue;
    if (isPodReady(pod)) healthy++;
  }
  return healthy;
}

export interface DisruptedPodMap {
  disruptedPods: DisruptedPods;
  /** When the earliest remaining entry expires (the controller re-syncs then). */
  recheckAt?: number;
  /** Pods approved for eviction more than DeletionTimeout ago that were never deleted ("NotDeleted"). */
  expired: string[];
}

/**
 * buildDisruptedPodMap: keeps the entries whose pod still exists, is not being deleted and whose
 * DeletionTimeout has not passed.
 */
export function buildDisruptedPodMap(pods: Pod[], pdb: PodDisruptionBudget, now: number): DisruptedPodMap {
  const disrupted = pdb.status?.disruptedPods;
  const result: DisruptedPods = {};
  const expired: string[] = [];
  let recheckAt: number | undefined;
  if (!disrupted) return { disruptedPods: result, expired };
  for (const pod of pods) {
    if (pod.metadata?.deletionTimestamp) continue;
    const name = pod.metadata?.name ?? '';
    const at = disrupted[name];
    if (at === undefined) continue;
    const expectedDeletion = parseK8sTime(at) + DELETION_TIMEOUT_MS;
    if (expectedDeletion < now) {
      expired.push(name);
    } else {
      if (recheckAt === undefined || expectedDeletion < recheckAt) recheckAt = expectedDeletion;
      result[name] = at;
    }
  }
  return { disruptedPods: result, recheckAt, expired };
}

/** updatePdbStatus: disruptions are allowed only with expected pods and more healthy than desired. */
export function disruptionsAllowed(currentHealthy: number, desiredHealthy: number, expectedCount: number): number {
  const allowed = currentHealthy - desiredHealthy;
  return expectedCount <= 0 || allowed <= 0 ? 0 : allowed;
}

/** apimeta.SetStatusCondition (lastTransitionTime moves only when the status changes). */
export function setStatusCondition(conditions: Condition[], c: Omit<Condition, 'lastTransitionTime'> & { lastTransitionTime?: string }, now: number): Condition[] {
  const out = conditions.map((x) => ({ ...x }));
  const existing = out.find((x) => x.type === c.type);
  if (!existing) {
    out.push({ ...c, lastTransitionTime: c.lastTransitionTime ?? toK8sTime(now) });
    return out;
  }
  if (existing.status !== c.status) {
    existing.status = c.status;
    existing.lastTransitionTime = c.lastTransitionTime ?? toK8sTime(now);
  }
  existing.reason = c.reason;
  existing.message = c.message;
  existing.observedGeneration = c.observedGeneration;
  return out;
}

/** pdbhelper.UpdateDisruptionAllowedCondition. */
export function withDisruptionAllowedCondition(status: PodDisruptionBudgetStatus, now: number): PodDisruptionBudgetStatus {
  const allowed = status.disruptionsAllowed > 0;
  const conditions = setStatusCondition(status.conditions ?? [], {
    type: DISRUPTION_ALLOWED_CONDITION,
    status: allowed ? 'True' : 'False',
    reason: allowed ? SUFFICIENT_PODS_REASON : INSUFFICIENT_PODS_REASON,
    message: '',
    observedGeneration: status.observedGeneration,
  }, now);
  return { ...status, conditions };
}

/** pdbhelper.ConditionsAreUpToDate. */
export function conditionsAreUpToDate(pdb: PodDisruptionBudget): boolean {
  const status = pdb.status;
  const cond = status?.conditions?.find((c) => c.type === DISRUPTION_ALLOWED_CONDITION);
  if (!status || !cond) return false;
  if ((status.observedGeneration ?? 0) !== (pdb.metadata?.generation ?? 0)) return false;
  if (status.disruptionsAllowed > 0) return cond.status === 'True' && cond.reason === SUFFICIENT_PODS_REASON;
  return cond.status === 'False' && cond.reason === INSUFFICIENT_PODS_REASON;
}

/** The "why" of a PDB status: the numbers that went into it. */
export interface PdbStatusWhy {
  selectedPods: number;
  expectedCount: number;
  desiredHealthy: number;
  currentHealthy: number;
  disruptionsAllowed: number;
  /** minAvailable / maxUnavailable as written in the spec. */
  rule: { minAvailable?: number | string; maxUnavailable?: number | string };
  unmanagedPods: string[];
  /** Pods not counted healthy because an eviction of them was approved and is pending. */
  pendingDisruptions: string[];
}

export interface PdbStatusResult {
  status: PodDisruptionBudgetStatus;
  /** Whether the stored status differs (updatePdbStatus writes only then). */
  changed: boolean;
  recheckAt?: number;
  expiredDisruptions: string[];
  unmanagedPods: string[];
  why: PdbStatusWhy;
}

/**
 * trySync's status computation: pods are the pods the PDB selects (controller semantics).
 * Throws when the expected count cannot be computed (the controller then applies failSafeStatus).
 */
export function computePdbStatus(pdb: PodDisruptionBudget, pods: Pod[], finder: ScaleFinder, now: number): PdbStatusResult {
  const { expectedCount, desiredHealthy, unmanagedPods } = getExpectedPodCount(pdb, pods, finder);
  const dmap = buildDisruptedPodMap(pods, pdb, now);
  const currentHealthy = countHealthyPods(pods, dmap.disruptedPods, now);
  const allowed = disruptionsAllowed(currentHealthy, desiredHealthy, expectedCount);
  const generation = pdb.metadata?.generation ?? 0;
  const old = pdb.status;
  const why: PdbStatusWhy = {
    selectedPods: pods.length, expectedCount, desiredHealthy, currentHealthy, disruptionsAllowed: allowed,
    rule: { minAvailable: pdb.spec?.minAvailable, maxUnavailable: pdb.spec?.maxUnavailable },
    unmanagedPods, pendingDisruptions: Object.keys(dmap.disruptedPods),
  };
  const unchanged = old !== undefined &&
    old.currentHealthy === currentHealthy && old.desiredHealthy === desiredHealthy &&
    old.expectedPods === expectedCount && old.disruptionsAllowed === allowed &&
    sameDisruptedPods(old.disruptedPods, dmap.disruptedPods) &&
    (old.observedGeneration ?? 0) === generation && conditionsAreUpToDate(pdb);
  if (unchanged) {
    return { status: old, changed: false, recheckAt: dmap.recheckAt, expiredDisruptions: dmap.expired, unmanagedPods, why };
  }
  const status = withDisruptionAllowedCondition({
    currentHealthy, desiredHealthy, expectedPods: expectedCount, disruptionsAllowed: allowed,
    ...(Object.keys(dmap.disruptedPods).length > 0 ? { disruptedPods: dmap.disruptedPods } : {}),
    observedGeneration: generation,
    conditions: old?.conditions,
  }, now);
  if (!status.conditions) delete status.conditions;
  return { status, changed: true, recheckAt: dmap.recheckAt, expiredDisruptions: dmap.expired, unmanagedPods, why };
}

/** failSafe: when the status cannot be computed, at least stop approving evictions. */
export function failSafeStatus(pdb: PodDisruptionBudget, message: string, now: number): PodDisruptionBudgetStatus {
  const old = pdb.status ?? { currentHealthy: 0, desiredHealthy: 0, expectedPods: 0, disruptionsAllowed: 0 };
  return {
    ...old,
    disruptionsAllowed: 0,
    conditions: setStatusCondition(old.conditions ?? [], {
      type: DISRUPTION_ALLOWED_CONDITION, status: 'False', reason: SYNC_FAILED_REASON, message,
      observedGeneration: old.observedGeneration,
    }, now),
  };
}

function sameDisruptedPods(a: DisruptedPods | undefined, b: DisruptedPods): boolean {
  const ak = Object.keys(a ?? {});
  if (ak.length !== Object.keys(b).length) return false;
  return ak.every((k) => b[k] !== undefined && parseK8sTime(b[k]) === parseK8sTime((a ?? {})[k]));
}

// ---------------------------------------------------------------------------------------------
// The Eviction subresource's decision (eviction.go Create)
// ---------------------------------------------------------------------------------------------

export type EvictionAllowReason =
  /** canIgnorePDB: Succeeded / Failed / Pending, or already terminating. */
  | 'PodNotGuarded'
  | 'NoPodDisruptionBudget'
  /** The pod is not Ready and the PDB says unhealthyPodEvictionPolicy: AlwaysAllow. */
  | 'UnhealthyPodAlwaysAllow'
  /** The pod is not Ready and the budget is met (currentHealthy >= desiredHealthy > 0). */
  | 'UnhealthyPodBudgetMet'
  /** checkAndDecrement succeeded. */
  | 'DisruptionAllowed';

export type EvictionDecision =
  | {
    allowed: true;
    reason: EvictionAllowReason;
    pdb?: string;
    /**
     * Delete with this resourceVersion precondition (upstream guards against the pod turning Ready
     * meanwhile); a Conflict on the delete must be answered with a 429 like a budget refusal.
     */
    resourceVersionPrecondition?: string;
    /** Write this PDB status (decremented, disruptedPods updated) before deleting; absent for dry runs. */
    pdbStatus?: PodDisruptionBudgetStatus;
  }
  | {
    allowed: false;
    code: 429 | 403 | 500;
    /** Kubernetes Status reason ('' for the 500, which upstream returns without one). */
    reason: 'TooManyRequests' | 'Forbidden' | '';
    message: string;
    causes?: { reason: string; message: string }[];
    retryAfterSeconds?: number;
    pdb?: string;
  };

export interface EvictionInput {
  pod: Pod;
  /** PDBs in the pod's namespace (the function picks the ones that guard the pod). */
  pdbs: PodDisruptionBudget[];
  now: number;
  dryRun?: boolean;
  /** The client sent a resourceVersion precondition itself (then none is added). */
  clientResourceVersion?: boolean;
}

/** eviction.go Create, minus the I/O: decides whether the pod may be deleted now and what to write. */
export function checkEviction(input: EvictionInput): EvictionDecision {
  const { pod, now } = input;
  const phase = pod.status?.phase;
  const terminating = !!pod.metadata?.deletionTimestamp;
  if (phase === 'Succeeded' || phase === 'Failed' || phase === 'Pending' || terminating) {
    // shouldEnforceResourceVersion: only non-terminal, non-terminating pods (i.e. Pending here).
    const enforce = phase !== 'Succeeded' && phase !== 'Failed' && !terminating && !input.clientResourceVersion;
    return { allowed: true, reason: 'PodNotGuarded', ...(enforce ? { resourceVersionPrecondition: pod.metadata?.resourceVersion } : {}) };
  }
  const pdbs = input.pdbs.filter((p) => pdbGuardsPodForEviction(p, pod));
  if (pdbs.length > 1) return { allowed: false, code: 500, reason: '', message: MULTIPLE_PDBS_MESSAGE };
  if (pdbs.length === 0) return { allowed: true, reason: 'NoPodDisruptionBudget' };
  const pdb = pdbs[0];
  const name = pdb.metadata?.name ?? '';
  const st = pdb.status ?? { currentHealthy: 0, desiredHealthy: 0, expectedPods: 0, disruptionsAllowed: 0 };
  const rvPrecondition = input.clientResourceVersion ? {} : { resourceVersionPrecondition: pod.metadata?.resourceVersion };
  if (!isPodReady(pod)) {
    if (pdb.spec?.unhealthyPodEvictionPolicy === ALWAYS_ALLOW) {
      return { allowed: true, reason: 'UnhealthyPodAlwaysAllow', pdb: name, ...rvPrecondition };
    }
    if (st.currentHealthy >= st.desiredHealthy && st.desiredHealthy > 0) {
      return { allowed: true, reason: 'UnhealthyPodBudgetMet', pdb: name, ...rvPrecondition };
    }
  }
  // checkAndDecrement
  if ((st.observedGeneration ?? 0) < (pdb.metadata?.generation ?? 0)) return stillProcessing(name);
  if (st.disruptionsAllowed < 0) return forbidden(name, 'pdb disruptions allowed is negative');
  if (Object.keys(st.disruptedPods ?? {}).length > MAX_DISRUPTED_POD_SIZE) {
    return forbidden(name, 'DisruptedPods map too big - too many evictions not confirmed by PDB controller');
  }
  if (st.disruptionsAllowed === 0) {
    return {
      allowed: false, code: 429, reason: 'TooManyRequests', message: EVICTION_VIOLATES_BUDGET_MESSAGE, pdb: name,
      causes: [{ reason: DISRUPTION_BUDGET_CAUSE, message: `The disruption budget ${name} needs ${st.desiredHealthy} healthy pods and has ${st.currentHealthy} currently` }],
    };
  }
  let next: PodDisruptionBudgetStatus = { ...st, disruptionsAllowed: st.disruptionsAllowed - 1 };
  if (next.disruptionsAllowed === 0) next = withDisruptionAllowedCondition(next, now);
  if (input.dryRun) return { allowed: true, reason: 'DisruptionAllowed', pdb: name };
  next.disruptedPods = { ...(st.disruptedPods ?? {}), [pod.metadata?.name ?? '']: toK8sTime(now) };
  return { allowed: true, reason: 'DisruptionAllowed', pdb: name, pdbStatus: next };
}

function stillProcessing(name: string): EvictionDecision {
  return {
    allowed: false, code: 429, reason: 'TooManyRequests', message: EVICTION_VIOLATES_BUDGET_MESSAGE, pdb: name, retryAfterSeconds: 10,
    causes: [{ reason: DISRUPTION_BUDGET_CAUSE, message: `The disruption budget ${name} is still being processed by the server.` }],
  };
}

function forbidden(name: string, why: string): EvictionDecision {
  return { allowed: false, code: 403, reason: 'Forbidden', message: `poddisruptionbudget.policy "${name}" is forbidden: ${why}`, pdb: name };
}
