import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../core/clock/index.js';
import { Random } from '../../core/random.js';
import type { Pod, PriorityClass } from '../../core/types.js';
import { Registry } from '../registry/index.js';
import { Store, StoreError } from '../store/index.js';
import { createBuiltinPriorityClasses, systemPriorityClasses } from './builtin-priority-classes.js';
import { priorityAdmission } from './priority.js';

function setup(classes: PriorityClass[] = []) {
  const store = new Store(new ManualClock(), new Random(1));
  createBuiltinPriorityClasses(store);
  const registry = new Registry(store, [priorityAdmission]);
  for (const c of classes) registry.create<PriorityClass>('PriorityClass', structuredClone(c));
  return { store, registry };
}

const pc = (name: string, value: number, globalDefault = false, preemptionPolicy?: string): PriorityClass =>
  ({ metadata: { name }, value, globalDefault, ...(preemptionPolicy ? { preemptionPolicy } : {}) });

const pod = (name: string, spec: Partial<NonNullable<Pod['spec']>> = {}): Pod =>
  ({ metadata: { name, namespace: 'default' }, spec: { containers: [{ name: 'c', image: 'pause' }], ...spec } });

function rejects(fn: () => unknown, reason: string, message: string): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof StoreError);
    assert.equal(e.reason, reason);
    assert.equal(e.message, message);
    return true;
  });
}

describe('built-in priority classes', () => {
  it('creates system-cluster-critical (2000000000) and system-node-critical (2000001000) once', () => {
    const store = new Store(new ManualClock(), new Random(1));
    assert.deepEqual(createBuiltinPriorityClasses(store).sort(), ['system-cluster-critical', 'system-node-critical']);
    assert.deepEqual(createBuiltinPriorityClasses(store), []);
    assert.equal(store.get<PriorityClass>('PriorityClass', undefined, 'system-cluster-critical')?.value, 2_000_000_000);
    assert.equal(store.get<PriorityClass>('PriorityClass', undefined, 'system-node-critical')?.value, 2_000_001_000);
    assert.equal(systemPriorityClasses().every((c) => c.globalDefault === false), true);
  });
});

// upstream: TestPodAdmission (plugin/pkg/admission/priority/admission_test.go)
describe('Priority admission: pods', () => {
  const classes = [pc('default1', 1000, true), pc('nondefault1', 2000), pc('nopreemption', 2000, false, 'Never')];

  it('Pod with no priority class gets the global default priority and class name', () => {
    const { registry } = setup(classes);
    const p = registry.create<Pod>('Pod', pod('p'));
    assert.equal(p.spec?.priority, 1000);
    assert.equal(p.spec?.priorityClassName, 'default1');
    assert.equal(p.spec?.preemptionPolicy, 'PreemptLowerPriority');
  });

  it('Pod with no priority class and no default class gets priority 0 and PreemptLowerPriority', () => {
    const { registry } = setup();
    const p = registry.create<Pod>('Pod', pod('p'));
    assert.equal(p.spec?.priority, 0);
    assert.equal(p.spec?.priorityClassName, undefined);
    assert.equal(p.spec?.preemptionPolicy, 'PreemptLowerPriority');
  });

  it('pod with a priority class gets its value', () => {
    const { registry } = setup(classes);
    assert.equal(registry.create<Pod>('Pod', pod('p', { priorityClassName: 'nondefault1' })).spec?.priority, 2000);
  });

  it('pod with a system critical priority class', () => {
    const { registry } = setup(classes);
    const p = registry.create<Pod>('Pod', pod('p', { priorityClassName: 'system-node-critical' }));
    assert.equal(p.spec?.priority, 2_000_001_000);
  });

  it('pod with a non-existing priority class is forbidden', () => {
    const { registry } = setup(classes);
    rejects(() => registry.create<Pod>('Pod', pod('p', { priorityClassName: 'foo' })), 'Forbidden', 'pods "p" is forbidden: no PriorityClass with name foo was found');
  });

  it('pod with a priority value that differs from its class is forbidden', () => {
    const { registry } = setup(classes);
    rejects(() => registry.create<Pod>('Pod', pod('p', { priorityClassName: 'nondefault1', priority: 7 })), 'Forbidden',
      'pods "p" is forbidden: the integer value of priority (7) must not be provided in pod spec; priority admission controller computed 2000 from the given PriorityClass name');
  });

  it('pod with a priority value equal to its class is admitted', () => {
    const { registry } = setup(classes);
    assert.equal(registry.create<Pod>('Pod', pod('p', { priorityClassName: 'nondefault1', priority: 2000 })).spec?.priority, 2000);
  });

  it('pod gets preemptionPolicy Never from its class', () => {
    const { registry } = setup(classes);
    assert.equal(registry.create<Pod>('Pod', pod('p', { priorityClassName: 'nopreemption' })).spec?.preemptionPolicy, 'Never');
  });

  it('pod with a preemptionPolicy that differs from its class is forbidden', () => {
    const { registry } = setup(classes);
    rejects(() => registry.create<Pod>('Pod', pod('p', { priorityClassName: 'nopreemption', preemptionPolicy: 'PreemptLowerPriority' })), 'Forbidden',
      'pods "p" is forbidden: the string value of PreemptionPolicy (PreemptLowerPriority) must not be provided in pod spec; priority admission controller computed Never from the given PriorityClass name');
  });

  it('uses generateName in the message of a pod without a name', () => {
    const { registry } = setup();
    const p: Pod = { metadata: { generateName: 'web-', namespace: 'default' }, spec: { containers: [], priorityClassName: 'nope' } };
    rejects(() => registry.create<Pod>('Pod', p), 'Forbidden', 'pods "web-" is forbidden: no PriorityClass with name nope was found');
  });

  it('keeps the stored priority and preemptionPolicy when an update omits them', () => {
    const { registry } = setup(classes);
    const created = registry.create<Pod>('Pod', pod('p', { priorityClassName: 'nopreemption' }));
    const upd = structuredClone(created);
    delete upd.spec!.priority;
    delete upd.spec!.preemptionPolicy;
    const stored = registry.update<Pod>('Pod', upd);
    assert.equal(stored.spec?.priority, 2000);
    assert.equal(stored.spec?.preemptionPolicy, 'Never');
  });

  // upstream: TestDefaultPriority (admission_test.go): with several defaults (a race), the lowest value wins.
  it('picks the lowest-valued class when several are marked default', () => {
    const store = new Store(new ManualClock(), new Random(1));
    store.create('PriorityClass', pc('d-high', 5000, true));
    store.create('PriorityClass', pc('d-low', 10, true));
    const p = new Registry(store, [priorityAdmission]).create<Pod>('Pod', pod('p'));
    assert.deepEqual([p.spec?.priority, p.spec?.priorityClassName], [10, 'd-low']);
  });
});

// upstream: TestPriorityClassAdmission (admission_test.go) and pkg/apis/scheduling/validation TestValidatePriorityClass
describe('Priority admission: PriorityClasses', () => {
  it('one default class', () => {
    const { registry } = setup();
    assert.equal(registry.create<PriorityClass>('PriorityClass', pc('default1', 1000, true)).globalDefault, true);
  });

  it('more than one default classes is forbidden', () => {
    const { registry } = setup([pc('default1', 1000, true)]);
    rejects(() => registry.create('PriorityClass', pc('default2', 2000, true)), 'Forbidden',
      'priorityclasses.scheduling.k8s.io "default2" is forbidden: PriorityClass default1 is already marked as default. Only one default can exist');
  });

  it('update a default class keeps it default', () => {
    const { registry, store } = setup([pc('default1', 1000, true)]);
    const cur = structuredClone(store.get<PriorityClass>('PriorityClass', undefined, 'default1')!);
    cur.description = 'changed';
    assert.equal(registry.update<PriorityClass>('PriorityClass', cur).description, 'changed');
  });

  it('defaults preemptionPolicy to PreemptLowerPriority', () => {
    const { registry } = setup();
    assert.equal(registry.create<PriorityClass>('PriorityClass', pc('x', 1)).preemptionPolicy, 'PreemptLowerPriority');
  });

  it('caps user-defined values at 1000000000', () => {
    const { registry } = setup();
    rejects(() => registry.create('PriorityClass', pc('too-high', 1_000_000_001)), 'Invalid',
      'PriorityClass.scheduling.k8s.io "too-high" is invalid: value: Forbidden: maximum allowed value of a user defined priority is 1000000000');
  });

  it('reserves the system- prefix', () => {
    const { registry } = setup();
    rejects(() => registry.create('PriorityClass', pc('system-mine', 10)), 'Invalid',
      "PriorityClass.scheduling.k8s.io \"system-mine\" is invalid: metadata.name: Forbidden: priority class names with 'system-' prefix are reserved for system use only. error: system-mine is not a known system priority class");
  });

  it('forbids changing value or preemptionPolicy', () => {
    const { registry, store } = setup([pc('x', 10)]);
    const cur = structuredClone(store.get<PriorityClass>('PriorityClass', undefined, 'x')!);
    rejects(() => registry.update('PriorityClass', { ...cur, value: 11 }), 'Invalid', 'PriorityClass.scheduling.k8s.io "x" is invalid: value: Forbidden: may not be changed in an update.');
    rejects(() => registry.update('PriorityClass', { ...cur, preemptionPolicy: 'Never' }), 'Invalid',
      'PriorityClass.scheduling.k8s.io "x" is invalid: preemptionPolicy: Invalid value: "Never": field is immutable');
  });
});
