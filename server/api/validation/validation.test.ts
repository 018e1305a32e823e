// Object validation with upstream's field paths and messages (what kubectl prints after
// "The Pod "x" is invalid:").
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { KObject, Pod } from '../../../core/types.js';
import { validateCreate, validateUpdate, POD_UPDATE_FORBIDDEN } from './index.js';
import { isDNS1123Label, isDNS1123Subdomain, isQualifiedName, isValidLabelValue } from './names.js';

const fields = (causes: Array<{ field?: string; message: string }>) => causes.map((c) => `${c.field}: ${c.message}`);

function pod(spec: Record<string, unknown>, meta: Record<string, unknown> = { name: 'p', namespace: 'default' }): KObject {
  return { metadata: meta, spec } as KObject;
}

describe('names and labels', () => {
  // upstream: TestIsDNS1123Label / TestIsDNS1123Subdomain (apimachinery/pkg/util/validation/validation_test.go)
  it('accepts and rejects RFC 1123 labels and subdomains', () => {
    for (const ok of ['a', 'ab', 'abc', 'a1', 'a-1', 'a--1--2--b', '0', '01', '1-2', 'a'.repeat(63)]) assert.deepEqual(isDNS1123Label(ok), [], ok);
    for (const bad of ['', 'A', 'ABC', 'aBc', 'A1', 'a.b', '-', 'a-', '-a', '1-', '-1', '_', 'a_b', 'a b', '1 2', 'a'.repeat(64)]) assert.notDeepEqual(isDNS1123Label(bad), [], bad);
    for (const ok of ['a', 'a.b', 'a.b.c', 'a-1.b-2', '1.a', 'a'.repeat(253)]) assert.deepEqual(isDNS1123Subdomain(ok), [], ok);
    for (const bad of ['', 'A', 'a.', '.a', 'a..b', 'a_b', 'a'.repeat(254)]) assert.notDeepEqual(isDNS1123Subdomain(bad), [], bad);
  });

  // upstream: TestIsQualifiedName / TestIsValidLabelValue (validation_test.go)
  it('checks label keys and values', () => {
    for (const ok of ['simple', 'now-with-dashes', '1-starts-with-num', 'prefix/name', 'example.com/MixedCase', '1.2.3.4/5678']) assert.deepEqual(isQualifiedName(ok), [], ok);
    for (const bad of ['nospecialchars%^=@', 'Tama-nui-te-rā.is.Māori.sun', '/simple', 'example.com/', 'a/b/c', 'a'.repeat(64)]) assert.notDeepEqual(isQualifiedName(bad), [], bad);
    for (const ok of ['', 'simple', 'now-with-dashes', '1-starts', 'a.b_c-d']) assert.deepEqual(isValidLabelValue(ok), [], ok);
    for (const bad of ['nospecialchars%^=@', '-starts', 'ends-', 'a'.repeat(64)]) assert.notDeepEqual(isValidLabelValue(bad), [], bad);
  });

  it('words the DNS-1123 error like upstream, double space included', () => {
    assert.deepEqual(isDNS1123Label('Foo'), ["a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"]);
  });
});

describe('validateCreate', () => {
  it('requires spec.containers, a name or generateName, and images', () => {
    assert.deepEqual(fields(validateCreate('Pod', pod({}, { namespace: 'default' }))), [
      'metadata.name: Required value: name or generateName is required', 'spec.containers: Required value',
    ]);
    assert.deepEqual(fields(validateCreate('Pod', pod({ containers: [{ name: 'c' }] }))), ['spec.containers[0].image: Required value']);
    assert.deepEqual(validateCreate('Pod', pod({ containers: [{ name: 'c', image: 'i' }] }, { generateName: 'web-', namespace: 'default' })), []);
  });

  // upstream: TestValidateContainers "duplicate names", "invalid resource" (core/validation/validation_test.go)
  it('rejects duplicate container names and requests above limits', () => {
    const out = fields(validateCreate('Pod', pod({ containers: [
      { name: 'c', image: 'i', resources: { requests: { cpu: '2' }, limits: { cpu: '1' } } },
      { name: 'c', image: 'i' },
    ] })));
    assert.deepEqual(out, [
      'spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1',
      'spec.containers[1].name: Duplicate value: "c"',
    ]);
  });

  // upstream: TestValidateTolerations (validation_test.go)
  it('checks tolerations: operator Exists has no value, tolerationSeconds needs NoExecute, effects are known', () => {
    const out = fields(validateCreate('Pod', pod({ containers: [{ name: 'c', image: 'i' }], tolerations: [
      { key: 'a', operator: 'Exists', value: 'x' },
      { key: 'b', operator: 'Equal', value: 'v', effect: 'NoSchedule', tolerationSeconds: 10 },
      { key: 'c', operator: 'Equal', effect: 'Sometimes' },
    ] })));
    assert.deepEqual(out.map((l) => l.split(':')[0]), ['spec.tolerations[0].operator', 'spec.tolerations[1].effect', 'spec.tolerations[2].effect']);
    assert.match(out[2], /Unsupported value: "Sometimes": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"/);
  });

  // upstream: TestValidateDeployment "selector doesn't match labels" (apps/validation/validation_test.go)
  it('requires a deployment selector that matches the template labels', () => {
    const d = {
      metadata: { name: 'web', namespace: 'default' },
      spec: { selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'other' } }, spec: { containers: [{ name: 'c', image: 'i' }] } } },
    } as KObject;
    assert.deepEqual(fields(validateCreate('Deployment', d)), ['spec.template.metadata.labels: Invalid value: {"app":"other"}: `selector` does not match template `labels`']);
    const noSel = { ...d, spec: { template: (d as { spec: { template: unknown } }).spec.template, replicas: -1 } } as KObject;
    assert.deepEqual(fields(validateCreate('Deployment', noSel)), ['spec.replicas: Invalid value: -1: must be greater than or equal to 0', 'spec.selector: Required value']);
  });

  it('allows only restartPolicy Always in a workload template', () => {
    const rs = {
      metadata: { name: 'r', namespace: 'default' },
      spec: { selector: { matchLabels: { a: 'b' } }, template: { metadata: { labels: { a: 'b' } }, spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'i' }] } } },
    } as KObject;
    assert.deepEqual(fields(validateCreate('ReplicaSet', rs)), ['spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"']);
  });

  // upstream: TestValidatePodDisruptionBudgetSpec (policy/validation/validation_test.go)
  it('refuses a PDB with both minAvailable and maxUnavailable, or a bad percentage', () => {
    const pdb = (spec: unknown) => ({ metadata: { name: 'p', namespace: 'default' }, spec } as KObject);
    assert.match(fields(validateCreate('PodDisruptionBudget', pdb({ minAvailable: 1, maxUnavailable: 1 })))[0], /^spec: Invalid value: .*minAvailable and maxUnavailable cannot be both set$/);
    assert.deepEqual(fields(validateCreate('PodDisruptionBudget', pdb({ minAvailable: '150%' }))), ['spec.minAvailable: Invalid value: "150%": must not be greater than 100%']);
    assert.deepEqual(fields(validateCreate('PodDisruptionBudget', pdb({ maxUnavailable: -1 }))), ['spec.maxUnavailable: Invalid value: -1: must be greater than or equal to 0']);
    assert.deepEqual(validateCreate('PodDisruptionBudget', pdb({ minAvailable: '50%', selector: { matchLabels: { app: 'web' } } })), []);
  });

  // upstream: TestValidatePriorityClass (scheduling/validation/validation_test.go)
  it('reserves the system- prefix and caps user priorities at 1e9', () => {
    const pc = (name: string, value: number) => ({ metadata: { name }, value } as KObject);
    assert.deepEqual(fields(validateCreate('PriorityClass', pc('high', 2_000_000_000))), ['value: Invalid value: 2000000000: maximum allowed value of a user defined priority is 1000000000']);
    assert.deepEqual(fields(validateCreate('PriorityClass', pc('system-foo', 1))), ['metadata.name: Invalid value: "system-foo": priority class names with \'system-\' prefix are reserved for system use only']);
    assert.deepEqual(validateCreate('PriorityClass', pc('system-node-critical', 2_000_001_000)), []);
  });

  it('names namespaces with DNS-1123 labels and refuses a namespace on cluster-scoped objects', () => {
    assert.match(fields(validateCreate('Namespace', { metadata: { name: 'a.b' } }))[0], /^metadata.name: Invalid value: "a.b": a lowercase RFC 1123 label/);
    assert.deepEqual(fields(validateCreate('Node', { metadata: { name: 'n', namespace: 'x' } })), ['metadata.namespace: Forbidden: not allowed on this type']);
  });
});

describe('validateUpdate', () => {
  const old = pod({ containers: [{ name: 'c', image: 'i:1' }], tolerations: [{ key: 'a', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }] }, { name: 'p', namespace: 'default', uid: 'u1' }) as Pod;

  // upstream: TestValidatePodUpdate (core/validation/validation_test.go)
  it('lets a pod change its images, activeDeadlineSeconds and add tolerations', () => {
    const next = structuredClone(old);
    next.spec!.containers[0].image = 'i:2';
    next.spec!.activeDeadlineSeconds = 30;
    next.spec!.tolerations = [{ key: 'a', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 10 }, { key: 'b', operator: 'Exists' }];
    assert.deepEqual(validateUpdate('Pod', next, old), []);
  });

  it('forbids any other pod spec change with upstream\'s message', () => {
    const next = structuredClone(old);
    next.spec!.nodeName = 'node-9';
    assert.deepEqual(fields(validateUpdate('Pod', next, old)), [`spec: Forbidden: ${POD_UPDATE_FORBIDDEN}`]);
    const removed = structuredClone(old);
    removed.spec!.tolerations = [];
    assert.deepEqual(fields(validateUpdate('Pod', removed, old)), ['spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds']);
  });

  // upstream: TestValidateDeploymentUpdate / TestValidateReplicaSetUpdate (apps/validation/validation_test.go)
  it('keeps apps/v1 selectors immutable', () => {
    const rs = (app: string) => ({
      metadata: { name: 'r', namespace: 'default' },
      spec: { selector: { matchLabels: { app } }, template: { metadata: { labels: { app } }, spec: { containers: [{ name: 'c', image: 'i' }] } } },
    } as KObject);
    assert.deepEqual(fields(validateUpdate('ReplicaSet', rs('b'), rs('a'))), ['spec.selector: Invalid value: {"matchLabels":{"app":"b"}}: field is immutable']);
    assert.deepEqual(validateUpdate('ReplicaSet', rs('a'), rs('a')), []);
  });

  it('keeps a priority class value', () => {
    assert.deepEqual(fields(validateUpdate('PriorityClass', { metadata: { name: 'x' }, value: 2 } as KObject, { metadata: { name: 'x' }, value: 1 } as KObject)),
      ['value: Forbidden: may not be changed in an update.']);
  });
});
