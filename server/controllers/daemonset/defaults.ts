/**
 * DaemonSet defaulting (pkg/apis/apps/v1/defaults.go SetDefaults_DaemonSet) and the apps/v1
 * selector checks, as an admission plugin: updateStrategy RollingUpdate with maxUnavailable 1 and
 * maxSurge 0, revisionHistoryLimit 10.
 */
import type { DaemonSet } from '../../../core/types.js';
import type { AdmissionPlugin } from '../../admission/types.js';
import { validateWorkloadSpec } from '../replicaset/index.js';

export const daemonSetDefaults: AdmissionPlugin = {
  name: 'DaemonSetDefaults',
  mutate(obj, ctx) {
    if (ctx.kind !== 'DaemonSet') return;
    const ds = obj as { spec?: Partial<NonNullable<DaemonSet['spec']>> };
    const spec = (ds.spec ??= {});
    const strategy = (spec.updateStrategy ??= {});
    strategy.type ??= 'RollingUpdate';
    if (strategy.type === 'RollingUpdate') {
      const ru = (strategy.rollingUpdate ??= {});
      ru.maxUnavailable ??= 1;
      ru.maxSurge ??= 0;
    }
    spec.revisionHistoryLimit ??= 10;
  },
  validate(obj, ctx) {
    if (ctx.kind !== 'DaemonSet') return;
    validateWorkloadSpec('DaemonSet', obj, ctx.old);
  },
};
