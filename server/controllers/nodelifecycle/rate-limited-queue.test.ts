import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../../core/clock/index.js';
import { AlwaysLimiter, NeverLimiter, RateLimitedTimedQueue, TokenBucket, type ActionResult, type TimedValue } from './rate-limited-queue.js';

const T = Date.UTC(2026, 0, 1);

function filled(clock = new ManualClock(T), limiter = new AlwaysLimiter()): RateLimitedTimedQueue {
  const q = new RateLimitedTimedQueue(clock, limiter);
  q.add('first', '11111');
  q.add('second', '22222');
  q.add('third', '33333');
  return q;
}

function drain(q: RateLimitedTimedQueue): string[] {
  const seen: string[] = [];
  q.try((v) => {
    seen.push(v.value);
    return { ok: true };
  });
  return seen;
}

describe('RateLimitedTimedQueue (scheduler/rate_limited_queue.go)', () => {
  // upstream: TestAddNode (rate_limited_queue_test.go)
  it('keeps added values in insertion order and in the de-duplication set', () => {
    const q = filled();
    assert.deepEqual(q.queued(), ['first', 'second', 'third']);
    assert.deepEqual(q.members().sort(), ['first', 'second', 'third']);
    assert.equal(q.add('second', 'x'), false);
  });

  // upstream: TestDelNode
  it('removes a value from both the heap and the set, wherever it is', () => {
    for (const [victim, rest] of [['first', ['second', 'third']], ['second', ['first', 'third']], ['third', ['first', 'second']]] as const) {
      const q = filled();
      assert.equal(q.remove(victim), true);
      assert.deepEqual(q.queued(), rest);
      assert.deepEqual(q.members(), rest);
    }
  });

  // upstream: TestTry
  it('processes every due value that is still queued', () => {
    const q = filled();
    q.remove('second');
    assert.deepEqual(drain(q).sort(), ['first', 'third']);
  });

  // upstream: TestTryOrdering
  it('requeues a value whose action asks for a retry and processes the others in order', () => {
    const clock = new ManualClock(T);
    const q = new RateLimitedTimedQueue(clock, new AlwaysLimiter());
    q.add('first', '1');
    clock.advance(1);
    q.add('second', '2');
    clock.advance(1);
    q.add('third', '3');
    const order: string[] = [];
    const seen: TimedValue[] = [];
    let retried = false;
    q.try((v): ActionResult => {
      seen.push(v);
      if (v.value === 'second' && !retried) {
        retried = true;
        return { ok: false, wait: 2 };
      }
      order.push(v.value);
      return { ok: true };
    });
    assert.deepEqual(order, ['first', 'third']);
    assert.equal(seen.length, 3);
    assert.deepEqual(seen.map((v) => v.addedAt - T), [0, 1, 2]);
    assert.deepEqual(q.queued(), ['second']); // due at now + 2ms + 1ns
    clock.advance(2);
    assert.deepEqual(drain(q), []);
    clock.advance(1);
    assert.deepEqual(drain(q), ['second']);
  });

  // upstream: TestTryRemovingWhileTry
  it('does not retry a value removed while its action was running', () => {
    const q = filled();
    const order: string[] = [];
    let count = 0;
    q.try((v) => {
      count++;
      if (v.value === 'second') {
        q.remove('second');
        return { ok: false, wait: 1 };
      }
      order.push(v.value);
      return { ok: true };
    });
    assert.deepEqual(order, ['first', 'third']);
    assert.equal(count, 3);
    assert.deepEqual(q.queued(), []);
  });

  // upstream: TestClear
  it('clear empties the queue', () => {
    const q = filled();
    q.clear();
    assert.deepEqual(q.queued(), []);
    assert.equal(q.add('first', '1'), true);
  });

  // upstream: TestSwapLimiter
  it('swaps limiters by QPS: 0 installs a never limiter, a positive QPS a token bucket', () => {
    const clock = new ManualClock(T);
    const q = new RateLimitedTimedQueue(clock, new AlwaysLimiter());
    q.swapLimiter(0);
    assert.equal(q.currentQPS, 0);
    q.add('a', '1');
    assert.deepEqual(drain(q), []);
    q.swapLimiter(5.5);
    assert.equal(q.currentQPS, Math.fround(5.5));
  });

  // upstream: TestAddAfterTry
  it('does not re-add a processed value until Remove is called', () => {
    const q = filled();
    q.remove('second');
    assert.deepEqual(drain(q).sort(), ['first', 'third']);
    assert.equal(q.add('first', '11111'), false);
    assert.deepEqual(drain(q), []);
    assert.equal(q.remove('first'), true);
    assert.equal(q.add('first', '11111'), true);
    assert.deepEqual(drain(q), ['first']);
  });
});

describe('token bucket semantics of the zone queues', () => {
  it('starts full: the first node goes at once, then one every 1/qps seconds', () => {
    const clock = new ManualClock(T);
    const q = new RateLimitedTimedQueue(clock, new TokenBucket(clock, 0.1));
    for (const n of ['a', 'b', 'c']) q.add(n, n);
    const done: Array<[string, number]> = [];
    const timer = clock.every(100, () => q.try((v) => (done.push([v.value, clock.now() - T]), { ok: true })));
    q.try((v) => (done.push([v.value, clock.now() - T]), { ok: true }));
    clock.advance(25_000);
    timer.cancel();
    assert.deepEqual(done, [['a', 0], ['b', 10_000], ['c', 20_000]]);
  });

  it('consumes a token even when the head is not due yet', () => {
    const clock = new ManualClock(T);
    const q = new RateLimitedTimedQueue(clock, new TokenBucket(clock, 1));
    q.add('a', 'a');
    q.try(() => ({ ok: false, wait: 500 })); // token 1 used, retry at +500ms
    clock.advance(1000); // one token back
    q.try(() => ({ ok: true }));
    assert.deepEqual(q.queued(), []);
    q.remove('a');
    q.add('a', 'a');
    const seen: string[] = [];
    q.try((v) => (seen.push(v.value), { ok: true })); // no token left
    assert.deepEqual(seen, []);
  });

  it('drains the new bucket when swapping away from an empty one, and keeps a bucket with the same QPS', () => {
    const clock = new ManualClock(T);
    const q = new RateLimitedTimedQueue(clock, new TokenBucket(clock, 0.1));
    q.add('a', 'a');
    assert.deepEqual(drain(q), ['a']); // bucket now empty
    q.swapLimiter(0.1); // same QPS: unchanged
    q.swapLimiter(0.5); // old bucket empty → the new one is drained once
    q.add('b', 'b');
    assert.deepEqual(drain(q), []);
    clock.advance(2000);
    assert.deepEqual(drain(q), ['b']);
  });

  it('keeps the never limiter when asked for QPS 1, because it reports QPS 1 (upstream quirk)', () => {
    const clock = new ManualClock(T);
    const q = new RateLimitedTimedQueue(clock, new TokenBucket(clock, 1));
    q.swapLimiter(0);
    q.swapLimiter(1);
    q.add('a', 'a');
    clock.advance(10_000);
    assert.deepEqual(drain(q), []);
    assert.equal(new NeverLimiter().qps(), 1);
  });
});
