/**
 * Node and Lease objects as kube-apiserver holds them for a kubelet: built from the agent's hello
 * (registration, like kubelet's initialNode/tryRegisterWithAPIServer) and node status frames.
 */
import type { Lease, Node, NodeCondition, Taint } from '../../core/types.js';
import type { Mutable, ObjectMeta } from '../../core/types.js';
import { toK8sTime, toMicroTime } from '../../core/time-format.js';
import type { Hello, NodeConditionMsg } from '../../proto/codec.js';

export const NODE_LEASE_NAMESPACE = 'kube-node-lease';

/** kubelet's reason strings for the Ready condition (pkg/kubelet/nodestatus/setters.go). */
export const KUBELET_READY = { reason: 'KubeletReady', message: 'kubelet is posting ready status' };

export function nodeFromHello(h: Hello, now: number): Node {
  const name = h.node_name ?? '';
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': h.node_info?.architecture || 'amd64',
    'beta.kubernetes.io/os': h.node_info?.operating_system || 'linux',
    'kubernetes.io/arch': h.node_info?.architecture || 'amd64',
    'kubernetes.io/hostname': name,
    'kubernetes.io/os': h.node_info?.operating_system || 'linux',
    ...(h.labels ?? {}),
  };
  const taints: Taint[] = (h.taints ?? []).map((t) => ({
    key: t.key ?? '', ...(t.value ? { value: t.value } : {}), effect: t.effect ?? 'NoSchedule',
    ...(t.time_added ? { timeAdded: toK8sTime(t.time_added) } : {}),
  }));
  const node: Node = {
    metadata: {
      name, labels,
      annotations: { 'node.alpha.kubernetes.io/ttl': '0', 'volumes.kubernetes.io/controller-managed-attach-detach': 'true', ...(h.annotations ?? {}) },
    },
    spec: { ...(taints.length ? { taints } : {}), ...(h.unschedulable ? { unschedulable: true } : {}) },
    status: {},
  };
  applyHelloStatus(node, h, now);
  return node;
}

/** Refreshes what a restarted kubelet reports on re-registration (capacity, nodeInfo, addresses). */
export function applyHelloStatus(node: Node, h: Hello, now: number): void {
  const n = node as Mutable<Node>;
  const status = (n.status ??= {});
  status.capacity = { ...(h.capacity ?? {}) };
  status.allocatable = Object.keys(h.allocatable ?? {}).length ? { ...h.allocatable } : { ...(h.capacity ?? {}) };
  const ni = h.node_info ?? {};
  status.nodeInfo = {
    machineID: ni.machine_id ?? '', systemUUID: ni.system_uuid ?? '', bootID: ni.boot_id ?? '',
    kernelVersion: ni.kernel_version || '6.1.0-kemu', osImage: ni.os_image || 'kemu emulated node',
    containerRuntimeVersion: ni.container_runtime_version || 'kemu://0.1.0', kubeletVersion: ni.kubelet_version || 'v1.32.0-kemu',
    kubeProxyVersion: ni.kube_proxy_version || '', operatingSystem: ni.operating_system || 'linux', architecture: ni.architecture || 'amd64',
  };
  status.addresses = [
    ...(h.internal_ip ? [{ type: 'InternalIP', address: h.internal_ip }] : []),
    { type: 'Hostname', address: h.node_name ?? '' },
  ];
  status.daemonEndpoints = { kubeletEndpoint: { Port: 10250 } };
  // Like kubelet's initialNode: no conditions until the first status post (which follows the
  // registration at once); the NodeLifecycleController treats a node without Ready as not yet
  // reporting (NodeStatusNeverUpdated after nodeStartupGracePeriod).
}

/**
 * Merges the kubelet-owned conditions from a status frame into the node's conditions; `heartbeat`,
 * when given, is every incoming condition's last heartbeat (a conditions_unchanged post).
 */
export function mergeConditions(existing: NodeCondition[] | undefined, incoming: NodeConditionMsg[], now: number, heartbeat?: number): NodeCondition[] {
  const out = new Map<string, NodeCondition>();
  for (const c of existing ?? []) out.set(c.type, c);
  for (const c of incoming) {
    const type = c.type ?? '';
    const prev = out.get(type);
    const changed = !prev || prev.status !== c.status;
    out.set(type, {
      type,
      status: c.status ?? 'Unknown',
      reason: c.reason ?? '',
      message: c.message ?? '',
      lastHeartbeatTime: toK8sTime((heartbeat ?? c.last_heartbeat_time) || now),
      lastTransitionTime: changed ? toK8sTime(c.last_transition_time || now) : prev!.lastTransitionTime,
    });
  }
  // kubectl and the dashboard expect Ready last is not required; keep upstream's order instead.
  const order = ['MemoryPressure', 'DiskPressure', 'PIDPressure', 'Ready'];
  return [...out.values()].sort((a, b) => rank(order, a.type) - rank(order, b.type));
}

function rank(order: string[], t: string): number {
  const i = order.indexOf(t);
  return i < 0 ? order.length : i;
}

/** Whether a status frame changes what the Node object says (kubelet's "status changed" test). */
export function conditionsDiffer(existing: NodeCondition[] | undefined, incoming: NodeConditionMsg[]): boolean {
  for (const c of incoming) {
    const prev = existing?.find((e) => e.type === c.type);
    if (!prev || prev.status !== c.status || prev.reason !== c.reason || prev.message !== c.message) return true;
  }
  return false;
}

export function leaseFor(nodeName: string, nodeUid: string, durationSeconds: number, renewMs: number): Lease {
  const meta: Mutable<ObjectMeta> = {
    name: nodeName, namespace: NODE_LEASE_NAMESPACE,
    ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: nodeName, uid: nodeUid }],
  };
  return {
    metadata: meta,
    spec: { holderIdentity: nodeName, leaseDurationSeconds: durationSeconds, renewTime: toMicroTime(renewMs) },
  };
}
