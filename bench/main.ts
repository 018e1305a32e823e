/**
 * `npm run bench [-- NAME …]`: runs the benchmarks, prints a table (name, value, unit, target, ok?)
 * and writes the same to bench/results.json. Not part of `npm test`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { pino } from 'pino';
import { setRootLogger } from '../core/logger.js';
import { ok, type Benchmark, type BenchResult } from './types.js';
import { BENCHMARKS } from './all.js';

async function main(): Promise<void> {
  setRootLogger(pino({ level: 'silent' }));
  const wanted = process.argv.slice(2);
  // A benchmark is selected by its name or by the name of one of the results it reports.
  const matches = (b: Benchmark, w: string) => b.name === w || (b.results ?? []).includes(w);
  const unknown = wanted.filter((w) => !BENCHMARKS.some((b) => matches(b, w)));
  if (unknown.length) {
    process.stderr.write(`unknown benchmark(s): ${unknown.join(', ')}\navailable: ${BENCHMARKS.map((b) => b.name).join(', ')}\n`);
    process.exit(2);
  }
  const selected: Benchmark[] = wanted.length ? BENCHMARKS.filter((b) => wanted.some((w) => matches(b, w))) : BENCHMARKS;
  const results: BenchResult[] = [];
  for (const b of selected) {
    // Start each benchmark from a collected heap (npm run bench passes --expose-gc): what one leaves
    // behind must not be freed inside the next one's RSS measurements.
    (globalThis as { gc?: () => void }).gc?.();
    process.stderr.write(`running ${b.name}: ${b.description} …\n`);
    const started = performance.now();
    try {
      const r = await b.run();
      results.push(...(Array.isArray(r) ? r : [r]));
    } catch (err) {
      process.stderr.write(`  ${b.name} failed: ${(err as Error).stack ?? err}\n`);
      results.push({ name: b.name, value: NaN, unit: 'error', target: NaN, better: 'higher', detail: (err as Error).message });
    }
    process.stderr.write(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
  const rows = results.map((r) => [r.name, fmt(r.value), r.unit, `${r.better === 'higher' ? '≥' : '≤'} ${fmt(r.target)}`, ok(r) ? 'ok' : 'MISS']);
  const head = ['name', 'value', 'unit', 'target', 'ok?'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cols: string[]) => cols.map((c, i) => (i === 1 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  process.stdout.write(`${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}\n`);
  for (const r of results) if (r.detail) process.stdout.write(`  ${r.name}: ${r.detail}\n`);
  mkdirSync('bench', { recursive: true });
  const out = results.map(({ name, value, unit, target, better }) => ({ name, value, unit, target, better }));
  writeFileSync('bench/results.json', `${JSON.stringify(out, null, 2)}\n`);
  process.stdout.write('wrote bench/results.json\n');
}

function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 100) return String(Math.round(n));
  return String(+n.toFixed(3));
}

void main();
