/**
 * Label selectors with Kubernetes syntax and semantics, ported from
 * k8s.io/apimachinery/pkg/labels/selector.go (lexer, parser, Requirement, String, Matches),
 * pkg/apis/meta/v1/helpers.go (LabelSelectorAsSelector) and pkg/util/validation (key/value rules).
 * Field selectors (pkg/fields/selector.go) are re-exported from ./fields.js.
 */
import type { LabelSelector } from './types.js';
import { goQuote, parseInt64 } from './strconv.js';

/** selection.Operator values; 'nothing' is labels.Nothing() (a nil metav1.LabelSelector). */
export type Operator = 'in' | 'notin' | '=' | '==' | '!=' | 'gt' | 'lt' | 'exists' | '!';

export type Requirement =
  | { key: string; op: 'in' | 'notin'; values: string[] }
  | { key: string; op: 'exists' | '!' }
  | { key: string; op: '=' | '==' | '!='; values: [string] }
  | { key: string; op: 'gt' | 'lt'; values: [string] }
  | { key: ''; op: 'nothing' };

/** A selector is the AND of its requirements, sorted by key; [] selects everything. */
export type Selector = Requirement[];

export class SelectorError extends Error {
  override name = 'SelectorError';
}

/** labels.Nothing(): matches no labels (what a nil LabelSelector converts to). */
export function nothingSelector(): Selector {
  return [{ key: '', op: 'nothing' }];
}

/** labels.Everything(). */
export function everythingSelector(): Selector {
  return [];
}

/** Selector.Empty(): true when the selector does not restrict anything. */
export function isEverything(sel: Selector): boolean {
  return sel.length === 0;
}

export function isNothing(sel: Selector): boolean {
  return sel.some((r) => r.op === 'nothing');
}

// ---- validation (k8s.io/apimachinery/pkg/util/validation) ----

const QUALIFIED_NAME_FMT = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const QUALIFIED_NAME_RE = new RegExp(`^${QUALIFIED_NAME_FMT}$`);
const QUALIFIED_NAME_ERR = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const LABEL_VALUE_FMT = `(${QUALIFIED_NAME_FMT})?`;
const LABEL_VALUE_RE = new RegExp(`^${LABEL_VALUE_FMT}$`);
const LABEL_VALUE_ERR = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const DNS1123_LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN_FMT = `${DNS1123_LABEL_FMT}(\\.${DNS1123_LABEL_FMT})*`;
const DNS1123_SUBDOMAIN_RE = new RegExp(`^${DNS1123_SUBDOMAIN_FMT}$`);
const DNS1123_SUBDOMAIN_ERR = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";

function regexError(msg: string, fmt: string, ...examples: string[]): string {
  if (examples.length === 0) return `${msg} (regex used for validation is '${fmt}')`;
  return `${msg} (e.g. ${examples.map((e) => `'${e}', `).join(' or ')}regex used for validation is '${fmt}')`;
}
const maxLenError = (n: number) => `must be no more than ${n} characters`;

/** validation.IsDNS1123Subdomain: problems, or [] when valid. */
export function isDNS1123Subdomain(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 253) errs.push(maxLenError(253));
  if (!DNS1123_SUBDOMAIN_RE.test(value)) errs.push(regexError(DNS1123_SUBDOMAIN_ERR, DNS1123_SUBDOMAIN_FMT, 'example.com'));
  return errs;
}

/** validation.IsQualifiedName (label keys): problems, or [] when valid. */
export function isQualifiedName(value: string): string[] {
  const errs: string[] = [];
  const parts = value.split('/');
  let name: string;
  if (parts.length === 1) name = parts[0];
  else if (parts.length === 2) {
    const prefix = parts[0];
    name = parts[1];
    if (prefix.length === 0) errs.push('prefix part must be non-empty');
    else errs.push(...isDNS1123Subdomain(prefix).map((m) => `prefix part ${m}`));
  } else {
    return [`a qualified name ${regexError(QUALIFIED_NAME_ERR, QUALIFIED_NAME_FMT, 'MyName', 'my.name', '123-abc')} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`];
  }
  if (name.length === 0) errs.push('name part must be non-empty');
  else if (name.length > 63) errs.push(`name part ${maxLenError(63)}`);
  if (!QUALIFIED_NAME_RE.test(name)) errs.push(`name part ${regexError(QUALIFIED_NAME_ERR, QUALIFIED_NAME_FMT, 'MyName', 'my.name', '123-abc')}`);
  return errs;
}

/** validation.IsValidLabelValue: problems, or [] when valid. */
export function isValidLabelValue(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 63) errs.push(maxLenError(63));
  if (!LABEL_VALUE_RE.test(value)) errs.push(regexError(LABEL_VALUE_ERR, LABEL_VALUE_FMT, 'MyValue', 'my_value', '12345'));
  return errs;
}

/** field.Invalid(path, value, detail).Error() */
function fieldInvalid(path: string, value: string | string[] | undefined, detail: string): string {
  const shown = value === undefined ? '[]string(nil)' : Array.isArray(value) ? `[]string{${value.map(goQuote).join(', ')}}` : goQuote(value);
  return `${path}: Invalid value: ${shown}: ${detail}`;
}

/** selector.go validateLabelKey: the field error for an invalid key (path "<nil>" inside the parser). */
export function validateLabelKey(key: string, path: string): string | undefined {
  const errs = isQualifiedName(key);
  return errs.length > 0 ? fieldInvalid(path, key, errs.join('; ')) : undefined;
}

/** utilerrors.Aggregate.Error(): one message as is, several deduplicated in brackets. */
function aggregate(errs: string[]): string {
  const unique = [...new Set(errs)];
  return unique.length === 1 ? unique[0] : `[${unique.join(', ')}]`;
}

/**
 * labels.NewRequirement: validates the key, the operator's value count, Gt/Lt integers and every
 * value; throws SelectorError with upstream's aggregated field errors.
 */
export function newRequirement(key: string, op: Operator, values?: string[]): Requirement {
  const errs: string[] = [];
  const keyError = validateLabelKey(key, 'key');
  if (keyError) errs.push(keyError);
  const vals = values ?? [];
  switch (op) {
    case 'in': case 'notin':
      if (vals.length === 0) errs.push(fieldInvalid('values', values, "for 'in', 'notin' operators, values set can't be empty"));
      break;
    case '=': case '==': case '!=':
      if (vals.length !== 1) errs.push(fieldInvalid('values', values, 'exact-match compatibility requires one single value'));
      break;
    case 'exists': case '!':
      if (vals.length !== 0) errs.push(fieldInvalid('values', values, 'values set must be empty for exists and does not exist'));
      break;
    case 'gt': case 'lt':
      if (vals.length !== 1) errs.push(fieldInvalid('values', values, "for 'Gt', 'Lt' operators, exactly one value is required"));
      vals.forEach((v, i) => {
        if (!isInt64(v)) errs.push(fieldInvalid(`values[${i}]`, v, "for 'Gt', 'Lt' operators, the value must be an integer"));
      });
      break;
  }
  vals.forEach((v, i) => {
    const valueErrs = isValidLabelValue(v);
    if (valueErrs.length > 0) errs.push(fieldInvalid(`values[${i}][${key}]`, v, valueErrs.join('; ')));
  });
  if (errs.length > 0) throw new SelectorError(aggregate(errs));
  return op === 'exists' || op === '!' ? { key, op } : ({ key, op, values: [...vals] } as Requirement);
}

function isInt64(v: string): boolean {
  try {
    parseInt64(v);
    return true;
  } catch {
    return false;
  }
}

function byKey(a: Requirement, b: Requirement): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Requirement.Matches. */
export function requirementMatches(r: Requirement, labels: Record<string, string> | undefined): boolean {
  const l = labels ?? {};
  const has = Object.prototype.hasOwnProperty.call(l, r.key);
  switch (r.op) {
    case 'in': case '=': case '==':
      return has && r.values.includes(l[r.key]);
    case 'notin': case '!=':
      return !has || !r.values.includes(l[r.key]);
    case 'exists':
      return has;
    case '!':
      return !has;
    case 'gt': case 'lt': {
      if (!has || r.values.length !== 1 || !isInt64(l[r.key]) || !isInt64(r.values[0])) return false;
      const lv = parseInt64(l[r.key]);
      const rv = parseInt64(r.values[0]);
      return r.op === 'gt' ? lv > rv : lv < rv;
    }
    case 'nothing':
      return false;
  }
}

/** Selector.Matches: every requirement matches. */
export function matchesLabels(sel: Selector, labels: Record<string, string> | undefined): boolean {
  return sel.every((r) => requirementMatches(r, labels));
}

/** Requirement.String(): "x in (a,b)", "!x", "x!=y", "x>2". */
export function formatRequirement(r: Requirement): string {
  switch (r.op) {
    case 'nothing': return '';
    case 'exists': return r.key;
    case '!': return `!${r.key}`;
    case 'in': case 'notin': {
      const vals = r.values.length === 1 ? r.values : [...r.values].sort();
      return `${r.key} ${r.op} (${vals.join(',')})`;
    }
    case 'gt': return `${r.key}>${r.values[0]}`;
    case 'lt': return `${r.key}<${r.values[0]}`;
    default: return `${r.key}${r.op}${r.values[0]}`;
  }
}

/** Selector.String(). */
export function formatSelector(sel: Selector): string {
  return sel.map(formatRequirement).join(',');
}

/** Selector.RequiresExactMatch: the single value a key must have, if the selector pins one. */
export function requiresExactMatch(sel: Selector, key: string): string | undefined {
  const r = sel.find((x) => x.key === key && x.op !== 'nothing');
  if (!r) return undefined;
  if ((r.op === '=' || r.op === '==' || r.op === 'in') && r.values.length === 1) return r.values[0];
  return undefined;
}

/** labels.SelectorFromSet: exact matches for every label, not validated. */
export function selectorFromSet(labels: Record<string, string> | undefined): Selector {
  return Object.entries(labels ?? {}).map(([key, value]): Requirement => ({ key, op: '=', values: [value] })).sort(byKey);
}

/**
 * metav1.LabelSelectorAsSelector: nil selects nothing, {} selects everything; matchLabels and
 * matchExpressions become validated requirements.
 */
export function fromLabelSelector(sel: LabelSelector | undefined | null): Selector {
  if (!sel) return nothingSelector();
  const matchLabels = Object.entries(sel.matchLabels ?? {});
  const exprs = sel.matchExpressions ?? [];
  if (matchLabels.length + exprs.length === 0) return everythingSelector();
  const out: Selector = matchLabels.map(([k, v]) => newRequirement(k, '=', [v]));
  for (const e of exprs) {
    const op = SELECTOR_OPERATORS.get(e.operator);
    if (!op) throw new SelectorError(`"${e.operator}" is not a valid label selector operator`);
    out.push(newRequirement(e.key, op, e.values && e.values.length > 0 ? e.values : undefined));
  }
  return out.sort(byKey);
}

const SELECTOR_OPERATORS = new Map<string, Operator>([['In', 'in'], ['NotIn', 'notin'], ['Exists', 'exists'], ['DoesNotExist', '!']]);

/** labels.Set.String(): "k=v" pairs sorted, comma-separated. */
export function formatLabels(labels: Record<string, string> | undefined): string {
  return Object.entries(labels ?? {}).map(([k, v]) => `${k}=${v}`).sort().join(',');
}

export { parseLabelSelector, lexSelector, Token } from './label-parser.js';
export {
  type FieldRequirement, parseFieldSelector, fieldValue, matchesFields, formatFieldSelector, escapeFieldValue,
  unescapeFieldValue, requiresExactFieldMatch,
} from './fields.js';
