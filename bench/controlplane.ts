/**
 * controlplane-5k: the server (its own process) with 5,000 nodes from five `--nodes 1000` agent
 * processes and 150,000 running pods, observed for 2 minutes of real time at Kubernetes' default
 * cadences (time scale 1): server CPU, RSS, lease-processing lag p99, nodes falsely NotReady.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { freePortFor } from './ports.js';
import { processTree } from './process-tree.js';
import type { Benchmark, BenchResult } from './types.js';

const BIN = join(import.meta.dirname, '../../bin/kemu.js');
const AGENTS = 5;
const NODES_PER_AGENT = 1000;
const PODS_PER_NODE = 30;
const OBSERVE_MS = 120_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const progress = (s: string) => process.stderr.write(`\r  ${s}\x1b[K`);

/** CPU ticks and RSS summed over the server's process tree. */
function procStat(pid: number): { cpuTicks: number; rssKb: number } {
  let cpuTicks = 0;
  let rssKb = 0;
  for (const p of processTree(pid)) {
    const stat = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ');
    cpuTicks += Number(stat[11]) + Number(stat[12]);
    rssKb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))![1]);
  }
  return { cpuTicks, rssKb };
}

async function metric(base: string, re: RegExp): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  return Number(re.exec(text)?.[1] ?? NaN);
}

/** What stalled the server's event loop during the observation (for the detail, not a target). */
interface Stalls { loopP99Ms: number; loopMaxMs: number; majorGcs: number; majorGcMs: number }

async function stallFigures(base: string): Promise<{ text: string; majorCount: number; majorSum: number }> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const num = (re: RegExp) => Number(re.exec(text)?.[1] ?? NaN);
  return { text, majorCount: num(/^nodejs_gc_duration_seconds_count\{kind="major"\} (\S+)/m), majorSum: num(/^nodejs_gc_duration_seconds_sum\{kind="major"\} (\S+)/m) };
}

/**
 * prom-client's event-loop delay histogram restarts at every scrape, so a scrape at the start of
 * the observation and one at the end give the window's figures (monitorEventLoopDelay with a
 * 10 ms resolution: 10 ms is subtracted).
 */
function stallsBetween(a: Awaited<ReturnType<typeof stallFigures>>, b: Awaited<ReturnType<typeof stallFigures>>): Stalls {
  const num = (re: RegExp) => Number(re.exec(b.text)?.[1] ?? NaN);
  const loop = (q: string) => Math.max(0, num(new RegExp(`^nodejs_eventloop_lag_${q}_seconds (\\S+)`, 'm')) * 1000 - 10);
  return { loopP99Ms: loop('p99'), loopMaxMs: loop('max'), majorGcs: (b.majorCount || 0) - (a.majorCount || 0), majorGcMs: ((b.majorSum || 0) - (a.majorSum || 0)) * 1000 };
}

function post(agent: Agent, port: number, path: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

export const controlPlane5k: Benchmark = {
  name: 'controlplane-5k',
  description: `server with ${AGENTS * NODES_PER_AGENT} nodes and ${AGENTS * NODES_PER_AGENT * PODS_PER_NODE} running pods for ${OBSERVE_MS / 1000} s of real time`,
  results: ['controlplane-5k-cpu', 'controlplane-5k-rss', 'controlplane-5k-lease-lag-p99', 'controlplane-5k-false-notready'],
  async run(): Promise<BenchResult[]> {
    const port = await freePortFor();
    const base = `http://127.0.0.1:${port}`;
    const children: ChildProcess[] = [];
    const extra = (process.env.KEMU_BENCH_SERVER_NODE_FLAGS ?? '').split(' ').filter(Boolean);
    const server = spawn(process.execPath, ['--max-old-space-size=3072', ...extra, BIN, 'server', '--port', String(port), '--agent-token', 'bench', '--log-level', 'warn', '--seed', 'bench'], { stdio: ['ignore', process.env.KEMU_BENCH_SERVER_STDOUT ? 'inherit' : 'ignore', 'inherit'] });
    children.push(server);
    try {
      for (let i = 0; i < 100 && !(await fetch(`${base}/readyz`).then((r) => r.ok, () => false)); i++) await sleep(100);
      for (let a = 0; a < AGENTS; a++) {
        // The agents stand in for 5,000 remote machines: on this 2-core box they run at a lower
        // CPU priority so that what is measured is the control plane, not the scheduler's sharing.
        children.push(spawn('nice', ['-n', '10', process.execPath, '--max-semi-space-size=2', BIN, 'agent', '--server', `ws://127.0.0.1:${port}/agent`, '--token', 'bench',
          '--name', `a${a}`, '--nodes', String(NODES_PER_AGENT), '--cpu', '32', '--memory', '64Gi', '--log-level', 'warn'], { stdio: ['ignore', 'ignore', 'inherit'] }));
      }
      const total = AGENTS * NODES_PER_AGENT;
      for (;;) {
        const ready = await metric(base, /^kemu_nodes\{ready="True"\} (\d+)/m);
        progress(`nodes Ready: ${ready}/${total}`);
        if (ready >= total) break;
        await sleep(1000);
      }
      const pods = total * PODS_PER_NODE;
      const agent = new Agent({ keepAlive: true, maxSockets: 32 });
      let created = 0;
      let next = 0;
      const worker = async () => {
        while (next < pods) {
          const i = next++;
          const node = `a${Math.floor(i / PODS_PER_NODE / NODES_PER_AGENT)}-${(Math.floor(i / PODS_PER_NODE) % NODES_PER_AGENT) + 1}`;
          const body = JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: `p-${i}`, namespace: 'default', labels: { app: `app-${i % 50}` } },
            spec: { nodeName: node, containers: [{ name: 'c', image: 'app:1', resources: { requests: { cpu: '100m', memory: '256Mi' } } }] } });
          const code = await post(agent, port, '/api/v1/namespaces/default/pods', body);
          if (code !== 201) throw new Error(`creating pod ${i}: HTTP ${code}`);
          if (++created % 5000 === 0) progress(`pods created: ${created}/${pods}`);
        }
      };
      await Promise.all(Array.from({ length: 32 }, worker));
      agent.destroy();
      for (;;) {
        const running = await metric(base, /^kemu_pods\{phase="Running"\} (\d+)/m);
        progress(`pods Running: ${running}/${pods}`);
        if (running >= pods) break;
        await sleep(2000);
      }
      const notReadyBefore = await metric(base, /^kemu_nodes\{ready="True"\} (\d+)/m);
      const stalls0 = await stallFigures(base);
      const t0 = procStat(server.pid!);
      const start = performance.now();
      let peakRss = t0.rssKb;
      while (performance.now() - start < OBSERVE_MS) {
        await sleep(5000);
        peakRss = Math.max(peakRss, procStat(server.pid!).rssKb);
        progress(`observing: ${Math.round((performance.now() - start) / 1000)}/${OBSERVE_MS / 1000} s`);
      }
      const t1 = procStat(server.pid!);
      const st = stallsBetween(stalls0, await stallFigures(base));
      const elapsed = (performance.now() - start) / 1000;
      const cpuPct = ((t1.cpuTicks - t0.cpuTicks) / 100 / elapsed) * 100;
      const lagP99 = (await metric(base, /^kemu_lease_processing_lag_seconds\{quantile="0.99"\} ([\d.e+-]+)/m)) * 1000;
      const readyAfter = await metric(base, /^kemu_nodes\{ready="True"\} (\d+)/m);
      const notReadyEvents = JSON.parse(await (await fetch(`${base}/api/v1/events?fieldSelector=reason%3DNodeNotReady`)).text()) as { items: unknown[] };
      process.stderr.write('\n');
      return [
        { name: 'controlplane-5k-cpu', value: +cpuPct.toFixed(1), unit: '% of a core', target: 50, better: 'lower', detail: `server CPU over ${elapsed.toFixed(0)} s with ${total} nodes and ${pods} pods` },
        { name: 'controlplane-5k-rss', value: Math.round(peakRss / 1024), unit: 'MB', target: 2048, better: 'lower' },
        { name: 'controlplane-5k-lease-lag-p99', value: +lagP99.toFixed(1), unit: 'ms', target: 100, better: 'lower',
          detail: `server event loop delay over the window: p99 ${st.loopP99Ms.toFixed(0)} ms, max ${st.loopMaxMs.toFixed(0)} ms; ${st.majorGcs} major GC(s), ${st.majorGcMs.toFixed(0)} ms` },
        { name: 'controlplane-5k-false-notready', value: Math.max(total - readyAfter, notReadyEvents.items.length, total - notReadyBefore), unit: 'nodes', target: 0, better: 'lower' },
      ];
    } finally {
      for (const c of children.reverse()) c.kill('SIGKILL');
    }
  },
};
