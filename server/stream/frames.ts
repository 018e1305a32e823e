/**
 * Stream frames on the wire: JSON text (the objects of types.ts as they are) or protobuf
 * (kemu.v1.StreamFrame). Decoding protobuf fills every absent field with its proto3 default, so
 * both formats give clients the same complete objects.
 */
import { pb } from '../../proto/codec.js';
import type { StreamFormat } from './filter.js';
import type { StreamFrame } from './types.js';

export function encodeStreamFrame(frame: StreamFrame, format: StreamFormat): string | Uint8Array {
  return format === 'json' ? JSON.stringify(frame) : pb.StreamFrame.encode(frame).finish();
}

export class StreamFrameError extends Error {}

/** Decodes a frame of either format (text = JSON, binary = protobuf). */
export function decodeStreamFrame(data: string | Uint8Array): StreamFrame {
  if (typeof data === 'string') {
    let f: unknown;
    try {
      f = JSON.parse(data);
    } catch (err) {
      throw new StreamFrameError(`stream frame is not JSON: ${(err as Error).message}`);
    }
    if (!f || typeof f !== 'object' || (!('snapshot' in f) && !('delta' in f))) throw new StreamFrameError('stream frame has neither snapshot nor delta');
    return f as StreamFrame;
  }
  let msg;
  try {
    msg = pb.StreamFrame.decode(data);
  } catch (err) {
    throw new StreamFrameError(`stream frame does not decode: ${(err as Error).message}`);
  }
  // protobufjs keeps defaults on the prototype; toPlain copies them so JSON and proto read alike.
  if (msg.snapshot) return { snapshot: toPlain(msg.snapshot) as StreamFrame['snapshot'] & object };
  if (msg.delta) return { delta: toPlain(msg.delta) as NonNullable<StreamFrame['delta']> };
  throw new StreamFrameError('stream frame carries no message');
}

/** A decoded protobufjs message as a plain object with every field (defaults included). */
function toPlain(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(toPlain);
  if (v === null || typeof v !== 'object' || v instanceof Uint8Array) return v;
  // uint64 fields decode as Long objects (protobufjs finds the `long` package at run time).
  if (typeof (v as { toNumber?: unknown }).toNumber === 'function') return (v as { toNumber(): number }).toNumber();
  const out: Record<string, unknown> = {};
  const msg = v as Record<string, unknown>;
  const ctor = (v as { constructor?: { prototype?: object } }).constructor;
  const keys = new Set<string>(Object.keys(msg));
  // Fields left at their default live on the generated prototype.
  if (ctor && ctor !== Object && ctor.prototype) for (const k of Object.keys(ctor.prototype)) keys.add(k);
  for (const k of keys) {
    if (k === '$unknowns') continue;
    const val = msg[k];
    if (typeof val === 'function') continue;
    out[k] = toPlain(val);
  }
  return out;
}
