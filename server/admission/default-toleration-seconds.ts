/**
 * DefaultTolerationSeconds admission plugin (plugin/pkg/admission/defaulttolerationseconds/admission.go):
 * on pod CREATE and UPDATE, a pod that has no toleration for the `not-ready` / `unreachable`
 * NoExecute taints gets `{key, operator: Exists, effect: NoExecute, tolerationSeconds: 300}` appended
 * (not-ready first). "Has a toleration" checks key (or empty key) and effect (or empty effect) only;
 * operator and value are NOT checked, so `{key: not-ready, operator: Equal, value: x, effect: NoExecute}`
 * suppresses the default even though it does not tolerate the valueless taint.
 */
import type { KObject, Pod, Toleration } from '../../core/types.js';
import { TAINT_NODE_NOT_READY, TAINT_NODE_UNREACHABLE, TaintEffect } from '../../core/tolerations.js';
import type { AdmissionPlugin } from './types.js';

export const DEFAULT_TOLERATION_SECONDS_PLUGIN = 'DefaultTolerationSeconds';

/** --default-not-ready-toleration-seconds / --default-unreachable-toleration-seconds (300). */
export interface DefaultTolerationSecondsOptions {
  notReadyTolerationSeconds?: number;
  unreachableTolerationSeconds?: number;
}

function coversKey(t: Toleration, key: string): boolean {
  return (t.key === key || !t.key) && (t.effect === TaintEffect.NoExecute || !t.effect);
}

/**
 * The pure defaulting step: the tolerations to store (a new array), or undefined when the pod
 * already covers both taints.
 */
export function withDefaultTolerationSeconds(
  tolerations: readonly Toleration[] | undefined,
  opts: DefaultTolerationSecondsOptions = {},
): Toleration[] | undefined {
  const tols = tolerations ?? [];
  const notReady = tols.some((t) => coversKey(t, TAINT_NODE_NOT_READY));
  const unreachable = tols.some((t) => coversKey(t, TAINT_NODE_UNREACHABLE));
  if (notReady && unreachable) return undefined;
  const out = [...tols];
  if (!notReady) {
    out.push({ key: TAINT_NODE_NOT_READY, operator: 'Exists', effect: TaintEffect.NoExecute, tolerationSeconds: opts.notReadyTolerationSeconds ?? 300 });
  }
  if (!unreachable) {
    out.push({ key: TAINT_NODE_UNREACHABLE, operator: 'Exists', effect: TaintEffect.NoExecute, tolerationSeconds: opts.unreachableTolerationSeconds ?? 300 });
  }
  return out;
}

/** Builds the plugin with non-default flag values. */
export function defaultTolerationSecondsPlugin(opts: DefaultTolerationSecondsOptions = {}): AdmissionPlugin {
  return {
    name: DEFAULT_TOLERATION_SECONDS_PLUGIN,
    mutate(obj: KObject, ctx) {
      // Pods proper only, on CREATE and UPDATE (the registry has no subresource writes: status
      // updates by controllers and kubelets go to the store directly, as upstream skips subresources).
      if (ctx.kind !== 'Pod') return;
      const pod = obj as Pod;
      if (!pod.spec) return;
      const next = withDefaultTolerationSeconds(pod.spec.tolerations, opts);
      if (next) pod.spec.tolerations = next;
    },
  };
}

/** The plugin with the upstream defaults (300s for both taints). */
export const defaultTolerationSeconds: AdmissionPlugin = defaultTolerationSecondsPlugin();
