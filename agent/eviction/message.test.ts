import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Pod } from '../../core/types.js';
import type { PodStats } from '../stats/index.js';
import {
  admitPod, evictionMessage, localStorageViolations, nodePressureConditions, type KubeletNodeCondition, type SignalObservations,
} from './index.js';
import { newContainer, newPod, newPodDiskStats, newResourceList, q, statsFnOf, threshold } from './test-fixtures.js';

const GI = 2 ** 30;
const MI = 2 ** 20;

describe('evictionMessage (helpers.go evictionMessage)', () => {
  const memPod = newPod('hog', 0, [newContainer('x', newResourceList('', '1Gi', '')), newContainer('y', newResourceList('', '1Gi', ''))]);
  const memStats: PodStats = {
    podRef: { name: 'hog', namespace: 'default', uid: 'hog' }, memory: { workingSetBytes: 3.5 * GI },
    containers: [{ name: 'x', memory: { workingSetBytes: 3 * GI } }, { name: 'y', memory: { workingSetBytes: 0.5 * GI } }],
  };
  const memObs: SignalObservations = { 'memory.available': { available: 80 * MI, capacity: 8 * GI, format: 'BinarySI' } };

  it('names the resource, the threshold, what is available and each container above its request', () => {
    const { message, annotations } = evictionMessage('memory', memPod, statsFnOf(new Map([[memPod, memStats]])), [threshold('memory.available', '100Mi')], memObs);
    assert.equal(message, 'The node was low on resource: memory. Threshold quantity: 100Mi, available: 80Mi. Container x was using 3Gi, request is 1Gi, has larger consumption of memory. ');
    assert.deepEqual(annotations, { offending_containers: 'x', offending_containers_usage: '3Gi', starved_resource: 'memory' });
  });

  it('prints a percentage threshold as its BinarySI quantity of capacity, float32 rounding included', () => {
    const obs: SignalObservations = { 'memory.available': { available: 500 * MI, capacity: 10 * GI, format: 'BinarySI' } };
    assert.equal(evictionMessage('memory', memPod, () => undefined, [threshold('memory.available', '50%')], obs).message,
      'The node was low on resource: memory. Threshold quantity: 5Gi, available: 500Mi. ');
    // float32(0.1) * 10Gi = 1073741840, not 1Gi
    assert.equal(evictionMessage('memory', memPod, () => undefined, [threshold('memory.available', '10%')], obs).message,
      'The node was low on resource: memory. Threshold quantity: 1073741840, available: 500Mi. ');
  });

  it('stops after the threshold part, without annotations, when the pod has no stats', () => {
    const { message, annotations } = evictionMessage('memory', memPod, () => undefined, [threshold('memory.available', '100Mi')], memObs);
    assert.equal(message, 'The node was low on resource: memory. Threshold quantity: 100Mi, available: 80Mi. ');
    assert.deepEqual(annotations, {});
  });

  it('omits the threshold part when no threshold of that resource has an observation', () => {
    assert.equal(evictionMessage('memory', memPod, () => undefined, [threshold('nodefs.available', '1Gi')], memObs).message, 'The node was low on resource: memory. ');
  });

  // upstream: TestDiskPressureNodeFs_VerifyPodStatus (eviction_manager_test.go)
  it('sums writable layer and logs for ephemeral storage and prints the request "0" when unset', () => {
    const p = newPod('above-requests', 0, [newContainer('above-requests', newResourceList('', '', '100Mi'))]);
    const be = newPod('best-effort', 0, [newContainer('best-effort')]);
    const stats = statsFnOf(new Map([[p, newPodDiskStats(p, '700Mi', '0', '0')], [be, newPodDiskStats(be, '1Mi', '1Mi', '0')]]));
    const obs: SignalObservations = { 'nodefs.available': { available: 1.5 * GI, capacity: 3 * GI, format: 'BinarySI' } };
    assert.equal(evictionMessage('ephemeral-storage', p, stats, [threshold('nodefs.available', '2Gi')], obs).message,
      'The node was low on resource: ephemeral-storage. Threshold quantity: 2Gi, available: 1536Mi. Container above-requests was using 700Mi, request is 100Mi, has larger consumption of ephemeral-storage. ');
    assert.equal(evictionMessage('ephemeral-storage', be, stats, [], obs).message,
      'The node was low on resource: ephemeral-storage. Container best-effort was using 2Mi, request is 0, has larger consumption of ephemeral-storage. ');
  });

  // upstream: TestPIDPressure_VerifyPodStatus (eviction_manager_test.go)
  it('prints pids in DecimalSI and never blames containers for pids or inodes', () => {
    const p = newPod('pod1', 0, [newContainer('pod1')]);
    const stats = statsFnOf(new Map([[p, { podRef: { name: 'pod1', namespace: 'default', uid: 'pod1' }, containers: [{ name: 'pod1' }], process_stats: { process_count: 2 } }]]));
    const { message, annotations } = evictionMessage('pids', p, stats, [threshold('pid.available', '1200')], { 'pid.available': { available: 500, capacity: 1500, format: 'DecimalSI' } });
    assert.equal(message, 'The node was low on resource: pids. Threshold quantity: 1200, available: 500. ');
    assert.deepEqual(annotations, { offending_containers: '', offending_containers_usage: '', starved_resource: 'pids' });
  });

  it('checks init containers after regular containers', () => {
    const p: Pod = { ...newPod('p', 0, [newContainer('main')]), spec: { containers: [newContainer('main')], initContainers: [{ ...newContainer('sidecar'), restartPolicy: 'Always' }] } };
    const s: PodStats = { podRef: { name: 'p', namespace: 'default', uid: 'p' }, containers: [{ name: 'sidecar', memory: { workingSetBytes: MI } }, { name: 'main', memory: { workingSetBytes: 2 * MI } }] };
    const { annotations } = evictionMessage('memory', p, () => s, [], {});
    assert.deepEqual(annotations.offending_containers, 'sidecar,main');
    assert.deepEqual(annotations.offending_containers_usage, '1Mi,2Mi');
  });

  it('reports the pod itself when pod-level resources are set (PodLevelResources)', () => {
    const p = newPod('p', 0, [newContainer('c')]);
    (p.spec as { resources?: unknown }).resources = { requests: { memory: '1Gi' } };
    const s: PodStats = { podRef: { name: 'p', namespace: 'default', uid: 'p' }, memory: { workingSetBytes: 2 * GI }, containers: [] };
    const { message, annotations } = evictionMessage('memory', p, () => s, [], {});
    assert.equal(message, 'The node was low on resource: memory. Pod p was using 2Gi, request is 1Gi, has larger consumption of memory. ');
    assert.equal(annotations.offending_pod_usage, '2Gi');
  });
});

// upstream: TestStorageLimitEvictions (eviction_manager_test.go) — the decisions
describe('local storage limit violations', () => {
  it('flags an emptyDir above its sizeLimit', () => {
    const p = newPod('vol', 0, [newContainer('vol')], [{ name: 'emptyDirVolume', emptyDir: { sizeLimit: '1Gi' } }]);
    const v = localStorageViolations([p], statsFnOf(new Map([[p, newPodDiskStats(p, '0', '0', '2Gi')]])), false);
    assert.deepEqual(v.map((x) => [x.signal, x.message]), [['emptydirfs.limit', 'Usage of EmptyDir volume "emptyDirVolume" exceeds the limit "1Gi". ']]);
  });
  it('flags a pod above the sum of its containers ephemeral-storage limits', () => {
    const p = newPod('pod', 0, [newContainer('a', {}, { 'ephemeral-storage': '1Gi' }), newContainer('b')]);
    const s: PodStats = { ...newPodDiskStats(p, '0', '0', '0'), 'ephemeral-storage': { usedBytes: 2 * GI } };
    const v = localStorageViolations([p], () => s, false);
    assert.deepEqual(v.map((x) => [x.signal, x.message]), [['ephemeralpodfs.limit', 'Pod ephemeral local storage usage exceeds the total limit of containers 1Gi. ']]);
  });
  it('flags a container above its limit, counting its writable layer only without a dedicated imagefs', () => {
    const p = newPod('rootfs-above-limits', 0, [newContainer('c', newResourceList('', '', '1Gi'), newResourceList('', '', '1Gi'))]);
    const s: PodStats = newPodDiskStats(p, '2Gi', '0', '0');
    assert.deepEqual(localStorageViolations([p], () => s, false).map((x) => x.message), ['Container c exceeded its local ephemeral storage limit "1Gi". ']);
    assert.deepEqual(localStorageViolations([p], () => s, true), []);
  });
  it('flags nothing within the limits or without stats', () => {
    const p = newPod('ok', 0, [newContainer('c', {}, newResourceList('', '', '1Gi'))], [{ name: 'v', emptyDir: { sizeLimit: '1Gi' } }]);
    assert.deepEqual(localStorageViolations([p], () => newPodDiskStats(p, '100Mi', '100Mi', '1Gi'), false), []);
    assert.deepEqual(localStorageViolations([p], () => undefined, false), []);
    assert.equal(q('1Gi'), GI);
  });
});

// upstream: TestAdmitUnderNodeConditions (eviction_manager_test.go)
describe('admitPod', () => {
  const res = newResourceList('100m', '1Gi', '');
  const guaranteed = newPod('guaranteed-pod', 0, [newContainer('guaranteed-container', res, res)]);
  const burstable = newPod('burstable-pod', 0, [newContainer('burstable-container', res)]);
  const bestEffort = newPod('best-effort-pod', 0, [newContainer('best-effort-container')]);
  const all = [guaranteed, burstable, bestEffort];

  it('admits everything without node pressure', () => assert.deepEqual(all.map((p) => admitPod([], p).admit), [true, true, true]));
  it('rejects only BestEffort pods under memory pressure', () => {
    assert.deepEqual(all.map((p) => admitPod(['MemoryPressure'], p).admit), [true, true, false]);
    const r = admitPod(['MemoryPressure'], bestEffort);
    assert.equal(r.reason, 'Evicted');
    assert.equal(r.message, 'The node had condition: [MemoryPressure]. ');
  });
  it('rejects every non-critical pod under memory and disk pressure', () => {
    assert.deepEqual(all.map((p) => admitPod(['MemoryPressure', 'DiskPressure'], p).admit), [false, false, false]);
    assert.equal(admitPod(['MemoryPressure', 'DiskPressure'], guaranteed).message, 'The node had condition: [MemoryPressure DiskPressure]. ');
  });
  it('rejects Guaranteed pods under PID pressure', () => assert.equal(admitPod(['PIDPressure'], guaranteed).admit, false));
  it('admits critical pods under any pressure', () => {
    const critical = newPod('critical', 2_000_000_000, [newContainer('c')]);
    assert.equal(admitPod(['DiskPressure', 'PIDPressure'], critical).admit, true);
  });
  it('admits a BestEffort pod tolerating the memory-pressure taint under memory pressure only', () => {
    const tolerant: Pod = { ...bestEffort, spec: { ...bestEffort.spec!, tolerations: [{ key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' }] } };
    const wildcard: Pod = { ...bestEffort, spec: { ...bestEffort.spec!, tolerations: [{ operator: 'Exists' }] } };
    const wrongEffect: Pod = { ...bestEffort, spec: { ...bestEffort.spec!, tolerations: [{ key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoExecute' }] } };
    assert.equal(admitPod(['MemoryPressure'], tolerant).admit, true);
    assert.equal(admitPod(['MemoryPressure'], wildcard).admit, true);
    assert.equal(admitPod(['MemoryPressure'], wrongEffect).admit, false);
    assert.equal(admitPod(['MemoryPressure', 'DiskPressure'], tolerant).admit, false);
  });
});

// upstream: TestMemoryPressureCondition / TestDiskPressureCondition / TestPIDPressureCondition (nodestatus/setters_test.go)
describe('nodePressureConditions', () => {
  const T = Date.UTC(2026, 0, 1);
  it('creates the three conditions False with the kubelet reasons and events', () => {
    const { conditions, events } = nodePressureConditions([], { memory: false, disk: false, pid: false }, T);
    assert.deepEqual(conditions.map((c) => [c.type, c.status, c.reason, c.message]), [
      ['MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'],
      ['DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'],
      ['PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'],
    ]);
    assert.deepEqual(events.map((e) => e.reason), ['NodeHasSufficientMemory', 'NodeHasNoDiskPressure', 'NodeHasSufficientPID']);
  });
  it('flips a condition to True with a transition time and an event, and only moves the heartbeat otherwise', () => {
    const start = nodePressureConditions([{ type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status', lastHeartbeatTime: T, lastTransitionTime: T }],
      { memory: false, disk: false, pid: false }, T).conditions;
    const { conditions, events } = nodePressureConditions(start, { memory: true, disk: false, pid: true }, T + 10_000);
    const byType = (t: string) => conditions.find((c) => c.type === t) as KubeletNodeCondition;
    assert.deepEqual([byType('MemoryPressure').status, byType('MemoryPressure').reason, byType('MemoryPressure').lastTransitionTime], ['True', 'KubeletHasInsufficientMemory', T + 10_000]);
    assert.equal(byType('PIDPressure').message, 'kubelet has insufficient PID available');
    assert.deepEqual([byType('DiskPressure').lastTransitionTime, byType('DiskPressure').lastHeartbeatTime], [T, T + 10_000]);
    assert.deepEqual(events.map((e) => [e.type, e.reason]), [['Normal', 'NodeHasInsufficientMemory'], ['Normal', 'NodeHasInsufficientPID']]);
    assert.equal(conditions[0].type, 'Ready');
    assert.equal(byType('DiskPressure').reason, 'KubeletHasNoDiskPressure');
  });
  it('reports disk pressure with the kubelet wording', () => {
    const c = nodePressureConditions([], { memory: false, disk: true, pid: false }, T).conditions.find((x) => x.type === 'DiskPressure');
    assert.deepEqual([c?.reason, c?.message], ['KubeletHasDiskPressure', 'kubelet has disk pressure']);
  });
});
