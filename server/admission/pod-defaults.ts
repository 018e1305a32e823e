/**
 * Pod defaulting as the API server applies it (pkg/apis/core/v1/defaults.go SetDefaults_Pod,
 * SetDefaults_PodSpec, SetDefaults_Container): the fields kubectl shows and the kubelet relies on.
 * Notably, limits without requests become the requests (this decides the QoS class).
 */
import type { Container, KObject, Pod } from '../../core/types.js';
import type { AdmissionPlugin } from './types.js';

function defaultContainer(c: Container): void {
  c.imagePullPolicy ??= c.image?.endsWith(':latest') || !c.image?.includes(':') ? 'Always' : 'IfNotPresent';
  c.terminationMessagePath ??= '/dev/termination-log';
  c.terminationMessagePolicy ??= 'File';
  const r = (c.resources ??= {});
  if (r.limits) {
    const req = (r.requests ??= {});
    for (const [k, v] of Object.entries(r.limits)) if (req[k] === undefined) req[k] = v;
  }
}

export const podDefaults: AdmissionPlugin = {
  name: 'PodDefaults',
  mutate(obj: KObject, ctx) {
    if (ctx.kind !== 'Pod' || ctx.operation !== 'CREATE') return;
    const pod = obj as Pod;
    const spec = pod.spec;
    if (!spec) return;
    spec.restartPolicy ??= 'Always';
    spec.terminationGracePeriodSeconds ??= 30;
    spec.dnsPolicy ??= 'ClusterFirst';
    spec.schedulerName ??= 'default-scheduler';
    spec.securityContext ??= {};
    spec.enableServiceLinks ??= true;
    spec.serviceAccountName ??= 'default';
    for (const c of spec.containers ?? []) defaultContainer(c);
    for (const c of spec.initContainers ?? []) defaultContainer(c);
    const p = pod as { status?: Pod['status'] };
    p.status = { phase: 'Pending', ...(spec.nodeName ? {} : {}), qosClass: p.status?.qosClass };
    if (!p.status.qosClass) delete p.status.qosClass;
  },
};
