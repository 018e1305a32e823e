import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { podStatusFromMsg } from './pod-status.js';
import { internString } from './interned.js';
import type { PodStatusMsg } from '../../proto/codec.js';

// Decoded frames carry fresh string copies; build them at run time so identity means interning.
const fresh = (s: string) => [...s].join('');

function frame(podIP: string, t: number): PodStatusMsg {
  return {
    phase: fresh('Running'), host_ip: fresh('10.0.0.1'), pod_ip: podIP, qos_class: fresh('Burstable'), start_time: t,
    conditions: [
      { type: fresh('Ready'), status: fresh('True'), last_transition_time: t },
      { type: fresh('ContainersReady'), status: fresh('False'), reason: fresh('ContainersNotReady'), message: fresh('containers with unready status: [c]'), last_transition_time: t },
    ],
    container_statuses: [{ name: fresh('c'), ready: true, started: true, image: fresh('app:1'), container_id: 'containerd://1', state: { running: { started_at: t } } }],
  } as PodStatusMsg;
}

describe('podStatusFromMsg', () => {
  it('converts a frame to a core/v1 PodStatus', () => {
    const s = podStatusFromMsg(frame('10.1.0.5', Date.UTC(2026, 0, 1, 0, 0, 3, 400)), undefined);
    assert.deepEqual(JSON.parse(JSON.stringify(s)), {
      phase: 'Running', hostIP: '10.0.0.1', hostIPs: [{ ip: '10.0.0.1' }], podIP: '10.1.0.5', podIPs: [{ ip: '10.1.0.5' }],
      startTime: '2026-01-01T00:00:03Z', qosClass: 'Burstable',
      conditions: [
        { type: 'Ready', status: 'True', lastTransitionTime: '2026-01-01T00:00:03Z' },
        { type: 'ContainersReady', status: 'False', reason: 'ContainersNotReady', message: 'containers with unready status: [c]', lastTransitionTime: '2026-01-01T00:00:03Z' },
      ],
      containerStatuses: [{ name: 'c', ready: true, restartCount: 0, started: true, image: 'app:1', imageID: '', containerID: 'containerd://1', state: { running: { startedAt: '2026-01-01T00:00:03Z' } }, lastState: {} }],
    });
  });

  it('pods share repeated strings and condition objects; shared objects are frozen', () => {
    const t = Date.UTC(2026, 0, 1, 0, 0, 7);
    const a = podStatusFromMsg(frame('10.1.0.5', t), undefined);
    const b = podStatusFromMsg(frame('10.1.0.6', t + 300), undefined);
    assert.equal(a.conditions![0], b.conditions![0], 'same Ready condition object');
    assert.ok(Object.isFrozen(a.conditions![0]));
    assert.throws(() => { (a.conditions![0] as { status: string }).status = 'False'; }, TypeError);
    assert.equal(a.hostIPs![0], b.hostIPs![0]);
    assert.equal(a.containerStatuses![0].state, b.containerStatuses![0].state);
    assert.equal(a.containerStatuses![0].lastState, b.containerStatuses![0].lastState);
    assert.notEqual(a.podIPs![0], b.podIPs![0]);
    assert.equal(a.conditions![1].reason, internString(fresh('ContainersNotReady')));
    // A different transition time is a different condition.
    const c = podStatusFromMsg(frame('10.1.0.7', t + 1000), undefined);
    assert.notEqual(a.conditions![0], c.conditions![0]);
    assert.equal(c.conditions![0].lastTransitionTime, '2026-01-01T00:00:08Z');
  });

  it('structuredClone of a status (store.mutate) gives writable copies', () => {
    const a = podStatusFromMsg(frame('10.1.0.5', 0), undefined);
    const copy = structuredClone(a);
    copy.conditions![0].status = 'False';
    assert.equal(a.conditions![0].status, 'True');
  });
});
