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
 * The server's memory as the JavaScript heap and the buffers it holds (heapUsed + external, where
 * socket write buffers live) after a full collection. RSS was used first and proved useless
 * here: in a fresh process V8 and malloc keep growing and returning pages for minutes, so a phase
 * without any stalled client "grew" by 42–69 MB, more than the phase with one.
 */
function retainedBytes(): number {
  global.gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

async function phase(stalled: boolean, seconds = SECONDS): Promise<{ r: Result; growthMb: number; rssGrowthMb: number }> {
  const mem0 = retainedBytes();
  const rss0 = process.memoryUsage().rss;
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
  // Measured before the server closes: the stalled client's connection and buffers are still held.
  const growthMb = (retainedBytes() - mem0) / 2 ** 20;
  const rssGrowthMb = (process.memoryUsage().rss - rss0) / 2 ** 20;
  await srv.close();
  return { r, growthMb, rssGrowthMb };
}

export const streamFanout: Benchmark = {
  name: 'stream-fanout',
  description: `${CLIENTS} /events clients at ${RATE} events/s for ${SECONDS} s, without and with a stalled client`,
  results: ['stream-fanout-p99', 'stream-fanout-p99-with-stalled', 'stream-fanout-stalled-memory'],
  async run(): Promise<BenchResult[]> {
    // Warm-up, not measured: the first phase in a fresh process also pays for compiling.
    await phase(false, 3);
    const base = await phase(false);
    const stalled = await phase(true);
    return [
      { name: 'stream-fanout-p99', value: base.r.p99, unit: 'ms', target: 100, better: 'lower', detail: `${base.r.count} deliveries, p50 ${base.r.p50} ms, max ${base.r.max} ms` },
      { name: 'stream-fanout-p99-with-stalled', value: stalled.r.p99, unit: 'ms', target: 100, better: 'lower', detail: `stalled client closed: ${JSON.stringify(stalled.r.stalledClose ?? 'not yet')}` },
      { name: 'stream-fanout-stalled-memory', value: +(stalled.growthMb - base.growthMb).toFixed(1), unit: 'MB', target: 64, better: 'lower',
        detail: `heap + buffers after GC grew ${base.growthMb.toFixed(1)} MB without, ${stalled.growthMb.toFixed(1)} MB with the stalled client (RSS: ${base.rssGrowthMb.toFixed(1)} and ${stalled.rssGrowthMb.toFixed(1)} MB)` },
    ];
  },
};
