/** The admission chain, in kube-apiserver's order (mutating plugins first, then validating). */
import type { AdmissionPlugin } from './types.js';
import { namespaceLifecycle } from './namespace-lifecycle.js';
import { podDefaults } from './pod-defaults.js';
import { defaultTolerationSeconds } from './default-toleration-seconds.js';
import { priorityAdmission } from './priority.js';

export function admissionChain(): AdmissionPlugin[] {
  return [namespaceLifecycle, podDefaults, priorityAdmission, defaultTolerationSeconds];
}
