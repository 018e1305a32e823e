/** The resource model every kubelet uses unless a test injects another. */
import type { Kubelet, ResourceModel } from './kubelet.js';
import { interimResourceModel } from './resource-model.js';

export function defaultResourceModel(k: Kubelet): ResourceModel {
  return interimResourceModel(k);
}
