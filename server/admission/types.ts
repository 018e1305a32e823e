/**
 * Admission plugins run on create (and update) before an object is stored, like kube-apiserver's
 * mutating then validating admission chain. Each plugin lives in its own file in this folder.
 */
import type { KObject, Kind } from '../../core/types.js';
import type { Store } from '../store/index.js';

export interface AdmissionContext {
  store: Store;
  operation: 'CREATE' | 'UPDATE';
  kind: Kind;
  /** The stored object for UPDATE. */
  old?: KObject;
}

export interface AdmissionPlugin {
  name: string;
  /** Mutates obj in place (defaulting). Throw a StoreError to reject. */
  mutate?(obj: KObject, ctx: AdmissionContext): void;
  /** Validates without mutating. Throw a StoreError (usually `invalid(...)`) to reject. */
  validate?(obj: KObject, ctx: AdmissionContext): void;
}
