/**
 * The one protobuf request body kemu reads: `DeleteOptions`, which client-go's typed clients send
 * as `application/vnd.kubernetes.protobuf` (kubectl drain's DELETE fallback, spec §1.4).
 *
 * Wire format (apimachinery/pkg/runtime/serializer/protobuf/protobuf.go): the magic bytes
 * "k8s\0", then a runtime.Unknown {1: typeMeta {1: apiVersion, 2: kind}, 2: raw, 3:
 * contentEncoding, 4: contentType} whose `raw` is the message
 * (apimachinery/pkg/apis/meta/v1/generated.proto):
 *   DeleteOptions { 1: int64 gracePeriodSeconds, 2: Preconditions {1: uid, 2: resourceVersion},
 *                   3: bool orphanDependents, 4: string propagationPolicy, 5: repeated string dryRun }
 */
import type { DeleteOptions } from 'kubernetes-types/meta/v1.js';

export const PROTOBUF_MAGIC = Buffer.from([0x6b, 0x38, 0x73, 0x00]);

type Field = { no: number; varint?: bigint; bytes?: Buffer };

function readVarint(buf: Buffer, pos: number): { value: bigint; pos: number } {
  let result = 0n;
  let shift = 0n;
  for (let i = 0; i < 10; i++) {
    if (pos >= buf.length) throw new Error('truncated varint');
    const b = buf[pos++];
    result |= BigInt(b & 0x7f) << shift;
    if ((b & 0x80) === 0) return { value: result, pos };
    shift += 7n;
  }
  throw new Error('varint too long');
}

/** Splits a message into its fields (varint and length-delimited; fixed32/64 are skipped). */
export function readFields(buf: Buffer): Field[] {
  const out: Field[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const tag = readVarint(buf, pos);
    pos = tag.pos;
    const no = Number(tag.value >> 3n);
    const wire = Number(tag.value & 7n);
    if (wire === 0) {
      const v = readVarint(buf, pos);
      pos = v.pos;
      out.push({ no, varint: v.value });
    } else if (wire === 2) {
      const len = readVarint(buf, pos);
      pos = len.pos;
      const end = pos + Number(len.value);
      if (end > buf.length) throw new Error('truncated field');
      out.push({ no, bytes: buf.subarray(pos, end) });
      pos = end;
    } else if (wire === 1) {
      pos += 8;
    } else if (wire === 5) {
      pos += 4;
    } else {
      throw new Error(`unsupported wire type ${wire}`);
    }
  }
  if (pos !== buf.length) throw new Error('truncated message');
  return out;
}

function int64(v: bigint): number {
  return Number(BigInt.asIntN(64, v));
}

export function decodeDeleteOptionsMessage(raw: Buffer): DeleteOptions {
  const opts: { -readonly [K in keyof DeleteOptions]: DeleteOptions[K] } = {};
  const dryRun: string[] = [];
  for (const f of readFields(raw)) {
    if (f.no === 1 && f.varint !== undefined) opts.gracePeriodSeconds = int64(f.varint);
    else if (f.no === 2 && f.bytes) {
      const pre: { uid?: string; resourceVersion?: string } = {};
      for (const p of readFields(f.bytes)) {
        if (p.no === 1 && p.bytes) pre.uid = p.bytes.toString('utf8');
        if (p.no === 2 && p.bytes) pre.resourceVersion = p.bytes.toString('utf8');
      }
      opts.preconditions = pre;
    } else if (f.no === 3 && f.varint !== undefined) opts.orphanDependents = f.varint !== 0n;
    else if (f.no === 4 && f.bytes) opts.propagationPolicy = f.bytes.toString('utf8');
    else if (f.no === 5 && f.bytes) dryRun.push(f.bytes.toString('utf8'));
  }
  if (dryRun.length) opts.dryRun = dryRun;
  return opts;
}

/** Decodes a `k8s\0`-prefixed runtime.Unknown that wraps a v1 DeleteOptions. */
export function decodeDeleteOptionsProtobuf(body: Buffer): DeleteOptions {
  if (body.length < 4 || !body.subarray(0, 4).equals(PROTOBUF_MAGIC)) throw new Error('missing the k8s protobuf prefix');
  let raw: Buffer | undefined;
  let kind = '';
  for (const f of readFields(body.subarray(4))) {
    if (f.no === 1 && f.bytes) {
      for (const t of readFields(f.bytes)) if (t.no === 2 && t.bytes) kind = t.bytes.toString('utf8');
    }
    if (f.no === 2 && f.bytes) raw = f.bytes;
  }
  if (kind && kind !== 'DeleteOptions') throw new Error(`expected DeleteOptions, got ${kind}`);
  return raw ? decodeDeleteOptionsMessage(raw) : {};
}
