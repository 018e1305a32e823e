/**
 * Node selector matching (k8s.io/component-helpers/scheduling/corev1/nodeaffinity/nodeaffinity.go):
 * `spec.nodeSelector` (every label equal), required node affinity (terms ORed, expressions and
 * fields in a term ANDed; an empty term or a term with an invalid requirement matches nothing) and
 * preferred terms (the weights of matching terms add up). Compiled once per pod and cycle.
 */
import type { Node, NodeSelectorRequirement, NodeSelectorTerm, Pod } from '../../../core/types.js';

type Requirement = (labels: Record<string, string>, name: string) => boolean;
/** A compiled NodeSelectorTerm; null when it can never match (empty or invalid). */
type Term = Requirement[] | null;

const INT64 = /^[+-]?\d+$/;

function labelRequirement(r: NodeSelectorRequirement): Requirement | null {
  const key = r.key;
  const values = r.values ?? [];
  switch (r.operator) {
    case 'In':
      if (values.length === 0) return null;
      return (l) => Object.prototype.hasOwnProperty.call(l, key) && values.includes(l[key]);
    case 'NotIn':
      if (values.length === 0) return null;
      return (l) => !Object.prototype.hasOwnProperty.call(l, key) || !values.includes(l[key]);
    case 'Exists':
      if (values.length !== 0) return null;
      return (l) => Object.prototype.hasOwnProperty.call(l, key);
    case 'DoesNotExist':
      if (values.length !== 0) return null;
      return (l) => !Object.prototype.hasOwnProperty.call(l, key);
    case 'Gt':
    case 'Lt': {
      if (values.length !== 1 || !INT64.test(values[0])) return null;
      const bound = BigInt(values[0]);
      const gt = r.operator === 'Gt';
      return (l) => {
        const v = l[key];
        if (v === undefined || !INT64.test(v)) return false;
        const n = BigInt(v);
        return gt ? n > bound : n < bound;
      };
    }
    default:
      return null;
  }
}

/** matchFields supports metadata.name with In / NotIn and exactly one value. */
function fieldRequirement(r: NodeSelectorRequirement): Requirement | null {
  if (r.key !== 'metadata.name') return null;
  const values = r.values ?? [];
  if (values.length !== 1) return null;
  if (r.operator === 'In') return (_l, name) => name === values[0];
  if (r.operator === 'NotIn') return (_l, name) => name !== values[0];
  return null;
}

function compileTerm(t: NodeSelectorTerm | undefined): Term {
  const exprs = t?.matchExpressions ?? [];
  const fields = t?.matchFields ?? [];
  if (exprs.length === 0 && fields.length === 0) return null;
  const out: Requirement[] = [];
  for (const e of exprs) {
    const r = labelRequirement(e);
    if (!r) return null;
    out.push(r);
  }
  for (const f of fields) {
    const r = fieldRequirement(f);
    if (!r) return null;
    out.push(r);
  }
  return out;
}

function termMatches(term: Term, labels: Record<string, string>, name: string): boolean {
  if (!term) return false;
  for (const r of term) if (!r(labels, name)) return false;
  return true;
}

export interface CompiledNodeAffinity {
  /** RequiredNodeAffinity.Match (nodeSelector + requiredDuringScheduling). */
  matchesRequired(labels: Record<string, string>, name: string): boolean;
  /** Whether there is any nodeSelector or required term (otherwise every node matches). */
  readonly hasRequired: boolean;
  /** Whether any preferred term with a non-zero weight exists (NodeAffinity PreScore otherwise skips). */
  readonly hasPreferred: boolean;
  /** Sum of the weights of the preferred terms the node matches. */
  preferredScore(labels: Record<string, string>, name: string): number;
}

export function compileNodeAffinity(pod: Pod): CompiledNodeAffinity {
  const selector = Object.entries(pod.spec?.nodeSelector ?? {});
  const na = pod.spec?.affinity?.nodeAffinity;
  const required = na?.requiredDuringSchedulingIgnoredDuringExecution;
  const terms = required ? (required.nodeSelectorTerms ?? []).map(compileTerm) : null;
  const preferred = (na?.preferredDuringSchedulingIgnoredDuringExecution ?? [])
    .filter((p) => p.weight !== 0 && ((p.preference?.matchExpressions?.length ?? 0) + (p.preference?.matchFields?.length ?? 0)) > 0)
    .map((p) => ({ weight: p.weight, term: compileTerm(p.preference) }));
  return {
    hasRequired: selector.length > 0 || terms !== null,
    matchesRequired(labels, name) {
      for (const [k, v] of selector) if (labels[k] !== v) return false;
      if (!terms) return true;
      for (const t of terms) if (termMatches(t, labels, name)) return true;
      return false;
    },
    hasPreferred: preferred.length > 0,
    preferredScore(labels, name) {
      let s = 0;
      for (const p of preferred) if (termMatches(p.term, labels, name)) s += p.weight;
      return s;
    },
  };
}

/** Convenience for hints: whether a pod's required affinity and nodeSelector match a node object. */
export function podMatchesNodeRequired(pod: Pod, node: Node): boolean {
  return compileNodeAffinity(pod).matchesRequired(node.metadata?.labels ?? {}, node.metadata?.name ?? '');
}
