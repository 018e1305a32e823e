/**
 * The label selector lexer and recursive-descent parser of
 * k8s.io/apimachinery/pkg/labels/selector.go (Lexer, Parser, Parse), token for token, with the
 * same error messages ("unable to parse requirement: ...", "found 'x', expected: ...").
 */
import { type Operator, type Requirement, type Selector, SelectorError, newRequirement, validateLabelKey } from './labels.js';

export const Token = {
  Error: 'ErrorToken', EndOfString: 'EndOfStringToken', ClosedPar: 'ClosedParToken', Comma: 'CommaToken',
  DoesNotExist: 'DoesNotExistToken', DoubleEquals: 'DoubleEqualsToken', Equals: 'EqualsToken',
  GreaterThan: 'GreaterThanToken', Identifier: 'IdentifierToken', In: 'InToken', LessThan: 'LessThanToken',
  NotEquals: 'NotEqualsToken', NotIn: 'NotInToken', OpenPar: 'OpenParToken',
} as const;
export type TokenKind = (typeof Token)[keyof typeof Token];

export interface ScannedItem { tok: TokenKind; literal: string }

const STRING_TO_TOKEN = new Map<string, TokenKind>([
  [')', Token.ClosedPar], [',', Token.Comma], ['!', Token.DoesNotExist], ['==', Token.DoubleEquals], ['=', Token.Equals],
  ['>', Token.GreaterThan], ['in', Token.In], ['<', Token.LessThan], ['!=', Token.NotEquals], ['notin', Token.NotIn],
  ['(', Token.OpenPar],
]);

/** binaryOperators, in upstream's order, for the "expected:" message. */
const BINARY_OPERATORS = ['in', 'notin', '=', '==', '!=', 'gt', 'lt'];

const isWhitespace = (ch: string) => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';
const isSpecialSymbol = (ch: string) => ch.length === 1 && '=!(),><'.includes(ch);

class Lexer {
  private pos = 0;
  constructor(private readonly s: string) {}

  /** The next character, or NUL at the end (a NUL in the input also ends it, as upstream). */
  private read(): string {
    if (this.pos < this.s.length) return this.s[this.pos++];
    return '\0';
  }

  private unread(): void {
    this.pos--;
  }

  private scanIDOrKeyword(): ScannedItem {
    let buffer = '';
    for (;;) {
      const ch = this.read();
      if (ch === '\0') break;
      if (isSpecialSymbol(ch) || isWhitespace(ch)) { this.unread(); break; }
      buffer += ch;
    }
    return { tok: STRING_TO_TOKEN.get(buffer) ?? Token.Identifier, literal: buffer };
  }

  /** The longest operator made of special symbols: "!=", "==", "=", ... */
  private scanSpecialSymbol(): ScannedItem {
    let last: ScannedItem | undefined;
    let buffer = '';
    for (;;) {
      const ch = this.read();
      if (ch === '\0') break;
      if (!isSpecialSymbol(ch)) { this.unread(); break; }
      buffer += ch;
      const tok = STRING_TO_TOKEN.get(buffer);
      if (tok) last = { tok, literal: buffer };
      else if (last) { this.unread(); break; }
    }
    return last ?? { tok: Token.Error, literal: `error expected: keyword found '${buffer}'` };
  }

  lex(): ScannedItem {
    let ch = this.read();
    while (isWhitespace(ch)) ch = this.read();
    if (ch === '\0') return { tok: Token.EndOfString, literal: '' };
    this.unread();
    return isSpecialSymbol(ch) ? this.scanSpecialSymbol() : this.scanIDOrKeyword();
  }
}

/** Every token of a selector up to and including EndOfString (the parser's scan()). */
export function lexSelector(text: string): ScannedItem[] {
  const l = new Lexer(text);
  const items: ScannedItem[] = [];
  for (;;) {
    const item = l.lex();
    items.push(item);
    if (item.tok === Token.EndOfString) return items;
  }
}

type Context = 'KeyAndOperator' | 'Values';

class Parser {
  private position = 0;
  constructor(private readonly items: ScannedItem[]) {}

  /** In the Values context 'in' and 'notin' are plain identifiers ("notin=in" is valid). */
  lookahead(ctx: Context): ScannedItem {
    const it = this.items[Math.min(this.position, this.items.length - 1)];
    return ctx === 'Values' && (it.tok === Token.In || it.tok === Token.NotIn) ? { tok: Token.Identifier, literal: it.literal } : it;
  }

  consume(ctx: Context): ScannedItem {
    const it = this.lookahead(ctx);
    this.position++;
    return it;
  }

  parse(): Selector {
    const requirements: Selector = [];
    for (;;) {
      const { tok, literal } = this.lookahead('Values');
      if (tok === Token.Identifier || tok === Token.DoesNotExist) {
        let r: Requirement;
        try {
          r = this.parseRequirement();
        } catch (err) {
          throw new SelectorError(`unable to parse requirement: ${(err as Error).message}`);
        }
        requirements.push(r);
        const next = this.consume('Values');
        if (next.tok === Token.EndOfString) return requirements;
        if (next.tok === Token.Comma) {
          const after = this.lookahead('Values');
          if (after.tok !== Token.Identifier && after.tok !== Token.DoesNotExist) {
            throw new SelectorError(`found '${after.literal}', expected: identifier after ','`);
          }
          continue;
        }
        throw new SelectorError(`found '${next.literal}', expected: ',' or 'end of string'`);
      }
      if (tok === Token.EndOfString) return requirements;
      throw new SelectorError(`found '${literal}', expected: !, identifier, or 'end of string'`);
    }
  }

  private parseRequirement(): Requirement {
    const [key, inferred] = this.parseKeyAndInferOperator();
    if (inferred) return newRequirement(key, inferred, []);
    const op = this.parseOperator();
    const values = op === 'in' || op === 'notin' ? this.parseValues() : this.parseExactValue();
    return newRequirement(key, op, [...values].sort());
  }

  /** The key, and 'exists' / '!' when no operator follows it. */
  private parseKeyAndInferOperator(): [string, Operator | undefined] {
    let { tok, literal } = this.consume('Values');
    let op: Operator | undefined;
    if (tok === Token.DoesNotExist) {
      op = '!';
      ({ tok, literal } = this.consume('Values'));
    }
    if (tok !== Token.Identifier) throw new Error(`found '${literal}', expected: identifier`);
    const keyError = validateLabelKey(literal, '<nil>');
    if (keyError) throw new Error(keyError);
    const next = this.lookahead('Values').tok;
    if ((next === Token.EndOfString || next === Token.Comma) && op !== '!') op = 'exists';
    return [literal, op];
  }

  private parseOperator(): Operator {
    const { tok, literal } = this.consume('KeyAndOperator');
    const ops: Partial<Record<TokenKind, Operator>> = {
      [Token.In]: 'in', [Token.Equals]: '=', [Token.DoubleEquals]: '==', [Token.GreaterThan]: 'gt',
      [Token.LessThan]: 'lt', [Token.NotIn]: 'notin', [Token.NotEquals]: '!=',
    };
    const op = ops[tok];
    if (!op) throw new Error(`found '${literal}', expected: ${BINARY_OPERATORS.join(', ')}`);
    return op;
  }

  /** "(a,b,c)": a set, so duplicates collapse and "()" or "(a,)" contain "". */
  private parseValues(): Set<string> {
    const open = this.consume('Values');
    if (open.tok !== Token.OpenPar) throw new Error(`found '${open.literal}' expected: '('`);
    const { tok, literal } = this.lookahead('Values');
    if (tok === Token.Identifier || tok === Token.Comma) {
      const s = this.parseIdentifiersList();
      if (this.consume('Values').tok !== Token.ClosedPar) throw new Error(`found '${literal}', expected: ')'`);
      return s;
    }
    if (tok === Token.ClosedPar) {
      this.consume('Values');
      return new Set(['']);
    }
    throw new Error(`found '${literal}', expected: ',', ')' or identifier`);
  }

  private parseIdentifiersList(): Set<string> {
    const s = new Set<string>();
    for (;;) {
      const { tok, literal } = this.consume('Values');
      if (tok === Token.Identifier) {
        s.add(literal);
        const next = this.lookahead('Values');
        if (next.tok === Token.Comma) continue;
        if (next.tok === Token.ClosedPar) return s;
        throw new Error(`found '${next.literal}', expected: ',' or ')'`);
      }
      if (tok === Token.Comma) {
        if (s.size === 0) s.add(''); // "(,"
        const next = this.lookahead('Values').tok;
        if (next === Token.ClosedPar) { s.add(''); return s; } // ",)"
        if (next === Token.Comma) s.add(''); // ",,"
        continue;
      }
      throw new Error(`found '${literal}', expected: ',', or identifier`);
    }
  }

  private parseExactValue(): Set<string> {
    const next = this.lookahead('Values').tok;
    if (next === Token.EndOfString || next === Token.Comma) return new Set(['']);
    const { tok, literal } = this.consume('Values');
    if (tok === Token.Identifier) return new Set([literal]);
    throw new Error(`found '${literal}', expected: identifier`);
  }
}

/**
 * labels.Parse: `x=a,y!=b,z in (c,d),w notin (e),v,!u,n>1,m<5` into requirements sorted by key.
 * Throws SelectorError with upstream's message.
 */
export function parseLabelSelector(text: string): Selector {
  const reqs = new Parser(lexSelector(text)).parse();
  return reqs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
