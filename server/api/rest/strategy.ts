/**
 * What each registry's strategy does to an object before it is validated and stored
 * (pkg/registry/<group>/<resource>/strategy.go PrepareForCreate / PrepareForUpdate and the
 * status strategies, apiserver/pkg/registry/rest/create.go BeforeCreate): server-managed
 * metadata is never taken from the client, the main resource cannot change status and the status
 * subresource cannot change spec.
 */
import type { KObject, Kind, Mutable, ObjectMeta, Pod } from '../../../core/types.js';
import { podDefaults } from '../../admission/pod-defaults.js';
import type { Store } from '../../store/index.js';

type Obj = Record<string, unknown>;

/** Kinds whose status is a subresource (PUT/PATCH on the object keeps the stored status). */
export const HAS_STATUS_SUBRESOURCE = new Set<Kind>(['Pod', 'Node', 'Namespace', 'Deployment', 'ReplicaSet', 'DaemonSet', 'PodDisruptionBudget']);

/** Kinds an update may create when absent (strategy.AllowCreateOnUpdate). */
export const ALLOW_CREATE_ON_UPDATE = new Set<Kind>(['Event', 'Lease']);

/** The zero status each workload starts with (its Go struct's required fields print as 0). */
const INITIAL_STATUS: Partial<Record<Kind, () => Obj>> = {
  Deployment: () => ({}),
  ReplicaSet: () => ({ replicas: 0 }),
  DaemonSet: () => ({ currentNumberScheduled: 0, desiredNumberScheduled: 0, numberMisscheduled: 0, numberReady: 0 }),
  PodDisruptionBudget: () => ({ currentHealthy: 0, desiredHealthy: 0, disruptionsAllowed: 0, expectedPods: 0 }),
};

function meta(obj: KObject): Mutable<ObjectMeta> {
  return (obj.metadata ??= {}) as Mutable<ObjectMeta>;
}

/** rest.BeforeCreate + PrepareForCreate. */
export function prepareForCreate(kind: Kind, obj: KObject): void {
  const m = meta(obj);
  delete m.uid;
  delete m.resourceVersion;
  delete m.creationTimestamp;
  delete m.deletionTimestamp;
  delete m.deletionGracePeriodSeconds;
  delete m.generation;
  delete m.selfLink;
  delete m.managedFields;
  const o = obj as Obj;
  const initial = INITIAL_STATUS[kind];
  if (initial) o.status = initial();
  if (kind === 'Namespace') {
    o.spec = { ...(o.spec as Obj | undefined), finalizers: ['kubernetes'] };
    o.status = { phase: 'Active' };
    if (m.name) m.labels = { ...m.labels, 'kubernetes.io/metadata.name': m.name };
  }
}

/** Server-managed metadata always comes from the stored object. */
function keepSystemMeta(obj: KObject, old: KObject): void {
  const m = meta(obj);
  const om = old.metadata ?? {};
  m.uid = om.uid;
  m.creationTimestamp = om.creationTimestamp;
  if (om.deletionTimestamp) m.deletionTimestamp = om.deletionTimestamp;
  else delete m.deletionTimestamp;
  if (om.deletionGracePeriodSeconds !== undefined) m.deletionGracePeriodSeconds = om.deletionGracePeriodSeconds;
  else delete m.deletionGracePeriodSeconds;
  if (om.generation !== undefined) m.generation = om.generation;
  delete m.selfLink;
  if (om.managedFields) m.managedFields = om.managedFields;
  else delete m.managedFields;
}

/** PrepareForUpdate of the main resource. */
export function prepareForUpdate(kind: Kind, obj: KObject, old: KObject): void {
  keepSystemMeta(obj, old);
  const o = obj as Obj;
  const p = old as Obj;
  if (HAS_STATUS_SUBRESOURCE.has(kind)) {
    if (p.status === undefined) delete o.status;
    else o.status = structuredClone(p.status);
  }
  if (kind === 'Namespace') {
    o.spec = { ...(o.spec as Obj | undefined), finalizers: (p.spec as { finalizers?: string[] } | undefined)?.finalizers };
    const m = meta(obj);
    if (m.name) m.labels = { ...m.labels, 'kubernetes.io/metadata.name': m.name };
  }
}

/** PrepareForUpdate of the status subresource: only status (and, for pods, labels/annotations) change. */
export function prepareForStatusUpdate(kind: Kind, obj: KObject, old: KObject): void {
  keepSystemMeta(obj, old);
  const o = obj as Obj;
  const p = old as Obj;
  if (p.spec === undefined) delete o.spec;
  else o.spec = structuredClone(p.spec);
  const m = meta(obj);
  m.ownerReferences = old.metadata?.ownerReferences;
  if (!m.ownerReferences) delete m.ownerReferences;
  if (kind === 'Deployment' || kind === 'ReplicaSet' || kind === 'DaemonSet' || kind === 'Node') {
    m.labels = old.metadata?.labels;
    if (!m.labels) delete m.labels;
  }
}

/**
 * The defaults decoding applies (SetDefaults_PodSpec & co): kemu keeps them in the PodDefaults
 * admission plugin, which only runs on CREATE, so an update body is defaulted the same way here
 * before it is compared with the stored pod.
 */
export function applyDecodeDefaults(kind: Kind, obj: KObject, store: Store): void {
  if (kind !== 'Pod' || !(obj as Pod).spec) return;
  const tmp = structuredClone(obj) as Pod;
  podDefaults.mutate?.(tmp, { store, operation: 'CREATE', kind });
  (obj as Pod).spec = tmp.spec;
}
