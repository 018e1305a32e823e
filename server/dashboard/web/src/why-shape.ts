/** Which layout a "why" (an Event's kemu.dev/why JSON) gets, from the keys its component writes. */

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export type WhyShape = 'kubelet' | 'taint' | 'preemption' | 'scheduling' | 'notready' | 'legacy' | 'api-eviction' | 'generic';

/** Which layout a why gets, from the keys the components write. */
export function whyShape(w: unknown): WhyShape {
  if (!isRecord(w)) return 'generic';
  if ('thresholdsMet' in w && 'observations' in w) return 'kubelet';
  if ((w.decision === 'untoleratedTaint' || w.decision === 'tolerationSecondsExpire') && Array.isArray(w.taints)) return 'taint';
  if (isRecord(w.preemption) && 'victim' in w) return 'preemption';
  if ('histogram' in w && 'numAllNodes' in w) return 'scheduling';
  if (w.decision === 'NodeStatusUnknown') return 'notready';
  if (w.mode === 'podEvictionTimeout') return 'legacy';
  if (w.mechanism === 'api-eviction') return 'api-eviction';
  return 'generic';
}
