import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { pb } from './codec.js';

/** The reference varint of a non-negative integer (what protobufjs' LongBits path writes). */
function varint(v: bigint): number[] {
  const out: number[] = [];
  while (v > 127n) {
    out.push(Number(v & 127n) | 128);
    v >>= 7n;
  }
  out.push(Number(v));
  return out;
}

/** FsStats field 1 (capacity_bytes) is a uint64: tag 0x08, then the varint. */
const encodeCapacity = (v: number): number[] => [...pb.FsStats.encode({ capacity_bytes: v }).finish()];

describe('uint64 fast path', () => {
  it('writes whole numbers below 2^53 exactly as a varint and reads them back', () => {
    const edges = [0, 1, 127, 128, 2 ** 28 - 1, 2 ** 28, 2 ** 32 - 1, 2 ** 32, 2 ** 49 - 1, 2 ** 49, 2 ** 53 - 1, 64 * 2 ** 30];
    const check = (v: number): void => {
      const bytes = encodeCapacity(v);
      assert.deepEqual(bytes, v === 0 ? [] : [0x08, ...varint(BigInt(v))], `encode ${v}`);
      assert.equal(pb.FsStats.decode(Uint8Array.from(bytes)).capacity_bytes, v, `decode ${v}`);
    };
    for (const v of edges) check(v);
    fc.assert(fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (v) => check(v)), { numRuns: 2000 });
  });

  it('leaves other values to protobufjs (fractions are truncated, as before)', () => {
    assert.deepEqual(encodeCapacity(1.5), [0x08, 1]);
    assert.deepEqual(encodeCapacity(2 ** 32 + 0.5), [0x08, ...varint(2n ** 32n)]);
    assert.equal(pb.FsStats.decode(Uint8Array.from(encodeCapacity(2 ** 60))).capacity_bytes, 2 ** 60);
  });

  it('reads values at the end of nested messages, and refuses a truncated varint as before', () => {
    const m = { memory: { available_bytes: 2 ** 40, usage_bytes: 3, working_set_bytes: 2 ** 33, rss_bytes: 2 ** 35 }, cpu_usage_nano_cores: 2 ** 45 };
    const back = pb.NodeStats.decode(pb.NodeStats.encode(m).finish());
    assert.deepEqual([back.memory?.available_bytes, back.memory?.usage_bytes, back.memory?.working_set_bytes, back.memory?.rss_bytes, back.cpu_usage_nano_cores],
      [2 ** 40, 3, 2 ** 33, 2 ** 35, 2 ** 45]);
    assert.throws(() => pb.FsStats.decode(Uint8Array.from([0x08, 0x80, 0x80])));
  });

  it('reads a value whose varint ends the buffer', () => {
    const bytes = Uint8Array.from([0x08, ...varint(2n ** 40n)]);
    assert.equal(pb.FsStats.decode(bytes).capacity_bytes, 2 ** 40);
  });
});
