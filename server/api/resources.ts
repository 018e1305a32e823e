/**
 * Every resource the API serves, with what discovery says about it (names, scope, verbs, short
 * names, categories, subresources) as kube-apiserver 1.32 reports it (`kubectl api-resources`),
 * and how kemu backs it (store kind, schema for unknown-field checks, supported field selectors:
 * pkg/registry/<group>/<resource>/strategy.go *ToSelectableFields).
 */
import type { Kind } from '../../core/types.js';
import { KEMU_GROUP, KEMU_VERSION } from '../kemu-api/routes.js';

export interface SubresourceDef {
  name: string;
  kind: string;
  /** Set when the subresource's kind lives in another group (pods/eviction → policy/v1). */
  group?: string;
  version?: string;
  verbs: string[];
}

export interface ResourceDef {
  group: string;
  version: string;
  /** Plural, lower case: the URL segment. */
  resource: string;
  singular: string;
  kind: string;
  namespaced: boolean;
  verbs: string[];
  shortNames?: string[];
  categories?: string[];
  subresources: SubresourceDef[];
  /** The store kind holding these objects (absent for computed resources like metrics). */
  storeKind?: Kind;
  /** KNOWN_TYPES key of the object's schema. */
  schema?: string;
  /** Field selector labels beyond metadata.name / metadata.namespace. */
  fieldLabels?: string[];
  /** Served by another plugin (kemu.dev); listed in discovery only. */
  external?: boolean;
}

export interface GroupVersionDef {
  group: string;
  version: string;
  resources: ResourceDef[];
}

const ALL_VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];
const STATUS_VERBS = ['get', 'patch', 'update'];

function res(group: string, version: string, r: Omit<ResourceDef, 'group' | 'version' | 'verbs' | 'subresources'> & Partial<Pick<ResourceDef, 'verbs' | 'subresources'>>): ResourceDef {
  return { group, version, verbs: ALL_VERBS, subresources: [], ...r };
}

const status = (kind: string): SubresourceDef => ({ name: 'status', kind, verbs: STATUS_VERBS });

export const CORE_V1: GroupVersionDef = {
  group: '', version: 'v1', resources: [
    res('', 'v1', {
      resource: 'namespaces', singular: 'namespace', kind: 'Namespace', namespaced: false, shortNames: ['ns'],
      verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
      subresources: [status('Namespace')],
      storeKind: 'Namespace', schema: 'core/v1.Namespace', fieldLabels: ['status.phase'],
    }),
    res('', 'v1', {
      resource: 'nodes', singular: 'node', kind: 'Node', namespaced: false, shortNames: ['no'],
      subresources: [status('Node'), { name: 'proxy', kind: 'NodeProxyOptions', verbs: ['create', 'delete', 'get', 'patch', 'update'] }],
      storeKind: 'Node', schema: 'core/v1.Node', fieldLabels: ['spec.unschedulable'],
    }),
    res('', 'v1', {
      resource: 'pods', singular: 'pod', kind: 'Pod', namespaced: true, shortNames: ['po'], categories: ['all'],
      subresources: [
        { name: 'binding', kind: 'Binding', verbs: ['create'] },
        { name: 'eviction', kind: 'Eviction', group: 'policy', version: 'v1', verbs: ['create'] },
        status('Pod'),
      ],
      storeKind: 'Pod', schema: 'core/v1.Pod',
      fieldLabels: ['spec.nodeName', 'spec.restartPolicy', 'spec.schedulerName', 'spec.serviceAccountName', 'spec.hostNetwork',
        'status.phase', 'status.podIP', 'status.nominatedNodeName'],
    }),
    res('', 'v1', {
      resource: 'events', singular: 'event', kind: 'Event', namespaced: true, shortNames: ['ev'],
      storeKind: 'Event', schema: 'core/v1.Event',
      fieldLabels: ['involvedObject.kind', 'involvedObject.namespace', 'involvedObject.name', 'involvedObject.uid',
        'involvedObject.apiVersion', 'involvedObject.resourceVersion', 'involvedObject.fieldPath', 'reason',
        'reportingComponent', 'source', 'type'],
    }),
  ],
};

export const APPS_V1: GroupVersionDef = {
  group: 'apps', version: 'v1', resources: [
    res('apps', 'v1', {
      resource: 'daemonsets', singular: 'daemonset', kind: 'DaemonSet', namespaced: true, shortNames: ['ds'], categories: ['all'],
      subresources: [status('DaemonSet')], storeKind: 'DaemonSet', schema: 'apps/v1.DaemonSet',
    }),
    res('apps', 'v1', {
      resource: 'deployments', singular: 'deployment', kind: 'Deployment', namespaced: true, shortNames: ['deploy'], categories: ['all'],
      subresources: [{ name: 'scale', kind: 'Scale', group: 'autoscaling', version: 'v1', verbs: STATUS_VERBS }, status('Deployment')],
      storeKind: 'Deployment', schema: 'apps/v1.Deployment',
    }),
    res('apps', 'v1', {
      resource: 'replicasets', singular: 'replicaset', kind: 'ReplicaSet', namespaced: true, shortNames: ['rs'], categories: ['all'],
      subresources: [{ name: 'scale', kind: 'Scale', group: 'autoscaling', version: 'v1', verbs: STATUS_VERBS }, status('ReplicaSet')],
      storeKind: 'ReplicaSet', schema: 'apps/v1.ReplicaSet', fieldLabels: ['status.replicas'],
    }),
  ],
};

export const POLICY_V1: GroupVersionDef = {
  group: 'policy', version: 'v1', resources: [
    res('policy', 'v1', {
      resource: 'poddisruptionbudgets', singular: 'poddisruptionbudget', kind: 'PodDisruptionBudget', namespaced: true, shortNames: ['pdb'],
      subresources: [status('PodDisruptionBudget')], storeKind: 'PodDisruptionBudget', schema: 'policy/v1.PodDisruptionBudget',
    }),
  ],
};

export const SCHEDULING_V1: GroupVersionDef = {
  group: 'scheduling.k8s.io', version: 'v1', resources: [
    res('scheduling.k8s.io', 'v1', {
      resource: 'priorityclasses', singular: 'priorityclass', kind: 'PriorityClass', namespaced: false, shortNames: ['pc'],
      storeKind: 'PriorityClass', schema: 'scheduling/v1.PriorityClass',
    }),
  ],
};

export const COORDINATION_V1: GroupVersionDef = {
  group: 'coordination.k8s.io', version: 'v1', resources: [
    res('coordination.k8s.io', 'v1', {
      resource: 'leases', singular: 'lease', kind: 'Lease', namespaced: true, storeKind: 'Lease', schema: 'coordination/v1.Lease',
    }),
  ],
};

export const EVENTS_V1: GroupVersionDef = {
  group: 'events.k8s.io', version: 'v1', resources: [
    res('events.k8s.io', 'v1', {
      resource: 'events', singular: 'event', kind: 'Event', namespaced: true, shortNames: ['ev'],
      storeKind: 'Event', schema: 'events/v1.Event',
      fieldLabels: ['regarding.kind', 'regarding.namespace', 'regarding.name', 'regarding.uid', 'reason', 'reportingController', 'type'],
    }),
  ],
};

export const METRICS_V1BETA1: GroupVersionDef = {
  group: 'metrics.k8s.io', version: 'v1beta1', resources: [
    res('metrics.k8s.io', 'v1beta1', { resource: 'nodes', singular: '', kind: 'NodeMetrics', namespaced: false, verbs: ['get', 'list'] }),
    res('metrics.k8s.io', 'v1beta1', { resource: 'pods', singular: '', kind: 'PodMetrics', namespaced: true, verbs: ['get', 'list'] }),
  ],
};

/** kemu's own group (routes in server/kemu-api/routes.ts); listed here for discovery. */
export const KEMU_V1ALPHA1: GroupVersionDef = {
  group: KEMU_GROUP, version: KEMU_VERSION, resources: [
    res(KEMU_GROUP, KEMU_VERSION, { resource: 'clock', singular: 'clock', kind: 'Clock', namespaced: false, verbs: ['get', 'update'], external: true }),
  ],
};

/** In discovery order (kubectl resolves ambiguous names by this order: core events win). */
export const GROUP_VERSIONS: GroupVersionDef[] = [
  CORE_V1, APPS_V1, EVENTS_V1, POLICY_V1, SCHEDULING_V1, COORDINATION_V1, METRICS_V1BETA1, KEMU_V1ALPHA1,
];

export function groupVersionString(group: string, version: string): string {
  return group ? `${group}/${version}` : version;
}

/** The apiVersion of a resource's objects. */
export function apiVersionOf(def: Pick<ResourceDef, 'group' | 'version'>): string {
  return groupVersionString(def.group, def.version);
}

/** The resource as written in messages: `pods`, `deployments.apps`. */
export function qualifiedResource(def: Pick<ResourceDef, 'group' | 'resource'>): string {
  return def.group ? `${def.resource}.${def.group}` : def.resource;
}

/** The resource whose objects are stored under a Kind, in its home group (core events, not events.k8s.io). */
export function resourceForKind(kind: Kind): ResourceDef {
  for (const gv of GROUP_VERSIONS) {
    if (gv === EVENTS_V1) continue;
    const r = gv.resources.find((x) => x.storeKind === kind);
    if (r) return r;
  }
  throw new Error(`no resource for kind ${kind}`);
}

export function findResource(group: string, version: string, resource: string): ResourceDef | undefined {
  return GROUP_VERSIONS.find((gv) => gv.group === group && gv.version === version)?.resources.find((r) => r.resource === resource);
}
