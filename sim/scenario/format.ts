/** The readable default output of `kemu scenario run`: a timeline, then the expectation results. */
import { formatDuration } from '../../core/duration.js';
import type { Scenario } from './types.js';
import type { ScenarioReport } from './report.js';

const C = { red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', dim: '\x1b[90m', bold: '\x1b[1m', cyan: '\x1b[36m', reset: '\x1b[0m' };

export function formatReport(s: Scenario, r: ScenarioReport, color: boolean): string {
  const paint = (code: string, text: string) => (color ? `${code}${text}${C.reset}` : text);
  const lines: string[] = [];
  lines.push(paint(C.bold, `scenario ${r.scenario} (seed ${r.seed}, ${formatDuration(r.durationMs)} of cluster time)`));
  // Repeats of an aggregated Event (count > 1) fold into its first line as "(×N)".
  const firstOf = new Map<string, { n: number; last: number }>();
  const repeats = new Map<number, { n: number; last: number }>();
  r.events.forEach((e, i) => {
    const key = `${e.involvedObject.uid ?? e.involvedObject.name}|${e.reason}|${e.message}|${e.source.component}`;
    const f = firstOf.get(key);
    if (f && e.count > 1) {
      f.n = e.count;
      f.last = e.t;
    } else {
      const entry = { n: e.count, last: e.t };
      firstOf.set(key, entry);
      repeats.set(i, entry);
    }
  });
  const rows = [
    ...r.events.flatMap((e, i) => (repeats.has(i) ? [{ e, rep: repeats.get(i)! }] : [])).map(({ e, rep }) => ({
      t: e.t, kind: 0,
      cols: [e.source.component ?? '', e.reason, `${e.involvedObject.kind ?? ''} ${e.involvedObject.namespace ? `${e.involvedObject.namespace}/` : ''}${e.involvedObject.name ?? ''}`,
        rep.n > 1 ? `${e.message} (×${rep.n}, last at +${formatDuration(rep.last)})` : e.message],
      code: e.type === 'Warning' ? C.yellow : C.green,
    })),
    ...r.actionLog.map((a) => ({ t: a.t, kind: 1, cols: ['scenario', 'Note', '', a.message], code: C.cyan })),
    ...s.timeline.map((st) => ({ t: st.atMs, kind: -1, cols: ['timeline', st.action.type, describeAction(st.action), ''], code: C.cyan })),
  ].sort((a, b) => a.t - b.t || a.kind - b.kind);
  const w = [10, 24, 28, 40];
  for (const row of rows) {
    const time = `+${formatDuration(row.t)}`.padEnd(10);
    const [comp, reason, obj, msg] = row.cols;
    lines.push(`${paint(C.dim, time)} ${comp.padEnd(w[0] + 14).slice(0, w[0] + 14)} ${paint(row.code, reason.padEnd(w[1]).slice(0, w[1]))} ${obj.padEnd(w[2])} ${msg}`);
  }
  lines.push('');
  lines.push(paint(C.bold, 'expectations'));
  for (const e of r.expectations) {
    const mark = e.passed ? paint(C.green, '✓') : paint(C.red, '✗');
    lines.push(`  ${mark} [${e.index}] ${s.expect[e.index]?.path ?? ''}: ${e.detail}`);
  }
  if (r.expectations.length === 0) lines.push('  (none)');
  lines.push('');
  lines.push(r.passed ? paint(C.green, `PASSED ${r.scenario}`) : paint(C.red, `FAILED ${r.scenario} (seed ${r.seed})`));
  return lines.join('\n');
}

function describeAction(a: Scenario['timeline'][number]['action']): string {
  switch (a.type) {
    case 'addNode': return a.nodes.map((n) => n.name).join(',');
    case 'apply': return `${a.manifest.kind}/${a.manifest.metadata?.name ?? a.manifest.metadata?.generateName ?? ''}`;
    case 'delete': case 'patch': return `${a.ref.kind}/${a.ref.name}`;
    case 'taint': case 'untaint': return `${a.node} ${a.taint.key}:${a.taint.effect}`;
    case 'evict': return `${a.namespace}/${a.name}`;
    case 'setUsage': return `${a.pod ? `${a.pod.namespace}/${a.pod.name}` : a.node} ${Object.entries(a.usage).map(([k, v]) => `${k}=${v}`).join(' ')}`;
    default: return a.node;
  }
}
