import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Random } from '../../../core/random.js';
import { toK8sTime } from '../../../core/time-format.js';
import type { Pod } from '../../../core/types.js';
import {
  claimObjects, isPodActive, isPodAvailable, POD_DELETION_COST_ANNOTATION, preferForDeletion, sortForDeletion,
  updatePodCondition, type RankedPod,
} from './controller-utils.js';
import { fromLabelSelector } from '../../../core/labels.js';

const NOW = Date.UTC(2026, 0, 10, 12, 0, 0);
const HOUR = 3600_000;

function pod(name: string, o: {
  node?: string; phase?: string; ready?: boolean; readySince?: number; created?: number; restarts?: number[];
  annotations?: Record<string, string>; uid?: string;
} = {}): Pod {
  return {
    metadata: {
      name, uid: o.uid ?? '', ...(o.created ? { creationTimestamp: toK8sTime(o.created) } : {}),
      ...(o.annotations ? { annotations: o.annotations } : {}),
    },
    spec: { containers: [], ...(o.node ? { nodeName: o.node } : {}) },
    status: {
      phase: o.phase ?? 'Running',
      ...(o.ready ? { conditions: [{ type: 'Ready', status: 'True', ...(o.readySince ? { lastTransitionTime: toK8sTime(o.readySince) } : {}) }] } : {}),
      ...(o.restarts ? { containerStatuses: o.restarts.map((r, i) => ({ name: `c${i}`, image: 'x', imageID: '', ready: true, restartCount: r })) } : {}),
    },
  } as Pod;
}

describe('scale-down ranking (ActivePodsWithRanks)', () => {
  it('orders unscheduled, pending, unknown, not-ready, then ready pods by ready time, restarts and age', () => {
    // upstream: TestSortingActivePods (controller_utils_test.go)
    const then = NOW - 30 * 24 * HOUR;
    const pods = [
      pod('p0', { phase: 'Pending' }),
      pod('p1', { node: 'bar', phase: 'Pending' }),
      pod('p2', { node: 'foo', phase: 'Unknown' }),
      pod('p3', { node: 'foo', phase: 'Running' }),
      pod('p4', { node: 'foo', ready: true, restarts: [3, 0] }),
      pod('p5', { node: 'foo', ready: true, readySince: NOW, restarts: [3, 0] }),
      pod('p6', { node: 'foo', ready: true, readySince: then, restarts: [3, 0] }),
      pod('p7', { node: 'foo', ready: true, readySince: then, restarts: [2, 1], created: NOW }),
      pod('p8', { node: 'foo', ready: true, readySince: then, restarts: [2, 1], created: then }),
    ];
    const expected = pods.map((p) => p.metadata!.name);
    const rnd = new Random('shuffle');
    for (let i = 0; i < 20; i++) {
      const shuffled = [...pods];
      for (let j = shuffled.length - 1; j > 0; j--) {
        const k = rnd.intn(j + 1);
        [shuffled[j], shuffled[k]] = [shuffled[k], shuffled[j]];
      }
      const sorted = sortForDeletion(shuffled.map((p) => ({ pod: p, rank: 0 })));
      assert.deepEqual(sorted.map((r) => r.pod.metadata!.name), expected);
    }
  });

  describe('compares pods with ranks like upstream', () => {
    // upstream: TestSortingActivePodsWithRanks (controller_utils_test.go)
    const then1Month = NOW - 30 * 24 * HOUR;
    const unscheduled = pod('unscheduled', { phase: 'Pending' });
    const scheduledPending = pod('pending', { node: 'node', phase: 'Pending' });
    const unknownPhase = pod('unknown-phase', { node: 'node', phase: 'Unknown' });
    const notReady = pod('not-ready', { node: 'node' });
    const readyNoLTT = pod('ready-no-last-transition-time', { node: 'node', ready: true, restarts: [0] });
    const readyNow = pod('ready-now', { node: 'node', ready: true, readySince: NOW, created: NOW, restarts: [0] });
    const readyThen = pod('ready-then', { node: 'node', ready: true, readySince: then1Month, created: then1Month, restarts: [0] });
    const highRestarts = pod('ready-high-restarts', { node: 'node', ready: true, readySince: NOW, created: NOW, restarts: [9001] });
    const readyNowCreatedThen = pod('ready-now-created-then', { node: 'node', ready: true, readySince: NOW, created: then1Month, restarts: [0] });
    const lowCost = pod('low-deletion-cost', { node: 'node', ready: true, readySince: NOW, created: then1Month, restarts: [0], annotations: { [POD_DELETION_COST_ANNOTATION]: '10' } });
    const highCost = pod('high-deletion-cost', { node: 'node', ready: true, readySince: NOW, created: then1Month, restarts: [0], annotations: { [POD_DELETION_COST_ANNOTATION]: '100' } });
    const unscheduled5h = pod('unscheduled-5-hours', { phase: 'Pending', created: NOW - 5 * HOUR });
    const unscheduled8h = pod('unscheduled-8-hours', { phase: 'Pending', created: NOW - 8 * HOUR });
    const ready2h = pod('ready-2-hours', { ready: true, readySince: NOW - 2 * HOUR, created: then1Month, restarts: [0] });
    const ready5h = pod('ready-5-hours', { ready: true, readySince: NOW - 5 * HOUR, created: then1Month, restarts: [0] });
    const ready8h = pod('ready-8-hours', { ready: true, readySince: NOW - 8 * HOUR, created: then1Month, restarts: [0] });

    const equal: [Pod, Pod][] = [
      [unscheduled, unscheduled], [scheduledPending, scheduledPending], [unknownPhase, unknownPhase], [notReady, notReady],
      [readyNowCreatedThen, readyNowCreatedThen], [readyNow, readyNow], [readyThen, readyThen], [highRestarts, highRestarts],
      // Same logarithmic bucket (and the same empty UID): equivalent.
      [unscheduled5h, unscheduled8h], [ready5h, ready8h],
    ];
    for (const [a, b] of equal) {
      it(`treats ${a.metadata!.name} and ${b.metadata!.name} as equivalent`, () => {
        const ra: RankedPod = { pod: a, rank: 1 }, rb: RankedPod = { pod: b, rank: 1 };
        assert.equal(preferForDeletion(ra, rb, NOW), false);
        assert.equal(preferForDeletion(rb, ra, NOW), false);
      });
    }
    const lesser: [Pod, number, Pod, number][] = [
      [unscheduled, 1, scheduledPending, 2], [unscheduled, 2, scheduledPending, 1], [scheduledPending, 1, unknownPhase, 2],
      [unknownPhase, 1, notReady, 2], [notReady, 1, readyNoLTT, 1], [readyNoLTT, 1, readyNow, 1], [readyNow, 2, readyNoLTT, 1],
      [readyNow, 1, readyThen, 1], [readyNow, 2, readyThen, 1], [highRestarts, 1, readyNow, 1], [readyNow, 2, highRestarts, 1],
      [readyNow, 1, readyNowCreatedThen, 1], [readyNowCreatedThen, 2, readyNow, 1], [lowCost, 2, highCost, 1], [ready2h, 1, ready5h, 1],
    ];
    for (const [a, ra, b, rb] of lesser) {
      it(`deletes ${a.metadata!.name} (rank ${ra}) before ${b.metadata!.name} (rank ${rb})`, () => {
        assert.equal(preferForDeletion({ pod: a, rank: ra }, { pod: b, rank: rb }, NOW), true);
        assert.equal(preferForDeletion({ pod: b, rank: rb }, { pod: a, rank: ra }, NOW), false);
      });
    }
  });
});

describe('pod state helpers', () => {
  it('does not count Failed, Succeeded or terminating pods as active', () => {
    // upstream: TestActivePodFiltering (controller_utils_test.go)
    assert.equal(isPodActive(pod('a', { phase: 'Running' })), true);
    assert.equal(isPodActive(pod('b', { phase: 'Pending' })), true);
    assert.equal(isPodActive(pod('c', { phase: 'Failed' })), false);
    assert.equal(isPodActive(pod('d', { phase: 'Succeeded' })), false);
    const t = pod('e');
    (t.metadata as { deletionTimestamp?: string }).deletionTimestamp = toK8sTime(NOW);
    assert.equal(isPodActive(t), false);
  });

  it('counts a pod available only after minReadySeconds of readiness', () => {
    const p = pod('a', { ready: true, readySince: NOW });
    assert.equal(isPodAvailable(p, 0, NOW), true);
    assert.equal(isPodAvailable(p, 10, NOW + 10_000), false);
    assert.equal(isPodAvailable(p, 10, NOW + 11_000), true);
  });

  it('keeps lastTransitionTime when a condition keeps its status, and reports no change for an identical one', () => {
    const status = { conditions: [{ type: 'DisruptionTarget', status: 'True', reason: 'X', lastTransitionTime: toK8sTime(NOW - 1000) }] };
    assert.equal(updatePodCondition(status, { type: 'DisruptionTarget', status: 'True', reason: 'X' }, NOW), false);
    assert.equal(status.conditions[0].lastTransitionTime, toK8sTime(NOW - 1000));
    assert.equal(updatePodCondition(status, { type: 'DisruptionTarget', status: 'False' }, NOW), true);
    assert.deepEqual(status.conditions[0], { type: 'DisruptionTarget', status: 'False', lastTransitionTime: toK8sTime(NOW) });
  });
});

describe('claiming objects (ControllerRefManager.ClaimObject)', () => {
  const owner = { metadata: { name: 'rs', namespace: 'default', uid: 'owner-uid' } };
  const sel = fromLabelSelector({ matchLabels: { app: 'web' } });
  const mk = (name: string, labels: Record<string, string>, ownerUID?: string, deleting = false): Pod => ({
    metadata: {
      name, namespace: 'default', uid: name, labels,
      ...(ownerUID ? { ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'x', uid: ownerUID, controller: true }] } : {}),
      ...(deleting ? { deletionTimestamp: toK8sTime(NOW) } : {}),
    },
  });
  it('keeps owned matching pods, releases owned non-matching ones, adopts matching orphans and ignores the rest', () => {
    // upstream: TestClaimPods (controller_ref_manager_test.go)
    const res = claimObjects(owner, sel, [
      mk('owned', { app: 'web' }, 'owner-uid'), mk('stale', { app: 'db' }, 'owner-uid'), mk('orphan', { app: 'web' }),
      mk('other', { app: 'web' }, 'someone-else'), mk('orphan-deleting', { app: 'web' }, undefined, true), mk('orphan-db', { app: 'db' }),
    ]);
    assert.deepEqual(res.claimed.map((p) => p.metadata!.name), ['owned']);
    assert.deepEqual(res.release.map((p) => p.metadata!.name), ['stale']);
    assert.deepEqual(res.adopt.map((p) => p.metadata!.name), ['orphan']);
  });
  it('neither adopts nor releases while the owner is being deleted', () => {
    const deleting = { metadata: { ...owner.metadata, deletionTimestamp: toK8sTime(NOW) } };
    const res = claimObjects(deleting, sel, [mk('stale', { app: 'db' }, 'owner-uid'), mk('orphan', { app: 'web' })]);
    assert.deepEqual(res, { claimed: [], adopt: [], release: [] });
  });
});
