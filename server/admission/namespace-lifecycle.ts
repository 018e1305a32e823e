/**
 * NamespaceLifecycle (plugin/pkg/admission/namespace/lifecycle): namespaced objects may only be
 * created in a namespace that exists and is not terminating.
 */
import { NAMESPACED, type KObject, type Namespace } from '../../core/types.js';
import { StoreError } from '../store/index.js';
import type { AdmissionPlugin } from './types.js';

export const namespaceLifecycle: AdmissionPlugin = {
  name: 'NamespaceLifecycle',
  validate(obj: KObject, ctx) {
    if (!NAMESPACED[ctx.kind] || ctx.operation !== 'CREATE') return;
    const ns = obj.metadata?.namespace ?? 'default';
    const n = ctx.store.get<Namespace>('Namespace', undefined, ns);
    if (!n) throw new StoreError('NotFound', 404, `namespaces "${ns}" not found`, { name: ns, kind: 'namespaces' });
    if (n.status?.phase === 'Terminating' && ctx.kind !== 'Event') {
      throw new StoreError('Forbidden', 403,
        `${obj.kind ?? ctx.kind} "${obj.metadata?.name ?? ''}" is forbidden: unable to create new content in namespace ${ns} because it is being terminated`);
    }
  },
};
