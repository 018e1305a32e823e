/**
 * pods/binding (pkg/registry/core/pod/storage/storage.go BindingREST, assignPod) and the scale
 * subresource of Deployments and ReplicaSets (pkg/registry/apps/deployment/storage ScaleREST,
 * autoscaling/v1 Scale).
 */
import type { Binding } from 'kubernetes-types/core/v1.js';
import type { Scale } from 'kubernetes-types/autoscaling/v1.js';
import { fromLabelSelector } from '../../core/labels.js';
import type { Deployment, KObject, LabelSelector, Pod, ReplicaSet } from '../../core/types.js';
import { toK8sTime } from '../../core/time-format.js';
import { invalid } from '../store/index.js';
import type { PatchType } from './media.js';
import { applyPatch } from './patch/index.js';
import { isDryRun, type Query } from './query.js';
import { resourceForKind } from './resources.js';
import { conflictFor, notFoundFor, type ApiContext, type Backend } from './rest/context.js';
import { apiError, badRequest, REASON, success, type Status } from './status.js';
import { invalid as invalidField, required } from './validation/errors.js';

/** POST pods/{name}/binding: sets spec.nodeName once and marks the pod scheduled. */
export function bindPod(ctx: ApiContext, namespace: string, name: string, body: Record<string, unknown>, q: Query | undefined): Status {
  const binding = body as unknown as Binding;
  if (binding.metadata?.name !== undefined && binding.metadata.name !== name) {
    throw badRequest('name in URL does not match name in Binding object');
  }
  const causes = [];
  if (!binding.target?.name) causes.push(required('target.name'));
  if (binding.target?.kind && binding.target.kind !== 'Node') causes.push(invalidField('target.kind', binding.target.kind, 'must be empty or "Node"'));
  if (causes.length) throw invalid('Binding', name, causes);
  const store = ctx.cp.store;
  const pod = store.get<Pod>('Pod', namespace, name);
  if (!pod) throw notFoundFor(resourceForKind('Pod'), name);
  if (pod.metadata?.deletionTimestamp) {
    throw apiError(409, REASON.Conflict, `pod ${name} is being deleted, cannot be assigned to a host`, { name, kind: 'pods' });
  }
  if (pod.spec?.nodeName) {
    throw apiError(409, REASON.Conflict, `pod ${name} is already assigned to node "${pod.spec.nodeName}"`, { name, kind: 'pods' });
  }
  if (isDryRun(q)) return success(201);
  const copy = structuredClone(pod);
  copy.spec = { ...copy.spec!, nodeName: binding.target!.name };
  const now = toK8sTime(ctx.cp.clock.now());
  const conditions = (copy.status?.conditions ?? []).filter((c) => c.type !== 'PodScheduled');
  conditions.push({ type: 'PodScheduled', status: 'True', lastTransitionTime: now });
  (copy as { status?: Pod['status'] }).status = { ...copy.status, conditions };
  ctx.cp.registry.update('Pod', copy, { expectRV: pod.metadata?.resourceVersion });
  return success(201);
}

type Scalable = Deployment | ReplicaSet;

/** labels.Selector.String(): requirements sorted by key. */
function selectorString(sel: LabelSelector | undefined): string {
  const reqs = fromLabelSelector(sel).slice().sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return reqs.map((r) => {
    switch (r.op) {
      case '=': return `${r.key}=${r.values[0]}`;
      case '!=': return `${r.key}!=${r.values[0]}`;
      case 'in': return `${r.key} in (${[...r.values].sort().join(',')})`;
      case 'notin': return `${r.key} notin (${[...r.values].sort().join(',')})`;
      case 'exists': return r.key;
      case '!': return `!${r.key}`;
      default: return `${r.key}`;
    }
  }).join(',');
}

export function toScale(obj: Scalable): Scale {
  const m = obj.metadata ?? {};
  return {
    kind: 'Scale', apiVersion: 'autoscaling/v1',
    metadata: { name: m.name, namespace: m.namespace, uid: m.uid, resourceVersion: m.resourceVersion, creationTimestamp: m.creationTimestamp },
    spec: { replicas: obj.spec?.replicas ?? 0 },
    status: { replicas: obj.status?.replicas ?? 0, selector: selectorString(obj.spec?.selector) },
  };
}

export function getScale(ctx: ApiContext, backend: Backend, namespace: string, name: string): Scale {
  const obj = ctx.cp.store.get<Scalable>(backend.kind, namespace, name);
  if (!obj) throw notFoundFor(backend.def, name);
  return toScale(obj);
}

/** PUT scale: only spec.replicas is taken; a resourceVersion in the body is a precondition. */
export function updateScale(ctx: ApiContext, backend: Backend, namespace: string, name: string, scale: Record<string, unknown>, q: Query | undefined): Scale {
  const store = ctx.cp.store;
  const obj = store.get<Scalable>(backend.kind, namespace, name);
  if (!obj) throw notFoundFor(backend.def, name);
  const s = scale as Scale;
  if (s.metadata?.name !== undefined && s.metadata.name !== name) {
    throw badRequest(`the name of the object (${s.metadata.name}) does not match the name on the URL (${name})`);
  }
  const rv = s.metadata?.resourceVersion;
  if (rv && rv !== obj.metadata?.resourceVersion) throw conflictFor(backend.def, name);
  const replicas = s.spec?.replicas;
  if (typeof replicas !== 'number' || !Number.isInteger(replicas) || replicas < 0) {
    throw invalid('Scale', name, [invalidField('spec.replicas', replicas ?? null, 'must be greater than or equal to 0')], 'autoscaling');
  }
  if ((obj.spec?.replicas ?? 0) === replicas || isDryRun(q)) return { ...toScale(obj), spec: { replicas } };
  const copy = structuredClone(obj) as KObject & Scalable;
  copy.spec = { ...copy.spec!, replicas };
  return toScale(ctx.cp.registry.update(backend.kind, copy, { expectRV: obj.metadata?.resourceVersion }) as Scalable);
}

export function patchScale(ctx: ApiContext, backend: Backend, namespace: string, name: string, type: PatchType, patch: unknown, q: Query | undefined): Scale {
  const current = getScale(ctx, backend, namespace, name);
  const patched = applyPatch(type, current, patch, 'autoscaling/v1.Scale');
  return updateScale(ctx, backend, namespace, name, patched, q);
}
