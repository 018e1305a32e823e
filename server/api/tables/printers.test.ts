// Cells of the non-pod tables: nodes, events, deployments, replicasets, PDBs, priority classes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Deployment, Event, Node, PodDisruptionBudget, PriorityClass, ReplicaSet } from '../../../core/types.js';
import { COLUMNS, formatLabelSelector, printObject } from './printers.js';
import { buildTable } from './index.js';

const NOW = Date.UTC(2026, 0, 10, 12, 0, 0);
const created = '2026-01-10T11:55:00Z';

function node(name: string, ready: string | undefined, extra: Partial<Node> = {}): Node {
  return {
    metadata: { name, creationTimestamp: created, labels: extra.metadata?.labels },
    spec: extra.spec ?? {},
    status: {
      ...(ready ? { conditions: [{ type: 'Ready', status: ready }] } : {}),
      addresses: [{ type: 'InternalIP', address: '10.0.0.1' }],
      nodeInfo: { kubeletVersion: 'v1.32.0', osImage: 'Linux', kernelVersion: '6.1', containerRuntimeVersion: 'containerd://1.7', architecture: '', bootID: '', kubeProxyVersion: '', machineID: '', operatingSystem: '', systemUUID: '' },
    },
  };
}

describe('table printers', () => {
  // upstream: TestPrintNodeStatus (printers_test.go)
  it('prints node STATUS from the Ready condition, with SchedulingDisabled when cordoned', () => {
    assert.equal(printObject('Node', node('a', 'True'), NOW).cells[1], 'Ready');
    assert.equal(printObject('Node', node('b', 'False'), NOW).cells[1], 'NotReady');
    assert.equal(printObject('Node', node('c', 'Unknown'), NOW).cells[1], 'NotReady');
    assert.equal(printObject('Node', node('d', undefined), NOW).cells[1], 'Unknown');
    assert.equal(printObject('Node', node('e', 'True', { spec: { unschedulable: true } }), NOW).cells[1], 'Ready,SchedulingDisabled');
  });

  // upstream: TestPrintNodeRole (printers_test.go)
  it('prints node ROLES from node-role.kubernetes.io/* and kubernetes.io/role labels', () => {
    const n = node('a', 'True', { metadata: { labels: { 'node-role.kubernetes.io/control-plane': '', 'kubernetes.io/role': 'worker' } } });
    assert.deepEqual(printObject('Node', n, NOW).cells.slice(0, 5), ['a', 'Ready', 'control-plane,worker', '5m', 'v1.32.0']);
    assert.equal(printObject('Node', node('b', 'True'), NOW).cells[2], '<none>');
  });

  // upstream: TestPrintNodeInternalIP / TestPrintNodeExternalIP / TestPrintNodeOSImage (printers_test.go)
  it('prints the wide node columns, <none> / <unknown> when missing', () => {
    assert.deepEqual(printObject('Node', node('a', 'True'), NOW).cells.slice(5), ['10.0.0.1', '<none>', 'Linux', '6.1', 'containerd://1.7']);
  });

  // upstream: TestPrintEvent (printers_test.go)
  it('prints events with LAST SEEN, OBJECT as kind/name, SOURCE from source or reporting fields', () => {
    const ev: Event = {
      metadata: { name: 'e1', namespace: 'default' }, involvedObject: { kind: 'Node', name: 'node-a', fieldPath: '' },
      reason: 'NodeNotReady', message: ' Node is not ready ', type: 'Normal', source: { component: 'node-controller' },
      firstTimestamp: '2026-01-10T11:00:00Z', lastTimestamp: '2026-01-10T11:58:00Z', count: 3,
    };
    assert.deepEqual(printObject('Event', ev, NOW).cells, ['2m', 'Normal', 'NodeNotReady', 'node/node-a', '', 'node-controller', 'Node is not ready', '60m', 3, 'e1']);
    const v1: Event = { metadata: { name: 'e2' }, involvedObject: { kind: 'Pod', name: 'p' }, eventTime: '2026-01-10T11:59:50.000000Z', reportingComponent: 'kubelet', reportingInstance: 'node-a' };
    assert.deepEqual(printObject('Event', v1, NOW).cells.slice(0, 9), ['10s', '', '', 'pod/p', '', 'kubelet, node-a', '', '10s', 1]);
  });

  // upstream: TestPrintDeployment (printers_test.go)
  it('prints deployments READY ready/desired, UP-TO-DATE, AVAILABLE and the wide template columns', () => {
    const d: Deployment = {
      metadata: { name: 'test1', creationTimestamp: created },
      spec: { replicas: 5, selector: { matchLabels: { foo: 'bar' } }, template: { spec: { containers: [{ name: 'fake-container1', image: 'fake-image1' }, { name: 'fake-container2', image: 'fake-image2' }] } } },
      status: { replicas: 10, updatedReplicas: 2, availableReplicas: 1, unavailableReplicas: 4 },
    };
    assert.deepEqual(printObject('Deployment', d, NOW).cells, ['test1', '0/5', 2, 1, '5m', 'fake-container1,fake-container2', 'fake-image1,fake-image2', 'foo=bar']);
  });

  // upstream: TestPrintReplicaSet (printers_test.go)
  it('prints replicasets DESIRED, CURRENT, READY as integers', () => {
    const rs: ReplicaSet = {
      metadata: { name: 'test1', creationTimestamp: created },
      spec: { replicas: 5, selector: { matchLabels: { foo: 'bar' } }, template: { spec: { containers: [{ name: 'c', image: 'i' }] } } },
      status: { replicas: 5, readyReplicas: 2 },
    };
    assert.deepEqual(printObject('ReplicaSet', rs, NOW).cells, ['test1', 5, 5, 2, '5m', 'c', 'i', 'foo=bar']);
  });

  // upstream: TestPrintPodDisruptionBudget (printers_test.go)
  it('prints PDBs with N/A for the unset bound', () => {
    const pdb: PodDisruptionBudget = {
      metadata: { name: 'pdb1', namespace: 'ns1', creationTimestamp: created },
      spec: { minAvailable: 22 }, status: { disruptionsAllowed: 5, currentHealthy: 0, desiredHealthy: 0, expectedPods: 0 },
    };
    assert.deepEqual(printObject('PodDisruptionBudget', pdb, NOW).cells, ['pdb1', '22', 'N/A', 5, '5m']);
    const pct: PodDisruptionBudget = { ...pdb, spec: { maxUnavailable: '11%' } };
    assert.deepEqual(printObject('PodDisruptionBudget', pct, NOW).cells.slice(1, 3), ['N/A', '11%']);
  });

  // upstream: TestPrintPriorityClass (printers_test.go)
  it('prints priority classes VALUE, GLOBAL-DEFAULT and PREEMPTIONPOLICY', () => {
    const pc: PriorityClass = { metadata: { name: 'pc1', creationTimestamp: created }, value: 1, globalDefault: false, preemptionPolicy: 'PreemptLowerPriority' };
    assert.deepEqual(printObject('PriorityClass', pc, NOW).cells, ['pc1', 1, false, '5m', 'PreemptLowerPriority']);
  });

  it('formats label selectors like metav1.FormatLabelSelector', () => {
    assert.equal(formatLabelSelector({ matchLabels: { a: 'b' }, matchExpressions: [{ key: 'x', operator: 'In', values: ['2', '1'] }, { key: 'y', operator: 'DoesNotExist' }] }), 'a=b,x in (1,2),!y');
    assert.equal(formatLabelSelector({}), '<none>');
  });

  it('builds a Table whose rows carry PartialObjectMetadata by default, the object or nothing on request', () => {
    const n = node('a', 'True');
    const rows = [{ stored: n, served: n }];
    const t = buildTable('Node', rows, NOW, { version: 'v1', includeObject: 'Metadata' }, { resourceVersion: '7' });
    assert.equal(t.kind, 'Table');
    assert.equal(t.apiVersion, 'meta.k8s.io/v1');
    assert.deepEqual(t.columnDefinitions.map((c) => [c.name, c.priority]), COLUMNS.Node.map((c) => [c.name, c.priority]));
    assert.deepEqual(t.rows[0].object, { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: n.metadata });
    assert.equal(buildTable('Node', rows, NOW, { version: 'v1', includeObject: 'Object' }).rows[0].object, n);
    assert.equal(buildTable('Node', rows, NOW, { version: 'v1beta1', includeObject: 'None' }).rows[0].object, undefined);
    assert.deepEqual(buildTable('Node', rows, NOW, { version: 'v1', includeObject: 'None', noHeaders: true }).columnDefinitions, []);
  });
});
