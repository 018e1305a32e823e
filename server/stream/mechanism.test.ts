import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eventMechanism, isEvictionEvent } from './mechanism.js';

const e = (reason: string, component: string, message = '') => ({ reason, component, message });

describe('eventMechanism', () => {
  it('attributes kubelet pressure events, and only the kubelet\'s, to node-pressure eviction', () => {
    assert.equal(eventMechanism(e('Evicted', 'kubelet')), 'kubelet');
    assert.equal(eventMechanism(e('EvictionThresholdMet', 'kubelet')), 'kubelet');
    assert.equal(eventMechanism(e('NodeHasInsufficientMemory', 'kubelet')), 'kubelet');
    assert.equal(eventMechanism(e('NodeHasDiskPressure', 'kubelet')), 'kubelet');
    assert.equal(eventMechanism(e('Evicted', 'someone-else')), '');
  });

  it('attributes NotReady and taint-based deletions to the taint mechanism', () => {
    assert.equal(eventMechanism(e('TaintManagerEviction', 'taint-eviction-controller')), 'taint');
    assert.equal(eventMechanism(e('NodeNotReady', 'node-controller')), 'taint');
    assert.equal(eventMechanism(e('DeletingAllPods', 'node-controller')), 'taint');
    assert.equal(eventMechanism(e('NodeControllerEviction', 'node-controller')), 'taint');
  });

  it('attributes preemption victims and API evictions to their mechanisms', () => {
    assert.equal(eventMechanism(e('Preempted', 'default-scheduler')), 'preemption');
    assert.equal(eventMechanism(e('Preempting', 'kubelet')), 'preemption');
    assert.equal(eventMechanism(e('EvictionByEvictionAPI', 'kube-apiserver')), 'api-eviction');
  });

  it('leaves unrelated events without a mechanism', () => {
    assert.equal(eventMechanism(e('Scheduled', 'default-scheduler')), '');
    assert.equal(eventMechanism(e('SuccessfulCreate', 'replicaset-controller')), '');
  });
});

describe('isEvictionEvent', () => {
  it('counts the events that record one pod being evicted', () => {
    assert.equal(isEvictionEvent(e('Evicted', 'kubelet')), true);
    assert.equal(isEvictionEvent(e('TaintManagerEviction', 'taint-eviction-controller', 'Marking for deletion Pod default/web-1')), true);
    assert.equal(isEvictionEvent(e('Preempted', 'default-scheduler')), true);
    assert.equal(isEvictionEvent(e('EvictionByEvictionAPI', 'kube-apiserver')), true);
  });

  it('does not count a cancelled taint eviction or a node-level event', () => {
    assert.equal(isEvictionEvent(e('TaintManagerEviction', 'taint-eviction-controller', 'Cancelling deletion of Pod default/web-1')), false);
    assert.equal(isEvictionEvent(e('EvictionThresholdMet', 'kubelet')), false);
    assert.equal(isEvictionEvent(e('NodeNotReady', 'node-controller')), false);
  });
});
