/**
 * What the ReplicaSet sync reads from each of its pods, kept per Pod object: stored objects are
 * replaced on every write, never changed in place, so a pod object's facts never go stale. A
 * busy ReplicaSet is synced at every change of any of its pods and reads all of them; most are
 * the same objects as at the previous sync.
 */
import { controllerRefOf, isPodReady } from '../../../core/pdb.js';
import { matchesLabels, type Selector } from '../../../core/labels.js';
import type { OwnerReference, Pod } from '../../../core/types.js';

interface PodFacts {
  /** isPodActive. */
  active: boolean;
  ref: OwnerReference | undefined;
  ready: boolean;
  /** The last two selectors the pod was matched against (a ReplicaSet's selector and template labels). */
  keyA: string;
  matchA: boolean;
  keyB: string;
  matchB: boolean;
}

/** IsPodActive: not Succeeded, not Failed, not being deleted. */
export function isPodActive(p: Pod): boolean {
  const phase = p.status?.phase;
  return phase !== 'Succeeded' && phase !== 'Failed' && !p.metadata?.deletionTimestamp;
}

const factsByPod = new WeakMap<Pod, PodFacts>();

export function podFacts(p: Pod): PodFacts {
  let f = factsByPod.get(p);
  if (!f) {
    f = {
      active: isPodActive(p),
      ref: controllerRefOf(p), ready: isPodReady(p), keyA: '', matchA: false, keyB: '', matchB: false,
    };
    factsByPod.set(p, f);
  }
  return f;
}

/** A selector's identity for the memo (its requirements in order). */
export function selectorKey(sel: Selector): string {
  // '#' first: never equal to the empty "nothing matched yet" slots.
  return `#${sel.map((r) => `${r.key}\u0000${r.op}\u0000${'values' in r ? r.values.join('\u0001') : ''}`).join('\u0002')}`;
}

/** matchesLabels(sel, pod labels), remembered per pod for the selector with that key. */
export function podMatches(p: Pod, sel: Selector, key: string): boolean {
  const f = podFacts(p);
  if (f.keyA === key) return f.matchA;
  if (f.keyB === key) return f.matchB;
  const m = matchesLabels(sel, p.metadata?.labels);
  // The older slot goes.
  f.keyA = f.keyB;
  f.matchA = f.matchB;
  f.keyB = key;
  f.matchB = m;
  return m;
}
