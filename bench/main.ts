/**
 * `npm run bench [-- NAME …]`: runs the benchmarks, prints a table (name, value, unit, target, ok?)
 * and writes the same to bench/results.json. Not part of `npm test`.
 */
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { setRootLogger } from '../core/logger.js';
import { ok, type Benchmark, type BenchResult } from './types.js';
import { BENCHMARKS } from './all.js';

const CHILD_FLAG = '--benchmark-process';

/**
 * Each benchmark runs in a fresh Node.js process (same flags): what one leaves behind — heap,
 * JIT state tuned to its object shapes, inline caches made polymorphic — must not slow the next.
 * Run in one process, sim-speed-100 took 4.2 s after the scheduler benchmarks and 3.8 s alone.
 */
function runIsolated(b: Benchmark): Promise<BenchResult[]> {
  return new Promise((resolve) => {
    let got: BenchResult[] | undefined;
    const child = fork(fileURLToPath(import.meta.url), [CHILD_FLAG, b.name], { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.on('message', (m) => (got = m as BenchResult[]));
    child.on('exit', (code, signal) => {
      if (got) return resolve(got);
      resolve(failed(b, `benchmark process exited with ${signal ?? `code ${code}`} before reporting`));
    });
  });
}

/** The row of a benchmark that could not report, with the reason on stderr. */
function failed(b: Benchmark, detail: string, trace = detail): BenchResult[] {
  process.stderr.write(`  ${b.name} failed: ${trace}\n`);
  return [{ name: b.name, value: NaN, unit: 'error', target: NaN, better: 'higher', detail }];
}

/** In the benchmark's own process: run it and send the results to the parent. */
async function runChild(name: string): Promise<void> {
  setRootLogger(pino({ level: 'silent' }));
  const b = BENCHMARKS.find((x) => x.name === name)!;
  let results: BenchResult[];
  try {
    const r = await b.run();
    results = Array.isArray(r) ? r : [r];
  } catch (err) {
    results = failed(b, (err as Error).message, (err as Error).stack);
  }
  process.send!(results, () => process.exit(0));
}

async function main(): Promise<void> {
  if (process.argv[2] === CHILD_FLAG) return runChild(process.argv[3]);
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
    process.stderr.write(`running ${b.name}: ${b.description} …\n`);
    const started = performance.now();
    results.push(...(await runIsolated(b)));
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
