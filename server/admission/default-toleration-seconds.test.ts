import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Pod, Toleration } from '../../core/types.js';
import { ManualClock } from '../../core/clock/index.js';
import { Random } from '../../core/random.js';
import { Store } from '../store/index.js';
import { Registry } from '../registry/index.js';
import type { AdmissionContext } from './types.js';
import { defaultTolerationSeconds, defaultTolerationSecondsPlugin } from './default-toleration-seconds.js';

const NOT_READY = 'node.kubernetes.io/not-ready';
const UNREACHABLE = 'node.kubernetes.io/unreachable';
const defNotReady: Toleration = { key: NOT_READY, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 };
const defUnreachable: Toleration = { key: UNREACHABLE, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 };

const ctx = (operation: 'CREATE' | 'UPDATE' = 'CREATE', kind: AdmissionContext['kind'] = 'Pod'): AdmissionContext =>
  ({ store: new Store(new ManualClock(), new Random(1)), operation, kind });

function admit(tolerations: Toleration[] | undefined, c = ctx()): Toleration[] | undefined {
  const pod: Pod = { metadata: { name: 'p' }, spec: { containers: [{ name: 'c' }], ...(tolerations ? { tolerations } : {}) } };
  defaultTolerationSeconds.mutate!(pod, c);
  return pod.spec!.tolerations;
}

describe('DefaultTolerationSeconds admission', () => {
  // upstream: TestForgivenessAdmission (plugin/pkg/admission/defaulttolerationseconds/admission_test.go)
  it('adds not-ready then unreachable NoExecute tolerations of 300s to a pod without tolerations', () => {
    assert.deepEqual(admit(undefined), [defNotReady, defUnreachable]);
  });

  it('appends both defaults after unrelated tolerations', () => {
    const foo: Toleration = { key: 'foo', operator: 'Equal', value: 'bar', effect: 'NoSchedule', tolerationSeconds: 700 };
    assert.deepEqual(admit([foo]), [foo, defNotReady, defUnreachable]);
  });

  it('adds only unreachable when not-ready:NoExecute is already tolerated', () => {
    const own: Toleration = { key: NOT_READY, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 700 };
    assert.deepEqual(admit([own]), [own, defUnreachable]);
  });

  it('adds only not-ready when unreachable:NoExecute is already tolerated', () => {
    const own: Toleration = { key: UNREACHABLE, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 700 };
    assert.deepEqual(admit([own]), [own, defNotReady]);
  });

  it('changes nothing when both are tolerated', () => {
    const own = [
      { key: NOT_READY, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 700 },
      { key: UNREACHABLE, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 700 },
    ];
    assert.deepEqual(admit(own), own);
  });

  it('treats a toleration with an empty effect as covering NoExecute', () => {
    const own: Toleration = { key: UNREACHABLE, operator: 'Exists', tolerationSeconds: 700 };
    assert.deepEqual(admit([own]), [own, defNotReady]);
  });

  it('changes nothing for a wildcard toleration of every taint', () => {
    const own: Toleration = { operator: 'Exists', tolerationSeconds: 700 };
    assert.deepEqual(admit([own]), [own]);
  });

  it('checks key and effect only: an Equal toleration with a value suppresses the default', () => {
    const own: Toleration = { key: NOT_READY, operator: 'Equal', value: 'x', effect: 'NoExecute' };
    assert.deepEqual(admit([own]), [own, defUnreachable]);
  });

  it('does not count a NoSchedule toleration for the key', () => {
    const own: Toleration = { key: NOT_READY, operator: 'Exists', effect: 'NoSchedule' };
    assert.deepEqual(admit([own]), [own, defNotReady, defUnreachable]);
  });

  // upstream: TestHandles (admission_test.go): Create and Update are handled.
  it('acts on UPDATE as well as CREATE, and ignores other kinds', () => {
    assert.deepEqual(admit(undefined, ctx('UPDATE')), [defNotReady, defUnreachable]);
    const node = { metadata: { name: 'n' }, spec: {} };
    defaultTolerationSeconds.mutate!(node, ctx('CREATE', 'Node'));
    assert.deepEqual(node, { metadata: { name: 'n' }, spec: {} });
  });

  it('uses the configured --default-*-toleration-seconds', () => {
    const plugin = defaultTolerationSecondsPlugin({ notReadyTolerationSeconds: 10, unreachableTolerationSeconds: 20 });
    const pod: Pod = { metadata: { name: 'p' }, spec: { containers: [] } };
    plugin.mutate!(pod, ctx());
    assert.deepEqual(pod.spec!.tolerations!.map((t) => t.tolerationSeconds), [10, 20]);
  });

  it('runs in the registry write path for created pods', () => {
    const store = new Store(new ManualClock(), new Random(1));
    const registry = new Registry(store, [defaultTolerationSeconds]);
    const pod = registry.create<Pod>('Pod', { metadata: { name: 'p', namespace: 'default' }, spec: { containers: [{ name: 'c' }] } });
    assert.deepEqual(store.must<Pod>('Pod', 'default', 'p').spec!.tolerations, [defNotReady, defUnreachable]);
    assert.equal(pod.metadata!.name, 'p');
  });
});
