import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { humanDuration, since } from './age.js';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('humanDuration (the AGE column)', () => {
  // upstream: TestHumanDuration (apimachinery/pkg/util/duration/duration_test.go)
  it('prints 2-3 significant figures like duration.HumanDuration', () => {
    const cases: Array<[number, string]> = [
      [S, '1s'], [70 * S, '70s'], [190 * S, '3m10s'], [70 * M, '70m'], [47 * H, '47h'], [49 * H, '2d1h'],
      [(8 * 24 + 2) * H, '8d'], [367 * D, '367d'], [(365 * 2 * 24 + 25) * H, '2y1d'], [(365 * 8 * 24 + 2) * H, '8y'],
    ];
    for (const [ms, want] of cases) assert.equal(humanDuration(ms), want, `${ms} ms`);
  });

  // upstream: TestHumanDurationBoundaries (duration_test.go)
  it('switches units exactly at the upstream boundaries', () => {
    const cases: Array<[number, string]> = [
      [-2 * S, '<invalid>'], [-2 * S + 1, '0s'], [0, '0s'], [S - 1, '0s'], [2 * M - 1, '119s'], [2 * M, '2m'], [2 * M + S, '2m1s'],
      [10 * M - 1, '9m59s'], [10 * M, '10m'], [10 * M + S, '10m'], [3 * H - 1, '179m'], [3 * H, '3h'], [3 * H + M, '3h1m'],
      [8 * H - 1, '7h59m'], [8 * H, '8h'], [8 * H + 59 * M, '8h'], [2 * D - 1, '47h'], [2 * D, '2d'], [2 * D + H, '2d1h'],
      [8 * D - 1, '7d23h'], [8 * D, '8d'], [8 * D + 23 * H, '8d'], [2 * 365 * D - 1, '729d'], [2 * 365 * D, '2y'],
      [2 * 365 * D + 24 * H, '2y1d'], [8 * 365 * D - 1, '7y364d'], [8 * 365 * D, '8y'], [9 * 365 * D, '9y'],
    ];
    for (const [ms, want] of cases) assert.equal(humanDuration(ms), want, `${ms} ms`);
  });

  it('reads ages from metav1.Time against the control plane clock, <unknown> without a timestamp', () => {
    const now = Date.UTC(2026, 0, 1, 12, 0, 0);
    assert.equal(since('2026-01-01T11:55:00Z', now), '5m');
    assert.equal(since(undefined, now), '<unknown>');
  });
});
