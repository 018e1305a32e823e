/** `kemu scenario run|validate FILE`: exit 0 passed, 1 an expectation failed, 2 the file is invalid. */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseScenarioText } from '../../sim/scenario/parse.js';
import { runScenario } from '../../sim/scenario/run.js';
import { formatReport } from '../../sim/scenario/format.js';
import { ScenarioError } from '../../sim/scenario/validate.js';
import { formatDuration } from '../../core/duration.js';

export interface ScenarioCliOptions { seed?: string; report: 'text' | 'json'; output?: string }

function load(file: string) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ScenarioError('', `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return parseScenarioText(text, file);
}

export function scenarioValidate(file: string): number {
  try {
    const s = load(file);
    process.stdout.write(`${file}: valid scenario "${s.name}" (${s.nodes.length} nodes, ${s.objects.length} objects, ${s.timeline.length} steps, ${s.expect.length} expectations)\n`);
    return 0;
  } catch (err) {
    if (err instanceof ScenarioError) {
      process.stderr.write(`${file}: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

export function scenarioRun(file: string, o: ScenarioCliOptions): number {
  try {
    const s = load(file);
    const seed = o.seed === undefined ? undefined : /^\d+$/.test(o.seed) ? Number(o.seed) : o.seed;
    const tty = process.stderr.isTTY === true;
    const started = performance.now();
    const report = runScenario(s, {
      seed,
      progress: tty ? (done, total) => {
        const pct = Math.round((100 * done) / total);
        const bar = '█'.repeat(Math.round(pct / 4)).padEnd(25, '░');
        process.stderr.write(`\r${bar} ${pct}% ${formatDuration(done)} / ${formatDuration(total)}`);
        if (done >= total) process.stderr.write('\r\x1b[K');
      } : undefined,
    });
    const wall = performance.now() - started;
    const out = o.report === 'json' ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(s, report, process.stdout.isTTY === true && !o.output)}\n` +
      `(${formatDuration(s.durationMs)} of cluster time in ${(wall / 1000).toFixed(2)} s)\n`;
    if (o.output) writeFileSync(o.output, out);
    else process.stdout.write(out);
    return report.passed ? 0 : 1;
  } catch (err) {
    if (err instanceof ScenarioError) {
      process.stderr.write(`${file}: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}
