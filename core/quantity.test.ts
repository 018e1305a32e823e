import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  ErrFormatWrong, ErrNumeric, ErrSuffix, EvictionPercentageMessages, PercentageError, Quantity, QuantityError,
  type QuantityFormat, formatQuantity, parsePercentage, parseQuantity, parseQuantityString, unmarshalQuantity,
} from './quantity.js';

const MOST_POSITIVE = (1n << 63n) - 1n;
const MOST_NEGATIVE = -(1n << 63n);
/** upstream decQuantity(i, exponent, format): i × 10^exponent */
const dec = (i: number | bigint, exponent: number, format: QuantityFormat): Quantity => Quantity.fromScaled(i, exponent, format);

describe('parseQuantity', () => {
  // upstream: TestQuantityParse (quantity_test.go)
  const table: Array<[string, Quantity]> = [
    ['0', dec(0, 0, 'DecimalSI')], ['0n', dec(0, 0, 'DecimalSI')], ['0u', dec(0, 0, 'DecimalSI')], ['0m', dec(0, 0, 'DecimalSI')],
    ['0Ki', dec(0, 0, 'BinarySI')], ['0k', dec(0, 0, 'DecimalSI')], ['0Mi', dec(0, 0, 'BinarySI')], ['0M', dec(0, 0, 'DecimalSI')],
    ['0Gi', dec(0, 0, 'BinarySI')], ['0G', dec(0, 0, 'DecimalSI')], ['0Ti', dec(0, 0, 'BinarySI')], ['0T', dec(0, 0, 'DecimalSI')],
    // Quantity less numbers are allowed
    ['1', dec(1, 0, 'DecimalSI')],
    // Binary suffixes
    ['1Ki', dec(1024, 0, 'BinarySI')], ['8Ki', dec(8 * 1024, 0, 'BinarySI')], ['7Mi', dec(7 * 2 ** 20, 0, 'BinarySI')],
    ['6Gi', dec(6 * 2 ** 30, 0, 'BinarySI')], ['5Ti', dec(5 * 2 ** 40, 0, 'BinarySI')], ['4Pi', dec(4n << 50n, 0, 'BinarySI')],
    ['3Ei', dec(3n << 60n, 0, 'BinarySI')], ['10Ti', dec(10 * 2 ** 40, 0, 'BinarySI')], ['100Ti', dec(100 * 2 ** 40, 0, 'BinarySI')],
    // Decimal suffixes
    ['5n', dec(5, -9, 'DecimalSI')], ['4u', dec(4, -6, 'DecimalSI')], ['3m', dec(3, -3, 'DecimalSI')], ['9', dec(9, 0, 'DecimalSI')],
    ['8k', dec(8, 3, 'DecimalSI')], ['50k', dec(5, 4, 'DecimalSI')], ['7M', dec(7, 6, 'DecimalSI')], ['6G', dec(6, 9, 'DecimalSI')],
    ['5T', dec(5, 12, 'DecimalSI')], ['40T', dec(4, 13, 'DecimalSI')], ['300T', dec(3, 14, 'DecimalSI')], ['2P', dec(2, 15, 'DecimalSI')],
    ['1E', dec(1, 18, 'DecimalSI')],
    // Decimal exponents
    ['1E-3', dec(1, -3, 'DecimalExponent')], ['1e3', dec(1, 3, 'DecimalExponent')], ['1E6', dec(1, 6, 'DecimalExponent')],
    ['1e9', dec(1, 9, 'DecimalExponent')], ['1E12', dec(1, 12, 'DecimalExponent')], ['1e15', dec(1, 15, 'DecimalExponent')],
    ['1E18', dec(1, 18, 'DecimalExponent')],
    // Nonstandard but still parsable
    ['1e14', dec(1, 14, 'DecimalExponent')], ['1e13', dec(1, 13, 'DecimalExponent')], ['100.035k', dec(100035, 0, 'DecimalSI')],
    // Things that look like floating point
    ['0.001', dec(1, -3, 'DecimalSI')], ['0.0005k', dec(5, -1, 'DecimalSI')], ['0.005', dec(5, -3, 'DecimalSI')],
    ['0.05', dec(5, -2, 'DecimalSI')], ['0.5', dec(5, -1, 'DecimalSI')], ['0.00050k', dec(5, -1, 'DecimalSI')],
    ['0.00500', dec(5, -3, 'DecimalSI')], ['0.05000', dec(5, -2, 'DecimalSI')], ['0.50000', dec(5, -1, 'DecimalSI')],
    ['0.5e0', dec(5, -1, 'DecimalExponent')], ['0.5e-1', dec(5, -2, 'DecimalExponent')], ['0.5e-2', dec(5, -3, 'DecimalExponent')],
    ['10.035M', dec(10035, 3, 'DecimalSI')],
    ['1.2e3', dec(12, 2, 'DecimalExponent')], ['1.3E+6', dec(13, 5, 'DecimalExponent')], ['1.40e9', dec(14, 8, 'DecimalExponent')],
    ['1.53E12', dec(153, 10, 'DecimalExponent')], ['1.6e15', dec(16, 14, 'DecimalExponent')], ['1.7E18', dec(17, 17, 'DecimalExponent')],
    ['9.01', dec(901, -2, 'DecimalSI')], ['8.1k', dec(81, 2, 'DecimalSI')], ['7.123456M', dec(7123456, 0, 'DecimalSI')],
    ['6.987654321G', dec(6987654321, 0, 'DecimalSI')], ['5.444T', dec(5444, 9, 'DecimalSI')], ['40.1T', dec(401, 11, 'DecimalSI')],
    ['300.2T', dec(3002, 11, 'DecimalSI')], ['2.5P', dec(25, 14, 'DecimalSI')], ['1.01E', dec(101, 16, 'DecimalSI')],
    // Things that saturate/round
    ['3.001n', dec(4, -9, 'DecimalSI')], ['1.1E-9', dec(2, -9, 'DecimalExponent')], ['0.0000000001', dec(1, -9, 'DecimalSI')],
    ['0.0000000005', dec(1, -9, 'DecimalSI')], ['0.00000000050', dec(1, -9, 'DecimalSI')], ['0.5e-9', dec(1, -9, 'DecimalExponent')],
    ['0.9n', dec(1, -9, 'DecimalSI')], ['0.00000012345', dec(124, -9, 'DecimalSI')], ['0.00000012354', dec(124, -9, 'DecimalSI')],
    ['9Ei', dec(MOST_POSITIVE, 0, 'BinarySI')], ['9223372036854775807Ki', dec(MOST_POSITIVE, 0, 'BinarySI')],
    ['12E', dec(12, 18, 'DecimalSI')],
    // We'll accept fractional binary stuff, too.
    ['100.035Ki', dec(10243584, -2, 'BinarySI')], ['0.5Mi', dec(0.5 * 2 ** 20, 0, 'BinarySI')],
    ['0.05Gi', dec(536870912, -1, 'BinarySI')], ['0.025Ti', dec(274877906944, -1, 'BinarySI')],
    // Things written by trolls
    ['0.000000000001Ki', dec(2, -9, 'DecimalSI')], // rounds up, changes format
    ['.001', dec(1, -3, 'DecimalSI')], ['.0001k', dec(100, -3, 'DecimalSI')], ['1.', dec(1, 0, 'DecimalSI')], ['1.G', dec(1, 9, 'DecimalSI')],
  ];

  it('parses every upstream table entry to the exact value and format', () => {
    for (const [input, want] of table) {
      const got = parseQuantity(input);
      assert.equal(got.cmp(want), 0, `${input}: got ${got}, want ${want}`);
      assert.equal(got.format, want.format, input);
    }
  });

  it('parses the negative of every entry to the negated value with the same format', () => {
    for (const [input, want] of table) {
      const got = parseQuantity(`-${input}`);
      assert.equal(got.cmp(want.neg()), 0, `-${input}: got ${got}`);
      assert.equal(got.format, want.format, `-${input}`);
    }
  });

  it('accepts an explicit + sign on every entry', () => {
    for (const [input, want] of table) {
      const got = parseQuantity(`+${input}`);
      assert.equal(got.cmp(want), 0, `+${input}`);
      assert.equal(got.format, want.format, `+${input}`);
    }
  });

  it('rejects the empty string and malformed input with upstream errors', () => {
    assert.throws(() => parseQuantity(''), { message: ErrFormatWrong });
    const invalid = ['1.1.M', '1+1.0M', '0.1mi', '0.1am', 'aoeu', '.5i', '1i', '-3.01i', '-3.01e-', '1e4294967297', ' 1', '1 '];
    for (const s of invalid) assert.throws(() => parseQuantity(s), QuantityError, s);
  });

  it('uses ErrFormatWrong for a bad shape, ErrSuffix for an unknown suffix, ErrNumeric for no digits', () => {
    assert.equal(ErrFormatWrong, "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
    assert.throws(() => parseQuantity('1.1.M'), { message: ErrFormatWrong });
    assert.throws(() => parseQuantity('Non-Numeric'), { message: ErrFormatWrong }); // upstream: TestQuantityParseNonNumericPanic
    assert.throws(() => parseQuantity('0.1mi'), { message: ErrSuffix });
    assert.throws(() => parseQuantity('1kk'), { message: ErrSuffix });
    assert.throws(() => parseQuantity('.e-10'), { message: ErrNumeric });
  });

  it('refuses decimal exponents outside int32 instead of truncating them', () => {
    // upstream: TestInterpretExponentInt32Bounds
    assert.equal(parseQuantity('1E2147483647').format, 'DecimalExponent');
    assert.equal(parseQuantity('1E-2147483647').toString(), '1e-9');
    for (const s of ['1E2147483648', '1E-2147483648', '1E4294967297', '1E9223372036854775808']) {
      assert.throws(() => parseQuantity(s), { message: ErrSuffix }, s);
    }
  });

  it('splits sign, digits, fraction and suffix like parseQuantityString', () => {
    // upstream: TestParseQuantityString
    const rows: Array<[string, boolean, string, string, string, string]> = [
      ['0.025Ti', true, '0.025', '0', '025', 'Ti'], ['1.025Ti', true, '1.025', '1', '025', 'Ti'],
      ['-1.025Ti', false, '-1.025', '1', '025', 'Ti'], ['.', true, '.', '0', '', ''], ['-.', false, '-.', '0', '', ''],
      ['1E-3', true, '1', '1', '', 'E-3'],
    ];
    for (const [input, positive, value, num, denom, suffix] of rows) {
      assert.deepEqual(parseQuantityString(input), { positive, value, num, denom, suffix }, input);
    }
  });

  it('prints "0" for a parsed zero', () => {
    // upstream: TestQuantityParseZero
    assert.equal(parseQuantity('0').toString(), '0');
  });

  it('ignores surrounding whitespace only when unmarshalling JSON', () => {
    // upstream: TestJSONWhitespace
    for (const [input, want] of [[' 1', '1'], ['1 ', '1'], ['10', '10'], ['-1', '-1'], [' -1', '-1']]) {
      assert.equal(unmarshalQuantity(input).toString(), want);
    }
  });
});

describe('Quantity.toString (canonical form)', () => {
  // upstream: TestQuantityString — [quantity, canonical, alternate spelling that canonicalizes to it]
  const table: Array<[Quantity, string, string]> = [
    [dec(2 ** 30, 0, 'BinarySI'), '1Gi', '1024Mi'], [dec(300 * 2 ** 20, 0, 'BinarySI'), '300Mi', '307200Ki'],
    [dec(6 * 1024, 0, 'BinarySI'), '6Ki', ''], [dec(1001 * 2 ** 30, 0, 'BinarySI'), '1001Gi', '1025024Mi'],
    [dec(2 ** 40, 0, 'BinarySI'), '1Ti', '1024Gi'], [dec(5, 0, 'BinarySI'), '5', '5000m'], [dec(500, -3, 'BinarySI'), '500m', '0.5'],
    [dec(1, 9, 'DecimalSI'), '1G', '1000M'], [dec(1000, 6, 'DecimalSI'), '1G', '0.001T'], [dec(1000000, 3, 'DecimalSI'), '1G', ''],
    [dec(1000000000, 0, 'DecimalSI'), '1G', ''], [dec(1, -3, 'DecimalSI'), '1m', '1000u'], [dec(80, -3, 'DecimalSI'), '80m', ''],
    [dec(1080, -3, 'DecimalSI'), '1080m', '1.08'], [dec(108, -2, 'DecimalSI'), '1080m', '1080000000n'],
    [dec(10800, -4, 'DecimalSI'), '1080m', ''], [dec(300, 6, 'DecimalSI'), '300M', ''], [dec(1, 12, 'DecimalSI'), '1T', ''],
    [dec(1, 18, 'DecimalSI'), '1E', ''], [dec(1, 21, 'DecimalSI'), '1e21', '1000E'], [dec(5, 21, 'DecimalSI'), '5e21', '5000E'],
    [dec(1, 24, 'DecimalSI'), '1e24', '1000000E'],
    [dec(1, 70, 'BinarySI'), '10e69', ''], [dec(2, 70, 'BinarySI'), '20e69', ''], [dec(1, 72, 'BinarySI'), '1e72', ''],
    [dec(1234567, 6, 'DecimalSI'), '1234567M', ''], [dec(1234567, -3, 'BinarySI'), '1234567m', ''],
    [dec(3, 3, 'DecimalSI'), '3k', ''], [dec(1025, 0, 'BinarySI'), '1025', ''], [dec(0, 0, 'DecimalSI'), '0', ''],
    [dec(0, 0, 'BinarySI'), '0', ''], [dec(1, 9, 'DecimalExponent'), '1e9', '.001e12'], [dec(1, -3, 'DecimalExponent'), '1e-3', '0.001e0'],
    [dec(1, -9, 'DecimalExponent'), '1e-9', '1000e-12'], [dec(80, -3, 'DecimalExponent'), '80e-3', ''],
    [dec(300, 6, 'DecimalExponent'), '300e6', ''], [dec(1, 12, 'DecimalExponent'), '1e12', ''], [dec(1, 3, 'DecimalExponent'), '1e3', ''],
    [dec(3, 3, 'DecimalExponent'), '3e3', ''], [dec(0, 0, 'DecimalExponent'), '0', '00'], [dec(1, -9, 'DecimalSI'), '1n', ''],
    [dec(80, -9, 'DecimalSI'), '80n', ''], [dec(1080, -9, 'DecimalSI'), '1080n', ''], [dec(108, -8, 'DecimalSI'), '1080n', ''],
    [dec(10800, -10, 'DecimalSI'), '1080n', ''], [dec(1, -6, 'DecimalSI'), '1u', ''], [dec(80, -6, 'DecimalSI'), '80u', ''],
    [dec(1080, -6, 'DecimalSI'), '1080u', ''],
  ];

  it('prints every upstream table entry canonically and parses the canonical text back unchanged', () => {
    for (const [q, canonical] of table) {
      assert.equal(q.toString(), canonical);
      assert.equal(parseQuantity(canonical).toString(), canonical);
    }
  });

  it('canonicalizes alternate spellings', () => {
    for (const [, canonical, alternate] of table) {
      if (alternate !== '') assert.equal(parseQuantity(alternate).toString(), canonical, alternate);
    }
  });

  it('prefixes "-" for negative values and never prints "-0"', () => {
    for (const [q, canonical] of table) {
      assert.equal(q.neg().toString(), q.isZero() ? '0' : `-${canonical}`);
    }
  });

  it('re-emits parsed values in canonical form', () => {
    // upstream: TestQuantityParseEmit
    const rows: Array<[string, string]> = [
      ['1Ki', '1Ki'], ['1Mi', '1Mi'], ['1Gi', '1Gi'], ['1024Mi', '1Gi'], ['1000M', '1G'], ['.001Ki', '1024m'],
      ['.000001Ki', '1024u'], ['.000000001Ki', '1024n'], ['.000000000001Ki', '2n'],
    ];
    for (const [input, want] of rows) {
      assert.equal(parseQuantity(input).toString(), want);
      assert.equal(parseQuantity(`-${input}`).toString(), `-${want}`);
    }
  });

  it('writes 1.5Gi as 1536Mi and 0.1 as 100m', () => {
    assert.equal(parseQuantity('1.5Gi').toString(), '1536Mi');
    assert.equal(parseQuantity('0.1').toString(), '100m');
    assert.equal(parseQuantity('1.5').toString(), '1500m');
  });

  it('keeps BinarySI values with no binary factor as plain integers', () => {
    // upstream: TestBinarySIZeroExponentString
    assert.equal(dec(2000, 0, 'BinarySI').toString(), '2000');
    assert.equal(dec(-2000, 0, 'BinarySI').toString(), '-2000');
  });

  it('falls back to an exact decimal form past Ei instead of dropping the magnitude', () => {
    // upstream: TestBinarySIPastEiArithmeticRoundTrip
    const q = parseQuantity('1Ei').mul(1024);
    assert.equal(q.toString(), '1180591620717411303424');
    assert.equal(JSON.stringify(q), '"1180591620717411303424"');
    assert.equal(parseQuantity(q.toString()).cmp(q), 0);
  });

  it('uses exponent notation below nano', () => {
    // upstream: TestQuantityStringBelowNano
    assert.equal(dec(1, -12, 'DecimalSI').toString(), '1e-12');
    assert.equal(dec(1, -10, 'DecimalSI').toString(), '100e-12');
  });

  it('returns the text as written when it was already canonical (quantity.go caches it)', () => {
    assert.equal(parseQuantity('+3Ki').toString(), '+3Ki');
    assert.equal(parseQuantity('100m').toString(), '100m');
    assert.equal(parseQuantity('1000m').toString(), '1');
    assert.equal(parseQuantity('8Ki').toString(), '8Ki');
    assert.equal(parseQuantity('1024Ki').toString(), '1Mi');
  });

  it('round-trips random quantities through their string form', () => {
    // upstream: TestJSON (fuzzed) — same shapes as the upstream fuzzer
    const arb = fc.oneof(
      fc.tuple(fc.bigInt({ min: 0n, max: MOST_POSITIVE }), fc.constant(0), fc.constant<QuantityFormat>('BinarySI')),
      fc.tuple(fc.bigInt({ min: 0n, max: 1023n }).chain((v) => fc.integer({ min: 0, max: 4 }).map((k) => v << BigInt(10 * k))), fc.constant(0), fc.constant<QuantityFormat>('BinarySI')),
      fc.tuple(fc.bigInt({ min: 0n, max: MOST_POSITIVE }), fc.integer({ min: -3, max: 0 }), fc.constantFrom<QuantityFormat>('DecimalSI', 'DecimalExponent')),
      fc.tuple(fc.bigInt({ min: 0n, max: 999n }), fc.integer({ min: -3, max: 11 }), fc.constantFrom<QuantityFormat>('DecimalSI', 'DecimalExponent')),
    );
    fc.assert(fc.property(arb, ([v, e, f]) => {
      const q = dec(v, e, f);
      assert.equal(unmarshalQuantity(JSON.parse(JSON.stringify(q)) as string).cmp(q), 0, q.toString());
    }), { seed: 42, numRuns: 500 });
  });
});

describe('Quantity arithmetic and comparison', () => {
  it('compares exactly', () => {
    // upstream: TestQuantityCmp
    const rows: Array<[string, string, number]> = [['0', '0', 0], ['100m', '50m', 1], ['50m', '100m', -1], ['10000T', '100Gi', 1]];
    for (const [x, y, want] of rows) assert.equal(parseQuantity(x).cmp(parseQuantity(y)), want, `${x} vs ${y}`);
  });

  it('compares across scales and beyond int64 without rounding', () => {
    // upstream: TestQuantityCmpInt64AndDec
    const q = (v: bigint | number, e: number) => dec(v, e, 'DecimalSI');
    const rows: Array<[Quantity, Quantity, number]> = [
      [q(901, -2), q(901, -2), 0], [q(90, -1), q(901, -2), -1], [q(901, -2), q(900, -2), 1], [q(0, 0), q(0, 0), 0],
      [q(0, 1), q(0, -1), 0], [q(800, -3), q(1, 0), -1], [q(800, -3), q(79, -2), 1],
      [q(MOST_POSITIVE, 0), q(1, -1), 1], [q(MOST_POSITIVE, 1), q(1, 0), 1], [q(MOST_POSITIVE, 1), q(1, 1), 1],
      [q(MOST_POSITIVE, 1), q(0, 1), 1], [q(MOST_POSITIVE, -16), q(1, 3), -1], [q(MOST_NEGATIVE, 0), q(0, 0), -1],
      [q(MOST_NEGATIVE, -18), q(-1, 0), -1], [q(MOST_NEGATIVE, -19), q(-1, 0), 1],
      [q(10n ** 18n, -17), q(1, 1), 0], [q(10n ** 18n, -17), q(-10, 0), 1], [q(-(10n ** 18n), -17), q(-10, 0), 0],
      [q(10n ** 18n, -17), q(1, 0), 1], [q(10n ** 18n + 1n, -17), q(1, 1), 1], [q(10n ** 18n - 1n, -17), q(1, 1), -1],
    ];
    for (const [a, b, want] of rows) {
      assert.equal(a.cmp(b), want, `${a} vs ${b}`);
      assert.equal(b.cmp(a), want === 0 ? 0 : -want, `${b} vs ${a}`);
    }
  });

  it('compares quantities whose exponents are far apart without writing them out', () => {
    assert.equal(parseQuantity('1e2000000').cmp(parseQuantity('1e-2000000')), 1);
    assert.equal(parseQuantity('-1e2000000').cmp(parseQuantity('1')), -1);
    assert.equal(parseQuantity('1e2000000').cmpInt(Number.MAX_SAFE_INTEGER), 1);
  });

  it('adds, keeping the receiver format unless the receiver is zero', () => {
    // upstream: TestAdd, TestQuantityAddZeroPreservesSuffix
    assert.equal(dec(10, 0, 'DecimalSI').add(dec(1, 1, 'DecimalSI')).cmp(dec(20, 0, 'DecimalSI')), 0);
    assert.equal(dec(10, 0, 'DecimalSI').add(dec(1, 0, 'BinarySI')).format, 'DecimalSI');
    assert.equal(dec(10, 0, 'BinarySI').add(dec(1, 0, 'DecimalSI')).format, 'BinarySI');
    assert.equal(Quantity.zero().add(dec(50, 0, 'DecimalSI')).cmp(dec(50, 0, 'DecimalSI')), 0);
    assert.ok(Quantity.zero().add(Quantity.zero()).isZero());
    const zero = parseQuantity('0');
    for (const v of ['100m', '1Gi']) {
      assert.equal(parseQuantity(v).add(zero).toString(), v);
      assert.equal(zero.add(parseQuantity(v)).toString(), v);
    }
  });

  it('subtracts, a zero receiver taking the subtrahend format', () => {
    // upstream: TestSub, TestQuantitySubZeroPreservesSuffix
    assert.ok(dec(10, 0, 'DecimalSI').sub(dec(1, 1, 'DecimalSI')).isZero());
    assert.equal(dec(10, 0, 'DecimalSI').sub(dec(1, 0, 'BinarySI')).cmp(dec(9, 0, 'DecimalSI')), 0);
    assert.equal(dec(10, 0, 'BinarySI').sub(dec(1, 0, 'DecimalSI')).format, 'BinarySI');
    assert.equal(Quantity.zero().sub(dec(50, 0, 'DecimalSI')).cmp(dec(-50, 0, 'DecimalSI')), 0);
    const zero = parseQuantity('0');
    for (const v of ['100m', '1Gi']) {
      assert.equal(parseQuantity(v).sub(zero).toString(), v);
      assert.equal(zero.sub(parseQuantity(v)).toString(), parseQuantity(v).neg().toString());
    }
  });

  it('goes past int64 instead of wrapping at the most negative value', () => {
    // upstream: TestNegAndSubAtMostNegative, TestZeroSubMostNegativeInheritsFormat, TestSubMostNegativeCrossScale
    assert.equal(dec(MOST_NEGATIVE, 0, 'DecimalSI').neg().toString(), '9223372036854775808');
    assert.equal(dec(1, 0, 'DecimalSI').sub(dec(MOST_NEGATIVE, 0, 'DecimalSI')).toString(), '9223372036854775809');
    assert.equal(dec(MOST_NEGATIVE, -3, 'DecimalSI').neg().toString(), '9223372036854775808m');
    assert.equal(dec(1, 1, 'DecimalSI').sub(dec(MOST_NEGATIVE, 0, 'DecimalSI')).toString(), '9223372036854775818');
    const q = Quantity.zero('DecimalSI').sub(dec(MOST_NEGATIVE, 0, 'BinarySI'));
    assert.equal(q.format, 'BinarySI');
    assert.equal(q.toString(), '8Ei');
  });

  it('negates without changing the source', () => {
    // upstream: TestQuantityNeg, TestNeg
    const a = dec(901, -2, 'DecimalSI');
    assert.equal(a.neg().toString(), '-9010m');
    assert.equal(a.toString(), '9010m');
    assert.equal(dec(10, 0, 'BinarySI').neg().cmp(dec(-10, 0, 'BinarySI')), 0);
    assert.ok(Quantity.zero().neg().isZero());
  });

  it('multiplies by integers exactly, past int64 too', () => {
    // upstream: TestMul
    assert.equal(dec(10, 0, 'DecimalSI').mul(10).cmp(dec(100, 0, 'DecimalSI')), 0);
    assert.equal(dec(-50, 0, 'DecimalSI').mul(-50).cmp(dec(2500, 0, 'DecimalSI')), 0);
    assert.ok(dec(MOST_POSITIVE, 0, 'DecimalSI').mul(0).isZero());
    assert.equal(dec(MOST_POSITIVE, 0, 'DecimalSI').mul(2).cmp(dec(MOST_POSITIVE * 2n, 0, 'DecimalSI')), 0);
    assert.equal(dec(MOST_NEGATIVE, 0, 'DecimalSI').mul(-10).cmp(dec(-MOST_NEGATIVE, 1, 'DecimalSI')), 0);
  });

  it('cancels random additions by the same subtractions', () => {
    // upstream: TestAddSubRoundTrip, TestAddSubRoundTripAcrossScales, TestNegateRoundTrip
    fc.assert(fc.property(fc.array(fc.tuple(fc.bigInt({ min: 0n, max: MOST_POSITIVE }), fc.integer({ min: -10, max: 10 })), { maxLength: 50 }), (items) => {
      let q = Quantity.zero();
      for (const [v, k] of items) q = q.add(Quantity.fromScaled(v, k));
      for (const [v, k] of items) q = q.sub(Quantity.fromScaled(v, k));
      assert.ok(q.isZero());
      for (const [v, k] of items) assert.equal(Quantity.fromScaled(v, k).neg().neg().cmp(Quantity.fromScaled(v, k)), 0);
    }), { seed: 7, numRuns: 100 });
  });

  it('rounds up to a scale away from zero and reports exactness', () => {
    // upstream: TestQuantityRoundUp
    const rows: Array<[string, number, Quantity, boolean]> = [
      ['9.01', -3, dec(901, -2, 'DecimalSI'), true], ['9.01', -2, dec(901, -2, 'DecimalSI'), true],
      ['9.01', -1, dec(91, -1, 'DecimalSI'), false], ['9.01', 0, dec(10, 0, 'DecimalSI'), false],
      ['9.01', 1, dec(10, 0, 'DecimalSI'), false], ['9.01', 2, dec(100, 0, 'DecimalSI'), false],
      ['-9.01', -3, dec(-901, -2, 'DecimalSI'), true], ['-9.01', -2, dec(-901, -2, 'DecimalSI'), true],
      ['-9.01', -1, dec(-91, -1, 'DecimalSI'), false], ['-9.01', 0, dec(-10, 0, 'DecimalSI'), false],
      ['-9.01', 1, dec(-10, 0, 'DecimalSI'), false], ['-9.01', 2, dec(-100, 0, 'DecimalSI'), false],
    ];
    for (const [input, scale, want, exact] of rows) {
      const r = parseQuantity(input).roundUp(scale);
      assert.equal(r.exact, exact, `${input} @${scale}`);
      assert.equal(r.quantity.cmp(want), 0, `${input} @${scale}: ${r.quantity}`);
    }
  });
});

describe('Quantity values as numbers', () => {
  it('rounds value() and milliValue() away from zero', () => {
    // upstream: TestNegativeValueRoundsAwayFromZero
    const rows: Array<[string, number, number]> = [
      ['-.484785E-7466', -1, -1], ['.484785E-7466', 1, 1], ['-.484785E-1', -1, -49], ['.484785E-1', 1, 49],
      ['-0.0005', -1, -1], ['0.0005', 1, 1], ['-1500m', -2, -1500], ['1500m', 2, 1500],
      ['-9.5000000001Gi', -10200547329, -10200547328108], ['9.5000000001Gi', 10200547329, 10200547328108],
      ['-1', -1, -1000], ['1', 1, 1000], ['0', 0, 0],
    ];
    for (const [input, value, milli] of rows) {
      assert.equal(parseQuantity(input).value(), value, input);
      assert.equal(parseQuantity(input).milliValue(), milli, input);
    }
  });

  it('scales values between nano, micro, milli and units, rounding up', () => {
    // upstream: TestScaledValue
    const rows: Array<[number, number, number]> = [
      [-9, -9, 1], [-9, -6, 1], [-9, -3, 1], [-9, 0, 1], [-6, -9, 1000], [-6, -6, 1], [-6, -3, 1], [-6, 0, 1],
      [-3, -9, 1e6], [-3, -6, 1000], [-3, -3, 1], [-3, 0, 1], [0, -9, 1e9], [0, -6, 1e6], [0, -3, 1000], [0, 0, 1], [2, -2, 10000],
    ];
    for (const [from, to, want] of rows) assert.equal(Quantity.fromScaled(1, from).scaledValue(to), want, `${from}→${to}`);
  });

  it('builds quantities from numbers, milli and scaled values', () => {
    // upstream: TestNewSet, TestMilliNewSet, TestNewScaledSet
    for (const [v, f, want] of [[1, 'DecimalSI', '1'], [1000, 'DecimalSI', '1k'], [1234000, 'DecimalSI', '1234k'], [1024, 'BinarySI', '1Ki'], [1048576, 'BinarySI', '1Mi']] as const) {
      assert.equal(Quantity.fromNumber(v, f).toString(), want);
      assert.equal(parseQuantity(want).value(), v);
    }
    for (const [v, f, want] of [[1, 'DecimalSI', '1m'], [1000, 'DecimalSI', '1'], [1234000, 'DecimalSI', '1234'], [1024, 'BinarySI', '1024m'], [1048576, 'BinarySI', '1048576m']] as const) {
      assert.equal(Quantity.fromMilli(v, f).toString(), want);
    }
    for (const [v, scale, want] of [[1, -9, '1n'], [1000, -9, '1u'], [1, -6, '1u'], [1000, -6, '1m'], [1, -3, '1m'], [1000, -3, '1'], [1, 0, '1'], [0, -9, '0']] as const) {
      assert.equal(Quantity.fromScaled(v, scale).toString(), want);
      assert.equal(parseQuantity(want).scaledValue(scale), v);
    }
  });

  it('converts to the nearest float64', () => {
    // upstream: TestQuantityAsFloat64Slow, TestStringQuantityAsFloat64Slow
    assert.equal(dec(7 * 2 ** 20, -1, 'BinarySI').asNumber(), (7 * 2 ** 20) / 10);
    assert.equal(dec(7 * 2 ** 20, -8, 'DecimalSI').asNumber(), (7 * 2 ** 20) / 1e8);
    assert.equal(dec(MOST_POSITIVE, 0, 'DecimalSI').asNumber(), 9223372036854775807);
    assert.equal(dec(12, 18, 'DecimalSI').asNumber(), 1.2e19);
    assert.equal(dec(12, 500, 'DecimalSI').asNumber(), Infinity);
    assert.equal(dec(-12, 500, 'DecimalSI').asNumber(), -Infinity);
    for (const [s, want] of [['2Ki', 2048], ['1.1Ki', 1126.4], ['1Mi', 1048576], ['2Gi', 2147483648]] as const) {
      assert.equal(parseQuantity(s).asNumber(), want);
    }
  });

  it('formats numbers canonically per format', () => {
    assert.equal(formatQuantity(1536 * 2 ** 20, 'BinarySI'), '1536Mi');
    assert.equal(formatQuantity(1.5 * 2 ** 30, 'BinarySI'), '1536Mi');
    assert.equal(formatQuantity(2000), '2k');
    assert.equal(formatQuantity(0.1), '100m');
    assert.equal(formatQuantity(1000, 'DecimalExponent'), '1e3');
    assert.equal(formatQuantity(1000, 'BinarySI'), '1k'); // below 1024 BinarySI prints as DecimalSI
    assert.equal(formatQuantity(1500.5, 'BinarySI'), '1500500m');
    assert.equal(formatQuantity(0), '0');
    assert.throws(() => formatQuantity(NaN), QuantityError);
  });

  it('serializes to JSON as its canonical string', () => {
    assert.equal(JSON.stringify({ memory: parseQuantity('1.5Gi') }), '{"memory":"1536Mi"}');
  });
});

describe('parsePercentage (kubelet eviction thresholds)', () => {
  it('divides by 100 in float32 like the kubelet', () => {
    assert.equal(parsePercentage('10%'), Math.fround(Math.fround(10) / 100));
    assert.equal(parsePercentage('10%'), 0.10000000149011612);
    assert.equal(parsePercentage('7.5%'), Math.fround(7.5 / 100));
    assert.equal(parsePercentage('5%'), 0.05000000074505806);
    assert.equal(parsePercentage('100%'), 1);
    assert.equal(parsePercentage('0%'), 0);
  });

  it('strips every trailing % (strings.TrimRight) and accepts a bare number', () => {
    assert.equal(parsePercentage('15%%'), parsePercentage('15%'));
    assert.equal(parsePercentage('15'), parsePercentage('15%'));
  });

  it('rounds the number itself to float32 before dividing', () => {
    // 16777217 is not a float32: ParseFloat(_, 32) rounds it to 16777216 first.
    assert.equal(parsePercentage('16777217%'), Math.fround(16777216 / 100));
  });

  it("fails with strconv's message on a non-number or float32 overflow", () => {
    assert.throws(() => parsePercentage('abc%'), { message: 'strconv.ParseFloat: parsing "abc": invalid syntax' });
    assert.throws(() => parsePercentage(' 10%'), PercentageError);
    assert.throws(() => parsePercentage('1e39%'), { message: 'strconv.ParseFloat: parsing "1e39": value out of range' });
  });

  it('exports the threshold messages helpers.go builds around percentages', () => {
    assert.equal(EvictionPercentageMessages.thresholdBelowZero('memory.available', '-5%'), 'eviction percentage threshold memory.available must be >= 0%: -5%');
    assert.equal(EvictionPercentageMessages.thresholdAbove100('nodefs.available', '150%'), 'eviction percentage threshold nodefs.available must be <= 100%: 150%');
    assert.equal(EvictionPercentageMessages.minimumReclaimNotPositive('memory.available', '0%'), 'eviction percentage minimum reclaim memory.available must be positive: 0%');
  });
});
