/**
 * What the stream reads: the store, the agents' latest stats and kubelet settings, the cluster
 * clock. A narrow interface so tests can drive a stream without a whole control plane.
 */
import type { ClockState } from '../../core/clock/index.js';
import type { Pod } from '../../core/types.js';
import type { KubeletSettingsMsg } from '../../proto/codec.js';
import type { ControlPlane } from '../controlplane.js';
import type { NodeStatsEntry } from '../gateway/stats-cache.js';
import type { Store } from '../store/index.js';
import type { PodNodeLookup } from './views.js';

export interface StatsSource {
  all(): Iterable<NodeStatsEntry>;
  get(node: string): NodeStatsEntry | undefined;
  onUpdate(fn: (e: NodeStatsEntry) => void): () => void;
}

export interface StreamSource {
  store: Store;
  stats: StatsSource;
  kubeletSettings: ReadonlyMap<string, KubeletSettingsMsg>;
  clockState(): ClockState;
}

export function streamSourceOf(cp: ControlPlane): StreamSource {
  return { store: cp.store, stats: cp.gateway.stats, kubeletSettings: cp.gateway.kubeletSettings, clockState: () => cp.clockState() };
}

/** Where a pod is bound, from the store (undefined when the pod is gone or unbound). */
export function podNodeLookup(store: Store): PodNodeLookup {
  return (namespace, name) => store.get<Pod>('Pod', namespace, name)?.spec?.nodeName || undefined;
}
