/**
 * What every REST handler needs: the control plane, a transport clock for connection-level
 * timing (watch heartbeats, bookmarks, timeoutSeconds: real time, independent of the cluster's
 * time scale), and per resource a Backend that maps between the stored object and the version
 * served (events.k8s.io/v1 Events are stored as core/v1 Events, as upstream stores both alike).
 */
import type { Clock } from '../../../core/clock/index.js';
import type { Logger } from '../../../core/logger.js';
import type { KObject, Kind } from '../../../core/types.js';
import type { ControlPlane } from '../../controlplane.js';
import { qualifiedResource, type ResourceDef } from '../resources.js';
import { apiError, REASON } from '../status.js';

export interface ApiContext {
  cp: ControlPlane;
  /** Real time for connection-level timers (not cluster time). */
  transport: Clock;
  log: Logger;
  /** Open watch streams, ended when the server closes. */
  watches: Set<{ close(): void }>;
}

export interface Backend {
  def: ResourceDef;
  kind: Kind;
  /** Stored object → the object this API version serves. */
  toServed(obj: KObject): KObject;
  /** A request body in this API version → the object to store. */
  fromServed(obj: Record<string, unknown>): KObject;
}

/** A backend whose served form is the stored form. */
export function identityBackend(def: ResourceDef): Backend {
  if (!def.storeKind) throw new Error(`resource ${def.resource} has no store kind`);
  return { def, kind: def.storeKind, toServed: (o) => o, fromServed: (o) => o as KObject };
}

/** errors.NewNotFound for this resource. */
export function notFoundFor(def: ResourceDef, name: string) {
  return apiError(404, REASON.NotFound, `${qualifiedResource(def)} "${name}" not found`, { name, ...(def.group ? { group: def.group } : {}), kind: def.resource });
}

export function conflictFor(def: ResourceDef, name: string) {
  return apiError(409, REASON.Conflict,
    `Operation cannot be fulfilled on ${qualifiedResource(def)} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
    { name, ...(def.group ? { group: def.group } : {}), kind: def.resource });
}

/** Sort key of an object: namespace/name, the order etcd lists keys in. */
export function objectSortKey(obj: KObject): string {
  const m = obj.metadata ?? {};
  return m.namespace ? `${m.namespace}/${m.name ?? ''}` : (m.name ?? '');
}

export function byKey(a: KObject, b: KObject): number {
  const ka = objectSortKey(a);
  const kb = objectSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Route parameters of every resource route. */
export interface ResourceParams {
  namespace?: string;
  name?: string;
  '*'?: string;
}
