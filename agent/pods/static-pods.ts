/**
 * Static pods (pkg/kubelet/config/common.go applyDefaults, pkg/kubelet/pod/mirror_client.go):
 * manifests the kubelet runs on its own, named `<name>-<node>`, with a uid and
 * `kubernetes.io/config.hash` derived from the manifest, and mirrored in the API server as a
 * read-only mirror pod (`kubernetes.io/config.mirror`, owned by the Node).
 */
import type { Mutable, ObjectMeta, Pod } from '../../core/types.js';
import { toK8sTime } from '../../core/time-format.js';

export const CONFIG_SOURCE = 'kubernetes.io/config.source';
export const CONFIG_HASH = 'kubernetes.io/config.hash';
export const CONFIG_SEEN = 'kubernetes.io/config.seen';
export const CONFIG_MIRROR = 'kubernetes.io/config.mirror';

function fnv1a(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A stable 128-bit hex hash of the manifest and node (upstream hashes the object with the source). */
export function manifestHash(manifest: Pod, nodeName: string): string {
  const text = `${nodeName}\u0000${JSON.stringify(manifest)}`;
  return [0, 1, 2, 3].map((i) => fnv1a(text, i).toString(16).padStart(8, '0')).join('');
}

export function staticPodFromManifest(manifest: Pod, nodeName: string, now: number): Pod {
  const pod = structuredClone(manifest);
  const hash = manifestHash(manifest, nodeName);
  const meta = (pod.metadata ??= {}) as Mutable<ObjectMeta>;
  meta.name = `${meta.name ?? 'static'}-${nodeName}`;
  meta.namespace ??= 'default';
  meta.uid = `${hash.slice(0, 8)}-${hash.slice(8, 12)}-${hash.slice(12, 16)}-${hash.slice(16, 20)}-${hash.slice(20, 32)}`;
  meta.annotations = { ...(meta.annotations ?? {}), [CONFIG_SOURCE]: 'file', [CONFIG_HASH]: hash, [CONFIG_SEEN]: toK8sTime(now) };
  const spec = (pod.spec ??= { containers: [] });
  spec.nodeName = nodeName;
  spec.terminationGracePeriodSeconds ??= 30;
  spec.restartPolicy ??= 'Always';
  spec.tolerations = [...(spec.tolerations ?? []), { operator: 'Exists', effect: 'NoExecute' }];
  for (const c of spec.containers) {
    const r = (c.resources ??= {});
    if (r.limits) r.requests = { ...r.limits, ...(r.requests ?? {}) };
  }
  (pod as Mutable<Pod>).status = { phase: 'Pending' };
  return pod;
}

/** The mirror pod the kubelet creates in the API server for a static pod. */
export function mirrorPodOf(staticPod: Pod, nodeName: string, nodeUid: string): Pod {
  const m = staticPod.metadata ?? {};
  const annotations = { ...(m.annotations ?? {}), [CONFIG_MIRROR]: m.annotations?.[CONFIG_HASH] ?? '' };
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: {
      name: m.name, namespace: m.namespace, labels: { ...(m.labels ?? {}) }, annotations,
      ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: nodeName, uid: nodeUid, controller: true }],
    },
    spec: structuredClone(staticPod.spec!),
  };
}
