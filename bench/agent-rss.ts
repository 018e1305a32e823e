/**
 * agent-rss-single: RSS of one agent process (as `kemu up` starts it) hosting one node with 30
 * running pods. agent-rss-per-node: the extra RSS per node in a `--nodes 1000` agent process,
 * against a `--nodes 1` process measured in the same run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pod } from '../core/types.js';
import { runServer, type RunningServer } from '../cli/commands/server-run.js';
import { AGENT_NODE_FLAGS } from '../cli/commands/up.js';
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

async function startAgent(srv: RunningServer, nodes: number, flags: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...flags, BIN, 'agent', '--server', `${srv.url.replace('http', 'ws')}/agent`, '--token', 'bench',
    '--name', `rss${nodes}`, '--nodes', String(nodes), '--log-level', 'warn'], { stdio: ['ignore', 'ignore', 'inherit'] });
  await until(`${nodes} nodes registered`, () => srv.cp.store.count('Node') >= nodes, 120_000);
  return child;
}

async function measure(nodes: number, flags: string[], pods: number): Promise<number> {
  const srv = await runServer({ host: '127.0.0.1', port: 0, timeScale: 1, agentToken: 'bench', seed: 'bench', config: {} });
  try {
    const child = await startAgent(srv, nodes, flags);
    const node = nodes === 1 ? 'rss1' : `rss${nodes}-1`;
    for (let i = 0; i < pods; i++) {
      srv.cp.registry.create<Pod>('Pod', { metadata: { name: `p${i}`, namespace: 'default', annotations: { 'usage.kemu.dev/memory': '100Mi' } },
        spec: { nodeName: node, containers: [{ name: 'c', image: 'x', resources: { requests: { cpu: '10m', memory: '100Mi' } } }] } });
    }
    await until('pods running', () => srv.cp.store.list<Pod>('Pod').filter((p) => p.status?.phase === 'Running').length === pods, 60_000);
    await sleep(3000); // a few status and eviction cycles
    const kb = rssKb(child.pid!);
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
    const single = await measure(1, AGENT_NODE_FLAGS, 30);
    const plain = await measure(1, [], 30);
    // A bounded young generation for both, so that the difference is the nodes' memory, not how
    // far V8 let the nursery grow under the 1000-node process's allocation rate.
    const one = await measure(1, ['--max-semi-space-size=1'], 0);
    const thousand = await measure(1000, ['--max-semi-space-size=1'], 0);
    const perNode = ((thousand - one) * 1024) / 999 / 1000;
    return [
      { name: 'agent-rss-single', value: +(single / 1024).toFixed(1), unit: 'MB', target: 50, better: 'lower', detail: `with ${AGENT_NODE_FLAGS.join(' ')} (kemu up); ${(plain / 1024).toFixed(1)} MB without them` },
      { name: 'agent-rss-per-node', value: +perNode.toFixed(1), unit: 'KB', target: 60, better: 'lower', detail: `--nodes 1000: ${(thousand / 1024).toFixed(1)} MB vs --nodes 1: ${(one / 1024).toFixed(1)} MB (both with --max-semi-space-size=1)` },
    ];
  },
};
