/**
 * The disruption controller's controller finders (pkg/controller/disruption/disruption.go
 * finders, getPodDeployment, getPodReplicaSet, getScaleController, verifyGroupKind): map a pod's
 * controller reference to the workload whose scale sets expectedPods.
 * kemu stores Deployments, ReplicaSets and DaemonSets; ReplicationControllers and StatefulSets do
 * not exist here, and a DaemonSet has no scale subresource (an error, as upstream).
 */
import type { ControllerScale, ScaleFinder } from '../../../core/pdb.js';
import { controllerRefOf } from '../../../core/pdb.js';
import { API_VERSION, KINDS, type Deployment, type OwnerReference, type ReplicaSet } from '../../../core/types.js';
import { RESOURCE_NAME, type Store } from '../../store/index.js';

function groupOf(apiVersion: string | undefined): string {
  const v = apiVersion ?? '';
  return v.includes('/') ? v.split('/')[0] : '';
}

/** verifyGroupKind. */
export function verifyGroupKind(ref: OwnerReference, kind: string, groups: string[]): boolean {
  return ref.kind === kind && groups.includes(groupOf(ref.apiVersion));
}

/** getPodReplicaSet: a ReplicaSet that no Deployment controls. */
export function findReplicaSet(store: Store, ref: OwnerReference, ns: string): ControllerScale | null {
  if (!verifyGroupKind(ref, 'ReplicaSet', ['apps', 'extensions'])) return null;
  const rs = store.get<ReplicaSet>('ReplicaSet', ns, ref.name);
  if (!rs || rs.metadata?.uid !== ref.uid) return null;
  if (controllerRefOf(rs)?.kind === 'Deployment') return null;
  return { uid: rs.metadata.uid, scale: rs.spec?.replicas ?? 1 };
}

/** getPodDeployment: the Deployment controlling the pod's ReplicaSet. */
export function findDeployment(store: Store, ref: OwnerReference, ns: string): ControllerScale | null {
  if (!verifyGroupKind(ref, 'ReplicaSet', ['apps', 'extensions'])) return null;
  const rs = store.get<ReplicaSet>('ReplicaSet', ns, ref.name);
  if (!rs || rs.metadata?.uid !== ref.uid) return null;
  const dRef = controllerRefOf(rs);
  if (!dRef || !verifyGroupKind(dRef, 'Deployment', ['apps', 'extensions'])) return null;
  const d = store.get<Deployment>('Deployment', rs.metadata?.namespace, dRef.name);
  if (!d || d.metadata?.uid !== dRef.uid) return null;
  return { uid: d.metadata.uid, scale: d.spec?.replicas ?? 1 };
}

/**
 * getScaleController: the generic scale subresource. Of kemu's kinds only Deployments and
 * ReplicaSets have one (already handled above); a known kind without it is an error, an unknown
 * kind is a RESTMapping error.
 */
export function findScaleController(store: Store, ref: OwnerReference, ns: string): ControllerScale | null {
  const kind = KINDS.find((k) => k === ref.kind && groupOf(API_VERSION[k]) === groupOf(ref.apiVersion));
  if (!kind) throw new Error(`no matches for kind "${ref.kind}" in version "${ref.apiVersion ?? ''}"`);
  const target = store.get(kind, ns, ref.name);
  if (kind === 'Deployment' || kind === 'ReplicaSet') {
    if (!target || target.metadata?.uid !== ref.uid) return null;
    return { uid: ref.uid, scale: (target as { spec?: { replicas?: number } }).spec?.replicas ?? 1 };
  }
  const gr = groupOf(API_VERSION[kind]) ? `${RESOURCE_NAME[kind]}.${groupOf(API_VERSION[kind])}` : RESOURCE_NAME[kind];
  throw new Error(`${gr} does not implement the scale subresource`);
}

/** The finders in upstream order (RC, Deployment, ReplicaSet, StatefulSet, scale): the first that knows wins. */
export function storeScaleFinder(store: Store): ScaleFinder {
  return (ref, ns) => findDeployment(store, ref, ns) ?? findReplicaSet(store, ref, ns) ?? findScaleController(store, ref, ns);
}
