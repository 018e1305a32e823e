import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { escapeFieldValue, formatFieldSelector, matchesFields, parseFieldSelector, requiresExactFieldMatch, unescapeFieldValue } from './fields.js';
import { SelectorError } from './labels.js';

const matches = (selector: string, fields: Record<string, string>) => matchesFields(parseFieldSelector(selector), undefined, fields);

describe('parseFieldSelector (fields.ParseSelector)', () => {
  it('parses good selectors and prints them back', () => {
    // upstream: TestSelectorParse (fields/selector_test.go)
    for (const s of ['x=a,y=b,z=c', '', 'x!=a,y=b', 'x=a||y\\=b', 'x=a\\=\\=b']) assert.equal(formatFieldSelector(parseFieldSelector(s)), s, s);
    for (const s of ['x=a||y=b', 'x==a==b', 'x=a,b', 'x in (a)', 'x in (a,b,c)', 'x']) assert.throws(() => parseFieldSelector(s), SelectorError, s);
  });

  it('sorts terms so parsing is deterministic', () => {
    // upstream: TestDeterministicParse
    assert.equal(formatFieldSelector(parseFieldSelector('x=a,a=x')), formatFieldSelector(parseFieldSelector('a=x,x=a')));
  });

  it('splits on the first operator, "!=" and "==" before "="', () => {
    // upstream: TestSplitTerm
    assert.deepEqual(parseFieldSelector('a=value'), [{ path: 'a', op: '=', value: 'value' }]);
    assert.deepEqual(parseFieldSelector('b==value'), [{ path: 'b', op: '=', value: 'value' }]);
    assert.deepEqual(parseFieldSelector('c!=value'), [{ path: 'c', op: '!=', value: 'value' }]);
    assert.deepEqual(parseFieldSelector('k=\\,'), [{ path: 'k', op: '=', value: ',' }]);
    assert.deepEqual(parseFieldSelector('함=수,목=록'), [{ path: '목', op: '=', value: '록' }, { path: '함', op: '=', value: '수' }]);
  });

  it('splits terms on unescaped commas only', () => {
    // upstream: TestSplitTerms
    // terms are sorted as raw strings: "k2=v2" < "k=..." because '2' < '='
    assert.deepEqual(parseFieldSelector('k=\\,,k2=v2').map((r) => r.value), ['v2', ',']);
    assert.deepEqual(parseFieldSelector('k=\\\\,k2=v2').map((r) => r.value), ['v2', '\\']);
    assert.deepEqual(parseFieldSelector('k=\\\\\\,,k2=v2').map((r) => r.value), ['v2', '\\,']);
    assert.deepEqual(parseFieldSelector('a=a,'), [{ path: 'a', op: '=', value: 'a' }]);
  });

  it('does not trim whitespace, like upstream', () => {
    assert.deepEqual(parseFieldSelector('spec.nodeName = n1'), [{ path: 'spec.nodeName ', op: '=', value: ' n1' }]);
  });

  it("reports upstream's messages", () => {
    assert.throws(() => parseFieldSelector('x=a,b'), { message: "invalid selector: 'x=a,b'; can't understand 'b'" });
    assert.throws(() => parseFieldSelector('x=a\\b'), { message: 'invalid field selector: invalid escape sequence: \\b' });
    assert.throws(() => parseFieldSelector('x==a==b'), { message: 'invalid field selector: unescaped character in value: 61' });
  });
});

describe('escapeFieldValue / unescapeFieldValue', () => {
  it('round-trips values with special characters', () => {
    // upstream: TestEscapeValue
    const rows: Array<[string, string]> = [['', ''], ['a', 'a'], ['=', '\\='], [',', '\\,'], ['\\', '\\\\'], ['\\=\\,\\', '\\\\\\=\\\\\\,\\\\']];
    for (const [raw, escaped] of rows) {
      assert.equal(escapeFieldValue(raw), escaped);
      assert.equal(unescapeFieldValue(escaped), raw);
    }
    for (const bad of ['\\', '\\\\\\', '\\a']) assert.throws(() => unescapeFieldValue(bad), /invalid escape sequence/);
  });
});

describe('matchesFields (Selector.Matches)', () => {
  it('matches the upstream examples', () => {
    // upstream: TestSelectorMatches
    assert.ok(matches('', { x: 'y' }));
    assert.ok(matches('x=y', { x: 'y' }));
    assert.ok(matches('x=y,z=w', { x: 'y', z: 'w' }));
    assert.ok(matches('x!=y,z!=w', { x: 'z', z: 'a' }));
    assert.ok(matches('notin=in', { notin: 'in' }));
    assert.ok(!matches('x=y', { x: 'z' }));
    assert.ok(!matches('x=y,z=w', { x: 'w', z: 'w' }));
    assert.ok(!matches('x!=y,z!=w', { x: 'z', z: 'w' }));
    const fieldset = { foo: 'bar', baz: 'blah', complex: '=value\\,\\' };
    assert.ok(matches('foo=bar', fieldset));
    assert.ok(matches('foo=bar,baz=blah', fieldset));
    assert.ok(matches('foo=bar,baz=blah,complex=\\=value\\\\\\,\\\\', fieldset));
    assert.ok(!matches('foo=blah', fieldset));
    assert.ok(!matches('foo=bar,foobar=bar,baz=blah', fieldset));
  });

  it('reads dotted paths from objects, absent fields being ""', () => {
    const pod = { metadata: { name: 'p1', namespace: 'default' }, spec: { nodeName: 'n1' }, status: { phase: 'Running' } };
    assert.ok(matchesFields(parseFieldSelector('spec.nodeName=n1,status.phase!=Failed'), pod));
    assert.ok(matchesFields(parseFieldSelector('spec.schedulerName='), pod));
    assert.ok(!matchesFields(parseFieldSelector('metadata.name=p2'), pod));
  });

  it('reports the value a field must have', () => {
    // upstream: TestRequiresExactMatch (fields)
    assert.equal(requiresExactFieldMatch(parseFieldSelector('test=b'), 'test'), 'b');
    assert.equal(requiresExactFieldMatch(parseFieldSelector('test='), 'test'), '');
    assert.equal(requiresExactFieldMatch(parseFieldSelector('a=b'), 'test'), undefined);
    assert.equal(requiresExactFieldMatch(parseFieldSelector('test!=b'), 'test'), undefined);
  });
});
