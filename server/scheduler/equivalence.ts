/**
 * Equivalence memos: a node's filter result and preemption dry run, kept on its NodeInfo (the
 * filter* and dryRun* fields) and reused by the next pod with the same spec while the NodeInfo's
 * generation (its node, its pods, the pods nominated to it) is unchanged. Pending pods mostly come
 * in runs of identical replicas, and most nodes do not change between two scheduling cycles, so a
 * cycle re-evaluates only the nodes that changed. The decisions are those of the plain evaluation,
 * which runs on every miss: a memo holds what the same pure function returned for the same inputs
 * (equivalence.test.ts runs a busy workload both ways and compares every event).
 *
 * Prior art: kube-scheduler's equivalence class cache (alpha gate EnableEquivalenceClassCache),
 * removed in 2018 because its locking and invalidation events cost more than they saved
 * (kubernetes/kubernetes#71013; #68720 proposed narrowing it to pods of one owner, as here). This
 * one has neither: one scheduling loop, one pod spec at a time, invalidation by a generation that
 * every change renews (NodeInfo.Generation, pkg/scheduler/framework/types.go), and only the default
 * filters, which read nothing but the pod's spec, the NodeInfo and the nominated pods.
 *
 * The inputs a memo stands for: the pod's spec (requests, tolerations, node affinity, nodeName,
 * priority: it picks the nominated pods that count), the NodeInfo, the pods nominated to the node
 * and, for dry runs, the PDBs and the current time (the start time of pods that have not started).
 * A pod's own nomination is left out of its filters (RunFilterPluginsWithNominatedPods), so the
 * node a pod is nominated to is always evaluated afresh and never memoized.
 */
import type { PodDisruptionBudget } from '../../core/types.js';
import type { PodContext } from './plugins/types.js';

/** Epochs are unique across caches, so a NodeInfo never mistakes another cache's memo for its own. */
let epochCounter = 0;

const specSignatures = new WeakMap<object, string>();

/** Everything of the pod the default filters and victim selection read, as a string. */
function signature(pc: PodContext): string {
  const spec = pc.pod.spec ?? {};
  let sig = specSignatures.get(spec);
  if (sig === undefined) {
    sig = JSON.stringify(spec);
    specSignatures.set(spec, sig);
  }
  return sig;
}

/** Which memos are valid for this cycle's pod: `epoch` and `skip` (the pod's own nominated node). */
export interface MemoKey {
  readonly epoch: number;
  readonly skip: string | undefined;
}

export class EquivalenceCache {
  private filterSig: string | null = null;
  private filterEpoch = 0;
  private drySig: string | null = null;
  private dryEpoch = 0;
  private dryNow = NaN;
  private dryPdbs: readonly PodDisruptionBudget[] = [];

  /** The key for filter memos of this pod; `ownNode` is the node it is nominated to, if any. */
  filterKey(pc: PodContext, ownNode: string | undefined): MemoKey {
    const sig = signature(pc);
    if (sig !== this.filterSig) {
      this.filterSig = sig;
      this.filterEpoch = ++epochCounter;
    }
    return { epoch: this.filterEpoch, skip: ownNode };
  }

  /** The key for dry-run memos: the same spec, the same time and the same PDB objects. */
  dryRunKey(pc: PodContext, ownNode: string | undefined, now: number, pdbs: readonly PodDisruptionBudget[]): MemoKey {
    const sig = signature(pc);
    if (sig !== this.drySig || now !== this.dryNow || !samePdbs(pdbs, this.dryPdbs)) {
      this.drySig = sig;
      this.dryNow = now;
      this.dryPdbs = pdbs;
      this.dryEpoch = ++epochCounter;
    }
    return { epoch: this.dryEpoch, skip: ownNode };
  }
}

/** Store objects are immutable: the same objects in the same order are the same PDBs. */
function samePdbs(a: readonly PodDisruptionBudget[], b: readonly PodDisruptionBudget[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
