import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ErrRange, ErrSyntax, NumError, goQuote, parseFloat32, parseInt64 } from './strconv.js';

const f32 = (s: string): number => Math.fround(Number(s));

describe('parseFloat32 (strconv.ParseFloat(s, 32))', () => {
  it('rounds to the nearest float32, ties to even', () => {
    // upstream: atof32tests (go/src/strconv/atof_test.go)
    const rows: Array<[string, number]> = [
      ['0x1p-100', f32('7.888609e-31')], ['0x1p100', f32('1.2676506e+30')],
      ['1.000000059604644775390625', 1], // exactly halfway: round to even (down)
      ['1.000000059604644775390624', 1],
      ['1.000000059604644775390626', f32('1.0000001')],
      ['1.000000059604644775390625' + '0'.repeat(10000) + '1', f32('1.0000001')],
      ['340282346638528859811704183484516925440', f32('3.4028235e+38')],
      ['-340282346638528859811704183484516925440', -f32('3.4028235e+38')],
      ['3.4028235e38', f32('3.4028235e+38')], ['3.402823567e38', f32('3.4028235e+38')], ['-3.402823567e38', -f32('3.4028235e+38')],
      ['1e-38', f32('1e-38')], ['1e-39', f32('1e-39')], ['1e-40', f32('1e-40')], ['1e-41', f32('1e-41')], ['1e-42', f32('1e-42')],
      ['1e-43', f32('1e-43')], ['1e-44', f32('1e-44')], ['6e-45', f32('6e-45')], ['5e-45', f32('6e-45')],
      ['1e-45', f32('1e-45')], ['2e-45', f32('1e-45')],
      ['4951760157141521099596496896', f32('4.9517602e+27')],
    ];
    for (const [input, want] of rows) assert.equal(parseFloat32(input), want, input.slice(0, 40));
  });

  it('parses Go float syntax: signs, dots, exponents, underscores, inf and nan', () => {
    // upstream: atoftests (go/src/strconv/atof_test.go), the float32-relevant rows
    const rows: Array<[string, number]> = [
      ['1', 1], ['+1', 1], ['1e23', f32('1e23')], ['1E23', f32('1e23')], ['100000000000000000000000', f32('1e23')],
      ['1e-100', 0], ['123456700', 123456704], ['-1', -1], ['-0.1', f32('-0.1')], ['.5', 0.5], ['5.', 5], ['1_2.5', 12.5],
      ['0x_1p0', 1], ['0x1.8p1', 3], ['inf', Infinity], ['-Inf', -Infinity], ['+INFINITY', Infinity],
    ];
    for (const [input, want] of rows) assert.equal(parseFloat32(input), want, input);
    assert.ok(Number.isNaN(parseFloat32('NaN')));
  });

  it('rejects malformed input with ErrSyntax', () => {
    for (const s of ['', ' 1', '1 ', '.', 'e1', '1e', '1e+', '1x', '0x1', '0x1.8', '1__2', '_1', '1_', 'infin', '+nan', '1.2.3']) {
      assert.throws(() => parseFloat32(s), (e: unknown) => e instanceof NumError && e.err === ErrSyntax, JSON.stringify(s));
    }
  });

  it('reports float32 overflow with ErrRange', () => {
    for (const s of ['3.4028236e38', '-3.4028236e38', '3.4028235678e38', '1e39']) {
      assert.throws(() => parseFloat32(s), (e: unknown) => e instanceof NumError && e.err === ErrRange, s);
    }
  });

  it("formats errors like Go's NumError", () => {
    assert.throws(() => parseFloat32('abc'), { message: 'strconv.ParseFloat: parsing "abc": invalid syntax' });
    assert.throws(() => parseFloat32('1e39'), { message: 'strconv.ParseFloat: parsing "1e39": value out of range' });
  });
});

describe('parseInt64 (strconv.ParseInt(s, 10, 64))', () => {
  it('parses signed decimal integers in int64 range exactly', () => {
    assert.equal(parseInt64('0'), 0n);
    assert.equal(parseInt64('+12'), 12n);
    assert.equal(parseInt64('-12'), -12n);
    assert.equal(parseInt64('9223372036854775807'), (1n << 63n) - 1n);
    assert.equal(parseInt64('-9223372036854775808'), -(1n << 63n));
  });

  it('rejects syntax errors and out-of-range values', () => {
    for (const s of ['', '1.5', ' 1', '1_000', '0x10', 'v2']) assert.throws(() => parseInt64(s), { message: `strconv.ParseInt: parsing ${goQuote(s)}: invalid syntax` });
    assert.throws(() => parseInt64('9223372036854775808'), { message: 'strconv.ParseInt: parsing "9223372036854775808": value out of range' });
  });
});

describe('goQuote (strconv.Quote)', () => {
  it('escapes quotes, backslashes and control characters like Go', () => {
    assert.equal(goQuote('a"b\\c'), '"a\\"b\\\\c"');
    assert.equal(goQuote('\n\t\x01\x7f'), '"\\n\\t\\x01\\x7f"');
    assert.equal(goQuote('µs'), '"µs"');
  });
});
