/**
 * The latest stats summary each agent pushed (the kubelet Summary API, /stats/summary). Kept out
 * of the object store on purpose: stats change every few seconds and are not Kubernetes objects.
 * Served by the API (nodes/proxy/stats/summary, metrics.k8s.io) and the event stream.
 */
import type { SummaryMsg } from '../../proto/codec.js';

export interface PodRefInfo { namespace: string; name: string; uid: string }

export interface NodeStatsEntry {
  node: string;
  /** Cluster time the control plane received it. */
  receivedAt: number;
  summary: SummaryMsg;
  /** ref → pod identity, resolved when the frame arrived. */
  pods: Map<number, PodRefInfo>;
}

export class NodeStatsCache {
  private readonly byNode = new Map<string, NodeStatsEntry>();
  private readonly listeners = new Set<(e: NodeStatsEntry) => void>();

  set(entry: NodeStatsEntry): void {
    this.byNode.set(entry.node, entry);
    for (const l of this.listeners) l(entry);
  }

  get(node: string): NodeStatsEntry | undefined {
    return this.byNode.get(node);
  }

  delete(node: string): void {
    this.byNode.delete(node);
  }

  all(): IterableIterator<NodeStatsEntry> {
    return this.byNode.values();
  }

  onUpdate(fn: (e: NodeStatsEntry) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}
