import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  type Operator, type Selector, SelectorError, Token, everythingSelector, formatLabels, formatSelector, fromLabelSelector,
  isEverything, isNothing, isQualifiedName, isValidLabelValue, lexSelector, matchesLabels, newRequirement,
  parseLabelSelector, requiresExactMatch, selectorFromSet,
} from './labels.js';

const req = (key: string, op: Operator, values: string[] = []) => newRequirement(key, op, [...values].sort());
const matches = (selector: string, labels: Record<string, string>) => matchesLabels(parseLabelSelector(selector), labels);

describe('parseLabelSelector (labels.Parse)', () => {
  it('parses good selectors and prints them back without spaces', () => {
    // upstream: TestSelectorParse (labels/selector_test.go)
    for (const s of ['x=a,y=b,z=c', '', 'x!=a,y=b', 'x=', 'x= ', 'x=,z= ', 'x= ,z= ', '!x', 'x>1', 'x>1,z<5']) {
      assert.equal(formatSelector(parseLabelSelector(s)), s.replaceAll(' ', ''), s);
    }
    for (const s of ['x=a||y=b', 'x==a==b', '!x=a', 'x<a']) assert.throws(() => parseLabelSelector(s), SelectorError, s);
  });

  it('sorts requirements by key so parsing is deterministic', () => {
    // upstream: TestDeterministicParse
    assert.equal(formatSelector(parseLabelSelector('x=a,a=x')), formatSelector(parseLabelSelector('a=x,x=a')));
  });

  it('parses set-based selectors into the same requirements as NewRequirement', () => {
    // upstream: TestSetSelectorParser — [input, expected requirements or undefined when only validity is checked, valid]
    const rows: Array<[string, Selector | undefined, boolean]> = [
      ['', [], true],
      ['\rx', [req('x', 'exists')], true],
      ['this-is-a-dns.domain.com/key-with-dash', [req('this-is-a-dns.domain.com/key-with-dash', 'exists')], true],
      ['this-is-another-dns.domain.com/key-with-dash in (so,what)', [req('this-is-another-dns.domain.com/key-with-dash', 'in', ['so', 'what'])], true],
      ['0.1.2.domain/99 notin (10.10.100.1, tick.tack.clock)', [req('0.1.2.domain/99', 'notin', ['10.10.100.1', 'tick.tack.clock'])], true],
      ['foo  in\t (abc)', [req('foo', 'in', ['abc'])], true],
      ['x notin\n (abc)', [req('x', 'notin', ['abc'])], true],
      ['x  notin\t\t\t(abc,def)', [req('x', 'notin', ['abc', 'def'])], true],
      ['x in (abc,def)', [req('x', 'in', ['abc', 'def'])], true],
      ['x in (abc,)', [req('x', 'in', ['abc', ''])], true],
      ['x in ()', [req('x', 'in', [''])], true],
      ['x notin (abc,,def),bar,z in (),w', [req('bar', 'exists'), req('w', 'exists'), req('x', 'notin', ['abc', '', 'def']), req('z', 'in', [''])], true],
      ['x,y in (a)', [req('x', 'exists'), req('y', 'in', ['a'])], true],
      ['x=a', [req('x', '=', ['a'])], true],
      ['x>1', [req('x', 'gt', ['1'])], true],
      ['x<7', [req('x', 'lt', ['7'])], true],
      ['x=a,y!=b', [req('x', '=', ['a']), req('y', '!=', ['b'])], true],
      ['x=a,y!=b,z in (h,i,j)', [req('x', '=', ['a']), req('y', '!=', ['b']), req('z', 'in', ['h', 'i', 'j'])], true],
      ['x=a||y=b', undefined, false],
      ['x,y', [req('x', 'exists'), req('y', 'exists')], true],
      [',x,y', undefined, false],
      ['x nott in (y)', undefined, false],
      ['x notin ( )', [req('x', 'notin', [''])], true],
      ['x notin (, a)', [req('x', 'notin', ['', 'a'])], true],
      ['a in (xyz),', undefined, false],
      ['a in (xyz)b notin ()', undefined, false],
      ['a ', [req('a', 'exists')], true],
      ['a in (x,y,notin, z,in)', [req('a', 'in', ['in', 'notin', 'x', 'y', 'z'])], true], // operator 'in' inside list of identifiers
      ['a in (xyz abc)', undefined, false], // no comma
      ['a notin(', undefined, false], // bad formed
      ['a (', undefined, false], // cpar
      ['(', undefined, false], // opar
    ];
    for (const [input, want, valid] of rows) {
      if (!valid) {
        assert.throws(() => parseLabelSelector(input), SelectorError, input);
        continue;
      }
      const got = parseLabelSelector(input);
      if (want) assert.deepEqual(got, want, input);
    }
  });

  it("reports upstream's messages", () => {
    assert.throws(() => parseLabelSelector('x<a'), { message: `unable to parse requirement: values[0]: Invalid value: "a": for 'Gt', 'Lt' operators, the value must be an integer` });
    assert.throws(() => parseLabelSelector('a in (xyz),'), { message: "found '', expected: identifier after ','" });
    assert.throws(() => parseLabelSelector('a in (xyz)b notin ()'), { message: "found 'b', expected: ',' or 'end of string'" });
    assert.throws(() => parseLabelSelector('(', ), { message: "found '(', expected: !, identifier, or 'end of string'" });
    assert.throws(() => parseLabelSelector('x nott in (y)'), { message: "unable to parse requirement: found 'nott', expected: in, notin, =, ==, !=, gt, lt" });
    assert.throws(() => parseLabelSelector('a in (xyz abc)'), { message: "unable to parse requirement: found 'abc', expected: ',' or ')'" });
    assert.throws(() => parseLabelSelector('a/b/c'), {
      message: `unable to parse requirement: <nil>: Invalid value: "a/b/c": a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    });
    assert.throws(() => parseLabelSelector('env=a$b'), {
      message: `unable to parse requirement: values[0][env]: Invalid value: "a$b": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`,
    });
  });
});

describe('matchesLabels (Selector.Matches)', () => {
  it('matches the upstream examples', () => {
    // upstream: TestSelectorMatches
    assert.ok(matches('', { x: 'y' }));
    assert.ok(matches('x=y', { x: 'y' }));
    assert.ok(matches('x=y,z=w', { x: 'y', z: 'w' }));
    assert.ok(matches('x!=y,z!=w', { x: 'z', z: 'a' }));
    assert.ok(matches('notin=in', { notin: 'in' })); // in and notin in exactMatch
    assert.ok(matches('x', { x: 'z' }));
    assert.ok(matches('!x', { y: 'z' }));
    assert.ok(matches('x>1', { x: '2' }));
    assert.ok(matches('x<1', { x: '0' }));
    assert.ok(!matches('x=z', {}));
    assert.ok(!matches('x=y', { x: 'z' }));
    assert.ok(!matches('x=y,z=w', { x: 'w', z: 'w' }));
    assert.ok(!matches('x!=y,z!=w', { x: 'z', z: 'w' }));
    assert.ok(!matches('x', { y: 'z' }));
    assert.ok(!matches('!x', { x: 'z' }));
    assert.ok(!matches('x>1', { x: '0' }));
    assert.ok(!matches('x<1', { x: '2' }));
    const labelset = { foo: 'bar', baz: 'blah' };
    assert.ok(matches('foo=bar', labelset));
    assert.ok(matches('baz=blah', labelset));
    assert.ok(matches('foo=bar,baz=blah', labelset));
    assert.ok(!matches('foo=blah', labelset));
    assert.ok(!matches('baz=bar', labelset));
    assert.ok(!matches('foo=bar,foobar=bar,baz=blah', labelset));
  });

  it('matches set-based requirements like Requirement.Matches', () => {
    // upstream: TestRequirementSelectorMatching
    const rows: Array<[Record<string, string>, Selector, boolean]> = [
      [{ x: 'foo', y: 'baz' }, [req('x', 'in', ['foo']), req('y', 'notin', ['alpha'])], true],
      [{ x: 'foo', y: 'baz' }, [req('x', 'in', ['foo']), req('y', 'in', ['alpha'])], false],
      [{ y: '' }, [req('x', 'notin', ['']), req('y', 'exists')], true],
      [{ y: '' }, [req('x', '!'), req('y', 'exists')], true],
      [{ y: '' }, [req('x', 'notin', ['']), req('y', '!')], false],
      [{ y: 'baz' }, [req('x', 'in', [''])], false],
      [{ z: '2' }, [req('z', 'gt', ['1'])], true],
      [{ z: 'v2' }, [req('z', 'gt', ['1'])], false],
    ];
    for (const [labels, sel, want] of rows) assert.equal(matchesLabels(sel, labels), want, `${formatSelector(sel)} on ${formatLabels(labels)}`);
  });

  it('compares Gt/Lt as int64, not as floats', () => {
    assert.ok(matches('x>9007199254740992', { x: '9007199254740993' }));
    assert.ok(!matches('x>1', { x: '1.5' }));
    assert.ok(!matches('x<1', { x: '99999999999999999999' }));
  });

  it('selects everything with an empty selector and exact matches from a set', () => {
    // upstream: TestEverything, TestSetMatches, TestNilMapIsValid, TestSetIsEmpty
    assert.ok(matchesLabels(everythingSelector(), { x: 'y' }));
    assert.ok(isEverything(everythingSelector()));
    assert.ok(isEverything(selectorFromSet(undefined)));
    const labelset = { foo: 'bar', baz: 'blah' };
    const sets: Array<Record<string, string>> = [{}, { foo: 'bar' }, { baz: 'blah' }, { foo: 'bar', baz: 'blah' }];
    for (const set of sets) assert.ok(matchesLabels(selectorFromSet(set), labelset));
    assert.ok(!matchesLabels(selectorFromSet({ foo: '=blah' }), labelset));
    assert.equal(formatSelector(selectorFromSet({ b: '2', a: '1' })), 'a=1,b=2');
  });
});

describe('lexSelector (labels Lexer)', () => {
  it('returns the longest token for each input', () => {
    // upstream: TestLexer
    const rows: Array<[string, string]> = [
      ['', Token.EndOfString], [',', Token.Comma], ['notin', Token.NotIn], ['in', Token.In], ['=', Token.Equals],
      ['==', Token.DoubleEquals], ['>', Token.GreaterThan], ['<', Token.LessThan], ['!', Token.DoesNotExist],
      ['!=', Token.NotEquals], ['(', Token.OpenPar], [')', Token.ClosedPar], ['~', Token.Identifier], ['||', Token.Identifier],
    ];
    for (const [s, tok] of rows) {
      const [first] = lexSelector(s);
      assert.equal(first.tok, tok, s);
      assert.equal(first.literal, s);
    }
  });

  it('tokenizes sequences up to end of string', () => {
    // upstream: TestLexerSequence, TestParserLookahead
    const T = Token;
    const rows: Array<[string, string[]]> = [
      ['key in ( value )', [T.Identifier, T.In, T.OpenPar, T.Identifier, T.ClosedPar]],
      ['key notin ( value )', [T.Identifier, T.NotIn, T.OpenPar, T.Identifier, T.ClosedPar]],
      ['key in ( value1, value2 )', [T.Identifier, T.In, T.OpenPar, T.Identifier, T.Comma, T.Identifier, T.ClosedPar]],
      ['key', [T.Identifier]], ['!key', [T.DoesNotExist, T.Identifier]], ['()', [T.OpenPar, T.ClosedPar]],
      ['x in (),y', [T.Identifier, T.In, T.OpenPar, T.ClosedPar, T.Comma, T.Identifier]],
      ['== != (), = notin', [T.DoubleEquals, T.NotEquals, T.OpenPar, T.ClosedPar, T.Comma, T.Equals, T.NotIn]],
      ['key>2', [T.Identifier, T.GreaterThan, T.Identifier]], ['key<1', [T.Identifier, T.LessThan, T.Identifier]],
    ];
    for (const [s, toks] of rows) assert.deepEqual(lexSelector(s).map((i) => i.tok), [...toks, T.EndOfString], s);
  });
});

describe('newRequirement (labels.NewRequirement)', () => {
  it('validates operators, value counts and keys', () => {
    // upstream: TestRequirementConstructor
    const rows: Array<[string, Operator, string[] | undefined, boolean]> = [
      ['x', 'in', undefined, false], ['x', 'notin', [], false], ['x', 'in', ['foo'], true], ['x', 'notin', ['foo'], true],
      ['x', 'exists', undefined, true], ['x', '!', undefined, true], ['1foo', 'in', ['bar'], true], ['1234', 'in', ['bar'], true],
      ['y', 'gt', ['1'], true], ['z', 'lt', ['6'], true], ['foo', 'gt', ['bar'], false], ['barz', 'lt', ['blah'], false],
      ['a'.repeat(254), 'exists', undefined, false], // breaks DNS rule that len(key) <= 253
    ];
    for (const [key, op, vals, ok] of rows) {
      if (ok) assert.doesNotThrow(() => newRequirement(key, op, vals), `${key} ${op}`);
      else assert.throws(() => newRequirement(key, op, vals), SelectorError, `${key} ${op}`);
    }
  });

  it('aggregates several field errors in brackets', () => {
    assert.throws(() => newRequirement('x', '=', ['a', 'b']), { message: 'values: Invalid value: []string{"a", "b"}: exact-match compatibility requires one single value' });
    assert.throws(() => newRequirement('x', 'in', undefined), { message: "values: Invalid value: []string(nil): for 'in', 'notin' operators, values set can't be empty" });
    assert.throws(() => newRequirement('foo', 'gt', ['bar', 'baz']), (e: unknown) => e instanceof SelectorError && e.message.startsWith('[values: Invalid value: []string{"bar", "baz"}'));
  });

  it('checks label keys and values like pkg/util/validation', () => {
    assert.deepEqual(isQualifiedName('example.com/MyName'), []);
    assert.deepEqual(isQualifiedName('/x'), ['prefix part must be non-empty']);
    assert.equal(isQualifiedName('Example.com/x')[0].startsWith('prefix part a lowercase RFC 1123 subdomain'), true);
    assert.equal(isQualifiedName('a'.repeat(64))[0], 'name part must be no more than 63 characters');
    assert.deepEqual(isValidLabelValue(''), []);
    assert.equal(isValidLabelValue('-a').length, 1);
  });
});

describe('formatSelector (Selector.String)', () => {
  it('prints requirements with values sorted', () => {
    // upstream: TestToString
    assert.equal(formatSelector([req('x', 'in', ['abc', 'def']), req('y', 'notin', ['jkl']), req('z', 'exists')]), 'x in (abc,def),y notin (jkl),z');
    assert.equal(formatSelector([req('x', 'notin', ['abc', 'def']), req('y', '!=', ['jkl']), req('z', '!')]), 'x notin (abc,def),y!=jkl,!z');
    assert.equal(formatSelector([req('x', 'notin', ['abc']), req('y', 'in', ['jkl', 'mno']), req('z', 'notin', [''])]), 'x notin (abc),y in (jkl,mno),z notin ()');
    assert.equal(formatSelector([req('x', '=', ['abc']), req('y', '==', ['jkl']), req('z', '!=', ['a']), req('z', 'exists')]), 'x=abc,y==jkl,z!=a,z');
    assert.equal(formatSelector([req('x', 'gt', ['2']), req('y', 'lt', ['8']), req('z', 'exists')]), 'x>2,y<8,z');
    assert.equal(formatSelector([{ key: 'x', op: 'in', values: ['b', 'a'] }]), 'x in (a,b)');
  });

  it('prints label sets sorted', () => {
    assert.equal(formatLabels({ z: '1', a: '2' }), 'a=2,z=1');
  });
});

describe('requiresExactMatch (Selector.RequiresExactMatch)', () => {
  it('returns the single value an =, == or in requirement pins', () => {
    // upstream: TestRequiresExactMatch
    assert.equal(requiresExactMatch([req('key', 'in', ['value'])], 'key'), 'value');
    assert.equal(requiresExactMatch([req('key', 'in', ['value'])], 'key2'), undefined);
    assert.equal(requiresExactMatch([req('key', 'in', ['value1', 'value2'])], 'key'), undefined);
    assert.equal(requiresExactMatch([req('key', '=', ['value'])], 'key'), 'value');
    assert.equal(requiresExactMatch([req('key', '==', ['value'])], 'key'), 'value');
    assert.equal(requiresExactMatch([req('key', '!=', ['value'])], 'key'), undefined);
  });
});

describe('fromLabelSelector (metav1.LabelSelectorAsSelector)', () => {
  it('turns nil into nothing and {} into everything', () => {
    // upstream: TestLabelSelectorAsSelector (apis/meta/v1/helpers_test.go)
    const nothing = fromLabelSelector(null);
    assert.ok(isNothing(nothing));
    assert.ok(!matchesLabels(nothing, {}));
    assert.ok(!matchesLabels(fromLabelSelector(undefined), { a: 'b' }));
    assert.ok(isEverything(fromLabelSelector({})));
    assert.ok(matchesLabels(fromLabelSelector({}), { a: 'b' }));
  });

  it('combines matchLabels and matchExpressions', () => {
    const matchExpressions = [{ key: 'baz', operator: 'In', values: ['qux', 'norf'] }];
    assert.equal(formatSelector(fromLabelSelector({ matchLabels: { foo: 'bar' } })), 'foo=bar');
    assert.equal(formatSelector(fromLabelSelector({ matchExpressions })), 'baz in (norf,qux)');
    assert.equal(formatSelector(fromLabelSelector({ matchLabels: { foo: 'bar' }, matchExpressions })), 'baz in (norf,qux),foo=bar');
  });

  it('rejects invalid expressions', () => {
    assert.throws(() => fromLabelSelector({ matchExpressions: [{ key: 'baz', operator: 'Exists', values: ['qux', 'norf'] }] }), SelectorError);
    assert.throws(() => fromLabelSelector({ matchExpressions: [{ key: 'baz', operator: 'Gt', values: ['1'] }] }), { message: '"Gt" is not a valid label selector operator' });
    assert.throws(() => fromLabelSelector({ matchExpressions: [{ key: 'baz', operator: 'In' }] }), { message: "values: Invalid value: []string(nil): for 'in', 'notin' operators, values set can't be empty" });
  });
});
