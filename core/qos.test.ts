import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Container, Pod } from './types.js';
import {
  computePodQOS, getPodQOS, isCriticalPod, isMirrorPod, isNodeCriticalPod, isStaticPod, podPriority,
  SYSTEM_CRITICAL_PRIORITY, SYSTEM_NODE_CRITICAL, SYSTEM_NODE_CRITICAL_PRIORITY,
} from './qos.js';

function res(cpu: string, memory: string, extra: Record<string, string> = {}): Record<string, string> {
  const r: Record<string, string> = { ...extra };
  if (cpu) r.cpu = cpu;
  if (memory) r.memory = memory;
  return r;
}

function ctr(name: string, requests: Record<string, string>, limits: Record<string, string>): Container {
  return { name, resources: { requests, limits } };
}

function pod(containers: Container[], initContainers: Container[] = []): Pod {
  return { metadata: { name: 'p', uid: 'p' }, spec: { containers, initContainers } };
}

// upstream: TestComputePodQOS (pkg/apis/core/v1/helper/qos/qos_test.go)
describe('computePodQOS', () => {
  const cases: Array<[string, Pod, string]> = [
    ['guaranteed', pod([ctr('a', res('100m', '100Mi'), res('100m', '100Mi'))]), 'Guaranteed'],
    ['guaranteed-guaranteed', pod([ctr('a', res('100m', '100Mi'), res('100m', '100Mi')), ctr('b', res('200m', '1Gi'), res('200m', '1Gi'))]), 'Guaranteed'],
    ['guaranteed-with-gpu', pod([ctr('a', res('100m', '100Mi', { 'nvidia.com/gpu': '1' }), res('100m', '100Mi', { 'nvidia.com/gpu': '1' }))]), 'Guaranteed'],
    ['best-effort-best-effort', pod([ctr('a', {}, {}), ctr('b', {}, {})]), 'BestEffort'],
    ['best-effort-with-gpu', pod([ctr('a', { 'nvidia.com/gpu': '1' }, { 'nvidia.com/gpu': '1' })]), 'BestEffort'],
    ['best-effort-ephemeral-storage-only', pod([ctr('a', { 'ephemeral-storage': '1Gi' }, {})]), 'BestEffort'],
    ['best-effort-burstable', pod([ctr('a', {}, {}), ctr('b', res('1', ''), res('2', ''))]), 'Burstable'],
    ['best-effort-guaranteed', pod([ctr('a', {}, {}), ctr('b', res('1', '1Gi'), res('1', '1Gi'))]), 'Burstable'],
    ['burstable-cpu-guaranteed-memory', pod([ctr('a', res('', '100Mi'), res('', '100Mi'))]), 'Burstable'],
    ['burstable-no-limits', pod([ctr('a', res('100m', '100Mi'), {})]), 'Burstable'],
    ['burstable-limits-above-requests', pod([ctr('a', res('100m', '100Mi'), res('200m', '200Mi'))]), 'Burstable'],
    ['limits-only-on-every-resource-is-guaranteed (equal to defaulted requests)', pod([ctr('a', res('1', '1Gi'), res('1', '1Gi'))]), 'Guaranteed'],
    ['equal quantities in different notation', pod([ctr('a', res('0.1', '1Gi'), res('100m', '1024Mi'))]), 'Guaranteed'],
    ['explicit zero requests count as unset', pod([ctr('a', res('0', '0'), {})]), 'BestEffort'],
    ['guaranteed-with-init-container', pod([ctr('a', res('1', '1Gi'), res('1', '1Gi'))], [ctr('init', res('1', '1Gi'), res('1', '1Gi'))]), 'Guaranteed'],
    ['init container without limits makes it burstable', pod([ctr('a', res('1', '1Gi'), res('1', '1Gi'))], [ctr('init', res('1', '1Gi'), {})]), 'Burstable'],
    ['best-effort init container next to guaranteed containers', pod([ctr('a', res('1', '1Gi'), res('1', '1Gi'))], [ctr('init', {}, {})]), 'Burstable'],
  ];
  for (const [name, p, want] of cases) {
    it(`classifies ${name} as ${want}`, () => assert.equal(computePodQOS(p), want));
  }

  it('ignores pod overhead', () => {
    const p = pod([ctr('a', res('1', '1Gi'), res('1', '1Gi'))]);
    p.spec!.overhead = { cpu: '250m', memory: '120Mi' };
    assert.equal(computePodQOS(p), 'Guaranteed');
  });

  it('uses pod-level resources alone when they are set (PodLevelResources)', () => {
    const p = pod([ctr('a', {}, {})]);
    (p.spec as { resources?: unknown }).resources = { requests: res('1', '1Gi'), limits: res('1', '1Gi') };
    assert.equal(computePodQOS(p), 'Guaranteed');
    assert.equal(computePodQOS(p, { podLevelResources: false }), 'BestEffort');
  });
});

describe('getPodQOS', () => {
  it('prefers the persisted status.qosClass', () => {
    const p: Pod = { ...pod([ctr('a', {}, {})]), status: { qosClass: 'Guaranteed' } };
    assert.equal(getPodQOS(p), 'Guaranteed');
  });
  it('computes the class when status.qosClass is empty', () => {
    assert.equal(getPodQOS(pod([ctr('a', res('1', ''), {})])), 'Burstable');
  });
});

// upstream: TestIsCriticalPod / TestIsStaticPod (pkg/kubelet/types/pod_update_test.go)
describe('critical, static and mirror pods', () => {
  const withAnn = (a: Record<string, string>, priority?: number): Pod => ({
    metadata: { name: 'p', annotations: a }, spec: { containers: [], priority },
  });

  it('treats a pod from a file source as static and critical', () => {
    const p = withAnn({ 'kubernetes.io/config.source': 'file' });
    assert.equal(isStaticPod(p), true);
    assert.equal(isCriticalPod(p), true);
  });
  it('does not treat a pod from the api source as static', () => {
    const p = withAnn({ 'kubernetes.io/config.source': 'api' });
    assert.equal(isStaticPod(p), false);
    assert.equal(isCriticalPod(p), false);
  });
  it('treats a mirror pod as critical', () => {
    const p = withAnn({ 'kubernetes.io/config.mirror': 'abc' });
    assert.equal(isMirrorPod(p), true);
    assert.equal(isCriticalPod(p), true);
  });
  it('treats priority >= 2000000000 as critical and just below it as not', () => {
    assert.equal(isCriticalPod(withAnn({}, SYSTEM_CRITICAL_PRIORITY)), true);
    assert.equal(isCriticalPod(withAnn({}, SYSTEM_CRITICAL_PRIORITY - 1)), false);
  });
  it('recognises node-critical pods by their PriorityClass name', () => {
    const p = withAnn({}, SYSTEM_NODE_CRITICAL_PRIORITY);
    p.spec!.priorityClassName = SYSTEM_NODE_CRITICAL;
    assert.equal(isNodeCriticalPod(p), true);
    p.spec!.priorityClassName = 'system-cluster-critical';
    assert.equal(isNodeCriticalPod(p), false);
  });
  it('resolves an unset priority to 0', () => {
    assert.equal(podPriority(withAnn({})), 0);
    assert.equal(podPriority(withAnn({}, -5)), -5);
  });
});
