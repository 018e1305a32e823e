/**
 * The pod nominator (pkg/scheduler/backend/queue/nominator.go): which pending pods are nominated
 * to which node. A nomination comes from status.nominatedNodeName or, in the cycle that preempted,
 * from the preemption result before the status write lands. Nominated pods' requests are counted
 * on their node for pods of lower or equal priority (addGENominatedPods).
 */
import type { Pod } from '../../../core/types.js';
import { podInfoOf, type PodInfo } from '../node-info.js';

/** NominatingInfo: override with a node name ('' clears), or noop (use the pod's status). */
export type Nominating = { mode: 'Override'; nodeName: string } | { mode: 'Noop' };

export class Nominator {
  private readonly byNode = new Map<string, PodInfo[]>();
  private readonly nodeOf = new Map<string, string>();

  /** `onChange(node)`: the pods nominated to the node changed (the scheduler renews its NodeInfo's generation). */
  constructor(private readonly onChange?: (node: string) => void) {}

  /** addNominatedPodUnlocked; nothing is nominated once `isStillPending` says the pod is gone or bound. */
  add(pod: Pod, nominating: Nominating | null, isStillPending: (pod: Pod) => boolean): void {
    const previous = this.delete(pod);
    let nodeName: string;
    if (nominating && nominating.mode === 'Override') nodeName = nominating.nodeName;
    else {
      nodeName = pod.status?.nominatedNodeName ?? '';
    }
    if (!nodeName) return;
    if (!isStillPending(pod)) return;
    const uid = pod.metadata?.uid ?? '';
    this.nodeOf.set(uid, nodeName);
    const list = this.byNode.get(nodeName) ?? [];
    list.push(podInfoOf(pod, previous));
    this.byNode.set(nodeName, list);
    this.onChange?.(nodeName);
  }

  /** UpdateNominatedPod: keeps an in-memory nomination when neither version carries one in its status. */
  update(oldPod: Pod, pod: Pod, isStillPending: (pod: Pod) => boolean): void {
    let nominating: Nominating | null = null;
    if (!oldPod.status?.nominatedNodeName && !pod.status?.nominatedNodeName) {
      const nnn = this.nodeOf.get(oldPod.metadata?.uid ?? '');
      if (nnn) nominating = { mode: 'Override', nodeName: nnn };
    }
    this.add(pod, nominating, isStillPending);
  }

  /** Removes the pod's nomination; returns the PodInfo it had (its parsed requests can be reused). */
  delete(pod: Pod): PodInfo | undefined {
    const uid = pod.metadata?.uid ?? '';
    const node = this.nodeOf.get(uid);
    if (node === undefined) return undefined;
    this.nodeOf.delete(uid);
    const old = this.byNode.get(node) ?? [];
    const list = old.filter((p) => p.uid !== uid);
    if (list.length === 0) this.byNode.delete(node);
    else this.byNode.set(node, list);
    this.onChange?.(node);
    return old.find((p) => p.uid === uid);
  }

  nominatedPodsForNode(node: string): readonly PodInfo[] {
    return this.byNode.get(node) ?? [];
  }

  nominatedNodeOf(uid: string): string | undefined {
    return this.nodeOf.get(uid);
  }

  get size(): number {
    return this.nodeOf.size;
  }
}
