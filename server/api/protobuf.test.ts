// kubectl drain's DELETE fallback sends protobuf DeleteOptions (spec kube-api-compat §1.4).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeDeleteOptionsProtobuf, PROTOBUF_MAGIC } from './protobuf.js';

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

/** runtime.Unknown{typeMeta: v1/DeleteOptions, raw: message} behind the k8s\0 magic. */
function envelope(message: number[]): Buffer {
  const typeMeta = [...bytesField(1, str('v1')), ...bytesField(2, str('DeleteOptions'))];
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
