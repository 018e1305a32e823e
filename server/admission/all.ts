/** The admission chain, in kube-apiserver's order (mutating plugins first, then validating). */
import type { AdmissionPlugin } from './types.js';
import { namespaceLifecycle } from './namespace-lifecycle.js';
import { podDefaults } from './pod-defaults.js';
import { defaultTolerationSeconds } from './default-toleration-seconds.js';
import { priorityAdmission } from './priority.js';
import { replicaSetDefaults } from '../controllers/replicaset/index.js';
import { deploymentDefaults } from '../controllers/deployment/index.js';
import { daemonSetDefaults } from '../controllers/daemonset/index.js';

export function admissionChain(): AdmissionPlugin[] {
  return [namespaceLifecycle, podDefaults, replicaSetDefaults, deploymentDefaults, daemonSetDefaults, priorityAdmission, defaultTolerationSeconds];
}
