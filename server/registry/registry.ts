/**
 * The write path every client shares (HTTP API, scenario actions, controllers that create objects):
 * admission (defaulting + validation) then the store. Graceful pod deletion lives in pod-deletion.ts.
 */
import type { KObject, Kind } from '../../core/types.js';
import type { Store } from '../store/index.js';
import type { AdmissionPlugin } from '../admission/types.js';

export class Registry {
  constructor(readonly store: Store, private readonly plugins: AdmissionPlugin[]) {}

  /** Adds an admission plugin at the end of the chain (mutating plugins run before validating ones). */
  use(plugin: AdmissionPlugin): void {
    this.plugins.push(plugin);
  }

  admit(kind: Kind, obj: KObject, operation: 'CREATE' | 'UPDATE', old?: KObject): void {
    const ctx = { store: this.store, operation, kind, old };
    for (const p of this.plugins) p.mutate?.(obj, ctx);
    for (const p of this.plugins) p.validate?.(obj, ctx);
  }

  create<T extends KObject>(kind: Kind, obj: T, opts: { dryRun?: boolean } = {}): T {
    this.admit(kind, obj, 'CREATE');
    if (opts.dryRun) return obj;
    return this.store.create(kind, obj);
  }

  update<T extends KObject>(kind: Kind, obj: T, opts: { expectRV?: string; dryRun?: boolean } = {}): T {
    const old = this.store.must(kind, obj.metadata?.namespace, obj.metadata?.name ?? '');
    this.admit(kind, obj, 'UPDATE', old);
    if (opts.dryRun) return obj;
    return this.store.update(kind, obj, { expectRV: opts.expectRV });
  }
}
