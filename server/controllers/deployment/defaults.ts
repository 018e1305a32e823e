/**
 * Deployment defaulting (pkg/apis/apps/v1/defaults.go SetDefaults_Deployment) and the apps/v1
 * selector checks, as an admission plugin: replicas 1, strategy RollingUpdate with maxUnavailable
 * and maxSurge 25%, revisionHistoryLimit 10, progressDeadlineSeconds 600.
 */
import type { Deployment } from '../../../core/types.js';
import type { AdmissionPlugin } from '../../admission/types.js';
import { validateWorkloadSpec } from '../replicaset/index.js';

export const deploymentDefaults: AdmissionPlugin = {
  name: 'DeploymentDefaults',
  mutate(obj, ctx) {
    if (ctx.kind !== 'Deployment') return;
    const d = obj as { spec?: Partial<NonNullable<Deployment['spec']>> };
    const spec = (d.spec ??= {});
    spec.replicas ??= 1;
    const strategy = (spec.strategy ??= {});
    strategy.type ??= 'RollingUpdate';
    if (strategy.type === 'RollingUpdate') {
      const ru = (strategy.rollingUpdate ??= {});
      ru.maxUnavailable ??= '25%';
      ru.maxSurge ??= '25%';
    }
    spec.revisionHistoryLimit ??= 10;
    spec.progressDeadlineSeconds ??= 600;
  },
  validate(obj, ctx) {
    if (ctx.kind !== 'Deployment') return;
    validateWorkloadSpec('Deployment', obj, ctx.old);
  },
};
