import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkEviction, computePdbStatus, conditionsAreUpToDate, getScaledValueFromIntOrPercent, pdbGuardsPodForEviction, pdbSelectsPod,
  type ControllerScale, type ScaleFinder,
} from './pdb.js';
import { toK8sTime } from './time-format.js';
import type { OwnerReference, Pod, PodDisruptionBudget } from './types.js';

const NOW = Date.UTC(2026, 0, 10, 12, 0, 0);

function pdb(spec: Partial<NonNullable<PodDisruptionBudget['spec']>>, status?: PodDisruptionBudget['status']): PodDisruptionBudget {
  return {
    metadata: { name: 'foobar', namespace: 'default', uid: 'pdb-uid', generation: 1 },
    spec: { selector: { matchLabels: { foo: 'bar' } }, ...spec },
    ...(status ? { status } : {}),
  };
}

function pod(name: string, o: { ready?: boolean; owner?: OwnerReference; labels?: Record<string, string>; phase?: string; deleting?: boolean } = {}): Pod {
  return {
    metadata: {
      name, namespace: 'default', uid: `uid-${name}`, resourceVersion: '18', labels: o.labels ?? { foo: 'bar' },
      ...(o.owner ? { ownerReferences: [o.owner] } : {}), ...(o.deleting ? { deletionTimestamp: toK8sTime(NOW) } : {}),
    },
    spec: { containers: [] },
    status: { phase: o.phase ?? 'Running', conditions: o.ready === false ? [] : [{ type: 'Ready', status: 'True' }] },
  };
}

const rsRef = (uid: string): OwnerReference => ({ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: uid, uid, controller: true });

/** A finder that knows ReplicaSets by uid (what the store-backed finders return). */
function finder(scales: Record<string, number>): ScaleFinder {
  return (ref): ControllerScale | null => (ref.uid in scales ? { uid: ref.uid, scale: scales[ref.uid] } : null);
}

/** Runs the controller's status computation and applies it, like successive dc.sync calls. */
function sync(p: PodDisruptionBudget, pods: Pod[], f: ScaleFinder = finder({}), now = NOW): PodDisruptionBudget {
  const r = computePdbStatus(p, pods, f, now);
  return { ...p, status: r.status };
}

function expectStatus(p: PodDisruptionBudget, disruptionsAllowed: number, currentHealthy: number, desiredHealthy: number, expectedPods: number): void {
  const s = p.status!;
  assert.deepEqual([s.disruptionsAllowed, s.currentHealthy, s.desiredHealthy, s.expectedPods], [disruptionsAllowed, currentHealthy, desiredHealthy, expectedPods]);
  assert.equal(s.observedGeneration, p.metadata!.generation);
  const cond = s.conditions?.find((c) => c.type === 'DisruptionAllowed');
  assert.ok(cond);
  assert.equal(cond.status, disruptionsAllowed > 0 ? 'True' : 'False');
  assert.equal(cond.reason, disruptionsAllowed > 0 ? 'SufficientPods' : 'InsufficientPods');
}

describe('intstr scaling', () => {
  it('scales percentages with the requested rounding and refuses non-percent strings', () => {
    // upstream: TestGetScaledValueFromIntOrPercent (intstr_test.go)
    assert.equal(getScaledValueFromIntOrPercent(5, 10, true), 5);
    assert.equal(getScaledValueFromIntOrPercent('34%', 3, true), 2);
    assert.equal(getScaledValueFromIntOrPercent('34%', 3, false), 1);
    assert.equal(getScaledValueFromIntOrPercent('100%', 7, true), 7);
    assert.throws(() => getScaledValueFromIntOrPercent('5', 10, true), /string is not a percentage/);
    assert.throws(() => getScaledValueFromIntOrPercent('x%', 10, true), /invalid value "x%"/);
  });
});

describe('PDB status math (disruption controller)', () => {
  it('a PDB with an empty selector counts every pod in its namespace', () => {
    // upstream: TestNoSelector (disruption_test.go)
    let p = pdb({ minAvailable: 3, selector: {} });
    p = sync(p, []);
    expectStatus(p, 0, 0, 3, 0);
    const other = pod('yo-yo-yo', { labels: { anything: 'else' } });
    assert.equal(pdbSelectsPod(p, other), true);
    p = sync(p, [other]);
    expectStatus(p, 0, 1, 3, 1);
  });

  it('a nil selector selects nothing', () => {
    const p = pdb({ minAvailable: 1 });
    delete p.spec!.selector;
    assert.equal(pdbSelectsPod(p, pod('a')), false);
  });

  it('counts healthy and expected pods up as pods arrive and down when one becomes unready', () => {
    // upstream: TestUnavailable (disruption_test.go)
    let p = sync(pdb({ minAvailable: 3 }), []);
    const pods: Pod[] = [];
    for (let i = 0; i < 4; i++) {
      expectStatus(p, 0, i, 3, i);
      pods.push(pod(`yo-yo-yo ${i}`));
      p = sync(p, pods);
    }
    expectStatus(p, 1, 4, 3, 4);
    pods[0] = pod('yo-yo-yo 0', { ready: false });
    p = sync(p, pods);
    expectStatus(p, 0, 3, 3, 4);
  });

  it('an integer maxUnavailable allows no disruption for pods without a controller', () => {
    // upstream: TestIntegerMaxUnavailable (disruption_test.go)
    let p = sync(pdb({ maxUnavailable: 1 }), []);
    assert.equal(p.status!.disruptionsAllowed, 0);
    const r = computePdbStatus(p, [pod('naked')], finder({}), NOW);
    p = { ...p, status: r.status };
    assert.equal(p.status!.disruptionsAllowed, 0);
    assert.deepEqual(r.unmanagedPods, ['naked']);
  });

  it('a percentage minAvailable allows no disruption for a naked pod', () => {
    // upstream: TestNakedPod (disruption_test.go)
    const r = computePdbStatus(pdb({ minAvailable: '28%' }), [pod('naked')], finder({}), NOW);
    assert.equal(r.status.disruptionsAllowed, 0);
    assert.deepEqual(r.unmanagedPods, ['naked']);
  });

  it('recomputes an integer maxUnavailable when the controller scales', () => {
    // upstream: TestIntegerMaxUnavailableWithScaling (disruption_test.go)
    const pods = [pod('pod', { owner: rsRef('rs') })];
    let p = sync(pdb({ maxUnavailable: 2 }), pods, finder({ rs: 7 }));
    expectStatus(p, 0, 1, 5, 7);
    p = sync(p, pods, finder({ rs: 5 }));
    expectStatus(p, 0, 1, 3, 5);
  });

  it('recomputes a percentage maxUnavailable when the controller scales', () => {
    // upstream: TestPercentageMaxUnavailableWithScaling (disruption_test.go)
    const pods = [pod('pod', { owner: rsRef('rs') })];
    let p = sync(pdb({ maxUnavailable: '30%' }), pods, finder({ rs: 7 }));
    expectStatus(p, 0, 1, 4, 7);
    p = sync(p, pods, finder({ rs: 3 }));
    expectStatus(p, 0, 1, 2, 3);
  });

  it('uses the ReplicaSet scale for a percentage minAvailable', () => {
    // upstream: TestReplicaSet (disruption_test.go)
    expectStatus(sync(pdb({ minAvailable: '20%' }), [pod('pod', { owner: rsRef('rs') })], finder({ rs: 10 })), 0, 1, 2, 10);
  });

  it('rounds 34% of 3 up to 2 and ignores an unmanaged rogue pod in expectedPods', () => {
    // upstream: TestReplicationController (disruption_test.go), with a ReplicaSet as the controller
    const f = finder({ rs: 3 });
    let p = sync(pdb({ minAvailable: '34%' }), [], f);
    expectStatus(p, 0, 0, 0, 0);
    const pods: Pod[] = [];
    for (let i = 0; i < 3; i++) {
      pods.push(pod(`foobar ${i}`, { owner: rsRef('rs') }));
      p = sync(p, pods, f);
      if (i < 2) expectStatus(p, 0, i + 1, 2, 3);
      else expectStatus(p, 1, 3, 2, 3);
    }
    p = sync(p, [...pods, pod('rogue')], f);
    assert.equal(p.status!.disruptionsAllowed, 2);
  });

  it('throws when a pod has a controller no finder knows (the controller then fails safe)', () => {
    // upstream: TestUnsupportedControllerPod (disruption_test.go)
    const unknown: OwnerReference = { apiVersion: 'apps.test.io/v1', kind: 'TestWorkload', name: 'fake-controller', uid: 'b7329742', controller: true };
    assert.throws(() => computePdbStatus(pdb({ minAvailable: '28%' }), [pod('naked', { owner: unknown })], finder({}), NOW), /found no controllers for pod "naked"/);
  });

  it('drops disruptedPods entries whose pod is gone, being deleted or expired, and keeps pending ones', () => {
    // upstream: TestUpdateDisruptedPods (disruption_test.go)
    const p = pdb({ minAvailable: 1 }, {
      currentHealthy: 0, desiredHealthy: 0, expectedPods: 0, disruptionsAllowed: 0,
      disruptedPods: { p1: toK8sTime(NOW), p2: toK8sTime(NOW - 3 * 60_000), p3: toK8sTime(NOW - 60_000), notthere: toK8sTime(NOW) },
    });
    const r = computePdbStatus(p, [pod('p1', { deleting: true }), pod('p2'), pod('p3')], finder({}), NOW);
    assert.deepEqual(r.status.disruptedPods, { p3: toK8sTime(NOW - 60_000) });
    expectStatus({ ...p, status: r.status }, 0, 1, 1, 3);
    assert.deepEqual(r.expiredDisruptions, ['p2']);
    assert.equal(r.recheckAt, NOW - 60_000 + 120_000);
  });

  it('reports no change once the status and condition are up to date', () => {
    const pods = [pod('a'), pod('b')];
    const p = sync(pdb({ minAvailable: 1 }), pods);
    assert.equal(conditionsAreUpToDate(p), true);
    assert.equal(computePdbStatus(p, pods, finder({}), NOW + 5000).changed, false);
    assert.equal(computePdbStatus({ ...p, metadata: { ...p.metadata, generation: 2 } }, pods, finder({}), NOW).changed, true);
  });
});

describe('Eviction subresource decision', () => {
  const guarded = (allowed: number, extra: Partial<NonNullable<PodDisruptionBudget['status']>> = {}, spec: Partial<NonNullable<PodDisruptionBudget['spec']>> = {}) =>
    pdb(spec, { disruptionsAllowed: allowed, currentHealthy: 2, desiredHealthy: 2, expectedPods: 3, observedGeneration: 1, ...extra });

  it('refuses with 429 when no disruption is allowed and allows (decrementing) when one is', () => {
    // upstream: TestEviction (eviction_test.go)
    const refused = checkEviction({ pod: pod('t1'), pdbs: [guarded(0)], now: NOW });
    assert.equal(refused.allowed, false);
    assert.ok(!refused.allowed);
    assert.equal(refused.code, 429);
    assert.equal(refused.message, "Cannot evict pod as it would violate the pod's disruption budget.");
    assert.deepEqual(refused.causes, [{ reason: 'DisruptionBudget', message: 'The disruption budget foobar needs 2 healthy pods and has 2 currently' }]);
    const ok = checkEviction({ pod: pod('t2'), pdbs: [guarded(1)], now: NOW });
    assert.ok(ok.allowed);
    assert.equal(ok.reason, 'DisruptionAllowed');
    assert.equal(ok.pdbStatus?.disruptionsAllowed, 0);
    assert.deepEqual(ok.pdbStatus?.disruptedPods, { t2: toK8sTime(NOW) });
    assert.equal(checkEviction({ pod: pod('t3', { labels: { a: 'b' } }), pdbs: [guarded(0)], now: NOW }).allowed, true, 'non-matching pdbs');
    assert.equal(checkEviction({ pod: pod('t4'), pdbs: [], now: NOW }).allowed, true, 'no pdbs');
  });

  it('deletes terminal, pending and terminating pods without looking at PDBs', () => {
    // upstream: TestEvictionIngorePDB (eviction_test.go)
    for (const phase of ['Succeeded', 'Failed', 'Pending']) {
      const d = checkEviction({ pod: pod('p', { phase }), pdbs: [guarded(0)], now: NOW });
      assert.ok(d.allowed);
      assert.equal(d.reason, 'PodNotGuarded');
      assert.equal(d.resourceVersionPrecondition, phase === 'Pending' ? '18' : undefined);
    }
    const terminating = checkEviction({ pod: pod('p', { deleting: true }), pdbs: [guarded(0)], now: NOW });
    assert.ok(terminating.allowed);
    assert.equal(terminating.resourceVersionPrecondition, undefined);
  });

  it('refuses with 500 when more than one PDB guards the pod', () => {
    const d = checkEviction({ pod: pod('p'), pdbs: [guarded(1), { ...guarded(1), metadata: { name: 'other', namespace: 'default', generation: 1 } }], now: NOW });
    assert.ok(!d.allowed);
    assert.equal(d.code, 500);
    assert.equal(d.message, 'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.');
  });

  it('answers 429 with retryAfterSeconds 10 while the controller has not observed the PDB generation', () => {
    const d = checkEviction({ pod: pod('p'), pdbs: [guarded(1, { observedGeneration: 0 })], now: NOW });
    assert.ok(!d.allowed);
    assert.equal(d.retryAfterSeconds, 10);
    assert.deepEqual(d.causes, [{ reason: 'DisruptionBudget', message: 'The disruption budget foobar is still being processed by the server.' }]);
  });

  it('updates the PDB status and condition only when the pod counted as healthy', () => {
    // upstream: TestEvictionPDBStatus (eviction_test.go)
    const p = guarded(1, { currentHealthy: 5, desiredHealthy: 3, conditions: [{ type: 'DisruptionAllowed', status: 'True', reason: 'SufficientPods', message: '', lastTransitionTime: toK8sTime(NOW - 1000) }] });
    const ready = checkEviction({ pod: pod('ready'), pdbs: [p], now: NOW });
    assert.ok(ready.allowed);
    assert.equal(ready.pdbStatus?.disruptionsAllowed, 0);
    assert.equal(ready.pdbStatus?.conditions?.[0].reason, 'InsufficientPods');
    const unready = checkEviction({ pod: pod('unready', { ready: false }), pdbs: [p], now: NOW });
    assert.ok(unready.allowed);
    assert.equal(unready.reason, 'UnhealthyPodBudgetMet');
    assert.equal(unready.pdbStatus, undefined);
    assert.equal(unready.resourceVersionPrecondition, '18');
  });

  it('lets an unready pod go under AlwaysAllow even when the budget is not met, but not under IfHealthyBudget', () => {
    const broken = { currentHealthy: 1, desiredHealthy: 2 };
    const always = checkEviction({ pod: pod('u', { ready: false }), pdbs: [guarded(0, broken, { unhealthyPodEvictionPolicy: 'AlwaysAllow' })], now: NOW });
    assert.ok(always.allowed);
    assert.equal(always.reason, 'UnhealthyPodAlwaysAllow');
    const ifHealthy = checkEviction({ pod: pod('u', { ready: false }), pdbs: [guarded(0, broken, { unhealthyPodEvictionPolicy: 'IfHealthyBudget' })], now: NOW });
    assert.equal(ifHealthy.allowed, false);
  });

  it('does not record disruptedPods on a dry run', () => {
    // upstream: TestEvictionDryRun (eviction_test.go)
    const d = checkEviction({ pod: pod('p'), pdbs: [guarded(1)], now: NOW, dryRun: true });
    assert.ok(d.allowed);
    assert.equal(d.pdbStatus, undefined);
  });

  it('ignores PDBs with an empty selector (the controller does count them)', () => {
    const p = guarded(0, {}, { selector: {} });
    assert.equal(pdbGuardsPodForEviction(p, pod('x')), false);
    assert.equal(pdbSelectsPod(p, pod('x')), true);
  });

  it('forbids evictions when disruptionsAllowed is negative or too many disruptions are pending', () => {
    const neg = checkEviction({ pod: pod('p'), pdbs: [guarded(-1)], now: NOW });
    assert.ok(!neg.allowed);
    assert.equal(neg.code, 403);
    assert.equal(neg.message, 'poddisruptionbudget.policy "foobar" is forbidden: pdb disruptions allowed is negative');
    const many = Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`p${i}`, toK8sTime(NOW)]));
    const big = checkEviction({ pod: pod('p'), pdbs: [guarded(5, { disruptedPods: many })], now: NOW });
    assert.ok(!big.allowed);
    assert.equal(big.code, 403);
  });
});
