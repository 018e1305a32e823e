import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Container, Pod } from '../../core/types.js';
import {
  NodeGarbage, nodeUsageFromAnnotations, oomKilledContainers, podRuntimeFromStatus, podUsageAt, spread,
} from './index.js';

const MI = 2 ** 20;
const GI = 2 ** 30;
const T0 = Date.UTC(2026, 0, 1);
const MIN = 60_000;

function ctr(name: string, requests: Record<string, string> = {}, limits: Record<string, string> = {}): Container {
  return { name, resources: { requests, limits } };
}

function pod(containers: Container[], annotations: Record<string, string> = {}, extra: Partial<Pod['spec']> = {}): Pod {
  return { metadata: { name: 'p', namespace: 'default', uid: 'u1', annotations }, spec: { containers, ...extra } };
}

const running = { startedAt: T0 };

describe('pod usage defaults', () => {
  it('uses the memory, cpu and ephemeral-storage requests and one pid per container when nothing is annotated', () => {
    const u = podUsageAt(pod([ctr('a', { memory: '100Mi', cpu: '250m', 'ephemeral-storage': '1Gi' }), ctr('b')]), T0, running);
    assert.deepEqual(u.containers.map((c) => [c.name, c.memoryWorkingSetBytes, c.cpuNanoCores, c.rootfsBytes, c.pids]), [
      ['a', 100 * MI, 250e6, GI, 1],
      ['b', 0, 0, 0, 1],
    ]);
    assert.deepEqual(u.problems, []);
  });

  it('reports no usage at all before the pod started running', () => {
    const u = podUsageAt(pod([ctr('a', { memory: '1Gi' })], { 'usage.kemu.dev/ephemeral-storage': '1Gi' }), T0, {});
    assert.equal(u.containers[0].memoryWorkingSetBytes, 0);
    assert.equal(u.containers[0].rootfsBytes, 0);
    assert.equal(u.containers[0].running, false);
  });
});

describe('spreading pod-level usage over containers', () => {
  it('spreads pod memory in proportion to the containers memory requests', () => {
    const p = pod([ctr('a', { memory: '100Mi' }), ctr('b', { memory: '300Mi' })], { 'usage.kemu.dev/memory': '1Gi' });
    const u = podUsageAt(p, T0, running);
    assert.deepEqual(u.containers.map((c) => c.memoryWorkingSetBytes), [256 * MI, 768 * MI]);
  });

  it('spreads evenly when no container requests the resource, keeping the exact total', () => {
    const p = pod([ctr('a'), ctr('b'), ctr('c')], { 'usage.kemu.dev/memory': '100', 'usage.kemu.dev/pids': '10' });
    const u = podUsageAt(p, T0, running);
    assert.deepEqual(u.containers.map((c) => c.memoryWorkingSetBytes), [34, 33, 33]);
    assert.deepEqual(u.containers.map((c) => c.pids), [4, 3, 3]);
  });

  it('lets usage.kemu.dev/<resource>.<container> set one container and spreads the rest over the others', () => {
    const p = pod([ctr('a', { memory: '1Gi' }), ctr('b', { memory: '1Gi' }), ctr('c')], {
      'usage.kemu.dev/memory': '2Gi', 'usage.kemu.dev/memory.c': '3Gi',
    });
    const u = podUsageAt(p, T0, running);
    assert.deepEqual(u.containers.map((c) => c.memoryWorkingSetBytes), [GI, GI, 3 * GI]);
  });

  it('counts sidecar init containers (restartPolicy Always) and ignores plain init containers', () => {
    const p = pod([ctr('main')], { 'usage.kemu.dev/memory': '200Mi' }, {
      initContainers: [{ ...ctr('setup'), restartPolicy: undefined }, { ...ctr('proxy'), restartPolicy: 'Always' }],
    });
    const u = podUsageAt(p, T0, running);
    assert.deepEqual(u.containers.map((c) => [c.name, c.memoryWorkingSetBytes]), [['proxy', 100 * MI], ['main', 100 * MI]]);
  });

  it('splits integer totals by largest remainder', () => {
    assert.deepEqual(spread(10, [1, 1, 1]), [4, 3, 3]);
    assert.deepEqual(spread(7, [0, 0]), [4, 3]);
    assert.deepEqual(spread(1.5, [1, 2], true), [0.5, 1]);
  });
});

describe('usage growth over time', () => {
  it('grows memory by memory-rate per minute since the container started running', () => {
    const p = pod([ctr('a')], { 'usage.kemu.dev/memory': '100Mi', 'usage.kemu.dev/memory-rate': '10Mi' });
    assert.equal(podUsageAt(p, T0 + 3 * MIN, running).containers[0].memoryWorkingSetBytes, 130 * MI);
    assert.equal(podUsageAt(p, T0 + 90_000, running).containers[0].memoryWorkingSetBytes, 115 * MI);
  });

  it('restarts memory growth from the base when the container restarts, but keeps disk growth', () => {
    const p = pod([ctr('a')], {
      'usage.kemu.dev/memory-rate': '10Mi', 'usage.kemu.dev/ephemeral-storage-rate': '1Mi',
    });
    const u = podUsageAt(p, T0 + 10 * MIN, { startedAt: T0, containers: { a: { running: true, startedAt: T0 + 8 * MIN } } });
    assert.equal(u.containers[0].memoryWorkingSetBytes, 20 * MI);
    assert.equal(u.containers[0].rootfsBytes, 10 * MI);
  });

  it('gives a container that is not running no memory, cpu or pids but keeps its disk', () => {
    const p = pod([ctr('a', { cpu: '1' })], { 'usage.kemu.dev/memory': '1Gi', 'usage.kemu.dev/ephemeral-storage': '5Mi' });
    const u = podUsageAt(p, T0 + MIN, { startedAt: T0, containers: { a: { running: false } } });
    assert.deepEqual([u.containers[0].memoryWorkingSetBytes, u.containers[0].cpuNanoCores, u.containers[0].pids, u.containers[0].rootfsBytes], [0, 0, 0, 5 * MI]);
  });

  it('puts the logs share of ephemeral storage into logs and the rest into the writable layer', () => {
    const p = pod([ctr('a')], { 'usage.kemu.dev/ephemeral-storage': '300Mi', 'usage.kemu.dev/logs': '100Mi', 'usage.kemu.dev/inodes': '500' });
    const c = podUsageAt(p, T0, running).containers[0];
    assert.deepEqual([c.rootfsBytes, c.logsBytes, c.rootfsInodes], [200 * MI, 100 * MI, 500]);
  });

  it('reports emptyDir and annotated volume usage', () => {
    const p = pod([ctr('a')], { 'usage.kemu.dev/volume.cache': '2Gi' }, {
      volumes: [{ name: 'cache', emptyDir: { sizeLimit: '1Gi' } }, { name: 'scratch', emptyDir: {} }, { name: 'cfg', configMap: { name: 'x' } }],
    });
    assert.deepEqual(podUsageAt(p, T0, running).volumes, [
      { name: 'cache', usedBytes: 2 * GI, inodesUsed: 0 }, { name: 'scratch', usedBytes: 0, inodesUsed: 0 },
    ]);
  });
});

describe('annotation problems never throw', () => {
  it('reports a bad quantity and falls back to the default', () => {
    const p = pod([ctr('a', { memory: '64Mi' })], { 'usage.kemu.dev/memory': 'lots', 'usage.kemu.dev/cpu': '-1' });
    const u = podUsageAt(p, T0, running);
    assert.equal(u.containers[0].memoryWorkingSetBytes, 64 * MI);
    assert.deepEqual(u.problems.map((x) => x.key), ['usage.kemu.dev/memory', 'usage.kemu.dev/cpu']);
    assert.match(u.problems[1].message, /negative/);
  });

  it('reports unknown keys, containers and volumes', () => {
    const p = pod([ctr('a')], {
      'usage.kemu.dev/gpu': '1', 'usage.kemu.dev/memory.nope': '1Mi', 'usage.kemu.dev/volume.missing': '1Mi', 'other/annotation': 'x',
    });
    const msgs = podUsageAt(p, T0, running).problems.map((x) => x.message);
    assert.equal(msgs.length, 3);
    assert.match(msgs[0], /unknown usage key "gpu"/);
    assert.ok(msgs.some((m) => /no container "nope"/.test(m)));
    assert.ok(msgs.some((m) => /no volume "missing"/.test(m)));
  });
});

describe('runtime view from the pod status', () => {
  it('takes the earliest running container start', () => {
    const p: Pod = { ...pod([ctr('a'), ctr('b')]), status: {
      phase: 'Running', startTime: '2026-01-01T00:00:00Z',
      containerStatuses: [
        { name: 'a', ready: true, restartCount: 0, image: 'i', imageID: '', state: { running: { startedAt: '2026-01-01T00:00:05Z' } } },
        { name: 'b', ready: false, restartCount: 1, image: 'i', imageID: '', state: { waiting: { reason: 'CrashLoopBackOff' } } },
      ],
    } };
    const rt = podRuntimeFromStatus(p);
    assert.equal(rt.startedAt, T0 + 5000);
    assert.deepEqual(rt.containers?.b, { running: false, startedAt: undefined });
  });
});

describe('node usage', () => {
  it('reads the node annotations and keeps unused images inside images', () => {
    const u = nodeUsageFromAnnotations({
      'usage.kemu.dev/memory': '1Gi', 'usage.kemu.dev/images': '10Gi', 'usage.kemu.dev/unused-images': '4Gi',
      'usage.kemu.dev/dead-containers': '1Gi', 'usage.kemu.dev/pids': '300', 'usage.kemu.dev/nodefs-inodes': '1000',
    });
    assert.deepEqual([u.systemMemoryBytes, u.imagesBytes, u.unusedImagesBytes, u.deadContainersBytes, u.systemPids, u.nodefsInodes],
      [GI, 10 * GI, 4 * GI, GI, 300, 1000]);
  });

  it('reports a bad node annotation and uses 0', () => {
    const u = nodeUsageFromAnnotations({ 'usage.kemu.dev/nodefs': '12 GB' });
    assert.equal(u.nodefsBytes, 0);
    assert.equal(u.problems.length, 1);
  });

  it('frees unused images and dead containers through GC until the annotations change', () => {
    const gc = new NodeGarbage();
    const ann = { 'usage.kemu.dev/images': '10Gi', 'usage.kemu.dev/unused-images': '4Gi', 'usage.kemu.dev/dead-containers': '1Gi' };
    assert.equal(gc.imageGC(ann), 4 * GI);
    assert.equal(gc.imageGC(ann), 0);
    assert.equal(gc.containerGC(ann), GI);
    const after = gc.usage(ann);
    assert.deepEqual([after.imagesBytes, after.unusedImagesBytes, after.deadContainersBytes], [6 * GI, 0, 0]);
    const changed = gc.usage({ ...ann, 'usage.kemu.dev/unused-images': '2Gi' });
    assert.deepEqual([changed.imagesBytes, changed.unusedImagesBytes], [10 * GI, 2 * GI]);
  });
});

describe('oomKilledContainers', () => {
  it('kills the containers whose working set exceeds their memory limit, not those at the limit', () => {
    const p = pod([ctr('over', {}, { memory: '100Mi' }), ctr('at', {}, { memory: '100Mi' }), ctr('nolimit')], {
      'usage.kemu.dev/memory.over': '101Mi', 'usage.kemu.dev/memory.at': '100Mi', 'usage.kemu.dev/memory.nolimit': '10Gi',
    });
    assert.deepEqual(oomKilledContainers(p, podUsageAt(p, T0, running)), [{ container: 'over', workingSetBytes: 101 * MI, limitBytes: 100 * MI }]);
  });
});
