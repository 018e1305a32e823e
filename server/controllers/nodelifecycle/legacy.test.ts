import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DaemonSet, LabelSelector } from '../../../core/types.js';
import type { NodeHealth } from './node-health.js';
import { MINUTE, podObject, T0 } from './testkit.js';
import { isDaemonSetPod, legacyEvictionDecision, planDeletePods } from './legacy.js';

const health: NodeHealth = { probeTimestamp: T0, readyTransitionTimestamp: T0 + MINUTE, status: undefined, hasLease: false };
const TIMEOUT = 5 * MINUTE;
const ds = (selector: LabelSelector, ns = 'default'): DaemonSet => ({
  metadata: { name: 'ds', namespace: ns },
  spec: { selector, template: {} },
});

describe('legacyEvictionDecision (processNoTaintBaseEviction)', () => {
  // upstream: TestMonitorNodeHealthEvictPods (legacy node_lifecycle_controller_test.go): strict After
  it('evicts a NotReady node only strictly after readyTransitionTimestamp + podEvictionTimeout', () => {
    assert.equal(legacyEvictionDecision('n', 'False', health, T0 + MINUTE + TIMEOUT, TIMEOUT).kind, 'none');
    const d = legacyEvictionDecision('n', 'False', health, T0 + MINUTE + TIMEOUT + 1, TIMEOUT);
    assert.equal(d.kind, 'evict');
    assert.equal(d.kind === 'evict' && d.why.sinceKind, 'readyTransitionTimestamp');
  });
  it('counts an Unknown node from its last probe, not from when Unknown was written', () => {
    assert.equal(legacyEvictionDecision('n', 'Unknown', health, T0 + TIMEOUT, TIMEOUT).kind, 'none');
    const d = legacyEvictionDecision('n', 'Unknown', health, T0 + TIMEOUT + 1, TIMEOUT);
    assert.equal(d.kind === 'evict' && d.why.since, new Date(T0).toISOString());
  });
  it('cancels for a ready node', () => {
    assert.equal(legacyEvictionDecision('n', 'True', health, T0 + 99 * MINUTE, TIMEOUT).kind, 'cancel');
  });
});

describe('planDeletePods (DeletePods)', () => {
  it('deletes ordinary pods, skips terminating and DaemonSet pods, and sets NodeLost once', () => {
    const plain = podObject('a', 'n1');
    const terminating = { ...podObject('b', 'n1'), metadata: { name: 'b', namespace: 'default', deletionGracePeriodSeconds: 30 } };
    const daemon = podObject('c', 'n1', { labels: { app: 'agent' } });
    const lost = { ...podObject('d', 'n1'), status: { reason: 'NodeLost' } };
    const elsewhere = podObject('e', 'n2');
    const plan = planDeletePods([plain, terminating, daemon, lost, elsewhere], 'n1', [ds({ matchLabels: { app: 'agent' } })]);
    assert.deepEqual(plan.map((p) => [p.pod.metadata?.name, p.action, p.setReason]), [
      ['a', 'delete', true], ['b', 'skipTerminating', true], ['c', 'skipDaemonSet', true], ['d', 'delete', false],
    ]);
  });
});

describe('isDaemonSetPod (GetPodDaemonSets)', () => {
  const pod = podObject('p', 'n', { labels: { app: 'x' } });
  it('matches by label selector in the same namespace', () => {
    assert.equal(isDaemonSetPod(pod, [ds({ matchLabels: { app: 'x' } })]), true);
    assert.equal(isDaemonSetPod(pod, [ds({ matchLabels: { app: 'x' } }, 'other')]), false);
  });
  it('never matches with an empty or invalid selector, or a pod without labels', () => {
    assert.equal(isDaemonSetPod(pod, [ds({})]), false);
    assert.equal(isDaemonSetPod(pod, [ds({ matchExpressions: [{ key: 'app', operator: 'Bogus' }] })]), false);
    assert.equal(isDaemonSetPod(podObject('q', 'n'), [ds({ matchLabels: { app: 'x' } })]), false);
  });
});
