import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Deployment, Pod, ReplicaSet } from '../../../core/types.js';
import { replicaSetController, replicaSetDefaults } from '../replicaset/index.js';
import { eventsWithReason, finishTerminating, newTestCluster, runPod, type TestCluster } from '../replicaset/testing.js';
import { deploymentDefaults } from './defaults.js';
import { deploymentController } from './deployment.js';

function web(replicas: number, image = 'nginx:1', extra: Partial<NonNullable<Deployment['spec']>> = {}): Deployment {
  return {
    metadata: { name: 'web', namespace: 'default' },
    spec: {
      replicas, selector: { matchLabels: { app: 'web' } },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image }] } },
      ...extra,
    },
  };
}

function setup(): TestCluster {
  return newTestCluster({ factories: [deploymentController, replicaSetController], plugins: [deploymentDefaults, replicaSetDefaults] });
}

const rsOf = (c: TestCluster) => c.store.list<ReplicaSet>('ReplicaSet').sort((a, b) => (a.metadata!.creationTimestamp! < b.metadata!.creationTimestamp! ? -1 : 1));
const activePods = (c: TestCluster) => c.store.list<Pod>('Pod').filter((p) => !p.metadata?.deletionTimestamp && p.status?.phase !== 'Failed');
const deploymentStatus = (c: TestCluster) => c.store.get<Deployment>('Deployment', 'default', 'web')!.status!;

/** Plays scheduler and kubelet: every pending pod runs and becomes Ready; terminating pods go away. Returns whether anything changed. */
function kubelet(c: TestCluster): boolean {
  let changed = false;
  for (const p of c.store.list<Pod>('Pod')) {
    if (p.metadata?.deletionTimestamp) continue;
    if (p.status?.phase === 'Pending' || !p.spec?.nodeName) {
      runPod(c.store, p, 'node-1');
      changed = true;
    }
  }
  if (c.store.list<Pod>('Pod').some((p) => p.metadata?.deletionTimestamp)) {
    finishTerminating(c.store);
    changed = true;
  }
  c.settle();
  return changed;
}

function converge(c: TestCluster, check: () => void = () => {}): void {
  c.settle();
  for (let i = 0; i < 50; i++) {
    check();
    if (!kubelet(c)) return;
  }
  assert.fail('did not converge');
}

describe('Deployment controller', () => {
  it('creates a ReplicaSet <name>-<pod-template-hash> that creates the pods, and reports a complete rollout', () => {
    // upstream: TestSyncDeploymentCreatesReplicaSet (deployment_controller_test.go)
    const c = setup();
    const d = c.registry.create('Deployment', web(3));
    converge(c);
    const [rs] = rsOf(c);
    const hash = rs.metadata!.labels!['pod-template-hash'];
    assert.ok(hash);
    assert.equal(rs.metadata!.name, `web-${hash}`);
    assert.deepEqual(rs.spec!.selector.matchLabels, { app: 'web', 'pod-template-hash': hash });
    assert.equal(rs.metadata!.ownerReferences![0].uid, d.metadata!.uid);
    assert.equal(rs.metadata!.annotations!['deployment.kubernetes.io/revision'], '1');
    assert.equal(activePods(c).length, 3);
    assert.ok(activePods(c).every((p) => p.metadata!.labels!['pod-template-hash'] === hash));
    assert.deepEqual(eventsWithReason(c.store, 'ScalingReplicaSet').map((e) => e.message), [`Scaled up replica set web-${hash} from 0 to 3`]);
    const st = deploymentStatus(c);
    assert.equal(st.replicas, 3);
    assert.equal(st.updatedReplicas, 3);
    assert.equal(st.readyReplicas, 3);
    assert.equal(st.availableReplicas, 3);
    assert.equal(st.observedGeneration, 1);
    const cond = Object.fromEntries(st.conditions!.map((x) => [x.type, `${x.status}/${x.reason}`]));
    assert.deepEqual(cond, { Available: 'True/MinimumReplicasAvailable', Progressing: 'True/NewReplicaSetAvailable' });
    c.stop();
  });

  it('rolls a template change within maxSurge and maxUnavailable (25% of 4: one up, one down)', () => {
    // upstream: TestDeploymentController_reconcileNewReplicaSet / reconcileOldReplicaSets (rolling_test.go)
    const c = setup();
    c.registry.create('Deployment', web(4));
    converge(c);
    const [oldRS] = rsOf(c);
    c.store.mutate<Deployment>('Deployment', 'default', 'web', (d) => void (d.spec!.template!.spec!.containers[0].image = 'nginx:2'));
    converge(c, () => {
      const ready = activePods(c).filter((p) => p.status?.conditions?.some((x) => x.type === 'Ready' && x.status === 'True'));
      assert.ok(ready.length >= 3, `at least desired - maxUnavailable pods stay ready (got ${ready.length})`);
      assert.ok(activePods(c).length <= 5, `at most desired + maxSurge pods exist (got ${activePods(c).length})`);
    });
    const rss = rsOf(c);
    assert.equal(rss.length, 2);
    const newRS = rss.find((r) => r.metadata!.uid !== oldRS.metadata!.uid)!;
    assert.equal(newRS.spec!.replicas, 4);
    assert.equal(c.store.get<ReplicaSet>('ReplicaSet', 'default', oldRS.metadata!.name!)!.spec!.replicas, 0);
    assert.equal(newRS.metadata!.annotations!['deployment.kubernetes.io/revision'], '2');
    assert.ok(activePods(c).every((p) => p.spec!.containers[0].image === 'nginx:2'));
    const msgs = eventsWithReason(c.store, 'ScalingReplicaSet').map((e) => e.message);
    assert.equal(msgs[1], `Scaled up replica set ${newRS.metadata!.name} from 0 to 1`);
    assert.ok(msgs.includes(`Scaled down replica set ${oldRS.metadata!.name} from 4 to 3`));
    assert.equal(msgs.at(-1), `Scaled down replica set ${oldRS.metadata!.name} from 1 to 0`);
    const st = deploymentStatus(c);
    assert.equal(st.updatedReplicas, 4);
    assert.equal(st.observedGeneration, 2);
    assert.equal(c.store.get<Deployment>('Deployment', 'default', 'web')!.metadata!.annotations!['deployment.kubernetes.io/revision'], '2');
    c.stop();
  });

  it('Recreate scales the old ReplicaSet to zero and waits for its pods to go before creating the new one', () => {
    // upstream: TestOldPodsRunning / TestScaleDownOldReplicaSets (recreate_test.go)
    const c = setup();
    c.registry.create('Deployment', web(2, 'nginx:1', { strategy: { type: 'Recreate' } }));
    converge(c);
    c.store.mutate<Deployment>('Deployment', 'default', 'web', (d) => void (d.spec!.template!.spec!.containers[0].image = 'nginx:2'));
    c.settle();
    assert.equal(rsOf(c).length, 1, 'no new ReplicaSet while old pods are terminating');
    assert.equal(rsOf(c)[0].spec!.replicas, 0);
    finishTerminating(c.store);
    c.settle();
    assert.equal(rsOf(c).length, 2);
    converge(c);
    assert.equal(activePods(c).length, 2);
    assert.ok(activePods(c).every((p) => p.spec!.containers[0].image === 'nginx:2'));
    c.stop();
  });

  it('keeps only revisionHistoryLimit old ReplicaSets', () => {
    // upstream: TestDeploymentController_cleanupDeployment (sync_test.go)
    const c = setup();
    c.registry.create('Deployment', web(1, 'nginx:1', { revisionHistoryLimit: 1 }));
    converge(c);
    for (const image of ['nginx:2', 'nginx:3']) {
      c.store.mutate<Deployment>('Deployment', 'default', 'web', (d) => void (d.spec!.template!.spec!.containers[0].image = image));
      converge(c);
    }
    const images = rsOf(c).map((r) => r.spec!.template!.spec!.containers[0].image);
    assert.deepEqual(images, ['nginx:2', 'nginx:3']);
    c.stop();
  });

  it('replaces an evicted pod through its ReplicaSet and stays at the desired count', () => {
    const c = setup();
    c.registry.create('Deployment', web(2));
    converge(c);
    const victim = activePods(c)[0];
    c.store.mutate<Pod>('Pod', 'default', victim.metadata!.name!, (p) => {
      (p as { status?: Pod['status'] }).status = { phase: 'Failed', reason: 'Evicted', message: 'The node was low on resource: memory.' };
    });
    converge(c);
    assert.equal(activePods(c).length, 2);
    assert.equal(deploymentStatus(c).availableReplicas, 2);
    c.stop();
  });

  it('reports ProgressDeadlineExceeded when pods never become ready', () => {
    // upstream: TestSyncRolloutStatus / TestRequeueStuckDeployment (progress_test.go)
    const c = setup();
    c.registry.create('Deployment', web(1, 'nginx:1', { progressDeadlineSeconds: 60 }));
    c.settle();
    const pod = c.store.list<Pod>('Pod')[0];
    runPod(c.store, pod, 'node-1', false);
    c.settle();
    c.clock.advance(62_000);
    const cond = deploymentStatus(c).conditions!.find((x) => x.type === 'Progressing')!;
    assert.equal(cond.status, 'False');
    assert.equal(cond.reason, 'ProgressDeadlineExceeded');
    assert.match(cond.message!, /^ReplicaSet "web-\w+" has timed out progressing\.$/);
    c.stop();
  });

  it('applies apps/v1 defaults: replicas 1, RollingUpdate 25%/25%, revisionHistoryLimit 10, progressDeadlineSeconds 600', () => {
    const c = setup();
    const spec = web(1);
    delete spec.spec!.replicas;
    const d = c.registry.create('Deployment', spec);
    assert.equal(d.spec!.replicas, 1);
    assert.deepEqual(d.spec!.strategy, { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } });
    assert.equal(d.spec!.revisionHistoryLimit, 10);
    assert.equal(d.spec!.progressDeadlineSeconds, 600);
    c.stop();
  });
});
