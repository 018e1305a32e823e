import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Pod } from '../../core/types.js';
import { nodeUsageFromAnnotations, podUsageAt } from '../usage/index.js';
import { buildSummary, localVolumeNames, SYSTEM_CONTAINER_PODS } from './index.js';

const MI = 2 ** 20;
const GI = 2 ** 30;
const T0 = Date.UTC(2026, 0, 1);

function pod(name: string, annotations: Record<string, string>, extra: Partial<Pod['spec']> = {}): Pod {
  return {
    metadata: { name, namespace: 'default', uid: `uid-${name}`, annotations },
    spec: { containers: [{ name: 'app', resources: { limits: { memory: '2Gi' } } }], ...extra },
  };
}

function withUsage(p: Pod) {
  return { pod: p, usage: podUsageAt(p, T0, { startedAt: T0 }) };
}

const capacity = { cpu: '4', memory: '8Gi', 'ephemeral-storage': '100Gi', pods: '110' };

describe('buildSummary memory', () => {
  it('reports node memory available as capacity minus the working set of pods and system daemons', () => {
    const s = buildSummary({
      nodeName: 'n1', time: T0, capacity,
      nodeUsage: nodeUsageFromAnnotations({ 'usage.kemu.dev/memory': '1Gi' }),
      pods: [withUsage(pod('a', { 'usage.kemu.dev/memory': '3Gi' })), withUsage(pod('b', { 'usage.kemu.dev/memory': '1Gi' }))],
    });
    assert.equal(s.node.memory?.workingSetBytes, 5 * GI);
    assert.equal(s.node.memory?.availableBytes, 3 * GI);
    assert.equal(s.node.memory?.time, T0);
  });

  it('reports the pods cgroup as allocatable plus the hard eviction reservation, capped at capacity', () => {
    const s = buildSummary({
      nodeName: 'n1', time: T0, capacity, allocatable: { memory: '7Gi' }, evictionHardMemoryBytes: 100 * MI,
      pods: [withUsage(pod('a', { 'usage.kemu.dev/memory': '3Gi' }))],
    });
    const pods = s.node.systemContainers?.find((c) => c.name === SYSTEM_CONTAINER_PODS);
    assert.equal(pods?.memory?.workingSetBytes, 3 * GI);
    assert.equal(pods?.memory?.availableBytes, 4 * GI + 100 * MI);
    const capped = buildSummary({ nodeName: 'n1', time: T0, capacity, evictionHardMemoryBytes: GI, pods: [] });
    assert.equal(capped.node.systemContainers?.[0].memory?.availableBytes, 8 * GI);
  });

  it('never reports negative available memory', () => {
    const s = buildSummary({ nodeName: 'n1', time: T0, capacity, pods: [withUsage(pod('a', { 'usage.kemu.dev/memory': '9Gi' }))] });
    assert.equal(s.node.memory?.availableBytes, 0);
  });
});

describe('buildSummary filesystems', () => {
  const annotations = {
    'usage.kemu.dev/ephemeral-storage': '3Gi', 'usage.kemu.dev/logs': '1Gi', 'usage.kemu.dev/inodes': '1000',
    'usage.kemu.dev/volume.cache': '2Gi',
  };
  const p = pod('a', annotations, { volumes: [{ name: 'cache', emptyDir: {} }, { name: 'shm', emptyDir: { medium: 'Memory' } }] });
  const nodeUsage = nodeUsageFromAnnotations({
    'usage.kemu.dev/nodefs': '10Gi', 'usage.kemu.dev/images': '20Gi', 'usage.kemu.dev/dead-containers': '1Gi',
    'usage.kemu.dev/nodefs-inodes': '5000',
  });

  it('puts writable layers, images and dead containers on nodefs when there is no dedicated imagefs', () => {
    const s = buildSummary({ nodeName: 'n1', time: T0, capacity, nodeUsage, pods: [withUsage(p)], limits: { inodes: 100_000 } });
    // 10Gi nodefs + 1Gi logs + 2Gi emptyDir + 2Gi rootfs + 20Gi images + 1Gi dead containers
    assert.equal(s.node.fs?.usedBytes, 36 * GI);
    assert.equal(s.node.fs?.availableBytes, 64 * GI);
    assert.equal(s.node.fs?.inodesFree, 100_000 - 6000);
    assert.equal(s.node.runtime?.imageFs?.availableBytes, 64 * GI);
    assert.equal(s.node.runtime?.imageFs?.usedBytes, 20 * GI);
    assert.equal(s.node.runtime?.containerFs?.availableBytes, 64 * GI);
  });

  it('moves writable layers, images and dead containers to a dedicated imagefs', () => {
    const s = buildSummary({
      nodeName: 'n1', time: T0, capacity, nodeUsage, pods: [withUsage(p)],
      limits: { inodes: 100_000, imagefs: { capacity: '50Gi', inodes: 20_000 } },
    });
    assert.equal(s.node.fs?.usedBytes, 13 * GI);
    assert.equal(s.node.fs?.inodesUsed, 5000);
    assert.equal(s.node.runtime?.imageFs?.capacityBytes, 50 * GI);
    assert.equal(s.node.runtime?.imageFs?.availableBytes, 27 * GI);
    assert.equal(s.node.runtime?.imageFs?.inodesFree, 19_000);
  });

  it('reports per-pod ephemeral storage as writable layer + logs + local ephemeral volumes', () => {
    const s = buildSummary({ nodeName: 'n1', time: T0, capacity, pods: [withUsage(p)] });
    const ps = s.pods[0];
    assert.deepEqual(ps.podRef, { name: 'a', namespace: 'default', uid: 'uid-a' });
    assert.equal(ps['ephemeral-storage']?.usedBytes, 5 * GI);
    assert.equal(ps.containers[0].rootfs?.usedBytes, 2 * GI);
    assert.equal(ps.containers[0].logs?.usedBytes, GI);
    assert.deepEqual(ps.volume?.map((v) => [v.name, v.usedBytes]), [['cache', 2 * GI], ['shm', 0]]);
    assert.equal(ps.containers[0].memory?.availableBytes, 2 * GI);
  });

  it('lists hostPath and local ephemeral volumes as local volumes', () => {
    const q = pod('q', {}, { volumes: [
      { name: 'h', hostPath: { path: '/x' } }, { name: 'e', emptyDir: {} }, { name: 'm', emptyDir: { medium: 'Memory' } },
      { name: 'c', configMap: { name: 'x' } }, { name: 's', secret: { secretName: 'x' } },
    ] });
    assert.deepEqual(localVolumeNames(q), ['h', 'e', 'c']);
  });
});

describe('buildSummary processes', () => {
  it('reports maxpid from the node limits and curproc as system plus pod processes', () => {
    const s = buildSummary({
      nodeName: 'n1', time: T0, capacity, limits: { pids: 4096 },
      nodeUsage: nodeUsageFromAnnotations({ 'usage.kemu.dev/pids': '200' }),
      pods: [withUsage(pod('a', { 'usage.kemu.dev/pids': '50' })), withUsage(pod('b', {}))],
    });
    assert.deepEqual([s.node.rlimit?.maxpid, s.node.rlimit?.curproc], [4096, 251]);
    assert.equal(s.pods[0].process_stats?.process_count, 50);
  });
});
