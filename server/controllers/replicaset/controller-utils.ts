/**
 * Helpers the workload controllers share, after upstream pkg/controller/controller_utils.go and
 * controller_ref_manager.go: active pods, availability, the scale-down ranking, controller
 * references, pods from templates, adoption/release, and pod condition updates.
 */
import { controllerRefOf, isPodReady } from '../../../core/pdb.js';
import { matchesLabels, type Selector } from '../../../core/labels.js';
import { parseK8sTime, toK8sTime } from '../../../core/time-format.js';
import type { KObject, OwnerReference, Pod, PodCondition, PodStatus } from '../../../core/types.js';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1.js';
import type { Store } from '../../store/index.js';
import { isPodActive, podFacts, podMatches, selectorKey } from './pod-facts.js';

export { isPodActive };

export { isPodReady, controllerRefOf };

/** Pod annotation read by the scale-down ranking (core.PodDeletionCost). */
export const POD_DELETION_COST_ANNOTATION = 'controller.kubernetes.io/pod-deletion-cost';

/** Event reasons of RealPodControl (controller_utils.go). */
export const SUCCESSFUL_CREATE_POD_REASON = 'SuccessfulCreate';
export const FAILED_CREATE_POD_REASON = 'FailedCreate';
export const SUCCESSFUL_DELETE_POD_REASON = 'SuccessfulDelete';
export const FAILED_DELETE_POD_REASON = 'FailedDelete';

/** Store index names the workload controllers register on pods. */
export const POD_CONTROLLER_UID_INDEX = 'workload/controller-uid';
export const POD_ORPHAN_NAMESPACE_INDEX = 'workload/orphans-by-namespace';

// ---------------------------------------------------------------------------------------------
// Pod state
// ---------------------------------------------------------------------------------------------


export function filterActivePods(pods: Pod[]): Pod[] {
  return pods.filter(isPodActive);
}

export function isPodTerminal(p: Pod): boolean {
  return p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed';
}

/** When the Ready condition last became True (0 = unknown / zero time). */
export function podReadyTime(pod: Pod): number {
  if (!isPodReady(pod)) return 0;
  const c = (pod.status?.conditions ?? []).find((x) => x.type === 'Ready' && x.status === 'True');
  const t = parseK8sTime(c?.lastTransitionTime);
  return Number.isNaN(t) ? 0 : t;
}

/** podutil.IsPodAvailable: Ready for at least minReadySeconds. */
export function isPodAvailable(pod: Pod, minReadySeconds: number, now: number): boolean {
  if (!isPodReady(pod)) return false;
  if (!minReadySeconds) return true;
  const since = podReadyTime(pod);
  return since !== 0 && since + minReadySeconds * 1000 < now;
}

/**
 * How long until the next Ready pod becomes available (readiness + minReadySeconds has passed), or
 * undefined. Controllers resync then, as upstream's AddAfter(minReadySeconds) does; computing the
 * exact instant avoids the manual clock landing on the (exclusive) boundary.
 */
export function nextAvailableIn(pods: Pod[], minReadySeconds: number, now: number): number | undefined {
  if (!minReadySeconds) return undefined;
  let next: number | undefined;
  for (const p of pods) {
    if (!isPodReady(p) || isPodAvailable(p, minReadySeconds, now)) continue;
    const since = podReadyTime(p);
    if (since === 0) continue;
    const at = since + minReadySeconds * 1000 + 1;
    if (next === undefined || at < next) next = at;
  }
  return next === undefined ? undefined : Math.max(0, next - now);
}

export function maxContainerRestarts(pod: Pod): number {
  let max = 0;
  for (const c of pod.status?.containerStatuses ?? []) max = Math.max(max, c.restartCount ?? 0);
  return max;
}

function creationTime(o: KObject): number {
  const t = parseK8sTime(o.metadata?.creationTimestamp);
  return Number.isNaN(t) ? 0 : t;
}

/** helper.GetDeletionCostFromPodAnnotations (an invalid value counts as 0, as the sorter ignores the error). */
export function podDeletionCost(pod: Pod): number {
  const v = pod.metadata?.annotations?.[POD_DELETION_COST_ANNOTATION];
  if (v === undefined || !/^[+-]?\d+$/.test(v)) return 0;
  const n = Number(v);
  return n >= -2147483648 && n <= 2147483647 ? n : 0;
}

// ---------------------------------------------------------------------------------------------
// Scale-down ranking (ActivePodsWithRanks.Less)
// ---------------------------------------------------------------------------------------------

const PHASE_ORDINAL: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

export interface RankedPod {
  pod: Pod;
  /** Active pods of the same workload on the pod's node ("doubled up" pods go first). */
  rank: number;
}

/** afterOrZero: a zero time counts as after any real time. */
function afterOrZero(t1: number, t2: number): boolean {
  if (t1 === 0 || t2 === 0) return t1 === 0;
  return t1 > t2;
}

/** logarithmicRankDiff on nanosecond durations, like upstream. */
function logarithmicRankDiff(t1: number, t2: number, now: number): number {
  const d1 = (now - t1) * 1e6;
  const d2 = (now - t2) * 1e6;
  const r1 = d1 > 0 ? Math.trunc(Math.log2(d1)) : -1;
  const r2 = d2 > 0 ? Math.trunc(Math.log2(d2)) : -1;
  return r1 - r2;
}

/**
 * ActivePodsWithRanks.Less: true when a should be deleted before b. now enables the
 * LogarithmicScaleDown comparison of ready and creation times (GA; pass undefined for exact times).
 */
export function preferForDeletion(a: RankedPod, b: RankedPod, now?: number): boolean {
  const pa = a.pod, pb = b.pod;
  const na = pa.spec?.nodeName ?? '', nb = pb.spec?.nodeName ?? '';
  // 1. Unassigned < assigned
  if (na !== nb && (na === '' || nb === '')) return na === '';
  // 2. PodPending < PodUnknown < PodRunning
  const oa = PHASE_ORDINAL[pa.status?.phase ?? ''] ?? 0, ob = PHASE_ORDINAL[pb.status?.phase ?? ''] ?? 0;
  if (oa !== ob) return oa < ob;
  // 3. Not ready < ready
  const ra = isPodReady(pa), rb = isPodReady(pb);
  if (ra !== rb) return !ra;
  // 4. lower pod-deletion-cost < higher pod-deletion-cost
  const ca = podDeletionCost(pa), cb = podDeletionCost(pb);
  if (ca !== cb) return ca < cb;
  // 5. Doubled up < not doubled up
  if (a.rank !== b.rank) return a.rank > b.rank;
  // 6. Been ready for empty time < less time < more time
  if (ra && rb) {
    const t1 = podReadyTime(pa), t2 = podReadyTime(pb);
    if (t1 !== t2) {
      if (now === undefined || t1 === 0 || t2 === 0) return afterOrZero(t1, t2);
      const d = logarithmicRankDiff(t1, t2, now);
      if (d === 0) return (pa.metadata?.uid ?? '') < (pb.metadata?.uid ?? '');
      return d < 0;
    }
  }
  // 7. Pods with containers with higher restart counts < lower restart counts
  const xa = maxContainerRestarts(pa), xb = maxContainerRestarts(pb);
  if (xa !== xb) return xa > xb;
  // 8. Empty creation time pods < newer pods < older pods
  const c1 = creationTime(pa), c2 = creationTime(pb);
  if (c1 !== c2) {
    if (now === undefined || c1 === 0 || c2 === 0) return afterOrZero(c1, c2);
    const d = logarithmicRankDiff(c1, c2, now);
    if (d === 0) return (pa.metadata?.uid ?? '') < (pb.metadata?.uid ?? '');
    return d < 0;
  }
  return false;
}

/** Sorts (stably) so the pods to delete first come first. */
export function sortForDeletion(pods: RankedPod[], now?: number): RankedPod[] {
  return [...pods].sort((a, b) => (preferForDeletion(a, b, now) ? -1 : preferForDeletion(b, a, now) ? 1 : 0));
}

/** getPodsRankedByRelatedPodsOnSameNode: rank = active related pods on the same node. */
export function rankByRelatedPodsOnSameNode(podsToRank: Pod[], relatedPods: Pod[]): RankedPod[] {
  const onNode = new Map<string, number>();
  for (const p of relatedPods) {
    if (isPodActive(p)) {
      const n = p.spec?.nodeName ?? '';
      onNode.set(n, (onNode.get(n) ?? 0) + 1);
    }
  }
  return podsToRank.map((pod) => ({ pod, rank: onNode.get(pod.spec?.nodeName ?? '') ?? 0 }));
}

/** The ranking keys of a pod, for the "why" of a scale-down. */
export function rankingKeys(r: RankedPod): Record<string, unknown> {
  const p = r.pod;
  return {
    pod: p.metadata?.name, node: p.spec?.nodeName ?? '', phase: p.status?.phase ?? '', ready: isPodReady(p),
    deletionCost: podDeletionCost(p), podsOnNode: r.rank, readySince: p.status?.conditions?.find((c) => c.type === 'Ready')?.lastTransitionTime,
    restarts: maxContainerRestarts(p), created: p.metadata?.creationTimestamp,
  };
}

// ---------------------------------------------------------------------------------------------
// Controller references and pods from templates
// ---------------------------------------------------------------------------------------------

/** metav1.NewControllerRef. */
export function newControllerRef(owner: KObject, apiVersion: string, kind: string): OwnerReference {
  return {
    apiVersion, kind, name: owner.metadata?.name ?? '', uid: owner.metadata?.uid ?? '',
    controller: true, blockOwnerDeletion: true,
  };
}

/**
 * GetPodFromTemplate: labels, annotations, finalizers and spec from the template; generateName
 * `<owner>-`; in the owner's namespace (PodControl.CreatePods creates it there).
 */
export function podFromTemplate(template: PodTemplateSpec | undefined, owner: KObject, controllerRef: OwnerReference): Pod {
  const t = structuredClone(template ?? {});
  const metadata: Pod['metadata'] = {
    generateName: `${owner.metadata?.name ?? ''}-`, namespace: owner.metadata?.namespace ?? 'default', ownerReferences: [controllerRef],
  };
  if (t.metadata?.labels) metadata.labels = t.metadata.labels;
  if (t.metadata?.annotations) metadata.annotations = t.metadata.annotations;
  if (t.metadata?.finalizers) metadata.finalizers = t.metadata.finalizers;
  return { apiVersion: 'v1', kind: 'Pod', metadata, spec: t.spec ?? { containers: [] } };
}

/** Pod indexes by controller uid and orphans by namespace, registered once per store. */
const indexed = new WeakSet<Store>();
export function ensurePodIndexes(store: Store): void {
  if (indexed.has(store)) return;
  indexed.add(store);
  store.addIndex('Pod', POD_CONTROLLER_UID_INDEX, (o) => {
    const ref = controllerRefOf(o);
    return ref ? [ref.uid] : [];
  });
  store.addIndex('Pod', POD_ORPHAN_NAMESPACE_INDEX, (o) => (controllerRefOf(o) ? [] : [o.metadata?.namespace ?? 'default']));
}

/** Pods a controller may claim: the ones it controls plus the namespace's orphans. */
export function claimCandidates(store: Store, owner: KObject): Pod[] {
  ensurePodIndexes(store);
  const owned = store.byIndex<Pod>('Pod', POD_CONTROLLER_UID_INDEX, owner.metadata?.uid ?? '');
  const orphans = store.byIndex<Pod>('Pod', POD_ORPHAN_NAMESPACE_INDEX, owner.metadata?.namespace ?? 'default');
  if (orphans.length === 0) return owned; // byIndex returns a fresh array
  return [...owned, ...orphans];
}

export interface ClaimResult<T extends KObject> {
  claimed: T[];
  adopt: T[];
  release: T[];
}

/**
 * BaseControllerRefManager.ClaimObject over a list: keep what we own and still select, release
 * what we own but no longer select, adopt matching orphans (never while we or they are being deleted).
 */
export function claimObjects<T extends KObject>(owner: KObject, selector: Selector, objs: T[], extraMatch: (o: T) => boolean = () => true): ClaimResult<T> {
  const out: ClaimResult<T> = { claimed: [], adopt: [], release: [] };
  const ownerDeleting = !!owner.metadata?.deletionTimestamp;
  const match = (o: T) => selector.length > 0 && matchesLabels(selector, o.metadata?.labels) && extraMatch(o);
  for (const o of objs) {
    const ref = controllerRefOf(o);
    if (ref) {
      if (ref.uid !== owner.metadata?.uid) continue;
      if (match(o)) out.claimed.push(o);
      else if (!ownerDeleting) out.release.push(o);
      continue;
    }
    if (ownerDeleting || !match(o) || o.metadata?.deletionTimestamp) continue;
    if (owner.metadata?.namespace && owner.metadata.namespace !== o.metadata?.namespace) continue;
    out.adopt.push(o);
  }
  return out;
}

/**
 * One pass over a controller's pod candidates: claimObjects over the active ones, plus the
 * inactive pods it controls (what replacements are for), each list in candidate order. Same result
 * as claimObjects(owner, selector, filterActivePods(pods)) and a filter for the inactive ones.
 */
export function claimActivePods(owner: KObject, selector: Selector, pods: Pod[]): { claims: ClaimResult<Pod>; inactive: Pod[] } {
  const claims: ClaimResult<Pod> = { claimed: [], adopt: [], release: [] };
  const inactive: Pod[] = [];
  const uid = owner.metadata?.uid;
  const ns = owner.metadata?.namespace;
  const ownerDeleting = !!owner.metadata?.deletionTimestamp;
  const key = selectorKey(selector);
  for (const o of pods) {
    const f = podFacts(o);
    const ref = f.ref;
    if (!f.active) {
      if (ref?.uid === uid) inactive.push(o);
      continue;
    }
    if (ref) {
      if (ref.uid !== uid) continue;
      if (selector.length > 0 && podMatches(o, selector, key)) claims.claimed.push(o);
      else if (!ownerDeleting) claims.release.push(o);
      continue;
    }
    if (ownerDeleting || !(selector.length > 0 && podMatches(o, selector, key)) || o.metadata?.deletionTimestamp) continue;
    if (ns && ns !== o.metadata?.namespace) continue;
    claims.adopt.push(o);
  }
  return { claims, inactive };
}

/** Writes adoptions and releases; returns the claimed objects as stored afterwards. */
export function applyClaims<T extends KObject>(store: Store, kind: 'Pod' | 'ReplicaSet', owner: KObject, ref: OwnerReference, res: ClaimResult<T>): T[] {
  const claimed = [...res.claimed];
  for (const o of res.adopt) {
    const cur = store.get<T>(kind, o.metadata?.namespace, o.metadata?.name ?? '');
    if (!cur || cur.metadata?.uid !== o.metadata?.uid || controllerRefOf(cur)) continue;
    claimed.push(store.mutate<T>(kind, o.metadata?.namespace, o.metadata?.name ?? '', (c) => {
      const m = (c.metadata ??= {});
      m.ownerReferences = [...(m.ownerReferences ?? []), ref];
    }));
  }
  for (const o of res.release) {
    const cur = store.get<T>(kind, o.metadata?.namespace, o.metadata?.name ?? '');
    if (!cur || cur.metadata?.uid !== o.metadata?.uid) continue;
    store.mutate<T>(kind, o.metadata?.namespace, o.metadata?.name ?? '', (c) => {
      const m = (c.metadata ??= {});
      m.ownerReferences = (m.ownerReferences ?? []).filter((r) => r.uid !== owner.metadata?.uid);
      if (m.ownerReferences.length === 0) delete m.ownerReferences;
    });
  }
  return claimed;
}

// ---------------------------------------------------------------------------------------------
// Template hash (controller_utils.go ComputeHash)
// ---------------------------------------------------------------------------------------------

/** JSON with sorted keys and no undefined values: the deterministic encoding that is hashed. */
export function canonicalJSON(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : canonicalJSON(x))).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonicalJSON(o[k])}`).join(',')}}`;
}

function fnv32a(bytes: Uint8Array, h = 0x811c9dc5): number {
  for (const b of bytes) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** rand.SafeEncodeString: maps each character onto the consonant/digit alphabet. */
export function safeEncodeString(s: string): string {
  const alphanums = 'bcdfghjklmnpqrstvwxz2456789';
  let out = '';
  for (const ch of s) out += alphanums[ch.codePointAt(0)! % alphanums.length];
  return out;
}

/**
 * controller.ComputeHash: fnv32a of the template plus the collision count (little-endian uint32),
 * encoded like upstream. Upstream hashes a spew dump of the Go struct; kemu hashes canonical JSON,
 * so the values differ from a real cluster's but are stable and change exactly when the template does.
 */
export function computeHash(template: PodTemplateSpec | undefined, collisionCount?: number): string {
  let h = fnv32a(new TextEncoder().encode(canonicalJSON(template ?? {})));
  if (collisionCount !== undefined) {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, collisionCount >>> 0, true);
    h = fnv32a(b, h);
  }
  return safeEncodeString(String(h));
}

// ---------------------------------------------------------------------------------------------
// Pod conditions
// ---------------------------------------------------------------------------------------------

/**
 * apipod.UpdatePodCondition: replaces the condition of that type (lastTransitionTime kept when the
 * status does not change); returns whether anything changed.
 */
export function updatePodCondition(status: PodStatus, condition: PodCondition, now: number): boolean {
  const c: PodCondition = { ...condition, lastTransitionTime: toK8sTime(now) };
  const list = (status.conditions ??= []);
  const i = list.findIndex((x) => x.type === c.type);
  if (i < 0) {
    list.push(c);
    return true;
  }
  const old = list[i];
  if (c.status === old.status) c.lastTransitionTime = old.lastTransitionTime;
  const equal = c.status === old.status && (c.reason ?? '') === (old.reason ?? '') && (c.message ?? '') === (old.message ?? '') &&
    (c.lastProbeTime ?? '') === (old.lastProbeTime ?? '') && (c.lastTransitionTime ?? '') === (old.lastTransitionTime ?? '');
  list[i] = c;
  return !equal;
}

/** Sorts objects by creation time, then name (ReplicaSetsByCreationTimestamp and friends). */
export function byCreationTimestamp<T extends KObject>(a: T, b: T): number {
  const d = creationTime(a) - creationTime(b);
  if (d !== 0) return d;
  const na = a.metadata?.name ?? '', nb = b.metadata?.name ?? '';
  return na < nb ? -1 : na > nb ? 1 : 0;
}

export { creationTime };
