import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { toK8sTime } from '../../../core/time-format.js';
import type { Deployment, Mutable, OwnerReference, Pod, PodDisruptionBudget, ReplicaSet } from '../../../core/types.js';
import { eventsWithReason, newTestCluster, type TestCluster } from '../replicaset/testing.js';
import { disruptionController } from './disruption.js';
import { findDeployment, findReplicaSet, findScaleController } from './finders.js';

const setup = () => newTestCluster({ factories: [disruptionController] });

function addPdb(c: TestCluster, spec: Partial<NonNullable<PodDisruptionBudget['spec']>>): void {
  c.store.create<PodDisruptionBudget>('PodDisruptionBudget', { metadata: { name: 'web-pdb', namespace: 'default' }, spec: { selector: { matchLabels: { app: 'web' } }, ...spec } });
}

function addPod(c: TestCluster, name: string, o: { ready?: boolean; owner?: OwnerReference; conditions?: NonNullable<Pod['status']>['conditions'] } = {}): Pod {
  return c.store.create<Pod>('Pod', {
    metadata: { name, namespace: 'default', labels: { app: 'web' }, ...(o.owner ? { ownerReferences: [o.owner] } : {}) },
    spec: { containers: [], nodeName: 'node-a' },
    status: { phase: 'Running', conditions: o.conditions ?? [{ type: 'Ready', status: o.ready === false ? 'False' : 'True' }] },
  });
}

const status = (c: TestCluster) => c.store.get<PodDisruptionBudget>('PodDisruptionBudget', 'default', 'web-pdb')!.status!;
const ref = (o: { metadata?: { name?: string; uid?: string } }, kind: string, apiVersion = 'apps/v1'): OwnerReference =>
  ({ apiVersion, kind, name: o.metadata!.name!, uid: o.metadata!.uid!, controller: true });

function deploymentWithRS(c: TestCluster, replicas: number): { d: Deployment; rs: ReplicaSet } {
  const d = c.store.create<Deployment>('Deployment', { metadata: { name: 'web', namespace: 'default' }, spec: { replicas, selector: { matchLabels: { app: 'web' } }, template: {} } });
  const rs = c.store.create<ReplicaSet>('ReplicaSet', { metadata: { name: 'web-abc', namespace: 'default', ownerReferences: [ref(d, 'Deployment')] }, spec: { replicas: 5, selector: { matchLabels: { app: 'web' } } } });
  return { d, rs };
}

describe('disruption controller', () => {
  it('keeps a PDB status current as pods come, go and lose readiness', () => {
    const c = setup();
    addPdb(c, { minAvailable: 2 });
    c.settle();
    assert.deepEqual([status(c).currentHealthy, status(c).expectedPods, status(c).disruptionsAllowed, status(c).observedGeneration], [0, 0, 0, 1]);
    assert.equal(eventsWithReason(c.store, 'NoPods')[0].message, 'No matching pods found');
    for (const n of ['a', 'b', 'c']) addPod(c, n);
    c.settle();
    assert.deepEqual([status(c).currentHealthy, status(c).desiredHealthy, status(c).expectedPods, status(c).disruptionsAllowed], [3, 2, 3, 1]);
    assert.equal(status(c).conditions?.[0].reason, 'SufficientPods');
    c.store.mutate<Pod>('Pod', 'default', 'a', (p) => void ((p as Mutable<Pod>).status = { phase: 'Running', conditions: [{ type: 'Ready', status: 'False' }] }));
    c.settle();
    assert.deepEqual([status(c).currentHealthy, status(c).disruptionsAllowed], [2, 0]);
    assert.equal(status(c).conditions?.[0].reason, 'InsufficientPods');
    c.store.remove('Pod', 'default', 'b');
    c.settle();
    assert.deepEqual([status(c).currentHealthy, status(c).expectedPods], [1, 2]);
    c.stop();
  });

  it('takes expectedPods from the Deployment behind the pods\' ReplicaSet for maxUnavailable', () => {
    const c = setup();
    const { rs } = deploymentWithRS(c, 4);
    addPdb(c, { maxUnavailable: 1 });
    for (const n of ['a', 'b', 'c']) addPod(c, n, { owner: ref(rs, 'ReplicaSet') });
    c.settle();
    assert.deepEqual([status(c).expectedPods, status(c).desiredHealthy, status(c).currentHealthy, status(c).disruptionsAllowed], [4, 3, 3, 0]);
    c.stop();
  });

  it('finds ReplicaSets only in the apps/extensions groups and with a matching uid', () => {
    // upstream: TestBasicFinderFunctions (disruption_test.go)
    const c = setup();
    const rs = c.store.create<ReplicaSet>('ReplicaSet', { metadata: { name: 'foobar', namespace: 'default' }, spec: { replicas: 10, selector: {} } });
    assert.deepEqual(findReplicaSet(c.store, ref(rs, 'ReplicaSet', 'apps/v1'), 'default'), { uid: rs.metadata!.uid, scale: 10 });
    assert.equal(findReplicaSet(c.store, ref(rs, 'ReplicaSet', 'invalid/v1'), 'default'), null);
    assert.equal(findReplicaSet(c.store, { ...ref(rs, 'ReplicaSet'), uid: 'other' }, 'default'), null);
    assert.equal(findReplicaSet(c.store, ref(rs, 'StatefulSet'), 'default'), null);
    c.stop();
  });

  it('resolves a ReplicaSet to its Deployment and skips Deployment-owned ReplicaSets as plain ReplicaSets', () => {
    // upstream: TestDeploymentFinderFunction (disruption_test.go)
    const c = setup();
    const { d, rs } = deploymentWithRS(c, 10);
    assert.deepEqual(findDeployment(c.store, ref(rs, 'ReplicaSet'), 'default'), { uid: d.metadata!.uid, scale: 10 });
    assert.equal(findDeployment(c.store, ref(rs, 'ReplicaSet', 'invalid/v1'), 'default'), null);
    assert.equal(findDeployment(c.store, ref(rs, 'InvalidKind'), 'default'), null);
    assert.equal(findReplicaSet(c.store, ref(rs, 'ReplicaSet'), 'default'), null);
    c.stop();
  });

  it('fails safe when the pods\' controller has no scale (a DaemonSet): disruptionsAllowed 0, SyncFailed', () => {
    // upstream: TestUnsupportedControllerPod (disruption_test.go)
    const c = setup();
    const ds = c.store.create('DaemonSet', { metadata: { name: 'agent', namespace: 'default' }, spec: { selector: { matchLabels: { app: 'web' } }, template: {} } });
    assert.throws(() => findScaleController(c.store, ref(ds, 'DaemonSet'), 'default'), /daemonsets.apps does not implement the scale subresource/);
    assert.throws(() => findScaleController(c.store, { ...ref(ds, 'TestWorkload', 'apps.test.io/v1') }, 'default'), /no matches for kind "TestWorkload"/);
    addPdb(c, { minAvailable: '50%' });
    addPod(c, 'a', { owner: ref(ds, 'DaemonSet') });
    c.settle();
    assert.equal(status(c).disruptionsAllowed, 0);
    assert.deepEqual([status(c).conditions?.[0].status, status(c).conditions?.[0].reason], ['False', 'SyncFailed']);
    assert.equal(eventsWithReason(c.store, 'CalculateExpectedPodCountFailed').length, 1);
    c.stop();
  });

  it('fails safe on an invalid selector', () => {
    // upstream: TestInvalidSelectors (disruption_test.go)
    const c = setup();
    addPdb(c, { minAvailable: 3, selector: { matchLabels: { 'k8s.io/too/many/slashes': 'value' } } });
    c.settle();
    assert.deepEqual([status(c).disruptionsAllowed, status(c).currentHealthy, status(c).desiredHealthy, status(c).expectedPods], [0, 0, 0, 0]);
    assert.equal(status(c).conditions?.[0].reason, 'SyncFailed');
    c.stop();
  });

  it('warns about unmanaged pods under a percentage budget', () => {
    // upstream: TestStatusForUnmanagedPod (disruption_test.go)
    const c = setup();
    addPdb(c, { minAvailable: '28%' });
    addPod(c, 'unmanaged');
    c.settle();
    assert.equal(eventsWithReason(c.store, 'UnmanagedPods').length >= 1, true);
    assert.notEqual(status(c).conditions?.[0].reason, 'SyncFailed');
    c.stop();
  });

  it('forgets an approved eviction after DeletionTimeout when the pod was never deleted', () => {
    const c = setup();
    addPdb(c, { minAvailable: 1 });
    addPod(c, 'a');
    addPod(c, 'b');
    c.settle();
    // What the Eviction API writes when it approves evicting "a".
    c.store.mutate<PodDisruptionBudget>('PodDisruptionBudget', 'default', 'web-pdb', (p) => {
      (p as Mutable<PodDisruptionBudget>).status = { ...p.status!, disruptionsAllowed: 0, disruptedPods: { a: toK8sTime(c.clock.now()) } };
    });
    c.settle();
    assert.deepEqual([status(c).currentHealthy, Object.keys(status(c).disruptedPods ?? {})], [1, ['a']]);
    c.clock.advance(121_000);
    assert.deepEqual([status(c).currentHealthy, status(c).disruptedPods], [2, undefined]);
    assert.equal(eventsWithReason(c.store, 'NotDeleted')[0].involvedObject.name, 'a');
    c.stop();
  });

  it('resets a DisruptionTarget condition that led to no deletion within two minutes', () => {
    // upstream: TestStalePodDisruption (disruption_test.go)
    const c = setup();
    const cond = (reason: string) => [{ type: 'Ready', status: 'True' }, { type: 'DisruptionTarget', status: 'True', reason, lastTransitionTime: toK8sTime(c.clock.now()) }];
    addPod(c, 'stale', { conditions: cond('DeletionByTaintManager') });
    addPod(c, 'kubelet', { conditions: cond('TerminationByKubelet') });
    c.settle();
    c.clock.advance(119_000);
    const target = (n: string) => c.store.get<Pod>('Pod', 'default', n)!.status!.conditions!.find((x) => x.type === 'DisruptionTarget')!;
    assert.equal(target('stale').status, 'True', 'pod disruption in progress');
    c.clock.advance(2_000);
    assert.equal(target('stale').status, 'False', 'stale pod disruption');
    assert.equal(target('stale').reason, undefined);
    assert.equal(target('kubelet').status, 'True', 'kubelet disruptions are never stale');
    c.stop();
  });

  it('warns when a pod matches more than one PDB', () => {
    const c = setup();
    addPdb(c, { minAvailable: 1 });
    c.store.create<PodDisruptionBudget>('PodDisruptionBudget', { metadata: { name: 'other', namespace: 'default' }, spec: { minAvailable: 1, selector: { matchLabels: { app: 'web' } } } });
    addPod(c, 'a');
    c.settle();
    assert.equal(eventsWithReason(c.store, 'MultiplePodDisruptionBudgets')[0].message, 'Pod "default"/"a" matches multiple PodDisruptionBudgets.  Chose "other" arbitrarily.');
    c.stop();
  });
});
