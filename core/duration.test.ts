import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DurationError, formatDuration, formatDurationNs, parseDuration, parseDurationNs } from './duration.js';

const ns = 1n, us = 1_000n, ms = 1_000_000n, s = 1_000_000_000n, m = 60n * s, h = 60n * m;
const MAX = (1n << 63n) - 1n;
const MIN = -(1n << 63n);

describe('parseDuration (time.ParseDuration)', () => {
  // upstream: parseDurationTests (go/src/time/time_test.go)
  const table: Array<[string, bigint]> = [
    // simple
    ['0', 0n], ['5s', 5n * s], ['30s', 30n * s], ['1478s', 1478n * s],
    // sign
    ['-5s', -5n * s], ['+5s', 5n * s], ['-0', 0n], ['+0', 0n],
    // decimal
    ['5.0s', 5n * s], ['5.6s', 5n * s + 600n * ms], ['5.s', 5n * s], ['.5s', 500n * ms], ['1.0s', s], ['1.00s', s],
    ['1.004s', s + 4n * ms], ['1.0040s', s + 4n * ms], ['100.00100s', 100n * s + ms],
    // different units
    ['10ns', 10n * ns], ['11us', 11n * us], ['12µs', 12n * us], ['12μs', 12n * us], ['13ms', 13n * ms], ['14s', 14n * s],
    ['15m', 15n * m], ['16h', 16n * h],
    // composite durations
    ['3h30m', 3n * h + 30n * m], ['10.5s4m', 4n * m + 10n * s + 500n * ms], ['-2m3.4s', -(2n * m + 3n * s + 400n * ms)],
    ['1h2m3s4ms5us6ns', h + 2n * m + 3n * s + 4n * ms + 5n * us + 6n * ns], ['39h9m14.425s', 39n * h + 9n * m + 14n * s + 425n * ms],
    // large value
    ['52763797000ns', 52763797000n],
    // more than 9 digits after decimal point, see https://golang.org/issue/6617
    ['0.3333333333333333333h', 20n * m],
    // 9007199254740993 = 1<<53+1 cannot be stored precisely in a float64
    ['9007199254740993ns', (1n << 53n) + 1n],
    // largest duration that can be represented by int64 in nanoseconds
    ['9223372036854775807ns', MAX], ['9223372036854775.807us', MAX], ['9223372036s854ms775us807ns', MAX],
    ['-9223372036854775808ns', MIN], ['-9223372036854775.808us', MIN], ['-9223372036s854ms775us808ns', MIN],
    // largest negative round trip value, see https://golang.org/issue/48629
    ['-2562047h47m16.854775808s', MIN],
    // huge string; issue 15011.
    ['0.100000000000000000000h', 6n * m],
    // This value tests the first overflow check in leadingFraction.
    ['0.830103483285477580700h', 49n * m + 48n * s + 372539827n * ns],
  ];

  it('parses every upstream table entry to the exact nanosecond count', () => {
    for (const [input, want] of table) assert.equal(parseDurationNs(input), want, input);
  });

  it('returns milliseconds, fractional below a millisecond', () => {
    assert.equal(parseDuration('1m30s'), 90_000);
    assert.equal(parseDuration('1.5h'), 5_400_000);
    assert.equal(parseDuration('500ms'), 500);
    assert.equal(parseDuration('-2m3.4s'), -123_400);
    assert.equal(parseDuration('1ns'), 0.000001);
    assert.equal(parseDuration('1.5us'), 0.0015);
    assert.equal(parseDuration('0'), 0);
  });

  it('fails with Go error messages', () => {
    // upstream: parseDurationErrorTests / TestParseDurationErrors
    const errors: Array<[string, string]> = [
      ['', '""'], ['3', '"3"'], ['-', '"-"'], ['s', '"s"'], ['.', '"."'], ['-.', '"-."'], ['.s', '".s"'], ['+.s', '"+.s"'],
      ['1d', '"1d"'], ['\uFFFD', '"\\xef\\xbf\\xbd"'], ['\uFFFD hello \uFFFD world', '"\\xef\\xbf\\xbd hello \\xef\\xbf\\xbd world"'],
      // overflow
      ['9223372036854775810ns', '"9223372036854775810ns"'], ['9223372036854775808ns', '"9223372036854775808ns"'],
      ['-9223372036854775809ns', '"-9223372036854775809ns"'], ['9223372036854776us', '"9223372036854776us"'],
      ['3000000h', '"3000000h"'], ['9223372036854775.808us', '"9223372036854775.808us"'],
      ['9223372036854ms775us808ns', '"9223372036854ms775us808ns"'],
    ];
    for (const [input, expect] of errors) {
      assert.throws(() => parseDuration(input), (e: unknown) => e instanceof DurationError && e.message.includes(expect), input);
    }
  });

  it('says which part is wrong: invalid, missing unit, or unknown unit', () => {
    assert.throws(() => parseDuration('x'), { message: 'time: invalid duration "x"' });
    assert.throws(() => parseDuration('10'), { message: 'time: missing unit in duration "10"' });
    assert.throws(() => parseDuration('1d'), { message: 'time: unknown unit "d" in duration "1d"' });
    assert.throws(() => parseDuration('5m 10s'), { message: 'time: unknown unit "m " in duration "5m 10s"' });
    assert.throws(() => parseDuration('1µ'), { message: 'time: unknown unit "\\xc2\\xb5" in duration "1\\xc2\\xb5"' });
  });
});

describe('formatDuration (Duration.String)', () => {
  // upstream: durationTests / TestDurationString (go/src/time/time_test.go)
  const table: Array<[string, bigint]> = [
    ['0s', 0n], ['1ns', ns], ['1.1µs', 1100n * ns], ['2.2ms', 2200n * us], ['3.3s', 3300n * ms], ['4m5s', 4n * m + 5n * s],
    ['4m5.001s', 4n * m + 5001n * ms], ['5h6m7.001s', 5n * h + 6n * m + 7001n * ms], ['8m0.000000001s', 8n * m + ns],
    ['2562047h47m16.854775807s', MAX], ['-2562047h47m16.854775808s', MIN],
  ];

  it('formats every upstream table entry, and the negation with a leading "-"', () => {
    for (const [want, d] of table) {
      assert.equal(formatDurationNs(d), want);
      if (d > 0n) assert.equal(formatDurationNs(-d), `-${want}`);
    }
  });

  it('round-trips the extremes', () => {
    // upstream: TestParseDurationRoundTrip
    assert.equal(parseDurationNs(formatDurationNs(MAX)), MAX);
    assert.equal(parseDurationNs(formatDurationNs(MIN)), MIN);
  });

  it('formats milliseconds the Go way', () => {
    assert.equal(formatDuration(90_000), '1m30s');
    assert.equal(formatDuration(300_000), '5m0s');
    assert.equal(formatDuration(3_600_000), '1h0m0s');
    assert.equal(formatDuration(1500), '1.5s');
    assert.equal(formatDuration(100), '100ms');
    assert.equal(formatDuration(0), '0s');
    assert.equal(formatDuration(0.0015), '1.5µs');
    assert.equal(formatDuration(-40_000), '-40s');
    assert.throws(() => formatDuration(NaN), DurationError);
  });

  it('round-trips random millisecond durations through their string form', () => {
    for (let i = 0; i < 2000; i++) {
      const d = Math.round(Math.sin(i) * 10 ** (i % 13)) || 0;
      assert.equal(parseDuration(formatDuration(d)), d, String(d));
    }
  });
});
