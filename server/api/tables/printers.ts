/**
 * Column definitions and row cells per kind, as kube-apiserver 1.32's table printers produce them
 * (pkg/printers/internalversion/printers.go AddHandlers, printNode, printEvent, printDeployment,
 * printReplicaSet, printDaemonSet, printPodDisruptionBudget, printPriorityClass, printNamespace,
 * printLease). The server always prints the wide columns; kubectl hides priority-1 columns
 * unless `-o wide`.
 */
import type {
  DaemonSet, Deployment, Event, Kind, LabelSelector, Lease, Namespace, Node, PodDisruptionBudget, PriorityClass, ReplicaSet,
} from '../../../core/types.js';
import type { Container } from '../../../core/types.js';
import { since } from './age.js';
import { printPod, type TableRowCondition } from './pod.js';
import type { Pod } from '../../../core/types.js';

export interface TableColumnDefinition {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  format: string;
  description: string;
  priority: number;
}

export type Cell = string | number | boolean;

export interface PrintedRow {
  cells: Cell[];
  conditions?: TableRowCondition[];
}

const DESC = {
  name: 'Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names',
  age: 'CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata',
  containers: 'Names of each container in the template.',
  images: 'Images referenced by each container in the template.',
};

function col(name: string, type: TableColumnDefinition['type'], description: string, priority = 0, format = ''): TableColumnDefinition {
  return { name, type, format, description, priority };
}

const nameCol = () => col('Name', 'string', DESC.name, 0, 'name');
const ageCol = () => col('Age', 'string', DESC.age);

export const COLUMNS: Record<Kind, TableColumnDefinition[]> = {
  Pod: [
    nameCol(), col('Ready', 'string', 'The aggregate readiness state of this pod for accepting traffic.'),
    col('Status', 'string', 'The aggregate status of the containers in this pod.'),
    col('Restarts', 'string', 'The number of times the containers in this pod have been restarted and when the last container in this pod has restarted.'),
    ageCol(), col('IP', 'string', 'podIP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated.', 1),
    col('Node', 'string', 'NodeName indicates in which node this pod is scheduled.', 1),
    col('Nominated Node', 'string', 'nominatedNodeName is set only when this pod preempts other pods on the node, but it cannot be scheduled right away as preemption victims receive their graceful termination periods.', 1),
    col('Readiness Gates', 'string', 'If specified, all readiness gates will be evaluated for pod readiness.', 1),
  ],
  Node: [
    nameCol(), col('Status', 'string', 'The status of the node'), col('Roles', 'string', 'The roles of the node'), ageCol(),
    col('Version', 'string', 'Kubelet Version reported by the node.'),
    col('Internal-IP', 'string', 'List of addresses reachable to the node.', 1), col('External-IP', 'string', 'List of addresses reachable to the node.', 1),
    col('OS-Image', 'string', 'OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 (wheezy)).', 1),
    col('Kernel-Version', 'string', "Kernel Version reported by the node from 'uname -r' (e.g. 3.16.0-0.bpo.4-amd64).", 1),
    col('Container-Runtime', 'string', 'ContainerRuntime Version reported by the node through runtime remote API (e.g. containerd://1.4.2).', 1),
  ],
  Event: [
    col('Last Seen', 'string', 'The time at which the most recent occurrence of this event was recorded.'),
    col('Type', 'string', 'Type of this event (Normal, Warning), new types could be added in the future'),
    col('Reason', 'string', "This should be a short, machine understandable string that gives the reason for the transition into the object's current status."),
    col('Object', 'string', 'The object that this event is about.'),
    col('Subobject', 'string', 'If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement.', 1),
    col('Source', 'string', 'The component reporting this event. Should be a short machine understandable string.', 1),
    col('Message', 'string', 'A human-readable description of the status of this operation.'),
    col('First Seen', 'string', 'The time at which the event was first recorded. (Time of server receipt is in TypeMeta.)', 1),
    col('Count', 'string', 'The number of times this event has occurred.', 1),
    col('Name', 'string', DESC.name, 1, 'name'),
  ],
  Namespace: [nameCol(), col('Status', 'string', 'The status of the namespace'), ageCol()],
  Deployment: [
    nameCol(), col('Ready', 'string', 'Number of the pod with ready state'),
    col('Up-to-date', 'string', 'Total number of non-terminating pods targeted by this deployment that have the desired template spec.'),
    col('Available', 'string', 'Total number of available non-terminating pods (ready for at least minReadySeconds) targeted by this deployment.'),
    ageCol(), col('Containers', 'string', DESC.containers, 1), col('Images', 'string', DESC.images, 1),
    col('Selector', 'string', 'Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment.', 1),
  ],
  ReplicaSet: [
    nameCol(), col('Desired', 'integer', 'Replicas is the number of desired pods.'),
    col('Current', 'integer', 'Replicas is the most recently observed number of replicas.'),
    col('Ready', 'integer', 'The number of ready replicas for this replica set.'), ageCol(),
    col('Containers', 'string', DESC.containers, 1), col('Images', 'string', DESC.images, 1),
    col('Selector', 'string', 'Selector is a label query over pods that should match the replica count.', 1),
  ],
  DaemonSet: [
    nameCol(), col('Desired', 'integer', 'The total number of nodes that should be running the daemon pod.'),
    col('Current', 'integer', 'The number of nodes that are running at least 1 daemon pod and are supposed to run the daemon pod.'),
    col('Ready', 'integer', 'The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and ready.'),
    col('Up-to-date', 'integer', 'The total number of nodes that are running updated daemon pod'),
    col('Available', 'integer', 'The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and available (ready for at least spec.minReadySeconds)'),
    col('Node Selector', 'string', "NodeSelector is a selector which must be true for the pod to fit on a node. Selector which must match a node's labels for the pod to be scheduled on that node."),
    ageCol(), col('Containers', 'string', DESC.containers, 1), col('Images', 'string', DESC.images, 1),
    col('Selector', 'string', 'A label query over pods that are managed by the daemon set.', 1),
  ],
  PodDisruptionBudget: [
    nameCol(), col('Min Available', 'string', 'The minimum number of pods that must be available.'),
    col('Max Unavailable', 'string', 'The maximum number of pods that may be unavailable.'),
    col('Allowed Disruptions', 'integer', 'Calculated number of pods that may be disrupted at this time.'), ageCol(),
  ],
  PriorityClass: [
    nameCol(), col('Value', 'integer', 'value represents the integer value of this priority class.'),
    col('Global-Default', 'boolean', 'globalDefault specifies whether this PriorityClass should be considered as the default priority for pods that do not have any priority class.'),
    ageCol(), col('PreemptionPolicy', 'string', 'preemptionPolicy is the Policy for preempting pods with lower priority.'),
  ],
  Lease: [nameCol(), col('Holder', 'string', 'holderIdentity contains the identity of the holder of a current lease.'), ageCol()],
};

/** The columns rest.NewDefaultTableConvertor prints for kinds without a printer. */
export const DEFAULT_COLUMNS: TableColumnDefinition[] = [
  col('Name', 'string', DESC.name, 0, 'name'),
  col('Created At', 'date', DESC.age),
];

/** metav1.FormatLabelSelector. */
export function formatLabelSelector(sel: LabelSelector | undefined): string {
  if (!sel) return '<none>';
  const parts: string[] = [];
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) parts.push(`${k}=${v}`);
  for (const e of sel.matchExpressions ?? []) {
    const vals = [...(e.values ?? [])].sort().join(',');
    if (e.operator === 'In') parts.push(`${e.key} in (${vals})`);
    else if (e.operator === 'NotIn') parts.push(`${e.key} notin (${vals})`);
    else if (e.operator === 'Exists') parts.push(e.key);
    else if (e.operator === 'DoesNotExist') parts.push(`!${e.key}`);
  }
  const s = parts.join(',');
  return s === '' ? '<none>' : s;
}

function formatLabels(labels: Record<string, string> | undefined): string {
  const s = Object.keys(labels ?? {}).sort().map((k) => `${k}=${labels![k]}`).join(',');
  return s === '' ? '<none>' : s;
}

function layoutContainers(containers: Container[] | undefined): [string, string] {
  const cs = containers ?? [];
  return [cs.map((c) => c.name).join(','), cs.map((c) => c.image ?? '').join(',')];
}

function nodeRoles(node: Node): string {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata?.labels ?? {})) {
    if (k.startsWith('node-role.kubernetes.io/') && k.length > 'node-role.kubernetes.io/'.length) roles.add(k.slice('node-role.kubernetes.io/'.length));
    else if (k === 'kubernetes.io/role' && v !== '') roles.add(v);
  }
  const s = [...roles].sort().join(',');
  return s === '' ? '<none>' : s;
}

function nodeAddress(node: Node, type: string): string {
  return (node.status?.addresses ?? []).find((a) => a.type === type)?.address ?? '<none>';
}

function printNode(node: Node, now: number): PrintedRow {
  const ready = (node.status?.conditions ?? []).find((c) => c.type === 'Ready');
  const status = [ready ? (ready.status === 'True' ? 'Ready' : 'NotReady') : 'Unknown'];
  if (node.spec?.unschedulable) status.push('SchedulingDisabled');
  const info = node.status?.nodeInfo;
  return {
    cells: [
      node.metadata?.name ?? '', status.join(','), nodeRoles(node), since(node.metadata?.creationTimestamp, now), info?.kubeletVersion ?? '',
      nodeAddress(node, 'InternalIP'), nodeAddress(node, 'ExternalIP'), info?.osImage || '<unknown>', info?.kernelVersion || '<unknown>',
      info?.containerRuntimeVersion || '<unknown>',
    ],
  };
}

function printEvent(ev: Event, now: number): PrintedRow {
  const first = ev.firstTimestamp ? since(ev.firstTimestamp, now) : since(ev.eventTime, now);
  let last = ev.lastTimestamp ? since(ev.lastTimestamp, now) : first;
  let count = ev.count ?? 0;
  if (ev.series) {
    last = since(ev.series.lastObservedTime, now);
    count = ev.series.count ?? 0;
  } else if (count === 0) {
    count = 1;
  }
  const io = ev.involvedObject ?? {};
  const target = io.name ? `${(io.kind ?? '').toLowerCase()}/${io.name}` : (io.kind ?? '').toLowerCase();
  const component = ev.source?.component || ev.reportingComponent || '';
  const instance = ev.source?.host || ev.reportingInstance || '';
  const source = instance ? `${component}, ${instance}` : component;
  return {
    cells: [last, ev.type ?? '', ev.reason ?? '', target, io.fieldPath ?? '', source, (ev.message ?? '').trim(), first, count, ev.metadata?.name ?? ''],
  };
}

function printDeployment(d: Deployment, now: number): PrintedRow {
  const [names, images] = layoutContainers(d.spec?.template?.spec?.containers);
  const st = d.status ?? {};
  return {
    cells: [d.metadata?.name ?? '', `${st.readyReplicas ?? 0}/${d.spec?.replicas ?? 0}`, st.updatedReplicas ?? 0, st.availableReplicas ?? 0,
      since(d.metadata?.creationTimestamp, now), names, images, formatLabelSelector(d.spec?.selector)],
  };
}

function printReplicaSet(rs: ReplicaSet, now: number): PrintedRow {
  const [names, images] = layoutContainers(rs.spec?.template?.spec?.containers);
  return {
    cells: [rs.metadata?.name ?? '', rs.spec?.replicas ?? 0, rs.status?.replicas ?? 0, rs.status?.readyReplicas ?? 0,
      since(rs.metadata?.creationTimestamp, now), names, images, formatLabelSelector(rs.spec?.selector)],
  };
}

function printDaemonSet(ds: DaemonSet, now: number): PrintedRow {
  const [names, images] = layoutContainers(ds.spec?.template?.spec?.containers);
  const st = ds.status;
  return {
    cells: [ds.metadata?.name ?? '', st?.desiredNumberScheduled ?? 0, st?.currentNumberScheduled ?? 0, st?.numberReady ?? 0,
      st?.updatedNumberScheduled ?? 0, st?.numberAvailable ?? 0, formatLabels(ds.spec?.template?.spec?.nodeSelector),
      since(ds.metadata?.creationTimestamp, now), names, images, formatLabelSelector(ds.spec?.selector)],
  };
}

function printPdb(pdb: PodDisruptionBudget, now: number): PrintedRow {
  const fmt = (v: number | string | undefined) => (v === undefined || v === null ? 'N/A' : String(v));
  return {
    cells: [pdb.metadata?.name ?? '', fmt(pdb.spec?.minAvailable), fmt(pdb.spec?.maxUnavailable), pdb.status?.disruptionsAllowed ?? 0,
      since(pdb.metadata?.creationTimestamp, now)],
  };
}

function printPriorityClass(pc: PriorityClass, now: number): PrintedRow {
  return { cells: [pc.metadata?.name ?? '', pc.value, pc.globalDefault ?? false, since(pc.metadata?.creationTimestamp, now), pc.preemptionPolicy ?? ''] };
}

function printNamespace(ns: Namespace, now: number): PrintedRow {
  return { cells: [ns.metadata?.name ?? '', ns.status?.phase ?? '', since(ns.metadata?.creationTimestamp, now)] };
}

function printLease(l: Lease, now: number): PrintedRow {
  return { cells: [l.metadata?.name ?? '', l.spec?.holderIdentity ?? '', since(l.metadata?.creationTimestamp, now)] };
}

/** One object's row (cells in COLUMNS[kind] order). */
export function printObject(kind: Kind, obj: unknown, now: number): PrintedRow {
  switch (kind) {
    case 'Pod': return printPod(obj as Pod, now);
    case 'Node': return printNode(obj as Node, now);
    case 'Event': return printEvent(obj as Event, now);
    case 'Namespace': return printNamespace(obj as Namespace, now);
    case 'Deployment': return printDeployment(obj as Deployment, now);
    case 'ReplicaSet': return printReplicaSet(obj as ReplicaSet, now);
    case 'DaemonSet': return printDaemonSet(obj as DaemonSet, now);
    case 'PodDisruptionBudget': return printPdb(obj as PodDisruptionBudget, now);
    case 'PriorityClass': return printPriorityClass(obj as PriorityClass, now);
    case 'Lease': return printLease(obj as Lease, now);
  }
}

/** rest.DefaultTableConvertor's row: name and creationTimestamp. */
export function printDefault(obj: { metadata?: { name?: string; creationTimestamp?: string } }): PrintedRow {
  return { cells: [obj.metadata?.name ?? '', obj.metadata?.creationTimestamp ?? ''] };
}
