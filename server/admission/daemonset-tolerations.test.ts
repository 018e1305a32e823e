import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { PodSpec } from '../../core/types.js';
import { addOrUpdateDaemonPodTolerations } from './daemonset-tolerations.js';
import { withDefaultTolerationSeconds } from './default-toleration-seconds.js';

const keysOf = (spec: PodSpec) => (spec.tolerations ?? []).map((t) => `${t.key}:${t.effect}`);

describe('addOrUpdateDaemonPodTolerations', () => {
  // upstream: AddOrUpdateDaemonPodTolerations (pkg/controller/daemon/util/daemonset_util.go)
  it('adds forever NoExecute tolerations for not-ready and unreachable and the condition NoSchedule ones', () => {
    const spec: PodSpec = { containers: [] };
    addOrUpdateDaemonPodTolerations(spec);
    assert.deepEqual(keysOf(spec), [
      'node.kubernetes.io/not-ready:NoExecute', 'node.kubernetes.io/unreachable:NoExecute',
      'node.kubernetes.io/disk-pressure:NoSchedule', 'node.kubernetes.io/memory-pressure:NoSchedule',
      'node.kubernetes.io/pid-pressure:NoSchedule', 'node.kubernetes.io/unschedulable:NoSchedule',
    ]);
    assert.ok(spec.tolerations!.every((t) => t.operator === 'Exists' && t.tolerationSeconds === undefined));
  });

  it('adds network-unavailable only for hostNetwork pods', () => {
    const spec: PodSpec = { containers: [], hostNetwork: true };
    addOrUpdateDaemonPodTolerations(spec);
    assert.equal(keysOf(spec).at(-1), 'node.kubernetes.io/network-unavailable:NoSchedule');
  });

  it('replaces a matching user toleration (dropping its tolerationSeconds) and keeps the others', () => {
    const spec: PodSpec = {
      containers: [],
      tolerations: [
        { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 60 },
        { key: 'dedicated', operator: 'Equal', value: 'infra', effect: 'NoSchedule' },
      ],
    };
    addOrUpdateDaemonPodTolerations(spec);
    assert.deepEqual(spec.tolerations![0], { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' });
    assert.deepEqual(spec.tolerations![1], { key: 'dedicated', operator: 'Equal', value: 'infra', effect: 'NoSchedule' });
    assert.equal(spec.tolerations!.length, 7);
  });

  it('is idempotent', () => {
    const spec: PodSpec = { containers: [] };
    addOrUpdateDaemonPodTolerations(spec);
    const once = structuredClone(spec.tolerations);
    addOrUpdateDaemonPodTolerations(spec);
    assert.deepEqual(spec.tolerations, once);
  });

  it('leaves DefaultTolerationSeconds nothing to add', () => {
    const spec: PodSpec = { containers: [] };
    addOrUpdateDaemonPodTolerations(spec);
    assert.equal(withDefaultTolerationSeconds(spec.tolerations), undefined);
  });
});
