import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Pod, ReplicaSet } from '../../../core/types.js';
import { WHY_ANNOTATION } from '../../events/recorder.js';
import { deletePod } from '../../registry/index.js';
import { invalid } from '../../store/index.js';
import { replicaSetDefaults } from './defaults.js';
import { replicaSetController } from './replica-set.js';
import { evictPod, eventsWithReason, finishTerminating, newTestCluster, podsOf, runPod } from './testing.js';

function rsSpec(name: string, replicas: number, extra: Partial<NonNullable<ReplicaSet['spec']>> = {}): ReplicaSet {
  return {
    metadata: { name, namespace: 'default' },
    spec: {
      replicas, selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } },
      ...extra,
    },
  };
}

function setup() {
  const c = newTestCluster({ factories: [replicaSetController], plugins: [replicaSetDefaults] });
  return c;
}

const active = (pods: Pod[]) => pods.filter((p) => p.status?.phase !== 'Failed' && !p.metadata?.deletionTimestamp);

describe('ReplicaSet controller', () => {
  it('creates spec.replicas pods named <rs>- with a controller reference and SuccessfulCreate events', () => {
    // upstream: TestSyncReplicaSetCreateFailures / TestSyncReplicaSetDormancy (replica_set_test.go): creates up to replicas
    const c = setup();
    const rs = c.registry.create('ReplicaSet', rsSpec('web', 3));
    c.settle();
    const pods = podsOf(c.store, rs.metadata!.uid);
    assert.equal(pods.length, 3);
    for (const p of pods) {
      assert.match(p.metadata!.name!, /^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
      assert.deepEqual(p.metadata!.ownerReferences, [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web', uid: rs.metadata!.uid, controller: true, blockOwnerDeletion: true }]);
      assert.deepEqual(p.metadata!.labels, { app: 'web' });
    }
    const created = eventsWithReason(c.store, 'SuccessfulCreate');
    assert.deepEqual(created.map((e) => e.message).sort(), pods.map((p) => `Created pod: ${p.metadata!.name}`).sort());
    assert.equal(created[0].source?.component, 'replicaset-controller');
    assert.equal(created[0].involvedObject.kind, 'ReplicaSet');
    const st = c.store.get<ReplicaSet>('ReplicaSet', 'default', 'web')!.status!;
    assert.equal(st.replicas, 3);
    assert.equal(st.observedGeneration, 1);
    c.stop();
  });

  it('replaces a pod the kubelet evicted (phase Failed) and leaves the evicted pod for pod GC', () => {
    const c = setup();
    const rs = c.registry.create('ReplicaSet', rsSpec('web', 2));
    c.settle();
    const [victim, other] = podsOf(c.store, rs.metadata!.uid);
    runPod(c.store, victim, 'node-a');
    runPod(c.store, other, 'node-b');
    c.settle();
    evictPod(c.store, c.store.get<Pod>('Pod', 'default', victim.metadata!.name!)!);
    c.settle();
    const pods = podsOf(c.store, rs.metadata!.uid);
    assert.equal(pods.length, 3, 'the evicted pod stays, a replacement is created');
    assert.equal(active(pods).length, 2);
    assert.equal(c.store.get<Pod>('Pod', 'default', victim.metadata!.name!)?.status?.reason, 'Evicted');
    const replaced = eventsWithReason(c.store, 'SuccessfulCreate').at(-1)!;
    const why = JSON.parse(replaced.metadata!.annotations![WHY_ANNOTATION]);
    assert.deepEqual(why.replacing, [{ pod: victim.metadata!.name, phase: 'Failed', reason: 'Evicted', terminating: false }]);
    assert.equal(c.store.get<ReplicaSet>('ReplicaSet', 'default', 'web')!.status!.replicas, 2);
    c.stop();
  });

  it('replaces a deleted pod, and a terminating pod at once (it no longer counts as active)', () => {
    const c = setup();
    const rs = c.registry.create('ReplicaSet', rsSpec('web', 2));
    c.settle();
    const [a, b] = podsOf(c.store, rs.metadata!.uid);
    c.store.remove('Pod', 'default', a.metadata!.name!);
    c.settle();
    assert.equal(podsOf(c.store, rs.metadata!.uid).length, 2);
    runPod(c.store, b, 'node-a');
    deletePod(c.store, 'default', b.metadata!.name!);
    c.settle();
    const pods = podsOf(c.store, rs.metadata!.uid);
    assert.equal(pods.length, 3, 'the terminating pod is still there until its kubelet confirms');
    assert.equal(active(pods).length, 2);
    c.stop();
  });

  it('scales up and down, deleting the least valuable pods first', () => {
    // upstream: TestDeleteControllerAndExpectations / getPodsToDelete order (replica_set_test.go)
    const c = setup();
    const rs = c.registry.create('ReplicaSet', rsSpec('web', 4));
    c.settle();
    const [p1, p2, p3, p4] = podsOf(c.store, rs.metadata!.uid);
    runPod(c.store, p1, 'node-a');
    runPod(c.store, p2, 'node-b', false);
    runPod(c.store, p3, 'node-c');
    // p4 stays unscheduled and Pending.
    c.settle();
    c.store.mutate<ReplicaSet>('ReplicaSet', 'default', 'web', (r) => void (r.spec!.replicas = 2));
    c.settle();
    const deleted = eventsWithReason(c.store, 'SuccessfulDelete').map((e) => e.message);
    assert.deepEqual(deleted, [`Deleted pod: ${p4.metadata!.name}`, `Deleted pod: ${p2.metadata!.name}`]);
    assert.equal(c.store.get('Pod', 'default', p4.metadata!.name!), undefined, 'an unbound pod is removed at once');
    assert.ok(c.store.get<Pod>('Pod', 'default', p2.metadata!.name!)?.metadata?.deletionTimestamp, 'a bound pod is deleted gracefully');
    finishTerminating(c.store);
    c.store.mutate<ReplicaSet>('ReplicaSet', 'default', 'web', (r) => void (r.spec!.replicas = 5));
    c.settle();
    assert.equal(active(podsOf(c.store, rs.metadata!.uid)).length, 5);
    const st = c.store.get<ReplicaSet>('ReplicaSet', 'default', 'web')!.status!;
    assert.equal(st.replicas, 5);
    assert.equal(st.readyReplicas, 2);
    assert.equal(st.availableReplicas, 2);
    assert.equal(st.fullyLabeledReplicas, 5);
    assert.equal(st.observedGeneration, 3);
    c.stop();
  });

  it('adopts an orphan pod that matches its selector and releases a pod whose labels no longer match', () => {
    // upstream: TestPatchPodFails / TestRelatedPodsLookup adoption paths (replica_set_test.go)
    const c = setup();
    c.registry.create<Pod>('Pod', { metadata: { name: 'orphan', namespace: 'default', labels: { app: 'web' } }, spec: { containers: [] } });
    const rs = c.registry.create('ReplicaSet', rsSpec('web', 1));
    c.settle();
    const pods = podsOf(c.store, rs.metadata!.uid);
    assert.deepEqual(pods.map((p) => p.metadata!.name), ['orphan']);
    assert.equal(eventsWithReason(c.store, 'SuccessfulCreate').length, 0);
    c.store.mutate<Pod>('Pod', 'default', 'orphan', (p) => void (p.metadata!.labels = { app: 'other' }));
    c.settle();
    assert.equal(c.store.get<Pod>('Pod', 'default', 'orphan')!.metadata!.ownerReferences, undefined);
    assert.equal(active(podsOf(c.store, rs.metadata!.uid)).length, 1, 'a new pod replaces the released one');
    c.stop();
  });

  it('reports availableReplicas only after minReadySeconds', () => {
    const c = setup();
    const rs = c.registry.create('ReplicaSet', rsSpec('web', 1, { minReadySeconds: 10 }));
    c.settle();
    runPod(c.store, podsOf(c.store, rs.metadata!.uid)[0], 'node-a');
    c.settle();
    assert.equal(c.store.get<ReplicaSet>('ReplicaSet', 'default', 'web')!.status!.availableReplicas, 0);
    c.clock.advance(11_000);
    assert.equal(c.store.get<ReplicaSet>('ReplicaSet', 'default', 'web')!.status!.availableReplicas, 1);
    c.stop();
  });

  it('records FailedCreate and a ReplicaFailure condition when admission rejects pods, and retries with backoff', () => {
    // upstream: TestSyncReplicaSetCreateFailures (replica_set_test.go)
    let reject = true;
    const c = newTestCluster({
      factories: [replicaSetController],
      plugins: [replicaSetDefaults, { name: 'Quota', validate: (o, ctx) => { if (ctx.kind === 'Pod' && reject) throw invalid('Pod', '', [{ message: 'exceeded quota' }]); } }],
    });
    const rs = c.registry.create('ReplicaSet', rsSpec('web', 3));
    c.settle();
    const failed = eventsWithReason(c.store, 'FailedCreate');
    assert.equal(failed.length, 1, 'slow start: only the first batch of one is attempted');
    assert.match(failed[0].message!, /^Error creating: Pod "" is invalid: exceeded quota/);
    assert.equal(c.store.get<ReplicaSet>('ReplicaSet', 'default', 'web')!.status!.conditions?.[0].reason, 'FailedCreate');
    reject = false;
    c.clock.advance(1000);
    assert.equal(podsOf(c.store, rs.metadata!.uid).length, 3);
    assert.equal(c.store.get<ReplicaSet>('ReplicaSet', 'default', 'web')!.status!.conditions, undefined);
    c.stop();
  });

  it('defaults replicas to 1 and rejects a selector that does not match the template labels', () => {
    const c = setup();
    const spec = rsSpec('web', 1);
    delete spec.spec!.replicas;
    assert.equal(c.registry.create('ReplicaSet', spec).spec!.replicas, 1);
    const bad = rsSpec('bad', 1);
    bad.spec!.template!.metadata!.labels = { app: 'other' };
    assert.throws(() => c.registry.create('ReplicaSet', bad), /`selector` does not match template `labels`/);
    c.stop();
  });
});
