/**
 * The scheduler cache (pkg/scheduler/backend/cache/cache.go, node_tree.go, snapshot.go), kept
 * incrementally from store events: a NodeInfo per node with its bound pods and summed requests, and
 * the node list in node-tree order (zones interleaved round-robin, nodes of a zone in arrival
 * order), rebuilt only when nodes come, go or change zone. Terminal pods are not counted (the
 * scheduler's pod informer filters out Succeeded and Failed pods).
 */
import type { Node, Pod } from '../../core/types.js';
import { NodeInfo, podInfoOf, type PodInfo } from './node-info.js';
import type { SnapshotIndex } from './status.js';

/** component-helpers/node/topology GetZoneKey: "" or region + ":\x00:" + zone (beta labels win). */
export function getZoneKey(node: Node): string {
  const l = node.metadata?.labels ?? {};
  const zone = l['failure-domain.beta.kubernetes.io/zone'] ?? l['topology.kubernetes.io/zone'] ?? '';
  const region = l['failure-domain.beta.kubernetes.io/region'] ?? l['topology.kubernetes.io/region'] ?? '';
  if (zone === '' && region === '') return '';
  return `${region}:\x00:${zone}`;
}

/** nodeTree: zone → node names, zones in order of first appearance. */
export class NodeTree {
  private readonly tree = new Map<string, string[]>();
  private readonly zones: string[] = [];
  private count = 0;

  add(name: string, zone: string): void {
    const na = this.tree.get(zone);
    if (na) {
      if (na.includes(name)) return;
      na.push(name);
    } else {
      this.zones.push(zone);
      this.tree.set(zone, [name]);
    }
    this.count++;
  }

  remove(name: string, zone: string): void {
    const na = this.tree.get(zone);
    if (!na) return;
    const i = na.indexOf(name);
    if (i < 0) return;
    na.splice(i, 1);
    if (na.length === 0) {
      this.tree.delete(zone);
      this.zones.splice(this.zones.indexOf(zone), 1);
    }
    this.count--;
  }

  /** nodeTree.list(): one node of each zone in turn. */
  list(): string[] {
    const out: string[] = [];
    for (let idx = 0; out.length < this.count; idx++) {
      let any = false;
      for (const z of this.zones) {
        const na = this.tree.get(z)!;
        if (idx < na.length) {
          out.push(na[idx]);
          any = true;
        }
      }
      if (!any) break;
    }
    return out;
  }

  get size(): number {
    return this.count;
  }
}

function isTerminal(pod: Pod): boolean {
  const phase = pod.status?.phase;
  return phase === 'Succeeded' || phase === 'Failed';
}

/** Whether the cache should count this pod on a node: bound and not terminal. */
export function countsOnNode(pod: Pod): boolean {
  return !!pod.spec?.nodeName && !isTerminal(pod);
}

export class SchedulerCache {
  /** Every NodeInfo, including ones for pods whose node is not (or no longer) known. */
  private readonly infos = new Map<string, NodeInfo>();
  private readonly known = new Set<string>();
  private readonly zoneOf = new Map<string, string>();
  private readonly tree = new NodeTree();
  /** pod uid → node name, for pods counted in a NodeInfo. */
  private readonly podNode = new Map<string, string>();
  private list: NodeInfo[] | null = [];
  private index: SnapshotIndex | null = null;

  addNode(node: Node): void {
    const name = node.metadata?.name ?? '';
    let ni = this.infos.get(name);
    if (ni) ni.setNode(node);
    else this.infos.set(name, (ni = new NodeInfo(node)));
    const zone = getZoneKey(node);
    const oldZone = this.zoneOf.get(name);
    if (!this.known.has(name)) {
      this.known.add(name);
      this.tree.add(name, zone);
      this.list = null;
    } else if (oldZone !== zone) {
      this.tree.remove(name, oldZone ?? '');
      this.tree.add(name, zone);
      this.list = null;
    }
    this.zoneOf.set(name, zone);
  }

  updateNode(node: Node): void {
    this.addNode(node);
  }

  removeNode(name: string): void {
    if (!this.known.has(name)) return;
    this.known.delete(name);
    this.tree.remove(name, this.zoneOf.get(name) ?? '');
    this.zoneOf.delete(name);
    this.list = null;
    const ni = this.infos.get(name);
    // A node's NodeInfo lives on while pods still reference it (cache.RemoveNode).
    if (ni && ni.pods.size === 0) this.infos.delete(name);
  }

  /**
   * Adds, moves or removes a pod's contribution to match its current state. `previous` (an older
   * version's PodInfo) saves re-parsing the requests.
   */
  upsertPod(pod: Pod, previous?: PodInfo): void {
    const uid = pod.metadata?.uid ?? '';
    const prev = this.podNode.get(uid);
    const want = countsOnNode(pod) ? pod.spec!.nodeName! : undefined;
    const prevInfo = (prev !== undefined ? this.infos.get(prev)?.pods.get(uid) : undefined) ?? previous;
    if (prev !== undefined) this.detach(uid, prev);
    if (want === undefined) return;
    let ni = this.infos.get(want);
    if (!ni) this.infos.set(want, (ni = new NodeInfo({ metadata: { name: want } })));
    ni.addPod(podInfoOf(pod, prevInfo));
    this.podNode.set(uid, want);
  }

  removePod(pod: Pod): void {
    const uid = pod.metadata?.uid ?? '';
    const prev = this.podNode.get(uid);
    if (prev !== undefined) this.detach(uid, prev);
  }

  private detach(uid: string, nodeName: string): void {
    this.podNode.delete(uid);
    const ni = this.infos.get(nodeName);
    if (!ni) return;
    ni.removePod(uid);
    if (ni.pods.size === 0 && !this.known.has(nodeName)) this.infos.delete(nodeName);
  }

  /** The NodeInfo of a known node. */
  get(name: string): NodeInfo | undefined {
    return this.known.has(name) ? this.infos.get(name) : undefined;
  }

  /** Known nodes in node-tree order (the snapshot's NodeInfoList). */
  nodes(): NodeInfo[] {
    if (!this.list) {
      this.list = this.tree.list().map((n) => this.infos.get(n)!);
      this.index = null;
    }
    return this.list;
  }

  /** The names of nodes() and their positions (for NodeToStatus), rebuilt with the list. */
  snapshotIndex(): SnapshotIndex {
    const list = this.nodes();
    if (!this.index) {
      const names = list.map((ni) => ni.name);
      this.index = { names, indexOf: new Map(names.map((n, i) => [n, i])) };
    }
    return this.index;
  }

  /** The pods nominated to a node changed: results memoized for its NodeInfo are stale. */
  touch(name: string): void {
    this.infos.get(name)?.touch();
  }

  get numNodes(): number {
    return this.tree.size;
  }
}
