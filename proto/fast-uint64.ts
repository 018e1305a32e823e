// uint64 fields (stats bytes, times) without protobufjs' LongBits object per value: numbers that
// are whole and below 2^53 are written and read as plain varints, byte for byte what the LongBits
// path produces; anything else (negative, fractional, huge, or near the end of a buffer) goes
// through the original code. Status frames carry a dozen of these per node every 10 s.
import $protobuf from 'protobufjs/minimal.js';

const { Writer, Reader } = $protobuf;

const writeU64 = Writer.prototype.uint64;
Writer.prototype.uint64 = function fastUint64(this: $protobuf.Writer, value: number | string | $protobuf.Long): $protobuf.Writer {
  if (typeof value !== 'number' || !(value >= 0) || value > Number.MAX_SAFE_INTEGER || !Number.isInteger(value) || this.pos + 10 > this.buf.length) {
    return writeU64.call(this, value);
  }
  const buf = this.buf;
  let pos = this.pos;
  let v = value;
  while (v > 127) {
    buf[pos++] = (v % 128) | 128;
    v = Math.floor(v / 128);
  }
  buf[pos++] = v;
  this.pos = pos;
  return this;
};

const readU64 = Reader.prototype.uint64;
Reader.prototype.uint64 = function fastReadUint64(this: $protobuf.Reader): number | $protobuf.Long {
  // Up to 7 bytes (49 bits) the sum is exact, and equal to LongBits' lo + hi * 2^32.
  // (Nested messages lower `len` to their own end, so the bound is checked per byte.)
  const buf = this.buf;
  const len = this.len;
  let pos = this.pos;
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 7 && pos < len; i++) {
    const b = buf[pos++];
    value += (b & 127) * scale;
    if (b < 128) {
      this.pos = pos;
      return value;
    }
    scale *= 128;
  }
  return readU64.call(this); // from the original position: huge values, or a truncated varint (throws as before)
} as typeof readU64;
