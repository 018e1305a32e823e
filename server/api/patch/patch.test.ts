// PATCH semantics: strategic merge patch as kubectl apply / taint / cordon send it, JSON merge
// patch (label, annotate), JSON Patch (client-node's default).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyJsonPatch, applyMergePatch, applyPatch, applyStrategicMergePatch, PatchError } from './index.js';
import { ApiError } from '../status.js';

const deployment = {
  metadata: { name: 'web', labels: { app: 'web', tier: 'front' } },
  spec: {
    replicas: 2,
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
    template: {
      spec: {
        containers: [
          { name: 'a', image: 'a:1', env: [{ name: 'X', value: '1' }, { name: 'Y', value: '2' }] },
          { name: 'b', image: 'b:1' },
        ],
        tolerations: [{ key: 'k', operator: 'Exists' }],
      },
    },
  },
};

describe('strategic merge patch', () => {
  // The Deployment example of spec kube-api-compat §6.1 (captured from kubectl apply).
  it('applies kubectl apply\'s three-way patch: retainKeys, $patch delete, setElementOrder, null', () => {
    const patch = {
      metadata: { annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{}' }, labels: { tier: null } },
      spec: {
        replicas: 3,
        strategy: { $retainKeys: ['type'], rollingUpdate: null, type: 'Recreate' },
        template: { spec: {
          '$setElementOrder/containers': [{ name: 'a' }],
          containers: [
            { '$setElementOrder/env': [{ name: 'X' }], env: [{ $patch: 'delete', name: 'Y' }], image: 'a:2', name: 'a' },
            { $patch: 'delete', name: 'b' },
          ],
          tolerations: null,
        } },
      },
    };
    const out = applyStrategicMergePatch(deployment, patch, 'apps/v1.Deployment');
    assert.deepEqual(out, {
      metadata: { name: 'web', labels: { app: 'web' }, annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{}' } },
      spec: {
        replicas: 3,
        strategy: { type: 'Recreate' },
        template: { spec: { containers: [{ name: 'a', image: 'a:2', env: [{ name: 'X', value: '1' }] }] } },
      },
    });
  });

  it('replaces atomic lists whole: kubectl taint sends the full taint list, null removes it', () => {
    const node = { spec: { taints: [{ key: 'a', effect: 'NoSchedule' }] } };
    const added = applyStrategicMergePatch(node, { spec: { taints: [{ key: 'a', effect: 'NoSchedule' }, { key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] } }, 'core/v1.Node');
    assert.deepEqual(added, { spec: { taints: [{ key: 'a', effect: 'NoSchedule' }, { key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] } });
    assert.deepEqual(applyStrategicMergePatch(added, { spec: { taints: null } }, 'core/v1.Node'), { spec: {} });
  });

  it('sets and clears spec.unschedulable like cordon / uncordon', () => {
    const cordoned = applyStrategicMergePatch({ spec: {} }, { spec: { unschedulable: true } }, 'core/v1.Node');
    assert.deepEqual(cordoned, { spec: { unschedulable: true } });
    assert.deepEqual(applyStrategicMergePatch(cordoned, { spec: { unschedulable: null } }, 'core/v1.Node'), { spec: {} });
  });

  // upstream: TestStrategicMergePatch "merge lists of maps by merge key" cases (strategicpatch/patch_test.go)
  it('merges lists with a merge key element by element and appends new elements', () => {
    const pod = { spec: { containers: [{ name: 'a', image: 'x', ports: [{ containerPort: 80, name: 'http' }] }] } };
    const out = applyStrategicMergePatch(pod, { spec: { containers: [{ name: 'a', ports: [{ containerPort: 80, protocol: 'TCP' }, { containerPort: 443 }] }, { name: 'b', image: 'y' }] } }, 'core/v1.Pod');
    assert.deepEqual(out, { spec: { containers: [
      { name: 'a', image: 'x', ports: [{ containerPort: 80, name: 'http', protocol: 'TCP' }, { containerPort: 443 }] },
      { name: 'b', image: 'y' },
    ] } });
  });

  it('merges status conditions by type', () => {
    const pod = { status: { conditions: [{ type: 'Ready', status: 'False' }, { type: 'PodScheduled', status: 'True' }] } };
    const out = applyStrategicMergePatch(pod, { status: { conditions: [{ type: 'Ready', status: 'True' }] } }, 'core/v1.Pod');
    assert.deepEqual(out, { status: { conditions: [{ type: 'Ready', status: 'True' }, { type: 'PodScheduled', status: 'True' }] } });
  });

  // upstream: TestStrategicMergePatch "$deleteFromPrimitiveList" and merging primitive lists (patch_test.go)
  it('treats finalizers as a set and deletes from it with $deleteFromPrimitiveList', () => {
    const obj = { metadata: { finalizers: ['a', 'b'] } };
    assert.deepEqual(applyStrategicMergePatch(obj, { metadata: { finalizers: ['b', 'c'] } }, 'core/v1.Pod'), { metadata: { finalizers: ['a', 'b', 'c'] } });
    assert.deepEqual(applyStrategicMergePatch(obj, { metadata: { '$deleteFromPrimitiveList/finalizers': ['a'] } }, 'core/v1.Pod'), { metadata: { finalizers: ['b'] } });
  });

  it('replaces a PDB selector (patchStrategy replace) instead of merging it', () => {
    const pdb = { spec: { selector: { matchLabels: { app: 'web', old: 'x' } } } };
    assert.deepEqual(applyStrategicMergePatch(pdb, { spec: { selector: { matchLabels: { app: 'api' } } } }, 'policy/v1.PodDisruptionBudget'),
      { spec: { selector: { matchLabels: { app: 'api' } } } });
  });

  it('replaces a map with $patch: replace and a list with a {$patch: replace} element', () => {
    const obj = { metadata: { labels: { a: '1', b: '2' } }, spec: { containers: [{ name: 'a' }, { name: 'b' }] } };
    const out = applyStrategicMergePatch(obj, { metadata: { labels: { $patch: 'replace', c: '3' } }, spec: { containers: [{ $patch: 'replace' }, { name: 'z' }] } }, 'core/v1.Pod');
    assert.deepEqual(out, { metadata: { labels: { c: '3' } }, spec: { containers: [{ name: 'z' }] } });
  });

  it('never stores a directive', () => {
    const out = applyStrategicMergePatch({}, { spec: { containers: [{ name: 'a', '$setElementOrder/env': [{ name: 'X' }], env: [{ name: 'X', value: '1' }] }] } }, 'core/v1.Pod');
    assert.ok(!JSON.stringify(out).includes('$'), JSON.stringify(out));
  });
});

describe('JSON merge patch and JSON Patch', () => {
  it('merges labels and deletes one with null (kubectl label k-)', () => {
    const node = { metadata: { labels: { a: '1', b: '2' } } };
    assert.deepEqual(applyMergePatch(node, { metadata: { labels: { b: null, c: '3' } } }), { metadata: { labels: { a: '1', c: '3' } } });
  });

  it('replaces lists whole in a merge patch', () => {
    assert.deepEqual(applyMergePatch({ l: [1, 2] }, { l: [3] }), { l: [3] });
  });

  // RFC 6902 appendix A examples
  it('applies add, remove, replace, move, copy and test', () => {
    const doc = { metadata: { labels: { a: 'b' } }, list: [1, 2] };
    const out = applyJsonPatch(doc, [
      { op: 'add', path: '/metadata/labels/x', value: 'y' },
      { op: 'add', path: '/list/-', value: 3 },
      { op: 'remove', path: '/list/0' },
      { op: 'replace', path: '/metadata/labels/a', value: 'c' },
      { op: 'copy', from: '/metadata/labels/x', path: '/metadata/labels/x2' },
      { op: 'move', from: '/metadata/labels/x2', path: '/moved' },
      { op: 'test', path: '/moved', value: 'y' },
    ]);
    assert.deepEqual(out, { metadata: { labels: { a: 'c', x: 'y' } }, list: [2, 3], moved: 'y' });
    assert.deepEqual(doc.list, [1, 2], 'the original is untouched');
  });

  it('escapes ~1 and ~0 in pointers (label keys with slashes)', () => {
    assert.deepEqual(applyJsonPatch({ metadata: { labels: {} } }, [{ op: 'add', path: '/metadata/labels/kubernetes.io~1role', value: 'x' }]),
      { metadata: { labels: { 'kubernetes.io/role': 'x' } } });
  });

  it('refuses a path that does not exist, and applyPatch turns that into a 422', () => {
    assert.throws(() => applyJsonPatch({}, [{ op: 'remove', path: '/nope' }]), PatchError);
    assert.throws(() => applyJsonPatch({}, [{ op: 'test', path: '/a', value: 1 }]), PatchError);
    try {
      applyPatch('json', {}, [{ op: 'replace', path: '/spec/x', value: 1 }], 'core/v1.Pod');
      assert.fail('expected an error');
    } catch (e) {
      assert.ok(e instanceof ApiError);
      assert.equal(e.status.code, 422);
      assert.equal(e.status.reason, 'Invalid');
      assert.match(e.status.details?.causes?.[0].message ?? '', /missing/);
    }
  });
});
