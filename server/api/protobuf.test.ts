// kubectl drain's DELETE fallback sends protobuf DeleteOptions (spec kube-api-compat §1.4).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeDeleteOptionsProtobuf, PROTOBUF_MAGIC } from './protobuf.js';
import { decodeObjectProtobuf } from './protobuf-objects.js';

function varint(n: number): number[] {
  const out: number[] = [];
  let v = BigInt.asUintN(64, BigInt(n));
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v) b |= 0x80;
    out.push(b);
  } while (v);
  return out;
}
const bytesField = (no: number, b: number[]) => [(no << 3) | 2, ...varint(b.length), ...b];
const str = (s: string) => [...Buffer.from(s)];
const varintField = (no: number, n: number) => [(no << 3), ...varint(n)];

/** runtime.Unknown{typeMeta: apiVersion/kind, raw: message} behind the k8s\0 magic. */
function envelope(message: number[], kind = 'DeleteOptions', apiVersion = 'v1'): Buffer {
  const typeMeta = [...bytesField(1, str(apiVersion)), ...bytesField(2, str(kind))];
  const unknown = [...bytesField(1, typeMeta), ...bytesField(2, message)];
  return Buffer.concat([PROTOBUF_MAGIC, Buffer.from(unknown)]);
}

describe('protobuf DeleteOptions', () => {
  it('reads gracePeriodSeconds from the bytes kubectl drain --grace-period=5 sends (ending 08 05)', () => {
    const body = envelope(varintField(1, 5));
    assert.deepEqual([...body.subarray(-2)], [0x08, 0x05]);
    assert.deepEqual(decodeDeleteOptionsProtobuf(body), { gracePeriodSeconds: 5 });
  });

  it('reads preconditions, propagationPolicy, orphanDependents and dryRun', () => {
    const msg = [
      ...bytesField(2, [...bytesField(1, str('uid-1')), ...bytesField(2, str('42'))]),
      ...varintField(3, 1), ...bytesField(4, str('Foreground')), ...bytesField(5, str('All')),
    ];
    assert.deepEqual(decodeDeleteOptionsProtobuf(envelope(msg)), {
      preconditions: { uid: 'uid-1', resourceVersion: '42' }, orphanDependents: true, propagationPolicy: 'Foreground', dryRun: ['All'],
    });
  });

  it('reads a negative grace period (int64 two\'s complement)', () => {
    assert.deepEqual(decodeDeleteOptionsProtobuf(envelope(varintField(1, -1))), { gracePeriodSeconds: -1 });
  });

  it('refuses bodies without the k8s prefix, truncated ones and other kinds', () => {
    assert.throws(() => decodeDeleteOptionsProtobuf(Buffer.from([1, 2, 3])), /prefix/);
    assert.throws(() => decodeDeleteOptionsProtobuf(Buffer.concat([PROTOBUF_MAGIC, Buffer.from([0x12, 0x10, 0x08])])), /truncated/);
    const pod = Buffer.concat([PROTOBUF_MAGIC, Buffer.from(bytesField(1, bytesField(2, str('Pod'))))]);
    assert.throws(() => decodeDeleteOptionsProtobuf(pod), /expected DeleteOptions, got Pod/);
  });
});

describe('protobuf objects from kubectl create', () => {
  // gogo-protobuf writes zero values of non-pointer fields too: empty strings, 0, empty messages.
  const objectMeta = (name: string, labels: Record<string, string> = {}) => [
    ...bytesField(1, str(name)), ...bytesField(2, []), ...bytesField(3, []), ...bytesField(5, []), ...varintField(7, 0), ...bytesField(8, []),
    ...Object.entries(labels).flatMap(([k, v]) => bytesField(11, [...bytesField(1, str(k)), ...bytesField(2, str(v))])),
  ];

  it('reads the Namespace of `kubectl create namespace foo`, dropping zero values', () => {
    const body = envelope([...bytesField(1, objectMeta('foo')), ...bytesField(2, []), ...bytesField(3, bytesField(1, []))], 'Namespace');
    assert.deepEqual(decodeObjectProtobuf(body, 'Namespace'), { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'foo' } });
  });

  it('reads the Deployment of `kubectl create deployment`, keeping a pointer zero (replicas 0)', () => {
    const selector = bytesField(1, [...bytesField(1, str('app')), ...bytesField(2, str('d1'))]);
    const container = [...bytesField(1, str('nginx')), ...bytesField(2, str('nginx:1.27')), ...bytesField(6, [...varintField(2, 0), ...varintField(3, 80)]), ...bytesField(8, [])];
    const template = [...bytesField(1, objectMeta('', { app: 'd1' })), ...bytesField(2, [...bytesField(2, container), ...bytesField(3, [])])];
    const spec = [...varintField(1, 0), ...bytesField(2, selector), ...bytesField(3, template), ...bytesField(4, []), ...varintField(5, 0)];
    const body = envelope([...bytesField(1, objectMeta('d1', { app: 'd1' })), ...bytesField(2, spec)], 'Deployment', 'apps/v1');
    assert.deepEqual(decodeObjectProtobuf(body, 'Deployment'), {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd1', labels: { app: 'd1' } },
      spec: {
        replicas: 0, selector: { matchLabels: { app: 'd1' } },
        template: { metadata: { labels: { app: 'd1' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }] } },
      },
    });
  });

  it('reads IntOrString percentages of a PDB and a zero PriorityClass value', () => {
    const pct = bytesField(1, [...varintField(1, 1), ...varintField(2, 0), ...bytesField(3, str('50%'))]);
    const pdb = envelope([...bytesField(1, objectMeta('p1')), ...bytesField(2, [...pct, ...bytesField(2, [])])], 'PodDisruptionBudget', 'policy/v1');
    assert.deepEqual(decodeObjectProtobuf(pdb, 'PodDisruptionBudget').spec, { minAvailable: '50%', selector: {} });
    const pc = envelope([...bytesField(1, objectMeta('zero')), ...varintField(2, 0), ...varintField(3, 0), ...bytesField(4, [])], 'PriorityClass', 'scheduling.k8s.io/v1');
    assert.deepEqual(decodeObjectProtobuf(pc, 'PriorityClass'), { apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name: 'zero' }, value: 0 });
  });

  it('refuses an object of another kind than the endpoint\'s', () => {
    assert.throws(() => decodeObjectProtobuf(envelope(bytesField(1, objectMeta('x')), 'Pod'), 'Namespace'), /expected Namespace, got Pod/);
  });
});
