import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Deployment, Lease, Mutable, ObjectMeta, OwnerReference, Pod, ReplicaSet } from '../../../core/types.js';
import { toK8sTime } from '../../../core/time-format.js';
import { deploymentController, deploymentDefaults } from '../deployment/index.js';
import { replicaSetController, replicaSetDefaults } from '../replicaset/index.js';
import { finishTerminating, makeNode, newTestCluster, runPod, type TestCluster } from '../replicaset/testing.js';
import { classifyReferences, decideAttemptToDelete, FOREGROUND_DELETION_FINALIZER, ORPHAN_FINALIZER } from './decisions.js';
import { garbageCollector, markForegroundDeletion, orphanDependentsOf } from './garbage-collector.js';

const ref = (o: { metadata?: { name?: string; uid?: string } }, kind: string, blockOwnerDeletion = true, apiVersion = 'apps/v1'): OwnerReference =>
  ({ apiVersion, kind, name: o.metadata!.name!, uid: o.metadata!.uid!, controller: true, blockOwnerDeletion });

function rs(c: TestCluster, name: string): ReplicaSet {
  return c.store.create<ReplicaSet>('ReplicaSet', { metadata: { name, namespace: 'default' }, spec: { replicas: 0, selector: { matchLabels: { app: name } } } });
}

function pod(c: TestCluster, name: string, owners: OwnerReference[], nodeName?: string): Pod {
  return c.store.create<Pod>('Pod', {
    metadata: { name, namespace: 'default', ownerReferences: owners },
    spec: { containers: [], ...(nodeName ? { nodeName } : {}), terminationGracePeriodSeconds: 30 },
    status: { phase: nodeName ? 'Running' : 'Pending' },
  });
}

const podNames = (c: TestCluster) => c.store.list<Pod>('Pod').map((p) => p.metadata!.name).sort();

describe('garbage collector decisions', () => {
  const owner = { metadata: { name: 'o', uid: 'u1' } };
  const deleting = { metadata: { name: 'o', uid: 'u1', deletionTimestamp: toK8sTime(0), finalizers: [FOREGROUND_DELETION_FINALIZER] } };
  it('deletes an object whose every owner is gone (background), keeps one with a live owner', () => {
    const r = ref(owner, 'ReplicaSet');
    const gone = classifyReferences([r], () => ({ state: 'absent' }));
    assert.deepEqual(decideAttemptToDelete({ metadata: {} }, gone, false), { action: 'delete', policy: 'Background' });
    const live = classifyReferences([r], () => ({ state: 'present', owner }));
    assert.deepEqual(decideAttemptToDelete({ metadata: {} }, live, false), { action: 'none' });
  });
  it('treats an owner with another uid as gone and an unknown kind as live', () => {
    const recreated = classifyReferences([ref(owner, 'ReplicaSet')], () => ({ state: 'present', owner: { metadata: { name: 'o', uid: 'u2' } } }));
    assert.equal(recreated.dangling.length, 1);
    const unknown = classifyReferences([ref(owner, 'StatefulSet')], () => ({ state: 'unknown' }));
    assert.equal(unknown.solid.length, 1);
  });
  it('only drops the dangling reference when another owner is alive', () => {
    const other = { metadata: { name: 'p', uid: 'u9' } };
    const refs = classifyReferences([ref(owner, 'ReplicaSet'), ref(other, 'ReplicaSet')], (r) => (r.uid === 'u9' ? { state: 'present', owner: other } : { state: 'absent' }));
    assert.deepEqual(decideAttemptToDelete({ metadata: {} }, refs, false), { action: 'removeOwnerReferences', uids: ['u1'] });
  });
  it('deletes a blocking dependent of a foreground deletion, itself in the foreground when it has dependents', () => {
    const refs = classifyReferences([ref(owner, 'ReplicaSet')], () => ({ state: 'present', owner: deleting }));
    assert.equal(refs.waitingForDependentsDeletion.length, 1);
    assert.deepEqual(decideAttemptToDelete({ metadata: {} }, refs, true), { action: 'delete', policy: 'Foreground' });
    assert.deepEqual(decideAttemptToDelete({ metadata: {} }, refs, false), { action: 'delete', policy: 'Background' });
    const nonBlocking = classifyReferences([ref(owner, 'ReplicaSet', false)], () => ({ state: 'present', owner: deleting }));
    assert.deepEqual(decideAttemptToDelete({ metadata: {} }, nonBlocking, false), { action: 'none' });
  });
  it('leaves an object that is already being deleted alone', () => {
    const gone = classifyReferences([ref(owner, 'ReplicaSet')], () => ({ state: 'absent' }));
    assert.deepEqual(decideAttemptToDelete({ metadata: { deletionTimestamp: toK8sTime(0) } }, gone, false), { action: 'none' });
  });
});

describe('garbage collector controller', () => {
  const setup = () => newTestCluster({ factories: [garbageCollector] });

  it('deletes the dependents of a deleted owner, pods gracefully', () => {
    // upstream: TestCascadingDeletion (test/integration/garbagecollector/garbage_collector_test.go)
    const c = setup();
    const owner = rs(c, 'web');
    pod(c, 'bound', [ref(owner, 'ReplicaSet')], 'node-a');
    pod(c, 'unbound', [ref(owner, 'ReplicaSet')]);
    pod(c, 'independent', []);
    c.settle();
    c.store.remove('ReplicaSet', 'default', 'web');
    c.settle();
    assert.deepEqual(podNames(c), ['bound', 'independent']);
    assert.ok(c.store.get<Pod>('Pod', 'default', 'bound')!.metadata!.deletionTimestamp, 'the bound pod terminates gracefully');
    c.stop();
  });

  it('removes only the reference to a gone owner when another owner is alive', () => {
    // upstream: TestMixedRelationships (test/integration/garbagecollector/garbage_collector_test.go)
    const c = setup();
    const a = rs(c, 'a');
    const b = rs(c, 'b');
    pod(c, 'shared', [ref(a, 'ReplicaSet'), { ...ref(b, 'ReplicaSet'), controller: false }]);
    c.settle();
    c.store.remove('ReplicaSet', 'default', 'a');
    c.settle();
    assert.deepEqual(c.store.get<Pod>('Pod', 'default', 'shared')!.metadata!.ownerReferences!.map((r) => r.name), ['b']);
    c.stop();
  });

  it('deletes an object created with a reference to an owner that does not exist', () => {
    const c = setup();
    pod(c, 'stray', [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'ghost', uid: 'nope', controller: true }]);
    pod(c, 'custom', [{ apiVersion: 'example.com/v1', kind: 'Widget', name: 'w', uid: 'w1', controller: true }]);
    c.settle();
    assert.deepEqual(podNames(c), ['custom'], 'owners of unknown kinds are never assumed gone');
    c.stop();
  });

  it('orphans dependents instead of deleting them for the orphan policy', () => {
    // upstream: TestOrphaning (test/integration/garbagecollector/garbage_collector_test.go)
    const c = setup();
    const owner = rs(c, 'web');
    pod(c, 'a', [ref(owner, 'ReplicaSet')], 'node-a');
    c.settle();
    assert.equal(orphanDependentsOf(c.store, owner.metadata!.uid!), 1);
    c.store.remove('ReplicaSet', 'default', 'web');
    c.settle();
    const p = c.store.get<Pod>('Pod', 'default', 'a')!;
    assert.equal(p.metadata!.ownerReferences, undefined);
    assert.equal(p.metadata!.deletionTimestamp, undefined);
    // The same through the orphan finalizer.
    const other = rs(c, 'other');
    pod(c, 'b', [ref(other, 'ReplicaSet')], 'node-a');
    c.store.mutate<ReplicaSet>('ReplicaSet', 'default', 'other', (r) => {
      const m = r.metadata as Mutable<ObjectMeta>;
      m.finalizers = [ORPHAN_FINALIZER];
      m.deletionTimestamp = toK8sTime(c.clock.now());
    });
    c.settle();
    assert.equal(c.store.get('ReplicaSet', 'default', 'other'), undefined);
    assert.equal(c.store.get<Pod>('Pod', 'default', 'b')!.metadata!.ownerReferences, undefined);
    c.stop();
  });

  it('keeps a foreground-deleted owner until its blocking dependents are gone', () => {
    // upstream: TestBlockingOwnerRefDoesBlock / TestNonBlockingOwnerRefDoesNotBlock (test/integration/garbagecollector)
    const c = setup();
    const owner = rs(c, 'web');
    pod(c, 'blocking', [ref(owner, 'ReplicaSet', true)], 'node-a');
    pod(c, 'non-blocking', [ref(owner, 'ReplicaSet', false)], 'node-a');
    c.settle();
    markForegroundDeletion(c.store, 'ReplicaSet', 'default', 'web');
    c.settle();
    assert.ok(c.store.get('ReplicaSet', 'default', 'web'), 'waits for the blocking pod');
    assert.ok(c.store.get<Pod>('Pod', 'default', 'blocking')!.metadata!.deletionTimestamp);
    assert.equal(c.store.get<Pod>('Pod', 'default', 'non-blocking')!.metadata!.deletionTimestamp, undefined);
    finishTerminating(c.store);
    c.settle();
    assert.equal(c.store.get('ReplicaSet', 'default', 'web'), undefined);
    assert.ok(c.store.get<Pod>('Pod', 'default', 'non-blocking')!.metadata!.deletionTimestamp, 'the non-blocking pod goes once its owner is gone');
    c.stop();
  });

  it('deletes a node lease when its node is deleted (cluster-scoped owner)', () => {
    const c = setup();
    const node = c.store.create('Node', makeNode('node-a'));
    c.store.create<Lease>('Lease', { metadata: { name: 'node-a', namespace: 'kube-node-lease', ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: 'node-a', uid: node.metadata!.uid! }] }, spec: {} });
    c.settle();
    c.store.remove('Node', undefined, 'node-a');
    c.settle();
    assert.equal(c.store.get('Lease', 'kube-node-lease', 'node-a'), undefined);
    c.stop();
  });

  it('cascades a Deployment deletion to its ReplicaSet and pods', () => {
    const c = newTestCluster({
      factories: [garbageCollector, deploymentController, replicaSetController], plugins: [deploymentDefaults, replicaSetDefaults],
    });
    c.registry.create<Deployment>('Deployment', {
      metadata: { name: 'web', namespace: 'default' },
      spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } },
    });
    c.settle();
    for (const p of c.store.list<Pod>('Pod')) runPod(c.store, p, 'node-a');
    c.settle();
    assert.equal(c.store.list('ReplicaSet').length, 1);
    c.store.remove('Deployment', 'default', 'web');
    c.settle();
    assert.equal(c.store.list('ReplicaSet').length, 0);
    assert.ok(c.store.list<Pod>('Pod').every((p) => p.metadata?.deletionTimestamp), 'pods terminate gracefully');
    finishTerminating(c.store);
    c.settle();
    assert.equal(c.store.list('Pod').length, 0, 'no ReplicaSet controller recreates them');
    c.stop();
  });
});
