/**
 * Timeline actions, each done the way its Kubernetes counterpart does it (kubectl taint, cordon,
 * drain; the Eviction API; JSON merge patch through admission).
 */
import type { KObject, Kind, Mutable, Node, ObjectMeta, Pod, Taint } from '../../core/types.js';
import { NAMESPACED } from '../../core/types.js';
import { toK8sTime } from '../../core/time-format.js';
import type { Simulation } from '../harness.js';
import { deletePod, evictPod } from '../../server/registry/index.js';
import { StoreError } from '../../server/store/index.js';
import type { Action, ObjectRef } from './types.js';

/** kubectl drain retries evictions refused by a PodDisruptionBudget every 5 s. */
export const DRAIN_RETRY_MS = 5_000;

export interface ActionLog {
  (message: string): void;
}

export function runAction(sim: Simulation, a: Action, log: ActionLog): void {
  const { store, registry } = sim.cp;
  switch (a.type) {
    case 'stopNode': return sim.stopNode(a.node);
    case 'startNode': return sim.startNode(a.node);
    case 'partitionNode': return sim.partitionNode(a.node);
    case 'healNode': return sim.healNode(a.node);
    case 'addNode':
      for (const n of a.nodes) sim.addNode(n);
      return;
    case 'deleteNode':
      sim.forgetNode(a.node);
      if (store.get('Node', undefined, a.node)) store.remove('Node', undefined, a.node);
      return;
    case 'apply': return apply(sim, a.manifest);
    case 'delete': return del(sim, a.ref);
    case 'patch': {
      const kind = a.ref.kind as Kind;
      const cur = store.must(kind, a.ref.namespace, a.ref.name);
      const next = mergePatch(structuredClone(cur), a.patch) as KObject;
      registry.update(kind, next);
      return;
    }
    case 'taint':
      store.mutate<Node>('Node', undefined, a.node, (n) => {
        const spec = ((n as Mutable<Node>).spec ??= {});
        const taints = (spec.taints ?? []).filter((t) => !(t.key === a.taint.key && t.effect === a.taint.effect));
        // kubectl taint: the API server stamps timeAdded on NoExecute taints.
        const t: Taint = { ...a.taint, ...(a.taint.effect === 'NoExecute' ? { timeAdded: toK8sTime(sim.clock.now()) } : {}) };
        spec.taints = [...taints, t];
      });
      return;
    case 'untaint':
      store.mutate<Node>('Node', undefined, a.node, (n) => {
        const spec = ((n as Mutable<Node>).spec ??= {});
        spec.taints = (spec.taints ?? []).filter((t) => !(t.key === a.taint.key && t.effect === a.taint.effect));
        if (spec.taints.length === 0) delete spec.taints;
      });
      return;
    case 'cordon':
    case 'uncordon':
      store.mutate<Node>('Node', undefined, a.node, (n) => {
        const spec = ((n as Mutable<Node>).spec ??= {});
        if (a.type === 'cordon') spec.unschedulable = true;
        else delete spec.unschedulable;
      });
      return;
    case 'evict': {
      const d = evictPod(store, a.namespace, a.name, { recorder: sim.cp.recorder });
      if (!d.allowed) log(`evict ${a.namespace}/${a.name} refused (${d.code}): ${d.message}`);
      return;
    }
    case 'drain': return drain(sim, a.node, log);
    case 'setUsage': {
      const annotations: Record<string, string> = {};
      for (const [k, v] of Object.entries(a.usage)) annotations[`usage.kemu.dev/${k}`] = v;
      const kind: Kind = a.pod ? 'Pod' : 'Node';
      store.mutate(kind, a.pod?.namespace, a.pod?.name ?? a.node!, (o: KObject) => {
        const m = (o.metadata ??= {}) as Mutable<ObjectMeta>;
        m.annotations = { ...(m.annotations ?? {}), ...annotations };
      });
      return;
    }
  }
}

function apply(sim: Simulation, manifest: KObject): void {
  const kind = manifest.kind as Kind;
  const m = manifest.metadata ?? {};
  const obj = structuredClone(manifest);
  const ns = NAMESPACED[kind] ? m.namespace ?? 'default' : undefined;
  const existing = m.name ? sim.cp.store.get(kind, ns, m.name) : undefined;
  if (!existing) {
    sim.cp.registry.create(kind, obj);
    return;
  }
  // `kubectl apply` of a changed manifest: the new spec and labels over the stored object.
  const merged = mergePatch(structuredClone(existing), obj as unknown as Record<string, unknown>) as KObject;
  sim.cp.registry.update(kind, merged);
}

function del(sim: Simulation, ref: ObjectRef): void {
  const kind = ref.kind as Kind;
  if (kind === 'Pod') {
    deletePod(sim.cp.store, ref.namespace ?? 'default', ref.name);
    return;
  }
  sim.cp.store.remove(kind, ref.namespace, ref.name);
}

/** RFC 7386 JSON merge patch. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return structuredClone(patch);
  const out: Record<string, unknown> = typeof target === 'object' && target !== null && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {};
  for (const [k, v] of Object.entries(patch as Record<string, unknown>)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

/**
 * `kubectl drain NODE --ignore-daemonsets --delete-emptydir-data --force`: cordon, then evict every
 * pod on the node except DaemonSet pods and mirror pods; evictions refused by a PDB are retried
 * every 5 s until they succeed (kubectl's default timeout is infinite).
 */
function drain(sim: Simulation, node: string, log: ActionLog): void {
  runAction(sim, { type: 'cordon', node }, log);
  const pending = new Set<string>();
  const attempt = () => {
    for (const key of [...pending]) {
      const [ns, name] = key.split('/');
      try {
        const d = evictPod(sim.cp.store, ns, name, { recorder: sim.cp.recorder });
        if (d.allowed) pending.delete(key);
        else if (d.code !== 429) {
          log(`drain ${node}: evicting ${key} failed (${d.code}): ${d.message}`);
          pending.delete(key);
        }
      } catch (err) {
        if (err instanceof StoreError && err.code === 404) pending.delete(key);
        else throw err;
      }
    }
    if (pending.size > 0) sim.clock.setTimer(DRAIN_RETRY_MS, attempt);
  };
  for (const pod of sim.cp.store.byIndex<Pod>('Pod', 'spec.nodeName', node)) {
    const owner = pod.metadata?.ownerReferences?.find((o) => o.controller);
    if (owner?.kind === 'DaemonSet') continue;
    if (pod.metadata?.annotations?.['kubernetes.io/config.mirror']) continue;
    if (pod.metadata?.deletionTimestamp) continue;
    pending.add(`${pod.metadata?.namespace}/${pod.metadata?.name}`);
  }
  attempt();
}
