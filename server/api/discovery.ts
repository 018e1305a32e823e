/**
 * Legacy discovery (apiserver/pkg/endpoints/discovery): /api (APIVersions), /apis (APIGroupList),
 * /apis/{group} (APIGroup), /api/v1 and /apis/{group}/{version} (APIResourceList). kubectl falls
 * back to these when the aggregated form is not offered, and `kubectl drain` always reads /api/v1
 * to find pods/eviction (spec kube-api-compat §2). Pure builders.
 */
import { GROUP_VERSIONS, groupVersionString, type GroupVersionDef, type ResourceDef } from './resources.js';

export interface APIResource {
  name: string;
  singularName: string;
  namespaced: boolean;
  group?: string;
  version?: string;
  kind: string;
  verbs: string[];
  shortNames?: string[];
  categories?: string[];
}

export interface APIResourceList {
  kind: 'APIResourceList';
  apiVersion: 'v1';
  groupVersion: string;
  resources: APIResource[];
}

export interface GroupVersionForDiscovery { groupVersion: string; version: string }

export interface APIGroup {
  kind?: 'APIGroup';
  apiVersion?: 'v1';
  name: string;
  versions: GroupVersionForDiscovery[];
  preferredVersion: GroupVersionForDiscovery;
}

function resourceEntries(r: ResourceDef): APIResource[] {
  const main: APIResource = { name: r.resource, singularName: r.singular, namespaced: r.namespaced, kind: r.kind, verbs: r.verbs };
  if (r.shortNames) main.shortNames = r.shortNames;
  if (r.categories) main.categories = r.categories;
  const subs = r.subresources.map((s): APIResource => ({
    name: `${r.resource}/${s.name}`, singularName: '', namespaced: r.namespaced,
    ...(s.group !== undefined ? { group: s.group, version: s.version } : {}),
    kind: s.kind, verbs: s.verbs,
  }));
  return [main, ...subs];
}

export function resourceList(gv: GroupVersionDef): APIResourceList {
  return {
    kind: 'APIResourceList', apiVersion: 'v1', groupVersion: groupVersionString(gv.group, gv.version),
    resources: gv.resources.flatMap(resourceEntries),
  };
}

export function apiVersions(serverAddress: string) {
  return {
    kind: 'APIVersions', versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
  };
}

function groupOf(name: string): APIGroup | undefined {
  const gvs = GROUP_VERSIONS.filter((g) => g.group === name && g.group !== '');
  if (gvs.length === 0) return undefined;
  const versions = gvs.map((g) => ({ groupVersion: groupVersionString(g.group, g.version), version: g.version }));
  return { name, versions, preferredVersion: versions[0] };
}

export function apiGroup(name: string): APIGroup | undefined {
  const g = groupOf(name);
  return g ? { kind: 'APIGroup', apiVersion: 'v1', ...g } : undefined;
}

export function apiGroupList() {
  const names = [...new Set(GROUP_VERSIONS.filter((g) => g.group !== '').map((g) => g.group))];
  return { kind: 'APIGroupList', apiVersion: 'v1', groups: names.map((n) => groupOf(n)!) };
}

export function findGroupVersion(group: string, version: string): GroupVersionDef | undefined {
  return GROUP_VERSIONS.find((g) => g.group === group && g.version === version);
}
