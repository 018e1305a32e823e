/**
 * Field selectors, ported from k8s.io/apimachinery/pkg/fields/selector.go: comma-separated
 * `path=value`, `path==value`, `path!=value` terms (sorted), with `\,` `\=` `\\` escapes in values.
 * Which paths a kind supports is the API layer's business (upstream: per-kind field label maps).
 */
import { SelectorError } from './labels.js';

export interface FieldRequirement {
  path: string;
  op: '=' | '!=';
  value: string;
}

/** fields.splitTerms: split on commas not escaped by a backslash (escapes stay in the terms). */
function splitTerms(s: string): string[] {
  if (s.length === 0) return [];
  const terms: string[] = [];
  let start = 0;
  let inSlash = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (inSlash) inSlash = false;
    else if (c === '\\') inSlash = true;
    else if (c === ',') {
      terms.push(s.slice(start, i));
      start = i + 1;
    }
  }
  terms.push(s.slice(start));
  return terms;
}

/** fields.splitTerm: the first operator ("!=" before "==" before "=") splits the term. */
function splitTerm(term: string): [string, '!=' | '==' | '=', string] | undefined {
  for (let i = 0; i < term.length; i++) {
    for (const op of ['!=', '==', '='] as const) {
      if (term.startsWith(op, i)) return [term.slice(0, i), op, term.slice(i + op.length)];
    }
  }
  return undefined;
}

/** fields.EscapeValue. */
export function escapeFieldValue(s: string): string {
  return s.replace(/[\\,=]/g, (c) => `\\${c}`);
}

/** fields.UnescapeValue: only \\ \, \= are escapes; a bare , or = is an error. */
export function unescapeFieldValue(s: string): string {
  if (!/[\\,=]/.test(s)) return s;
  let out = '';
  let inSlash = false;
  for (const c of s) {
    if (inSlash) {
      if (c !== '\\' && c !== ',' && c !== '=') throw new SelectorError(`invalid field selector: invalid escape sequence: \\${c}`);
      out += c;
      inSlash = false;
    } else if (c === '\\') inSlash = true;
    else if (c === ',' || c === '=') throw new SelectorError(`invalid field selector: unescaped character in value: ${c.codePointAt(0)}`);
    else out += c;
  }
  if (inSlash) throw new SelectorError('invalid field selector: invalid escape sequence: \\');
  return out;
}

/** fields.ParseSelector: terms sorted as strings, `==` stored as `=`. No whitespace trimming. */
export function parseFieldSelector(text: string): FieldRequirement[] {
  const out: FieldRequirement[] = [];
  for (const part of splitTerms(text).sort()) {
    if (part === '') continue;
    const split = splitTerm(part);
    if (!split) throw new SelectorError(`invalid selector: '${text}'; can't understand '${part}'`);
    const [path, op, rhs] = split;
    out.push({ path, op: op === '!=' ? '!=' : '=', value: unescapeFieldValue(rhs) });
  }
  return out;
}

/** Selector.String(): "a=b,c!=d" with values escaped. */
export function formatFieldSelector(reqs: FieldRequirement[]): string {
  return reqs.map((r) => `${r.path}${r.op}${escapeFieldValue(r.value)}`).join(',');
}

/** The value of a dotted path in an object as a field set would hold it ("" when absent). */
export function fieldValue(obj: unknown, path: string): string {
  let cur: unknown = obj;
  for (const seg of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return '';
    cur = (cur as Record<string, unknown>)[seg];
  }
  if (cur === undefined || cur === null) return '';
  return String(cur);
}

/** Selector.Matches against an object (paths read with fieldValue) or a ready field set. */
export function matchesFields(reqs: FieldRequirement[], obj: unknown, fields?: Record<string, string>): boolean {
  for (const r of reqs) {
    const v = fields ? (Object.hasOwn(fields, r.path) ? fields[r.path] : '') : fieldValue(obj, r.path);
    if (r.op === '=' ? v !== r.value : v === r.value) return false;
  }
  return true;
}

/** Selector.RequiresExactMatch for a field. */
export function requiresExactFieldMatch(reqs: FieldRequirement[], path: string): string | undefined {
  return reqs.find((r) => r.path === path && r.op === '=')?.value;
}
