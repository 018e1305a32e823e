/**
 * Label and field selectors with Kubernetes syntax
 * (k8s.io/apimachinery/pkg/labels/selector.go, pkg/fields/selector.go).
 */
import type { LabelSelector } from './types.js';

export type Requirement =
  | { key: string; op: 'in' | 'notin'; values: string[] }
  | { key: string; op: 'exists' | '!' }
  | { key: string; op: '=' | '!='; values: [string] }
  | { key: string; op: 'gt' | 'lt'; values: [string] };

export type Selector = Requirement[];

export class SelectorError extends Error {}

const NAME_RE = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

/** Parses `a=b,c!=d,e in (x,y),f notin (z),g,!h` into requirements. */
export function parseLabelSelector(text: string): Selector {
  const out: Selector = [];
  const s = text.trim();
  if (s === '') return out;
  let i = 0;
  const skip = () => { while (i < s.length && s[i] === ' ') i++; };
  const word = (): string => {
    skip();
    const start = i;
    while (i < s.length && !' ,=!()<>'.includes(s[i])) i++;
    return s.slice(start, i);
  };
  while (i < s.length) {
    skip();
    if (s[i] === '!') {
      i++;
      const key = word();
      checkKey(key);
      out.push({ key, op: '!' });
    } else {
      const key = word();
      checkKey(key);
      skip();
      if (i >= s.length || s[i] === ',') {
        out.push({ key, op: 'exists' });
      } else if (s.startsWith('!=', i)) {
        i += 2;
        out.push({ key, op: '!=', values: [word()] });
      } else if (s.startsWith('==', i)) {
        i += 2;
        out.push({ key, op: '=', values: [word()] });
      } else if (s[i] === '=') {
        i += 1;
        out.push({ key, op: '=', values: [word()] });
      } else if (s[i] === '>' || s[i] === '<') {
        const op = s[i] === '>' ? 'gt' : 'lt';
        i += 1;
        out.push({ key, op, values: [word()] });
      } else {
        const opWord = word();
        if (opWord !== 'in' && opWord !== 'notin') throw new SelectorError(`unable to parse requirement: found '${opWord}', expected: in, notin, =, ==, !=, gt, lt`);
        skip();
        if (s[i] !== '(') throw new SelectorError(`unable to parse requirement: found '${s[i] ?? ''}', expected: '('`);
        i++;
        const values: string[] = [];
        for (;;) {
          const v = word();
          values.push(v);
          skip();
          if (s[i] === ',') { i++; continue; }
          if (s[i] === ')') { i++; break; }
          throw new SelectorError(`unable to parse requirement: found '${s[i] ?? ''}', expected: ',', ')'`);
        }
        out.push({ key, op: opWord, values: values.filter((v) => v !== '') });
      }
    }
    skip();
    if (i < s.length) {
      if (s[i] !== ',') throw new SelectorError(`unable to parse requirement: found '${s[i]}', expected: ','`);
      i++;
    }
  }
  return out;
}

function checkKey(key: string): void {
  if (key === '' || key.length > 317 || !NAME_RE.test(key)) throw new SelectorError(`invalid label key "${key}"`);
}

/** Converts a metav1.LabelSelector (matchLabels + matchExpressions) into requirements. */
export function fromLabelSelector(sel: LabelSelector | undefined | null): Selector {
  if (!sel) return [];
  const out: Selector = [];
  for (const [key, value] of Object.entries(sel.matchLabels ?? {})) out.push({ key, op: '=', values: [value] });
  for (const e of sel.matchExpressions ?? []) {
    switch (e.operator) {
      case 'In': out.push({ key: e.key, op: 'in', values: e.values ?? [] }); break;
      case 'NotIn': out.push({ key: e.key, op: 'notin', values: e.values ?? [] }); break;
      case 'Exists': out.push({ key: e.key, op: 'exists' }); break;
      case 'DoesNotExist': out.push({ key: e.key, op: '!' }); break;
      default: throw new SelectorError(`"${e.operator}" is not a valid label selector operator`);
    }
  }
  return out;
}

export function matchesLabels(sel: Selector, labels: Record<string, string> | undefined): boolean {
  const l = labels ?? {};
  for (const r of sel) {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    const v = l[r.key];
    switch (r.op) {
      case 'exists': if (!has) return false; break;
      case '!': if (has) return false; break;
      case '=': if (!has || v !== r.values[0]) return false; break;
      case '!=': if (has && v === r.values[0]) return false; break;
      case 'in': if (!has || !r.values.includes(v)) return false; break;
      case 'notin': if (has && r.values.includes(v)) return false; break;
      case 'gt': if (!has || !(Number(v) > Number(r.values[0]))) return false; break;
      case 'lt': if (!has || !(Number(v) < Number(r.values[0]))) return false; break;
    }
  }
  return true;
}

/** A field selector: `metadata.name=x,spec.nodeName!=y` (only = / == / !=, like Kubernetes). */
export interface FieldRequirement { path: string; op: '=' | '!='; value: string }

export function parseFieldSelector(text: string): FieldRequirement[] {
  const out: FieldRequirement[] = [];
  for (const part of text.split(',')) {
    const p = part.trim();
    if (p === '') continue;
    const m = /^([^=!]+?)\s*(==|=|!=)\s*(.*)$/.exec(p);
    if (!m) throw new SelectorError(`invalid selector: '${p}'; can't understand '${p}'`);
    out.push({ path: m[1], op: m[2] === '!=' ? '!=' : '=', value: m[3] });
  }
  return out;
}

export function fieldValue(obj: unknown, path: string): string {
  let cur: unknown = obj;
  for (const seg of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return '';
    cur = (cur as Record<string, unknown>)[seg];
  }
  if (cur === undefined || cur === null) return '';
  return String(cur);
}

export function matchesFields(reqs: FieldRequirement[], obj: unknown): boolean {
  for (const r of reqs) {
    const v = fieldValue(obj, r.path);
    if (r.op === '=' ? v !== r.value : v === r.value) return false;
  }
  return true;
}

export function formatLabels(labels: Record<string, string> | undefined): string {
  return Object.entries(labels ?? {}).map(([k, v]) => `${k}=${v}`).join(',');
}
