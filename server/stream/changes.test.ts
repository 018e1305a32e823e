import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { coalesce, PendingChanges, type PendingChange } from './changes.js';

const ch = (type: PendingChange['type'], name: string, rv: number, extra = ''): PendingChange =>
  ({ type, kind: 'Pod', object: { metadata: { namespace: 'default', name, annotations: { v: extra } } }, rv });

describe('coalesce', () => {
  it('keeps ADDED with the latest object when an unsent new object changes again', () => {
    assert.deepEqual(coalesce(ch('ADDED', 'a', 1), ch('MODIFIED', 'a', 2, 'x')), ch('ADDED', 'a', 2, 'x'));
  });
  it('sends nothing for an object added and deleted between two frames', () => {
    assert.equal(coalesce(ch('ADDED', 'a', 1), ch('DELETED', 'a', 2)), undefined);
  });
  it('sends DELETED for a known object modified then deleted', () => {
    assert.deepEqual(coalesce(ch('MODIFIED', 'a', 1), ch('DELETED', 'a', 2)), ch('DELETED', 'a', 2));
  });
  it('turns delete-then-recreate of a known name into MODIFIED (the client replaces it)', () => {
    assert.deepEqual(coalesce(ch('DELETED', 'a', 1), ch('ADDED', 'a', 2)), ch('MODIFIED', 'a', 2));
  });
});

describe('PendingChanges', () => {
  it('holds one change per object however often it changes', () => {
    const p = new PendingChanges();
    for (let i = 1; i <= 1000; i++) p.add(ch('MODIFIED', `pod-${i % 10}`, i));
    assert.equal(p.size, 10);
  });

  it('hands changes out oldest first, in frames of at most N', () => {
    const p = new PendingChanges();
    p.add(ch('MODIFIED', 'a', 1));
    p.add(ch('MODIFIED', 'b', 2));
    p.add(ch('MODIFIED', 'a', 3)); // a's latest change is now the newest
    assert.deepEqual(p.take(1).map((c) => [c.object.metadata?.name, c.rv]), [['b', 2]]);
    assert.deepEqual(p.take(5).map((c) => [c.object.metadata?.name, c.rv]), [['a', 3]]);
    assert.equal(p.size, 0);
  });
});
