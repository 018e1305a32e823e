/**
 * The PriorityClasses every cluster has (pkg/apis/scheduling/types.go systemPriorityClasses,
 * created by kube-apiserver's post-start hook pkg/registry/scheduling/rest AddSystemPriorityClasses).
 */
import {
  SYSTEM_CLUSTER_CRITICAL, SYSTEM_CLUSTER_CRITICAL_PRIORITY, SYSTEM_NODE_CRITICAL, SYSTEM_NODE_CRITICAL_PRIORITY,
} from '../../core/qos.js';
import type { PriorityClass } from '../../core/types.js';
import type { Store } from '../store/index.js';

/** The built-in classes (values as upstream: system-node-critical is 1000 above system-cluster-critical). */
export function systemPriorityClasses(): PriorityClass[] {
  return [
    {
      metadata: { name: SYSTEM_NODE_CRITICAL }, value: SYSTEM_NODE_CRITICAL_PRIORITY, globalDefault: false,
      description: 'Used for system critical pods that must not be moved from their current node.',
      preemptionPolicy: 'PreemptLowerPriority',
    },
    {
      metadata: { name: SYSTEM_CLUSTER_CRITICAL }, value: SYSTEM_CLUSTER_CRITICAL_PRIORITY, globalDefault: false,
      description: 'Used for system critical pods that must run in the cluster, but can be moved to another node if necessary.',
      preemptionPolicy: 'PreemptLowerPriority',
    },
  ];
}

/**
 * Creates the built-in PriorityClasses that do not exist yet (an existing class of the same name is
 * left alone, as upstream). Returns the names created.
 */
export function createBuiltinPriorityClasses(store: Store): string[] {
  const created: string[] = [];
  for (const pc of systemPriorityClasses()) {
    const name = pc.metadata!.name!;
    if (store.get('PriorityClass', undefined, name)) continue;
    store.create<PriorityClass>('PriorityClass', pc);
    created.push(name);
  }
  return created;
}
