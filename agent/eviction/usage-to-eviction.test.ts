/**
 * The kubelet's eviction path end to end, without the agent shell: usage annotations -> usage
 * model -> Summary -> EvictionManager on a ManualClock, with the default KubeletConfiguration.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../core/clock/index.js';
import type { Pod } from '../../core/types.js';
import { buildSummary } from '../stats/index.js';
import { NodeGarbage, podUsageAt } from '../usage/index.js';
import { EvictionManager, evictionConfigFromKubelet, hardMemoryEvictionBytes, nodePressureConditions, type EvictionEvent, type KubeletNodeCondition } from './index.js';
import { silentLog } from './test-fixtures.js';

const capacity = { cpu: '4', memory: '4Gi', 'ephemeral-storage': '100Gi', pods: '110' };

function node(pods: Pod[], nodeAnnotations: Record<string, string>) {
  const clock = new ManualClock();
  const t0 = clock.now();
  const config = evictionConfigFromKubelet({});
  const gc = new NodeGarbage();
  const state = { pods: [...pods], nodeAnnotations };
  const killed: Array<{ name: string; at: number; grace: number; message: string }> = [];
  const events: EvictionEvent[] = [];
  const summary = () => buildSummary({
    nodeName: 'node-a', time: clock.now(), capacity,
    nodeUsage: gc.usage(state.nodeAnnotations),
    pods: state.pods.map((pod) => ({ pod, usage: podUsageAt(pod, clock.now(), { startedAt: t0 }) })),
    evictionHardMemoryBytes: hardMemoryEvictionBytes(config.thresholds),
  });
  const manager = new EvictionManager({
    clock, config, log: silentLog, summary,
    activePods: () => state.pods,
    killPod: (pod, o) => {
      killed.push({ name: pod.metadata!.name!, at: clock.now() - t0, grace: o.gracePeriodSeconds, message: o.status.message });
      clock.setTimer(o.gracePeriodSeconds * 1000, () => { state.pods = state.pods.filter((p) => p !== pod); });
    },
    recordEvent: (e) => { events.push(e); },
    reclaim: { imageGC: () => gc.imageGC(state.nodeAnnotations), containerGC: () => gc.containerGC(state.nodeAnnotations) },
  });
  return { clock, t0, manager, killed, events, state, summary };
}

describe('from usage annotations to an eviction', () => {
  it('evicts a leaking BestEffort pod when memory.available drops below the default 100Mi', () => {
    const leak: Pod = { metadata: { name: 'leak', namespace: 'default', uid: 'u-leak', annotations: { 'usage.kemu.dev/memory': '1Gi', 'usage.kemu.dev/memory-rate': '100Mi' } }, spec: { containers: [{ name: 'leak' }] } };
    const steady: Pod = { metadata: { name: 'steady', namespace: 'default', uid: 'u-steady' }, spec: { containers: [{ name: 'app', resources: { requests: { memory: '1Gi' } } }] } };
    const n = node([steady, leak], { 'usage.kemu.dev/memory': '1Gi' });
    n.manager.start();
    n.clock.advance(9 * 60_000);
    assert.equal(n.killed.length, 0);
    n.clock.advance(60_000);
    // available = 4Gi - 1Gi system - 1Gi steady - (1Gi + 100Mi/min) < 100Mi after 9.24 min: first sync after that is at 560s
    assert.deepEqual(n.killed.map((k) => [k.name, k.at, k.grace]), [['leak', 560_000, 1]]);
    assert.match(n.killed[0].message, /^The node was low on resource: memory\. Threshold quantity: 100Mi, available: \d+\. Container leak was using \d+, request is 0, has larger consumption of memory\. $/);
    assert.equal(n.manager.isUnderMemoryPressure(), true);

    const bestEffort: Pod = { metadata: { name: 'new' }, spec: { containers: [{ name: 'c' }] } };
    assert.equal(n.manager.admit(bestEffort).admit, false);
    const { conditions } = nodePressureConditions([] as KubeletNodeCondition[], { memory: n.manager.isUnderMemoryPressure(), disk: n.manager.isUnderDiskPressure(), pid: n.manager.isUnderPIDPressure() }, n.clock.now());
    assert.equal(conditions.find((c) => c.type === 'MemoryPressure')?.reason, 'KubeletHasInsufficientMemory');

    n.clock.advance(5 * 60_000 + 10_000);
    assert.equal(n.manager.isUnderMemoryPressure(), false, 'pressure clears after the 5m transition period');
    assert.equal(n.manager.admit(bestEffort).admit, true);
    assert.equal(n.killed.length, 1, 'steady was never evicted');
    n.manager.stop();
  });

  it('relieves imagefs pressure on a single filesystem by image GC instead of evicting', () => {
    const pod: Pod = { metadata: { name: 'p', namespace: 'default', uid: 'u-p' }, spec: { containers: [{ name: 'c' }] } };
    // 86Gi of images on a 100Gi nodefs: imagefs.available (the same device) is below 15%
    const n = node([pod], { 'usage.kemu.dev/images': '86Gi', 'usage.kemu.dev/unused-images': '10Gi' });
    const r = n.manager.synchronize();
    assert.equal(n.manager.isUnderDiskPressure(), true);
    assert.equal(r.decision.signal, 'imagefs.available');
    assert.deepEqual(r.decision.reclaim, { functions: ['containerGC', 'imageGC'], freedBytes: { containerGC: 0, imageGC: 10 * 2 ** 30 }, resolved: true });
    assert.equal(n.killed.length, 0);
    assert.deepEqual(n.events.map((e) => [e.reason, e.message]), [['EvictionThresholdMet', 'Attempting to reclaim ephemeral-storage']]);
  });
});
