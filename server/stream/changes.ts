/**
 * Changes waiting for a client's next frame, coalesced per object: however often an object
 * changes between two frames, the client gets one change carrying its latest state. So what waits
 * is bounded by the number of objects, not by the rate of changes.
 */
import type { KObject, Kind } from '../../core/types.js';
import type { WatchChangeType } from './types.js';

export interface PendingChange {
  type: WatchChangeType;
  kind: Kind;
  object: KObject;
  /** The store's resourceVersion of the latest change folded in. */
  rv: number;
}

/**
 * Folds `next` into the change the client has not been sent yet (pure). Undefined means the client
 * needs nothing: the object was added and deleted between two frames.
 */
export function coalesce(prev: PendingChange | undefined, next: PendingChange): PendingChange | undefined {
  if (!prev) return next;
  if (prev.type === 'ADDED') {
    if (next.type === 'DELETED') return undefined;
    return { ...next, type: 'ADDED' };
  }
  if (prev.type === 'DELETED') {
    // Deleted, then created again under the same name: the client replaces what it has.
    return next.type === 'DELETED' ? next : { ...next, type: 'MODIFIED' };
  }
  return next; // MODIFIED then MODIFIED / DELETED
}

export function changeKey(kind: Kind, obj: KObject): string {
  return `${kind}/${obj.metadata?.namespace ?? ''}/${obj.metadata?.name ?? ''}`;
}

export class PendingChanges {
  private readonly byKey = new Map<string, PendingChange>();

  get size(): number {
    return this.byKey.size;
  }

  add(change: PendingChange): void {
    const key = changeKey(change.kind, change.object);
    const merged = coalesce(this.byKey.get(key), change);
    this.byKey.delete(key); // re-insert: iteration order follows the latest change
    if (merged) this.byKey.set(key, merged);
  }

  /**
   * Removes and returns up to `max` changes, oldest first. Every add re-inserts its key, so the
   * map's order is the order of the latest resourceVersions.
   */
  take(max: number): PendingChange[] {
    const out: PendingChange[] = [];
    for (const [key, c] of this.byKey) {
      if (out.length >= max) break;
      out.push(c);
      this.byKey.delete(key);
    }
    return out;
  }

  clear(): void {
    this.byKey.clear();
  }
}
