/**
 * Strategic-merge-patch metadata: the `patchStrategy` / `patchMergeKey` struct tags of the
 * upstream API types (k8s.io/api/core/v1/types.go, apps/v1, policy/v1, meta/v1). Lists not listed
 * here are atomic (replaced whole), e.g. tolerations, taints, args, command, matchExpressions.
 */

export interface PatchMeta {
  strategy: 'merge' | 'replace' | 'retainKeys' | 'merge,retainKeys';
  /** Merge key of a list of objects; absent for a list of scalars merged as a set. */
  key?: string;
}

const merge = (key?: string): PatchMeta => ({ strategy: 'merge', ...(key ? { key } : {}) });
const mergeRetain = (key: string): PatchMeta => ({ strategy: 'merge,retainKeys', key });

const containerLists = {
  ports: merge('containerPort'), env: merge('name'), volumeMounts: merge('mountPath'), volumeDevices: merge('devicePath'),
};

/** type name (as in KNOWN_TYPES) → field → patch metadata. */
export const PATCH_META: Readonly<Record<string, Readonly<Record<string, PatchMeta>>>> = {
  'meta/v1.ObjectMeta': { finalizers: merge(), ownerReferences: merge('uid') },
  'core/v1.PodSpec': {
    volumes: mergeRetain('name'), initContainers: merge('name'), containers: merge('name'), ephemeralContainers: merge('name'),
    imagePullSecrets: merge('name'), hostAliases: merge('ip'), topologySpreadConstraints: merge('topologyKey'),
    schedulingGates: merge('name'), resourceClaims: mergeRetain('name'),
  },
  'core/v1.Container': containerLists,
  'core/v1.EphemeralContainer': containerLists,
  'core/v1.PodStatus': {
    conditions: merge('type'), podIPs: merge('ip'), hostIPs: merge('ip'), resourceClaimStatuses: mergeRetain('name'),
  },
  'core/v1.NodeSpec': { podCIDRs: merge() },
  'core/v1.NodeStatus': { conditions: merge('type'), addresses: merge('type') },
  'core/v1.NamespaceStatus': { conditions: merge('type') },
  'apps/v1.DeploymentSpec': { strategy: { strategy: 'retainKeys' } },
  'apps/v1.DeploymentStatus': { conditions: merge('type') },
  'apps/v1.ReplicaSetStatus': { conditions: merge('type') },
  'apps/v1.DaemonSetStatus': { conditions: merge('type') },
  'policy/v1.PodDisruptionBudgetSpec': { selector: { strategy: 'replace' } },
  'policy/v1.PodDisruptionBudgetStatus': { conditions: merge('type') },
};

export function patchMeta(typeName: string | undefined, field: string): PatchMeta | undefined {
  return typeName ? PATCH_META[typeName]?.[field] : undefined;
}
