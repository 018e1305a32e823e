/**
 * Node-level usage outside pods, from the node's `usage.kemu.dev/*` annotations
 * (spec: scenario-format.md §2), and the bookkeeping of what image / container GC deleted.
 *
 * - `memory`: system daemons' working set.
 * - `nodefs` / `nodefs-inodes`: other bytes / inodes used on the node filesystem.
 * - `images`: image layers, on the dedicated imagefs when there is one, else on nodefs;
 *   `unused-images` is the part of `images` that image GC can delete.
 * - `dead-containers`: writable layers and logs of exited containers, on the container
 *   filesystem (imagefs when dedicated, else nodefs), deletable by container GC.
 * - `pids`: processes outside pods.
 */
import { parseNodeUsageAnnotations, type UsageProblem } from './annotations.js';

export interface NodeUsage {
  systemMemoryBytes: number;
  nodefsBytes: number;
  nodefsInodes: number;
  /** All image bytes, unused ones included. */
  imagesBytes: number;
  unusedImagesBytes: number;
  deadContainersBytes: number;
  systemPids: number;
  problems: UsageProblem[];
}

export const EMPTY_NODE_USAGE: Readonly<NodeUsage> = Object.freeze({
  systemMemoryBytes: 0, nodefsBytes: 0, nodefsInodes: 0, imagesBytes: 0, unusedImagesBytes: 0,
  deadContainersBytes: 0, systemPids: 0, problems: [],
});

export function nodeUsageFromAnnotations(annotations: Record<string, string> | undefined): NodeUsage {
  const { values: v, problems } = parseNodeUsageAnnotations(annotations);
  const unused = v['unused-images'] ?? 0;
  return {
    systemMemoryBytes: v.memory ?? 0,
    nodefsBytes: v.nodefs ?? 0,
    nodefsInodes: v['nodefs-inodes'] ?? 0,
    imagesBytes: Math.max(v.images ?? 0, unused),
    unusedImagesBytes: unused,
    deadContainersBytes: v['dead-containers'] ?? 0,
    systemPids: v.pids ?? 0,
    problems,
  };
}

/**
 * Remembers what image GC and container GC deleted, so the node's usage drops until someone sets
 * the annotation again (a new `unused-images` / `dead-containers` value is new garbage).
 * The kubelet owns one per node and hands `imageGC` / `containerGC` to the eviction manager.
 */
export class NodeGarbage {
  private imagesDeletedAt?: string;
  private containersDeletedAt?: string;

  /** The node's usage with what GC already deleted taken out. */
  usage(annotations: Record<string, string> | undefined): NodeUsage {
    // Asked on every stats collection; the kubelet replaces its annotations object when the node
    // changes, so the same object with the same GC marks gives the same usage (read-only).
    const m = this.memo;
    if (m && annotations && m.annotations === annotations && m.images === this.imagesDeletedAt && m.containers === this.containersDeletedAt) return m.usage;
    const u = this.compute(annotations);
    this.memo = annotations ? { annotations, images: this.imagesDeletedAt, containers: this.containersDeletedAt, usage: u } : undefined;
    return u;
  }

  private memo: { annotations: Record<string, string>; images?: string; containers?: string; usage: NodeUsage } | undefined;

  private compute(annotations: Record<string, string> | undefined): NodeUsage {
    const u = nodeUsageFromAnnotations(annotations);
    const raw = parseNodeUsageAnnotations(annotations).raw;
    if (this.imagesDeletedAt !== undefined && this.imagesDeletedAt === raw['unused-images']) {
      u.imagesBytes -= u.unusedImagesBytes;
      u.unusedImagesBytes = 0;
    }
    if (this.containersDeletedAt !== undefined && this.containersDeletedAt === raw['dead-containers']) {
      u.deadContainersBytes = 0;
    }
    return u;
  }

  /** ImageGC.DeleteUnusedImages: deletes every unused image; returns the bytes freed. */
  imageGC(annotations: Record<string, string> | undefined): number {
    const freed = this.usage(annotations).unusedImagesBytes;
    this.imagesDeletedAt = parseNodeUsageAnnotations(annotations).raw['unused-images'];
    return freed;
  }

  /** ContainerGC.DeleteAllUnusedContainers: deletes every dead container; returns the bytes freed. */
  containerGC(annotations: Record<string, string> | undefined): number {
    const freed = this.usage(annotations).deadContainersBytes;
    this.containersDeletedAt = parseNodeUsageAnnotations(annotations).raw['dead-containers'];
    return freed;
  }
}
