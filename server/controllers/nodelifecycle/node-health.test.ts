import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { toK8sTime } from '../../../core/time-format.js';
import type { Lease, Node, NodeCondition } from '../../../core/types.js';
import { leaseObject, MINUTE, readyCondition, SECOND, T0 } from './testkit.js';
import { tryUpdateNodeHealth, type HealthResult, type NodeHealth } from './node-health.js';

const settings = { nodeMonitorGracePeriod: 50 * SECOND, nodeStartupGracePeriod: 60 * SECOND };
const CREATED_LONG_AGO = Date.UTC(2012, 0, 1);
const HOUR = 60 * MINUTE;

function node(created: number, conditions?: NodeCondition[]): Node {
  return {
    metadata: { name: 'node0', creationTimestamp: toK8sTime(created) },
    spec: {},
    status: { ...(conditions ? { conditions } : {}), capacity: { cpu: '10', memory: '10G' } },
  };
}

/** Two monitor passes like the upstream table tests: one at T0, one after `timeToPass`. */
function twoPasses(
  first: Node, firstLease: Lease | undefined, timeToPass: number, second: Node, secondLease: Lease | undefined,
): { pass1: HealthResult; pass2: HealthResult } {
  const pass1 = tryUpdateNodeHealth(undefined, first, firstLease, T0, settings);
  const kept: NodeHealth = pass1.write?.healthAfterWrite ?? pass1.health;
  const pass2 = tryUpdateNodeHealth(kept, second, secondLease, T0 + timeToPass, settings);
  return { pass1, pass2 };
}

const neverUpdated = (type: string, transition: number): NodeCondition => ({
  type, status: 'Unknown', reason: 'NodeStatusNeverUpdated', message: 'Kubelet never posted node status.',
  lastHeartbeatTime: toK8sTime(CREATED_LONG_AGO), lastTransitionTime: toK8sTime(transition),
});

describe('tryUpdateNodeHealth', () => {
  // upstream: TestMonitorNodeHealthUpdateStatus (node_lifecycle_controller_test.go)
  describe('without leases (TestMonitorNodeHealthUpdateStatus)', () => {
    it('posts Unknown with NodeStatusNeverUpdated for a node created long ago that never posted status', () => {
      const r = tryUpdateNodeHealth(undefined, node(CREATED_LONG_AGO), undefined, T0, settings);
      assert.ok(r.write);
      assert.deepEqual(r.write.conditions, ['Ready', 'MemoryPressure', 'DiskPressure', 'PIDPressure'].map((t) => neverUpdated(t, T0)));
      assert.equal(r.observedReady.status, 'Unknown', 'the fake observed condition is Unknown, so pods are not marked');
      assert.equal(r.write.why.grace, 'nodeStartupGracePeriod');
    });

    it('does nothing for a recently created node without status (startup grace period)', () => {
      const r = tryUpdateNodeHealth(undefined, node(T0), undefined, T0, settings);
      assert.equal(r.write, undefined);
      assert.equal(r.currentReady, undefined);
      assert.equal(r.gracePeriod, 60 * SECOND);
    });

    it('posts Unknown once a status heartbeat is older than the grace period, keeping lastHeartbeatTime', () => {
      const ready = readyCondition('True', T0, T0);
      const { pass1, pass2 } = twoPasses(node(CREATED_LONG_AGO, [ready]), undefined, HOUR, node(CREATED_LONG_AGO, [ready]), undefined);
      assert.equal(pass1.write, undefined, 'first sight gives a full grace period, however old the heartbeat');
      assert.ok(pass2.write);
      assert.deepEqual(pass2.write.conditions, [
        { ...ready, status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.', lastTransitionTime: toK8sTime(T0 + HOUR) },
        neverUpdated('MemoryPressure', T0 + HOUR), neverUpdated('DiskPressure', T0 + HOUR), neverUpdated('PIDPressure', T0 + HOUR),
      ]);
      assert.equal(pass2.observedReady.status, 'True');
      assert.equal(pass2.currentReady?.status, 'Unknown');
      assert.equal(pass2.write.healthAfterWrite.readyTransitionTimestamp, T0 + HOUR);
      assert.equal(pass2.write.why.silentForMs, HOUR);
    });

    it('does nothing while the status heartbeat is recent', () => {
      const r = tryUpdateNodeHealth(undefined, node(CREATED_LONG_AGO, [readyCondition('True', T0, T0)]), undefined, T0, settings);
      assert.equal(r.write, undefined);
    });
  });

  // upstream: TestMonitorNodeHealthUpdateNodeAndPodStatusWithLease
  describe('with leases (TestMonitorNodeHealthUpdateNodeAndPodStatusWithLease)', () => {
    it('does nothing for a recent node without status whose lease is missing or renewed', () => {
      assert.equal(tryUpdateNodeHealth(undefined, node(T0), undefined, T0, settings).write, undefined);
      assert.equal(tryUpdateNodeHealth(undefined, node(T0), leaseObject('node0', T0), T0, settings).write, undefined);
    });

    it('posts Unknown for an old node without status and without lease', () => {
      const r = tryUpdateNodeHealth(undefined, node(CREATED_LONG_AGO), undefined, T0, settings);
      assert.equal(r.write?.conditions.length, 4);
    });

    it('keeps an old node without status healthy while its lease is renewed', () => {
      const { pass1, pass2 } = twoPasses(node(CREATED_LONG_AGO), leaseObject('node0', T0), HOUR, node(CREATED_LONG_AGO), leaseObject('node0', T0 + HOUR));
      assert.equal(pass1.write, undefined);
      assert.equal(pass2.write, undefined);
      assert.equal(pass2.health.probeTimestamp, T0 + HOUR);
      assert.equal(pass2.health.leaseObservedAt, T0 + HOUR);
    });

    it('posts Unknown (never updated) for an old node without status once its lease expires', () => {
      const { pass2 } = twoPasses(node(CREATED_LONG_AGO), leaseObject('node0', T0), HOUR, node(CREATED_LONG_AGO), leaseObject('node0', T0));
      assert.deepEqual(pass2.write?.conditions, ['Ready', 'MemoryPressure', 'DiskPressure', 'PIDPressure'].map((t) => neverUpdated(t, T0 + HOUR)));
    });

    it('keeps a node with a stale status healthy while the lease is renewed', () => {
      const conds = [readyCondition('True', T0, T0), { type: 'DiskPressure', status: 'False', lastHeartbeatTime: toK8sTime(T0), lastTransitionTime: toK8sTime(T0) }];
      const { pass2 } = twoPasses(node(CREATED_LONG_AGO, conds), leaseObject('node0', T0), HOUR, node(CREATED_LONG_AGO, conds), leaseObject('node0', T0 + HOUR));
      assert.equal(pass2.write, undefined);
    });

    it('keeps a node healthy on status heartbeats alone when the lease is not renewed', () => {
      const conds = [readyCondition('True', T0, T0)];
      const later = [readyCondition('True', T0 + HOUR, T0)];
      const { pass2 } = twoPasses(node(CREATED_LONG_AGO, conds), leaseObject('node0', T0), HOUR, node(CREATED_LONG_AGO, later), leaseObject('node0', T0));
      assert.equal(pass2.write, undefined);
      assert.equal(pass2.health.probeTimestamp, T0 + HOUR);
      assert.equal(pass2.health.readyTransitionTimestamp, T0, 'no transition: the transition timestamp is kept');
    });

    it('posts Unknown when both the status and the lease are stale', () => {
      const conds = [readyCondition('True', T0, T0)];
      const { pass2 } = twoPasses(node(CREATED_LONG_AGO, conds), leaseObject('node0', T0), HOUR, node(CREATED_LONG_AGO, conds), leaseObject('node0', T0));
      assert.equal(pass2.currentReady?.reason, 'NodeStatusUnknown');
      assert.equal(pass2.observedReady.status, 'True');
    });
  });

  describe('timing', () => {
    it('goes Unknown only strictly after probe + grace', () => {
      const conds = [readyCondition('True', T0, T0)];
      const first = tryUpdateNodeHealth(undefined, node(CREATED_LONG_AGO, conds), undefined, T0, settings);
      assert.equal(tryUpdateNodeHealth(first.health, node(CREATED_LONG_AGO, conds), undefined, T0 + 50 * SECOND, settings).write, undefined);
      assert.ok(tryUpdateNodeHealth(first.health, node(CREATED_LONG_AGO, conds), undefined, T0 + 50 * SECOND + 1, settings).write);
    });

    it('resets the transition timestamp when the kubelet posts a new transition', () => {
      const first = tryUpdateNodeHealth(undefined, node(CREATED_LONG_AGO, [readyCondition('True', T0, T0)]), undefined, T0, settings);
      const r = tryUpdateNodeHealth(first.health, node(CREATED_LONG_AGO, [readyCondition('False', T0 + 10 * SECOND, T0 + 10 * SECOND)]), undefined, T0 + 12 * SECOND, settings);
      assert.equal(r.health.readyTransitionTimestamp, T0 + 12 * SECOND);
      assert.equal(r.health.probeTimestamp, T0 + 12 * SECOND);
      assert.equal(r.write, undefined, 'the kubelet itself reported False: nothing to write');
    });

    it('ignores the kubelet timestamps as times: a heartbeat dated in the future does not extend the grace', () => {
      const first = tryUpdateNodeHealth(undefined, node(CREATED_LONG_AGO, [readyCondition('True', T0 + 10 * HOUR, T0)]), undefined, T0, settings);
      const r = tryUpdateNodeHealth(first.health, node(CREATED_LONG_AGO, [readyCondition('True', T0 + 10 * HOUR, T0)]), undefined, T0 + MINUTE, settings);
      assert.ok(r.write);
    });

    it('counts an unchanged lease as new on the pass after a status heartbeat (upstream drops the saved lease)', () => {
      const lease = leaseObject('node0', T0);
      const p1 = tryUpdateNodeHealth(undefined, node(CREATED_LONG_AGO, [readyCondition('True', T0, T0)]), lease, T0, settings);
      const p2 = tryUpdateNodeHealth(p1.health, node(CREATED_LONG_AGO, [readyCondition('True', T0 + 5 * SECOND, T0)]), lease, T0 + 5 * SECOND, settings);
      assert.equal(p2.health.hasLease, false);
      const p3 = tryUpdateNodeHealth(p2.health, node(CREATED_LONG_AGO, [readyCondition('True', T0 + 5 * SECOND, T0)]), lease, T0 + 10 * SECOND, settings);
      assert.equal(p3.health.probeTimestamp, T0 + 10 * SECOND);
      const p4 = tryUpdateNodeHealth(p3.health, node(CREATED_LONG_AGO, [readyCondition('True', T0 + 5 * SECOND, T0)]), lease, T0 + 15 * SECOND, settings);
      assert.equal(p4.health.probeTimestamp, T0 + 10 * SECOND);
    });

    it('writes nothing when Ready is already Unknown, even if other conditions would change', () => {
      const unknown = { ...readyCondition('True', T0, T0), status: 'Unknown', reason: 'NodeStatusUnknown' };
      const first = tryUpdateNodeHealth(undefined, node(CREATED_LONG_AGO, [unknown]), undefined, T0, settings);
      const r = tryUpdateNodeHealth(first.health, node(CREATED_LONG_AGO, [unknown]), undefined, T0 + HOUR, settings);
      assert.equal(r.write, undefined);
      assert.equal(r.currentReady?.status, 'Unknown');
    });
  });
});
