/** The resource model every kubelet uses unless a test injects another: usage, stats, eviction. */
import type { Kubelet, ResourceModel } from './kubelet.js';
import { kubeletResourceModel } from './eviction/index.js';

export function defaultResourceModel(k: Kubelet): ResourceModel {
  return kubeletResourceModel(k);
}
