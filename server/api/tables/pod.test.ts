// The pod row of `kubectl get pods`, as kube-apiserver prints it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ContainerStatus, Pod } from '../../../core/types.js';
import { toK8sTime } from '../../../core/time-format.js';
import { POD_FAILED_CONDITIONS, POD_SUCCESS_CONDITIONS, printPod } from './pod.js';

const NOW = Date.UTC(2026, 0, 10, 12, 0, 0);
const ago = (ms: number) => toK8sTime(NOW - ms);

function pod(name: string, containers: number, status: Pod['status'], extra: { init?: number; deletion?: boolean } = {}): Pod {
  return {
    metadata: { name, ...(extra.deletion ? { deletionTimestamp: ago(10_000) } : {}) },
    spec: {
      containers: Array.from({ length: containers }, (_, i) => ({ name: `c${i}` })),
      ...(extra.init ? { initContainers: Array.from({ length: extra.init }, (_, i) => ({ name: `i${i}` })) } : {}),
    },
    status,
  } as Pod;
}

const running = (ready: boolean, restarts = 0, lastTermAgo?: number): ContainerStatus => ({
  name: 'x', image: '', imageID: '', ready, restartCount: restarts, state: { running: {} },
  ...(lastTermAgo !== undefined ? { lastState: { terminated: { exitCode: 1, finishedAt: ago(lastTermAgo) } } } : {}),
});

const cells = (p: Pod) => printPod(p, NOW).cells.slice(0, 5);

describe('printPod (READY / STATUS / RESTARTS / AGE)', () => {
  // upstream: TestPrintPod (pkg/printers/internalversion/printers_test.go), cases test1–test18
  it('counts ready running containers and sums restarts', () => {
    assert.deepEqual(cells(pod('test1', 2, { phase: 'podPhase' as never, containerStatuses: [running(true, 3), { ...running(false, 3), state: {} }] })),
      ['test1', '1/2', 'podPhase', '6', '<unknown>']);
  });

  it('lets a container waiting reason override the phase, the first container winning', () => {
    assert.deepEqual(cells(pod('test2', 2, { phase: 'podPhase' as never, containerStatuses: [running(true, 3), { ...running(false, 3), state: { waiting: { reason: 'ContainerWaitingReason' } } }] })),
      ['test2', '1/2', 'ContainerWaitingReason', '6', '<unknown>']);
    assert.deepEqual(cells(pod('test3', 2, {
      phase: 'podPhase' as never,
      containerStatuses: [{ ...running(false, 3), state: { waiting: { reason: 'ContainerWaitingReason' } } }, { ...running(false, 3), state: { terminated: { exitCode: 0, reason: 'ContainerTerminatedReason' } } }],
    })), ['test3', '0/2', 'ContainerWaitingReason', '6', '<unknown>']);
  });

  it('shows status.reason (Evicted) over the phase', () => {
    assert.deepEqual(cells(pod('evicted', 1, { phase: 'Failed', reason: 'Evicted', message: 'The node was low on resource: memory.' })),
      ['evicted', '0/1', 'Evicted', '0', '<unknown>']);
  });

  it('prints NotReady or Running for a Completed container next to a running one, by the Ready condition', () => {
    const statuses = [{ ...running(true, 3), state: { terminated: { exitCode: 0, reason: 'Completed' } } }, running(true, 3)];
    assert.deepEqual(cells(pod('test6', 2, { phase: 'Running', containerStatuses: statuses })), ['test6', '1/2', 'NotReady', '6', '<unknown>']);
    assert.deepEqual(cells(pod('test6', 2, { phase: 'Running', containerStatuses: statuses, conditions: [{ type: 'Ready', status: 'True' }] })),
      ['test6', '1/2', 'Running', '6', '<unknown>']);
  });

  it('prints Init:i/n while an init container restarts, with the last restart age', () => {
    assert.deepEqual(cells(pod('test7', 1, {
      phase: 'podPhase' as never,
      initContainerStatuses: [running(false, 3, 10_000)],
      containerStatuses: [{ ...running(false, 0), state: { waiting: {} } }],
    }, { init: 1 })), ['test7', '0/1', 'Init:0/1', '3 (10s ago)', '<unknown>']);
  });

  it('counts only container restarts once init is done', () => {
    assert.deepEqual(cells(pod('test11', 1, {
      phase: 'Running',
      initContainerStatuses: [{ ...running(false, 2, 120_000), state: { terminated: { exitCode: 0 } } }],
      containerStatuses: [running(false, 4, 20_000)],
    }, { init: 1 })), ['test11', '0/1', 'Running', '4 (20s ago)', '<unknown>']);
    assert.deepEqual(cells(pod('test12', 1, { phase: 'Running', containerStatuses: [running(true, 3, 5 * 86_400_000)] })),
      ['test12', '1/1', 'Running', '3 (5d ago)', '<unknown>']);
  });

  it('prints SchedulingGated for a gated pod', () => {
    assert.deepEqual(cells(pod('test15', 2, { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }] })),
      ['test15', '0/2', 'SchedulingGated', '0', '<unknown>']);
  });

  it('marks finished pods Completed / Error with row conditions, even while being deleted', () => {
    const done = { ...running(false), state: { terminated: { exitCode: 0, reason: 'Completed' } } };
    const ok = printPod(pod('test16', 1, { phase: 'Succeeded', containerStatuses: [done] }), NOW);
    assert.deepEqual(ok.cells.slice(0, 5), ['test16', '0/1', 'Completed', '0', '<unknown>']);
    assert.deepEqual(ok.conditions, POD_SUCCESS_CONDITIONS);
    const failed = printPod(pod('test17', 1, { phase: 'Failed', containerStatuses: [{ ...done, state: { terminated: { exitCode: 1, reason: 'Error' } } }] }), NOW);
    assert.deepEqual(failed.cells.slice(2, 3), ['Error']);
    assert.deepEqual(failed.conditions, POD_FAILED_CONDITIONS);
    assert.equal(printPod(pod('test18', 1, { phase: 'Succeeded', containerStatuses: [done] }, { deletion: true }), NOW).cells[2], 'Completed');
  });

  it('prints Terminating for a running pod being deleted, Unknown when its node was lost', () => {
    assert.equal(printPod(pod('t', 1, { phase: 'Running', containerStatuses: [running(true)] }, { deletion: true }), NOW).cells[2], 'Terminating');
    assert.equal(printPod(pod('u', 1, { phase: 'Running', reason: 'NodeLost' }, { deletion: true }), NOW).cells[2], 'Unknown');
  });

  it('shows OOMKilled, CrashLoopBackOff and ContainerCreating from container states', () => {
    const st = (s: ContainerStatus['state']) => printPod(pod('p', 1, { phase: 'Running', containerStatuses: [{ ...running(false), state: s }] }), NOW).cells[2];
    assert.equal(st({ terminated: { exitCode: 137, reason: 'OOMKilled' } }), 'OOMKilled');
    assert.equal(st({ waiting: { reason: 'CrashLoopBackOff' } }), 'CrashLoopBackOff');
    assert.equal(st({ waiting: { reason: 'ContainerCreating' } }), 'ContainerCreating');
    assert.equal(st({ terminated: { exitCode: 2 } }), 'ExitCode:2');
  });

  // upstream: TestPrintPodwide (printers_test.go)
  it('fills the wide columns IP, NODE, NOMINATED NODE and READINESS GATES', () => {
    const p = pod('w', 1, { phase: 'Running', podIP: '10.244.0.7', podIPs: [{ ip: '10.244.0.7' }], nominatedNodeName: 'node2', conditions: [{ type: 'condition1', status: 'True' }] });
    p.spec!.nodeName = 'node1';
    p.spec!.readinessGates = [{ conditionType: 'condition1' }, { conditionType: 'condition2' }];
    assert.deepEqual(printPod(p, NOW).cells.slice(5), ['10.244.0.7', 'node1', 'node2', '1/2']);
    assert.deepEqual(printPod(pod('n', 1, { phase: 'Pending' }), NOW).cells.slice(5), ['<none>', '<none>', '<none>', '<none>']);
  });
});
