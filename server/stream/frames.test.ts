import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeStreamFrame, encodeStreamFrame, StreamFrameError } from './frames.js';
import type { StreamFrame } from './types.js';
import { nodeView, podView } from './views.js';

const frame: StreamFrame = {
  delta: {
    resource_version: 12345678901,
    changes: [
      { type: 'MODIFIED', node: nodeView({ metadata: { name: 'node-1', labels: { a: 'b' } }, spec: { taints: [{ key: 'k', effect: 'NoExecute' }] } }) },
      { type: 'DELETED', pod: podView({ metadata: { name: 'p', namespace: 'default' }, spec: { containers: [] } }) },
    ],
    usage: [{ node: 'node-1', time: 1.5, signals: [{ signal: 'memory.available', available: 8 * 2 ** 30, capacity: 16 * 2 ** 30, hard: 100 * 2 ** 20, soft: -1, hard_value: '100Mi', soft_value: '' }] }],
    clock: { now: 1767225600000.25, scale: 60, paused: true },
  },
};

describe('stream frames', () => {
  it('decode to the same objects from JSON and from protobuf', () => {
    const fromJson = decodeStreamFrame(encodeStreamFrame(frame, 'json') as string);
    const bin = encodeStreamFrame(frame, 'proto');
    assert.ok(bin instanceof Uint8Array);
    const fromProto = decodeStreamFrame(bin as Uint8Array);
    assert.deepEqual(fromJson, frame);
    const d = fromProto.delta!;
    assert.equal(d.resource_version, 12345678901, 'uint64 comes back as a number');
    assert.deepEqual(d.clock, frame.delta!.clock);
    assert.deepEqual(d.usage, frame.delta!.usage);
    assert.deepEqual(d.changes[0].node, frame.delta!.changes[0].node, 'defaults (empty strings, zeros, empty maps) are filled in');
    assert.deepEqual(d.changes[1].pod, frame.delta!.changes[1].pod);
    assert.equal(d.changes[1].type, 'DELETED');
  });

  it('is much smaller as protobuf than as JSON', () => {
    const json = (encodeStreamFrame(frame, 'json') as string).length;
    const proto = (encodeStreamFrame(frame, 'proto') as Uint8Array).byteLength;
    assert.ok(proto < json * 0.6, `proto ${proto} bytes vs JSON ${json} bytes`);
  });

  it('refuses text that is not a stream frame', () => {
    assert.throws(() => decodeStreamFrame('{"hello":1}'), StreamFrameError);
    assert.throws(() => decodeStreamFrame('not json'), StreamFrameError);
  });
});
