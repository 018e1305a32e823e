/**
 * Taint / toleration matching, shared by the scheduler, the node lifecycle and taint eviction
 * controllers and admission. Replicates:
 * - staging/src/k8s.io/api/core/v1/toleration.go (ToleratesTaint, MatchToleration)
 * - staging/src/k8s.io/api/core/v1/taint.go (MatchTaint, ToString)
 * - staging/src/k8s.io/component-helpers/scheduling/corev1/helpers.go
 *   (TolerationsTolerateTaint, FindMatchingUntoleratedTaint)
 * - pkg/apis/core/v1/helper/helpers.go (GetMatchingTolerations, AddOrUpdateTolerationInPodSpec)
 * - pkg/util/taints/taints.go (TaintExists, TaintSetDiff, TaintSetFilter, AddOrUpdateTaint, RemoveTaint)
 *
 * All functions are pure: inputs are never mutated, new arrays are returned.
 */
import type { Taint, Toleration } from './types.js';

/** Well-known taint keys (k8s.io/api/core/v1/well_known_taints.go). */
export const TAINT_NODE_NOT_READY = 'node.kubernetes.io/not-ready';
export const TAINT_NODE_UNREACHABLE = 'node.kubernetes.io/unreachable';
export const TAINT_NODE_UNSCHEDULABLE = 'node.kubernetes.io/unschedulable';
export const TAINT_NODE_MEMORY_PRESSURE = 'node.kubernetes.io/memory-pressure';
export const TAINT_NODE_DISK_PRESSURE = 'node.kubernetes.io/disk-pressure';
export const TAINT_NODE_NETWORK_UNAVAILABLE = 'node.kubernetes.io/network-unavailable';
export const TAINT_NODE_PID_PRESSURE = 'node.kubernetes.io/pid-pressure';
export const TAINT_NODE_OUT_OF_SERVICE = 'node.kubernetes.io/out-of-service';

export const TaintEffect = {
  NoSchedule: 'NoSchedule',
  PreferNoSchedule: 'PreferNoSchedule',
  NoExecute: 'NoExecute',
} as const;
export type TaintEffectName = (typeof TaintEffect)[keyof typeof TaintEffect];

export const TolerationOperator = { Equal: 'Equal', Exists: 'Exists', Lt: 'Lt', Gt: 'Gt' } as const;

export interface MatchOptions {
  /**
   * Feature gate TaintTolerationComparisonOperators (alpha): enables the numeric `Lt` / `Gt`
   * operators. Off by default, as upstream; with it off such a toleration matches nothing.
   */
  comparisonOperators?: boolean;
}

// A decimal integer in canonical form (k8s.io/apimachinery/pkg/api/validate/content.IsDecimalInteger):
// "0", or an optional minus and a non-zero leading digit.
const DECIMAL_INTEGER = /^(?:0|-?[1-9][0-9]*)$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

function parseInt64(s: string): bigint | undefined {
  if (!DECIMAL_INTEGER.test(s)) return undefined;
  const v = BigInt(s);
  return v < INT64_MIN || v > INT64_MAX ? undefined : v;
}

/**
 * Toleration.ToleratesTaint: effect (empty matches all), then key (empty matches all), then the
 * operator: "" / Equal compare values exactly, Exists matches any value, Lt / Gt compare int64
 * values (taint < toleration / taint > toleration) when enabled; anything else never matches.
 */
export function toleratesTaint(t: Toleration, taint: Taint, opts: MatchOptions = {}): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  switch (t.operator ?? '') {
    case '':
    case TolerationOperator.Equal:
      return (t.value ?? '') === (taint.value ?? '');
    case TolerationOperator.Exists:
      return true;
    case TolerationOperator.Lt:
    case TolerationOperator.Gt: {
      if (!opts.comparisonOperators) return false;
      const tol = parseInt64(t.value ?? '');
      const val = parseInt64(taint.value ?? '');
      if (tol === undefined || val === undefined) return false;
      return t.operator === TolerationOperator.Lt ? val < tol : val > tol;
    }
    default:
      return false;
  }
}

/** TolerationsTolerateTaint: true iff any toleration tolerates the taint. */
export function tolerationsTolerateTaint(tolerations: readonly Toleration[] | undefined, taint: Taint, opts: MatchOptions = {}): boolean {
  return (tolerations ?? []).some((t) => toleratesTaint(t, taint, opts));
}

/**
 * FindMatchingUntoleratedTaint: the first taint (in node order) that passes the filter and that no
 * toleration tolerates, or undefined when all filtered taints are tolerated.
 */
export function findMatchingUntoleratedTaint(
  taints: readonly Taint[] | undefined,
  tolerations: readonly Toleration[] | undefined,
  filter?: (t: Taint) => boolean,
  opts: MatchOptions = {},
): Taint | undefined {
  for (const taint of taints ?? []) {
    if (filter && !filter(taint)) continue;
    if (!tolerationsTolerateTaint(tolerations, taint, opts)) return taint;
  }
  return undefined;
}

export interface MatchingTolerations {
  /** Every taint is tolerated by at least one toleration. */
  allTolerated: boolean;
  /** For each taint, in node order, the FIRST toleration (pod order) that tolerates it (duplicates possible). */
  used: Toleration[];
}

/**
 * GetMatchingTolerations (used by the taint eviction controller). Only the first matching
 * toleration per taint counts: a later one with a shorter tolerationSeconds is ignored.
 */
export function getMatchingTolerations(
  taints: readonly Taint[] | undefined,
  tolerations: readonly Toleration[] | undefined,
  opts: MatchOptions = {},
): MatchingTolerations {
  const ts = taints ?? [];
  const tols = tolerations ?? [];
  if (ts.length === 0) return { allTolerated: true, used: [] };
  if (tols.length === 0) return { allTolerated: false, used: [] };
  const used: Toleration[] = [];
  for (const taint of ts) {
    const match = tols.find((t) => toleratesTaint(t, taint, opts));
    if (!match) return { allTolerated: false, used: [] };
    used.push(match);
  }
  return { allTolerated: true, used };
}

/** Taint.MatchTaint: taints are unique by key and effect. */
export function matchTaint(a: Taint, b: Taint): boolean {
  return a.key === b.key && a.effect === b.effect;
}

/** Semantic equality of two taints (key, value, effect, timeAdded). */
export function taintEqual(a: Taint, b: Taint): boolean {
  return a.key === b.key && (a.value ?? '') === (b.value ?? '') && a.effect === b.effect && sameTime(a.timeAdded, b.timeAdded);
}

function sameTime(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return !a && !b;
  return a === b || Date.parse(a) === Date.parse(b);
}

/** Semantic equality of two taint lists (order matters, as with reflect.DeepEqual). */
export function taintsEqual(a: readonly Taint[] | undefined, b: readonly Taint[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((t, i) => taintEqual(t, y[i]));
}

/** TaintExists: a taint with the same key and effect is present. */
export function taintExists(taints: readonly Taint[] | undefined, taint: Taint): boolean {
  return (taints ?? []).some((t) => matchTaint(t, taint));
}

/** TaintSetFilter. */
export function taintSetFilter(taints: readonly Taint[] | undefined, fn: (t: Taint) => boolean): Taint[] {
  return (taints ?? []).filter(fn);
}

/** TaintSetDiff: taints in `desired` missing from `current`, and taints in `current` not in `desired`. */
export function taintSetDiff(desired: readonly Taint[], current: readonly Taint[]): { toAdd: Taint[]; toRemove: Taint[] } {
  return {
    toAdd: desired.filter((t) => !taintExists(current, t)),
    toRemove: current.filter((t) => !taintExists(desired, t)),
  };
}

/**
 * AddOrUpdateTaint: replaces the taint with the same key and effect unless it is identical
 * (semantic deep-equal, timeAdded included), or appends it. Returns undefined when nothing changes.
 */
export function addOrUpdateTaint(taints: readonly Taint[] | undefined, taint: Taint): Taint[] | undefined {
  const out: Taint[] = [];
  let updated = false;
  for (const t of taints ?? []) {
    if (matchTaint(taint, t)) {
      if (taintEqual(taint, t)) return undefined;
      out.push({ ...taint });
      updated = true;
      continue;
    }
    out.push(t);
  }
  if (!updated) out.push({ ...taint });
  return out;
}

/** RemoveTaint / DeleteTaint: drops every taint with the same key and effect; undefined if none. */
export function removeTaint(taints: readonly Taint[] | undefined, taint: Taint): Taint[] | undefined {
  const ts = taints ?? [];
  const out = ts.filter((t) => !matchTaint(t, taint));
  return out.length === ts.length ? undefined : out;
}

/** The NoExecute taints of a node, in order (taint_eviction.go getNoExecuteTaints). */
export function getNoExecuteTaints(taints: readonly Taint[] | undefined): Taint[] {
  return (taints ?? []).filter((t) => t.effect === TaintEffect.NoExecute);
}

/** Taint.ToString: `key=value:effect`, or `key:effect` without a value. */
export function taintToString(t: Taint): string {
  return t.value ? `${t.key}=${t.value}:${t.effect}` : `${t.key}:${t.effect}`;
}

/** Toleration.MatchToleration: tolerations are unique by key, effect, operator and value. */
export function matchToleration(a: Toleration, b: Toleration): boolean {
  return (a.key ?? '') === (b.key ?? '') && (a.effect ?? '') === (b.effect ?? '')
    && (a.operator ?? '') === (b.operator ?? '') && (a.value ?? '') === (b.value ?? '');
}

/** Semantic equality of two tolerations (all fields, tolerationSeconds included). */
export function tolerationEqual(a: Toleration, b: Toleration): boolean {
  return matchToleration(a, b) && (a.tolerationSeconds ?? null) === (b.tolerationSeconds ?? null);
}

/** Semantic equality of two toleration lists (order matters). */
export function tolerationsEqual(a: readonly Toleration[] | undefined, b: readonly Toleration[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((t, i) => tolerationEqual(t, y[i]));
}

/**
 * AddOrUpdateTolerationInPodSpec (pkg/apis/core/v1/helper/helpers.go): every toleration that
 * MatchToleration-matches the new one is replaced by it, otherwise it is appended. (Upstream
 * compares a pointer with a value in its "unchanged" check, so a matching toleration is always
 * rewritten; this keeps that, e.g. a user's tolerationSeconds on a matching toleration is dropped.)
 */
export function addOrUpdateToleration(tolerations: readonly Toleration[] | undefined, toleration: Toleration): Toleration[] {
  const out: Toleration[] = [];
  let updated = false;
  for (const t of tolerations ?? []) {
    if (matchToleration(toleration, t)) {
      out.push({ ...toleration });
      updated = true;
      continue;
    }
    out.push(t);
  }
  if (!updated) out.push({ ...toleration });
  return out;
}
