/**
 * stream-fanout: 20 /events clients while the control plane records 2,000 Events/s: p99 delivery
 * latency, first without and then with one stalled client (which must change neither the others'
 * latency nor the server's memory beyond a fixed bound).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { runServer } from '../cli/commands/server-run.js';
import type { Benchmark, BenchResult } from './types.js';

const CLIENTS = 20;
const RATE = 2000;
const SECONDS = 8;
const CLIENT = join(import.meta.dirname, 'stream-clients.js');

interface Result { count: number; p50: number; p99: number; max: number; stalledClose?: { code: number; reason: string } }

/**
 * RSS once it has stopped falling: after a collection V8 and malloc give pages back over a second
 * or so, and what earlier benchmarks in this process left must not count as this phase shrinking.
 */
async function settledRss(): Promise<number> {
  let prev = Infinity;
  for (let i = 0; i < 20; i++) {
    global.gc?.();
    await new Promise((r) => setTimeout(r, 500));
    const rss = process.memoryUsage().rss;
    if (prev - rss < 2 ** 20) return rss;
    prev = rss;
  }
  return prev;
}

async function phase(stalled: boolean, seconds = SECONDS): Promise<{ r: Result; rssGrowthMb: number }> {
  const rss0 = await settledRss();
  const srv = await runServer({ host: '127.0.0.1', port: 0, timeScale: 1, agentToken: 'bench', seed: 'bench', config: {} });
  const child = spawn(process.execPath, [CLIENT, `${srv.url.replace('http', 'ws')}/events`, String(CLIENTS), String(seconds), stalled ? 'stalled' : ''], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  while (!out.includes('ready')) await new Promise((r) => setTimeout(r, 50));
  let seq = 0;
  // 2,000 Events/s in 10 ms batches of 20, each naming a distinct pod so none aggregate.
  const timer = setInterval(() => {
    for (let i = 0; i < RATE / 100; i++) {
      srv.cp.recorder.record({
        involvedObject: { kind: 'Pod', namespace: 'default', name: `p-${seq++ % 5000}`, uid: `u-${seq}` },
        type: 'Normal', reason: 'Bench', message: `bench ${Date.now()}`, source: { component: 'bench' },
      });
    }
  }, 10);
  const r = await new Promise<Result>((resolve) => child.on('exit', () => resolve(JSON.parse(out.split('\n')[1]) as Result)));
  clearInterval(timer);
  const rssGrowthMb = (process.memoryUsage().rss - rss0) / 2 ** 20;
  await srv.close();
  return { r, rssGrowthMb };
}

export const streamFanout: Benchmark = {
  name: 'stream-fanout',
  description: `${CLIENTS} /events clients at ${RATE} events/s for ${SECONDS} s, without and with a stalled client`,
  results: ['stream-fanout-p99', 'stream-fanout-p99-with-stalled', 'stream-fanout-stalled-rss-growth'],
  async run(): Promise<BenchResult[]> {
    // Warm-up, not measured: in a fresh process the first phase would also count V8 growing its
    // heap and compiling (69 MB "growth" without any stalled client, more than with one).
    await phase(false, 3);
    const base = await phase(false);
    const stalled = await phase(true);
    return [
      { name: 'stream-fanout-p99', value: base.r.p99, unit: 'ms', target: 100, better: 'lower', detail: `${base.r.count} deliveries, p50 ${base.r.p50} ms, max ${base.r.max} ms` },
      { name: 'stream-fanout-p99-with-stalled', value: stalled.r.p99, unit: 'ms', target: 100, better: 'lower', detail: `stalled client closed: ${JSON.stringify(stalled.r.stalledClose ?? 'not yet')}` },
      { name: 'stream-fanout-stalled-rss-growth', value: +Math.max(0, stalled.rssGrowthMb - base.rssGrowthMb).toFixed(1), unit: 'MB', target: 64, better: 'lower', detail: `RSS growth ${base.rssGrowthMb.toFixed(1)} MB without, ${stalled.rssGrowthMb.toFixed(1)} MB with the stalled client` },
    ];
  },
};
