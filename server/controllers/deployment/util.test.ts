import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { toK8sTime } from '../../../core/time-format.js';
import type { Deployment, ReplicaSet } from '../../../core/types.js';
import { scaleDeployment, type Scaler } from './rollout.js';
import {
  computeHash, equalIgnoreHash, maxSurge, maxUnavailable, newRSNewReplicas, resolveFenceposts, setNewReplicaSetAnnotations,
  setReplicasAnnotations, REVISION_ANNOTATION, REVISION_HISTORY_ANNOTATION,
} from './util.js';

function deployment(replicas: number, o: { surge?: number | string; unavailable?: number | string; type?: string } = {}): Deployment {
  return {
    metadata: { name: 'foo', namespace: 'default' },
    spec: {
      replicas, selector: { matchLabels: { app: 'foo' } }, template: { metadata: { labels: { app: 'foo' } } },
      strategy: o.type === 'Recreate' ? { type: 'Recreate' } : { type: 'RollingUpdate', rollingUpdate: { maxSurge: o.surge ?? 0, maxUnavailable: o.unavailable ?? 0 } },
    },
  };
}

function rs(name: string, replicas: number, created: number): ReplicaSet {
  return { metadata: { name, namespace: 'default', uid: name, creationTimestamp: toK8sTime(created) }, spec: { replicas, selector: {} } };
}

describe('deployment utilities', () => {
  it('resolves surge rounding up and unavailable rounding down, never both zero', () => {
    // upstream: TestResolveFenceposts (deployment_util_test.go)
    assert.deepEqual(resolveFenceposts(undefined, undefined, 0), { surge: 0, unavailable: 1 });
    assert.deepEqual(resolveFenceposts('39%', '39%', 10), { surge: 4, unavailable: 3 });
    assert.deepEqual(resolveFenceposts('25%', '25%', 10), { surge: 3, unavailable: 2 });
    assert.throws(() => resolveFenceposts('oops', '39%', 10), /invalid value for IntOrString/);
    assert.throws(() => resolveFenceposts('55%', 'urg', 10), /invalid value for IntOrString/);
  });

  it('caps maxUnavailable at the replica count and is zero for Recreate', () => {
    // upstream: TestMaxUnavailable (deployment_util_test.go)
    assert.equal(maxUnavailable(deployment(1, { unavailable: 2 })), 1);
    assert.equal(maxUnavailable(deployment(10, { unavailable: '25%' })), 2);
    assert.equal(maxUnavailable(deployment(0, { unavailable: 1 })), 0);
    assert.equal(maxUnavailable(deployment(4, { type: 'Recreate' })), 0);
    assert.equal(maxSurge(deployment(4, { type: 'Recreate' })), 0);
  });

  it('grows the new ReplicaSet only within maxSurge', () => {
    // upstream: TestNewRSNewReplicas (deployment_util_test.go)
    const cannot = deployment(1, { surge: 1 });
    const newRS5 = rs('new', 5, 0);
    assert.equal(newRSNewReplicas(cannot, [newRS5, rs('old', 5, 0)], newRS5), 5, 'can not scale up - to newRSReplicas');
    const up = deployment(6, { surge: 10 });
    const newRS2 = rs('new', 2, 0);
    assert.equal(newRSNewReplicas(up, [newRS2, rs('old', 4, 0)], newRS2), 6, 'scale up - to depReplicas');
    const recreate = deployment(3, { type: 'Recreate' });
    assert.equal(newRSNewReplicas(recreate, [rs('new', 1, 0), rs('old', 1, 0)], rs('new', 1, 0)), 3, 'recreate - to depReplicas');
  });

  it('hashes templates deterministically and differently per collision count', () => {
    // upstream: TestComputeHash (controller_utils_test.go)
    const t = { metadata: { labels: { app: 'x' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } };
    assert.equal(computeHash(t), computeHash(structuredClone(t)));
    assert.notEqual(computeHash(t, 1), computeHash(t, 2));
    assert.notEqual(computeHash({}, undefined), computeHash({}, 2147483647));
    assert.match(computeHash(t), /^[bcdfghjklmnpqrstvwxz2456789]+$/);
    assert.notEqual(computeHash(t), computeHash({ ...t, spec: { containers: [{ name: 'c', image: 'nginx:2' }] } }));
  });

  it('compares templates ignoring the pod-template-hash label', () => {
    // upstream: TestEqualIgnoreHash (deployment_util_test.go)
    const a = { metadata: { labels: { app: 'x', 'pod-template-hash': 'abc' } }, spec: { containers: [] } };
    const b = { metadata: { labels: { app: 'x' } }, spec: { containers: [] } };
    assert.equal(equalIgnoreHash(a, b), true);
    assert.equal(equalIgnoreHash(a, { metadata: { labels: { app: 'y' } }, spec: { containers: [] } }), false);
  });

  it('raises a ReplicaSet revision and records the previous one in the revision history', () => {
    // upstream: TestAnnotationUtils (deployment_util_test.go)
    const d = deployment(1);
    const r = rs('r', 1, 0);
    assert.equal(setNewReplicaSetAnnotations(d, r, 1, false), true);
    assert.equal(r.metadata!.annotations![REVISION_ANNOTATION], '1');
    setNewReplicaSetAnnotations(d, r, 3, true);
    assert.equal(r.metadata!.annotations![REVISION_ANNOTATION], '3');
    assert.equal(r.metadata!.annotations![REVISION_HISTORY_ANNOTATION], '1');
    assert.equal(setNewReplicaSetAnnotations(d, r, 2, true), false, 'never lowers a revision');
  });
});

describe('proportional scaling', () => {
  // upstream: TestScale (sync_test.go)
  const newTs = Date.UTC(2026, 0, 2), oldTs = Date.UTC(2026, 0, 1);
  const run = (from: number, to: number, newSize: number, oldSize: number) => {
    const oldD = deployment(from);
    const d = deployment(to);
    const newRS = rs('foo-v2', newSize, newTs);
    const old = rs('foo-v1', oldSize, oldTs);
    for (const r of [newRS, old]) setReplicasAnnotations(r, from, from + maxSurge(oldD));
    const sizes = new Map<string, number>([['foo-v2', newSize], ['foo-v1', oldSize]]);
    const scaler: Scaler = { scale: (r, n) => { sizes.set(r.metadata!.name!, n); return { scaled: true, rs: { ...r, spec: { ...r.spec!, replicas: n } } }; } };
    scaleDeployment(scaler, d, newRS, [old]);
    return { newSize: sizes.get('foo-v2'), oldSize: sizes.get('foo-v1') };
  };
  it('normal scaling event: 10 -> 12', () => {
    const d = deployment(12);
    const only = rs('foo-v1', 10, newTs);
    let got = -1;
    scaleDeployment({ scale: (_r, n) => { got = n; return { scaled: true, rs: _r }; } }, d, only, []);
    assert.equal(got, 12);
  });
  it('proportional scaling: 5 -> 10', () => assert.deepEqual(run(5, 10, 2, 3), { newSize: 4, oldSize: 6 }));
  it('proportional scaling: 5 -> 3', () => assert.deepEqual(run(5, 3, 2, 3), { newSize: 1, oldSize: 2 }));
  it('proportional scaling: 9 -> 4', () => assert.deepEqual(run(9, 4, 8, 1), { newSize: 4, oldSize: 0 }));
});
