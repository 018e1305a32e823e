/**
 * The Priority admission plugin (plugin/pkg/admission/priority/admission.go) plus the PriorityClass
 * defaulting and validation kube-apiserver applies to these objects
 * (pkg/apis/scheduling/v1/defaults.go, pkg/apis/scheduling/validation/validation.go).
 *
 * Pods, on create: spec.priority comes from spec.priorityClassName (or the global default class,
 * or 0), spec.preemptionPolicy from the class; a client-set priority or preemptionPolicy that
 * differs from the class is forbidden; an unknown class is forbidden. On update the stored values
 * are kept. PriorityClasses: only one may be globalDefault; user classes are capped at 1000000000;
 * "system-" names are reserved; value and preemptionPolicy are immutable.
 */
import { DEFAULT_PRIORITY_WHEN_NO_DEFAULT_CLASS_EXISTS, SYSTEM_CLUSTER_CRITICAL, SYSTEM_CLUSTER_CRITICAL_PRIORITY, SYSTEM_NODE_CRITICAL, SYSTEM_NODE_CRITICAL_PRIORITY } from '../../core/qos.js';
import type { KObject, Pod, PriorityClass } from '../../core/types.js';
import { StoreError, invalid, type Cause, type Store } from '../store/index.js';
import type { AdmissionContext, AdmissionPlugin } from './types.js';

export const PRIORITY_PLUGIN_NAME = 'Priority';
/** scheduling.HighestUserDefinablePriority */
export const HIGHEST_USER_DEFINABLE_PRIORITY = 1_000_000_000;
export const SYSTEM_PRIORITY_CLASS_PREFIX = 'system-';
export const PREEMPT_LOWER_PRIORITY = 'PreemptLowerPriority';

const KNOWN_SYSTEM_CLASSES: Record<string, number> = {
  [SYSTEM_NODE_CRITICAL]: SYSTEM_NODE_CRITICAL_PRIORITY,
  [SYSTEM_CLUSTER_CRITICAL]: SYSTEM_CLUSTER_CRITICAL_PRIORITY,
};

/** admission.NewForbidden: `<resource> "<name>" is forbidden: <err>` (name falls back to generateName, then "Unknown"). */
function forbidden(resource: string, obj: KObject, message: string): StoreError {
  const name = obj.metadata?.name || obj.metadata?.generateName || 'Unknown';
  return new StoreError('Forbidden', 403, `${resource} "${name}" is forbidden: ${message}`, { name, kind: resource.split('.')[0] });
}

/** getDefaultPriorityClass: the globalDefault class with the lowest value (a race may leave several). */
export function defaultPriorityClass(store: Store): PriorityClass | undefined {
  let best: PriorityClass | undefined;
  for (const pc of store.list<PriorityClass>('PriorityClass')) {
    if (pc.globalDefault && (!best || best.value > pc.value)) best = pc;
  }
  return best;
}

function admitPod(pod: Pod, ctx: AdmissionContext): void {
  const spec = pod.spec;
  if (!spec) return;
  if (ctx.operation === 'UPDATE') {
    // The plugin set spec.priority on create; keep it (and preemptionPolicy) on update.
    const old = ctx.old as Pod | undefined;
    if (spec.priority === undefined && old?.spec?.priority !== undefined) spec.priority = old.spec.priority;
    if (spec.preemptionPolicy === undefined && old?.spec?.preemptionPolicy !== undefined) spec.preemptionPolicy = old.spec.preemptionPolicy;
    return;
  }
  let priority: number;
  let policy: string | undefined;
  if (!spec.priorityClassName) {
    const dpc = defaultPriorityClass(ctx.store);
    if (dpc) {
      priority = dpc.value;
      policy = dpc.preemptionPolicy;
      spec.priorityClassName = dpc.metadata?.name;
    } else {
      priority = DEFAULT_PRIORITY_WHEN_NO_DEFAULT_CLASS_EXISTS;
      policy = PREEMPT_LOWER_PRIORITY;
    }
  } else {
    const pc = ctx.store.get<PriorityClass>('PriorityClass', undefined, spec.priorityClassName);
    if (!pc) throw forbidden('pods', pod, `no PriorityClass with name ${spec.priorityClassName} was found`);
    priority = pc.value;
    policy = pc.preemptionPolicy;
  }
  if (spec.priority !== undefined && spec.priority !== null && spec.priority !== priority) {
    throw forbidden('pods', pod, `the integer value of priority (${spec.priority}) must not be provided in pod spec; priority admission controller computed ${priority} from the given PriorityClass name`);
  }
  spec.priority = priority;
  if (policy !== undefined) {
    if (spec.preemptionPolicy !== undefined && spec.preemptionPolicy !== policy) {
      throw forbidden('pods', pod, `the string value of PreemptionPolicy (${spec.preemptionPolicy}) must not be provided in pod spec; priority admission controller computed ${policy} from the given PriorityClass name`);
    }
    spec.preemptionPolicy = policy;
  }
}

/** scheduling.IsKnownSystemPriorityClass */
export function knownSystemPriorityClassError(name: string, value: number, globalDefault: boolean): string | undefined {
  const want = KNOWN_SYSTEM_CLASSES[name];
  if (want === undefined) return `${name} is not a known system priority class`;
  if (value !== want) return `value of ${name} PriorityClass must be ${want}`;
  if (globalDefault) return `globalDefault of ${name} PriorityClass must be false`;
  return undefined;
}

/** ValidatePriorityClass / ValidatePriorityClassUpdate (the parts about value, name and policy). */
function validatePriorityClassFields(pc: PriorityClass, ctx: AdmissionContext): void {
  const name = pc.metadata?.name ?? '';
  const causes: Cause[] = [];
  if (name.startsWith(SYSTEM_PRIORITY_CLASS_PREFIX)) {
    const err = knownSystemPriorityClassError(name, pc.value, !!pc.globalDefault);
    if (err) {
      causes.push({ field: 'metadata.name', reason: 'FieldValueForbidden', message: `Forbidden: priority class names with '${SYSTEM_PRIORITY_CLASS_PREFIX}' prefix are reserved for system use only. error: ${err}` });
    }
  } else if (pc.value > HIGHEST_USER_DEFINABLE_PRIORITY) {
    causes.push({ field: 'value', reason: 'FieldValueForbidden', message: `Forbidden: maximum allowed value of a user defined priority is ${HIGHEST_USER_DEFINABLE_PRIORITY}` });
  }
  if (ctx.operation === 'UPDATE') {
    const old = ctx.old as PriorityClass | undefined;
    if (old && old.value !== pc.value) causes.push({ field: 'value', reason: 'FieldValueForbidden', message: 'Forbidden: may not be changed in an update.' });
    // Stored classes are always defaulted; one written around admission counts as the default.
    if (old && (old.preemptionPolicy ?? PREEMPT_LOWER_PRIORITY) !== (pc.preemptionPolicy ?? PREEMPT_LOWER_PRIORITY)) {
      causes.push({ field: 'preemptionPolicy', reason: 'FieldValueInvalid', message: `Invalid value: "${pc.preemptionPolicy ?? ''}": field is immutable` });
    }
  }
  if (causes.length > 0) throw invalid('PriorityClass', name, causes, 'scheduling.k8s.io');
}

/** validatePriorityClass (admission): at most one globalDefault class. */
function validateGlobalDefault(pc: PriorityClass, ctx: AdmissionContext): void {
  if (!pc.globalDefault) return;
  const dpc = defaultPriorityClass(ctx.store);
  if (!dpc) return;
  const dname = dpc.metadata?.name ?? '';
  if (ctx.operation === 'CREATE' || dname !== pc.metadata?.name) {
    throw forbidden('priorityclasses.scheduling.k8s.io', pc, `PriorityClass ${dname} is already marked as default. Only one default can exist`);
  }
}

export const priorityAdmission: AdmissionPlugin = {
  name: PRIORITY_PLUGIN_NAME,
  mutate(obj: KObject, ctx: AdmissionContext): void {
    if (ctx.kind === 'Pod') admitPod(obj as Pod, ctx);
    else if (ctx.kind === 'PriorityClass') {
      // SetDefaults_PriorityClass: preemptionPolicy defaults to PreemptLowerPriority.
      const pc = obj as PriorityClass;
      pc.preemptionPolicy ??= PREEMPT_LOWER_PRIORITY;
    }
  },
  validate(obj: KObject, ctx: AdmissionContext): void {
    if (ctx.kind !== 'PriorityClass') return;
    const pc = obj as PriorityClass;
    validatePriorityClassFields(pc, ctx);
    validateGlobalDefault(pc, ctx);
  },
};
