import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseK8sTime, toK8sTime, toMicroTime } from './time-format.js';

/** The plain definitions the cached/fast versions must equal. */
const refTime = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
const refMicro = (ms: number) => {
  const whole = Math.floor(ms);
  const micros = Math.min(999, Math.round((ms - whole) * 1000));
  return `${new Date(whole).toISOString().slice(0, 23)}${String(micros).padStart(3, '0')}Z`;
};

const instant = fc.double({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1), noNaN: true });

describe('time formats', () => {
  it('toK8sTime is RFC 3339 with whole seconds', () => {
    assert.equal(toK8sTime(Date.UTC(2026, 0, 1, 0, 0, 3, 999)), '2026-01-01T00:00:03Z');
    fc.assert(fc.property(fc.array(instant, { minLength: 1, maxLength: 20 }), (xs) => xs.every((x) => toK8sTime(x) === refTime(x))));
  });

  it('toMicroTime has exactly six fractional digits, whatever the order of calls', () => {
    assert.equal(toMicroTime(Date.UTC(2026, 0, 1, 0, 0, 3, 7) + 0.25), '2026-01-01T00:00:03.007250Z');
    assert.equal(toMicroTime(Date.UTC(2026, 0, 1, 0, 0, 3, 120)), '2026-01-01T00:00:03.120000Z');
    assert.equal(toMicroTime(Date.UTC(2026, 0, 1, 0, 0, 3, 5) + 0.9996), '2026-01-01T00:00:03.005999Z');
    fc.assert(fc.property(fc.array(instant, { minLength: 1, maxLength: 20 }), (xs) => xs.every((x) => {
      const s = toMicroTime(x);
      return s === refMicro(x) && /\.\d{6}Z$/.test(s);
    })));
    // Same second, then the next, then back: the cached second prefix must follow.
    const t = Date.UTC(2026, 5, 30, 23, 59, 59, 998);
    for (const x of [t, t + 1.5, t + 2, t - 1000, t + 86_400_000]) assert.equal(toMicroTime(x), refMicro(x));
  });

  it('parseK8sTime reads both encodings back', () => {
    assert.equal(parseK8sTime('2026-01-01T00:00:03Z'), Date.UTC(2026, 0, 1, 0, 0, 3));
    assert.equal(parseK8sTime('2026-01-01T00:00:03.007250Z'), Date.UTC(2026, 0, 1, 0, 0, 3, 7));
    assert.ok(Number.isNaN(parseK8sTime('yesterday')));
    assert.ok(Number.isNaN(parseK8sTime(undefined)));
  });
});
