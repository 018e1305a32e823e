/**
 * Node-level reclaim before evicting pods: which garbage collectors run for which signal.
 * Upstream: pkg/kubelet/eviction/helpers.go buildSignalToNodeReclaimFuncs.
 * Memory and PID signals have none; an empty list means "evict pods".
 */
import type { FsLayout } from './rank.js';
import type { Signal } from './types.js';

/** ContainerGC.DeleteAllUnusedContainers / ImageGC.DeleteUnusedImages. */
export type NodeReclaimFunc = 'containerGC' | 'imageGC';

export function buildSignalToNodeReclaimFuncs(layout: FsLayout): Partial<Record<Signal, NodeReclaimFunc[]>> {
  if (layout.dedicatedImageFs && !layout.splitContainerImageFs) {
    // nodefs pressure with an imagefs: nothing to collect (only logs and volumes live there)
    const both: NodeReclaimFunc[] = ['containerGC', 'imageGC'];
    return {
      'nodefs.available': [], 'nodefs.inodesFree': [],
      'imagefs.available': both, 'imagefs.inodesFree': both,
      'containerfs.available': both, 'containerfs.inodesFree': both,
    };
  }
  if (layout.dedicatedImageFs && layout.splitContainerImageFs) {
    return {
      'imagefs.available': ['imageGC'], 'imagefs.inodesFree': ['imageGC'],
      'nodefs.available': ['containerGC'], 'nodefs.inodesFree': ['containerGC'],
      'containerfs.available': ['containerGC'], 'containerfs.inodesFree': ['containerGC'],
    };
  }
  const both: NodeReclaimFunc[] = ['containerGC', 'imageGC'];
  return {
    'nodefs.available': both, 'nodefs.inodesFree': both,
    'imagefs.available': both, 'imagefs.inodesFree': both,
    'containerfs.available': both, 'containerfs.inodesFree': both,
  };
}
