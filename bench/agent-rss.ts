/**
 * agent-rss-single: RSS of one agent process as `kemu up` starts it (the bundled kemu-agent with
 * small-heap V8 flags) hosting one node with 30 running pods, the largest of ten samples over one
 * status cycle in the steady state. agent-rss-per-node: the extra RSS per node in a `--nodes 1000` agent process,
 * against a `--nodes 1` process measured in the same run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pod } from '../core/types.js';
import { runServer, type RunningServer } from '../cli/commands/server-run.js';
import { AGENT_NODE_FLAGS, agentCommandLine } from '../cli/commands/up.js';
import type { Benchmark, BenchResult } from './types.js';

const BIN = join(import.meta.dirname, '../../bin/kemu.js');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function rssKb(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]);
}

async function until(what: string, fn: () => boolean, timeoutMs: number): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!fn()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** How to start the agent process: `up` = exactly as `kemu up` does (bundled kemu-agent, V8 flags). */
type Launch = 'up' | { nodeFlags: string[] };

async function startAgent(srv: RunningServer, nodes: number, launch: Launch): Promise<ChildProcess> {
  const agentFlags = ['--server', `${srv.url.replace('http', 'ws')}/agent`, '--token', 'bench', '--name', `rss${nodes}`, '--nodes', String(nodes), '--log-level', 'warn'];
  const argv = launch === 'up' ? agentCommandLine(agentFlags) : [...launch.nodeFlags, BIN, 'agent', ...agentFlags];
  const child = spawn(process.execPath, argv, { stdio: ['ignore', 'ignore', 'inherit'] });
  await until(`${nodes} nodes registered`, () => srv.cp.store.count('Node') >= nodes, 120_000);
  return child;
}

async function measure(nodes: number, launch: Launch, pods: number): Promise<number> {
  const srv = await runServer({ host: '127.0.0.1', port: 0, timeScale: 1, agentToken: 'bench', seed: 'bench', config: {} });
  try {
    const child = await startAgent(srv, nodes, launch);
    const node = nodes === 1 ? 'rss1' : `rss${nodes}-1`;
    for (let i = 0; i < pods; i++) {
      srv.cp.registry.create<Pod>('Pod', { metadata: { name: `p${i}`, namespace: 'default', annotations: { 'usage.kemu.dev/memory': '100Mi' } },
        spec: { nodeName: node, containers: [{ name: 'c', image: 'x', resources: { requests: { cpu: '10m', memory: '100Mi' } } }] } });
    }
    await until('pods running', () => srv.cp.store.list<Pod>('Pod').filter((p) => p.status?.phase === 'Running').length === pods, 60_000);
    // "Stays small" is the steady state: V8's memory reducer first shrinks the start-up heap about
    // 8 s after start, so sample after 10 s, once a second through a whole 10 s status and
    // eviction-monitoring cycle, and report the largest sample.
    await sleep(10_000);
    let kb = 0;
    for (let i = 0; i < 10; i++) {
      kb = Math.max(kb, rssKb(child.pid!));
      await sleep(1000);
    }
    child.kill('SIGKILL');
    return kb;
  } finally {
    await srv.close();
  }
}

export const agentRss: Benchmark = {
  name: 'agent-rss',
  description: 'RSS of a one-node agent process with 30 pods, and the extra RSS per node with --nodes 1000',
  results: ['agent-rss-single', 'agent-rss-per-node'],
  async run(): Promise<BenchResult[]> {
    const single = await measure(1, 'up', 30);
    const plain = await measure(1, { nodeFlags: [] }, 30);
    // A bounded young generation for both, so that the difference is the nodes' memory, not how
    // far V8 let the nursery grow under the 1000-node process's allocation rate.
    const one = await measure(1, { nodeFlags: ['--max-semi-space-size=1'] }, 0);
    const thousand = await measure(1000, { nodeFlags: ['--max-semi-space-size=1'] }, 0);
    const perNode = ((thousand - one) * 1024) / 999 / 1000;
    return [
      { name: 'agent-rss-single', value: +(single / 1024).toFixed(1), unit: 'MB', target: 50, better: 'lower', detail: `bundled kemu-agent with ${AGENT_NODE_FLAGS.join(' ')}, as kemu up starts it; ${(plain / 1024).toFixed(1)} MB as plain \`kemu agent\`` },
      { name: 'agent-rss-per-node', value: +perNode.toFixed(1), unit: 'KB', target: 60, better: 'lower', detail: `--nodes 1000: ${(thousand / 1024).toFixed(1)} MB vs --nodes 1: ${(one / 1024).toFixed(1)} MB (both with --max-semi-space-size=1)` },
    ];
  },
};
