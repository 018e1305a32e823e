/**
 * ReplicaSet defaulting and the selector checks of apps/v1 validation, as an admission plugin
 * (pkg/apis/apps/v1/defaults.go SetDefaults_ReplicaSet; pkg/apis/apps/validation/validation.go
 * ValidateReplicaSetSpec / ValidatePodTemplateSpecForReplicaSet). The selector checks are shared
 * with the Deployment and DaemonSet plugins.
 */
import { fromLabelSelector, matchesLabels, SelectorError } from '../../../core/labels.js';
import type { KObject, Kind, LabelSelector, ReplicaSet } from '../../../core/types.js';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1.js';
import type { AdmissionPlugin } from '../../admission/types.js';
import { invalid, type Cause } from '../../store/index.js';
import { canonicalJSON } from './controller-utils.js';

interface WorkloadSpec {
  replicas?: number;
  selector?: LabelSelector;
  template?: PodTemplateSpec;
  minReadySeconds?: number;
}

/** The selector and template checks every apps/v1 workload gets; throws an Invalid StoreError. */
export function validateWorkloadSpec(kind: Kind, obj: KObject, old: KObject | undefined): void {
  const spec = ((obj as { spec?: WorkloadSpec }).spec ?? {});
  const causes: Cause[] = [];
  const add = (field: string, reason: string, message: string) => causes.push({ field, reason, message });
  if (spec.replicas !== undefined && spec.replicas < 0) add('spec.replicas', 'FieldValueInvalid', `Invalid value: ${spec.replicas}: must be greater than or equal to 0`);
  if ((spec.minReadySeconds ?? 0) < 0) add('spec.minReadySeconds', 'FieldValueInvalid', `Invalid value: ${spec.minReadySeconds}: must be greater than or equal to 0`);
  const sel = spec.selector;
  if (!sel) {
    add('spec.selector', 'FieldValueRequired', 'Required value');
  } else {
    if (Object.keys(sel.matchLabels ?? {}).length + (sel.matchExpressions ?? []).length === 0) {
      add('spec.selector', 'FieldValueInvalid', `Invalid value: ${JSON.stringify(sel)}: empty selector is invalid for deployment`);
    }
    try {
      const s = fromLabelSelector(sel);
      const labels = spec.template?.metadata?.labels ?? {};
      if (s.length > 0 && !matchesLabels(s, labels)) {
        add('spec.template.metadata.labels', 'FieldValueInvalid', `Invalid value: ${JSON.stringify(labels)}: \`selector\` does not match template \`labels\``);
      }
    } catch (err) {
      if (!(err instanceof SelectorError)) throw err;
      add('spec.selector', 'FieldValueInvalid', `Invalid value: ${JSON.stringify(sel)}: invalid label selector`);
    }
    const oldSel = (old as { spec?: WorkloadSpec } | undefined)?.spec?.selector;
    if (old && canonicalJSON(oldSel ?? null) !== canonicalJSON(sel)) {
      add('spec.selector', 'FieldValueInvalid', `Invalid value: ${JSON.stringify(sel)}: field is immutable`);
    }
  }
  if (causes.length > 0) throw invalid(kind, obj.metadata?.name ?? '', causes, 'apps');
}

/** SetDefaults_ReplicaSet: replicas 1. */
export const replicaSetDefaults: AdmissionPlugin = {
  name: 'ReplicaSetDefaults',
  mutate(obj, ctx) {
    if (ctx.kind !== 'ReplicaSet') return;
    const rs = obj as { spec?: Partial<NonNullable<ReplicaSet['spec']>> };
    (rs.spec ??= {}).replicas ??= 1;
  },
  validate(obj, ctx) {
    if (ctx.kind !== 'ReplicaSet') return;
    validateWorkloadSpec('ReplicaSet', obj, ctx.old);
  },
};
