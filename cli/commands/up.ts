/**
 * `kemu up`: a control plane in this process plus N agent child processes (node-1 … node-N),
 * without docker. Logs are prefixed and readable; Ctrl-C stops everything. `kemu kill NODE` and
 * `kemu start NODE` talk to this supervisor over a unix socket named after the port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:net';
import { existsSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { Writable } from 'node:stream';
import { setRootLogger } from '../../core/logger.js';
import type { ControlPlaneConfig } from '../../server/config.js';
import { formatLogLine, onLines } from '../log-lines.js';
import { runServer, type RunningServer } from './server-run.js';

export interface UpOptions {
  agents: number;
  host: string;
  port: number;
  timeScale: number;
  seed?: string;
  config: Partial<ControlPlaneConfig>;
  memory: string;
  cpu: string;
  zones: number;
  logLevel: string;
}

export function controlSocketPath(port: number): string {
  return join(tmpdir(), `kemu-up-${port}.sock`);
}

/** The bundled agent program (scripts/bundle-agent.mjs): ~2 MB less RSS per agent than `kemu agent`. */
export const AGENT_BIN = join(dirname(fileURLToPath(import.meta.url)), '../../../bin/kemu-agent.js');

/**
 * V8 flags for single-node agent processes: a kubelet does little work per second, so a small
 * young generation and no optimizing compiler trade unneeded speed for ~10 MB less RSS per agent
 * (measured: 62 MB → 52 MB for one node with 30 pods; bare Node.js 20 is ~40 MB).
 */
export const AGENT_NODE_FLAGS = ['--max-semi-space-size=1', '--lite-mode'];

/** The command line of one agent process, as `kemu up` (and the agent-rss benchmark) start it. */
export function agentCommandLine(agentFlags: string[]): string[] {
  return [...AGENT_NODE_FLAGS, AGENT_BIN, ...agentFlags];
}

interface AgentProc { name: string; child?: ChildProcess; wanted: boolean }

export async function up(o: UpOptions): Promise<void> {
  const color = process.stdout.isTTY === true;
  const print = (prefix: string, line: string) => process.stdout.write(`${formatLogLine(prefix, line, color)}\n`);
  setRootLogger(pino({ level: o.logLevel }, new Writable({
    write(chunk, _enc, cb) {
      for (const line of String(chunk).split('\n')) if (line.trim()) print('server', line);
      cb();
    },
  })));
  const token = randomBytes(16).toString('hex');
  let srv: RunningServer;
  try {
    srv = await runServer({ host: o.host, port: o.port, timeScale: o.timeScale, agentToken: token, seed: o.seed, config: o.config });
  } catch (err) {
    process.stderr.write(`kemu up: cannot start the control plane on ${o.host}:${o.port}: ${(err as Error).message}\n`);
    process.exit(1);
  }
  const wsUrl = `${srv.url.replace(/^http/, 'ws')}/agent`;
  const agents = new Map<string, AgentProc>();
  let stopping = false;

  const spawnAgent = (a: AgentProc, index: number) => {
    const zone = `zone-${String.fromCharCode(97 + (index % Math.max(1, o.zones)))}`;
    const child = spawn(process.execPath, agentCommandLine(['--server', wsUrl, '--token', token, '--name', a.name,
      '--memory', o.memory, '--cpu', o.cpu, '--labels', `topology.kubernetes.io/zone=${zone},topology.kubernetes.io/region=kemu`,
      '--log-level', o.logLevel]), { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, KEMU_LOG_PRETTY: '0' } });
    a.child = child;
    onLines(child.stdout!, (l) => print(a.name, l));
    onLines(child.stderr!, (l) => print(a.name, l));
    child.on('exit', (code, signal) => {
      if (a.child === child) a.child = undefined;
      if (!stopping) print('up', JSON.stringify({ level: a.wanted ? 40 : 30, time: Date.now(), component: 'up', msg: `agent ${a.name} exited`, code, signal }));
    });
  };

  const names = Array.from({ length: o.agents }, (_, i) => `node-${i + 1}`);
  names.forEach((name, i) => {
    const a: AgentProc = { name, wanted: true };
    agents.set(name, a);
    spawnAgent(a, i);
  });

  const sockPath = controlSocketPath(o.port);
  if (existsSync(sockPath)) unlinkSync(sockPath);
  const control: Server = createServer((conn) => {
    let buf = '';
    conn.on('data', (d) => {
      buf += d.toString();
      if (!buf.includes('\n')) return;
      let reply: { ok: boolean; message: string };
      try {
        const req = JSON.parse(buf.split('\n')[0]) as { op: string; node: string };
        const a = agents.get(req.node);
        if (!a) reply = { ok: false, message: `no agent named "${req.node}" in this kemu up (have ${names[0]}…${names[names.length - 1]})` };
        else if (req.op === 'kill') {
          a.wanted = false;
          if (a.child) { a.child.kill('SIGKILL'); reply = { ok: true, message: `killed ${req.node} (pid ${a.child.pid})` }; }
          else reply = { ok: true, message: `${req.node} is not running` };
        } else if (req.op === 'start') {
          a.wanted = true;
          if (a.child) reply = { ok: true, message: `${req.node} is already running (pid ${a.child.pid})` };
          else { spawnAgent(a, names.indexOf(req.node)); reply = { ok: true, message: `started ${req.node} (pid ${a.child!.pid})` }; }
        } else reply = { ok: false, message: `unknown operation "${req.op}"` };
      } catch (err) {
        reply = { ok: false, message: `bad request: ${(err as Error).message}` };
      }
      conn.end(`${JSON.stringify(reply)}\n`);
    });
    conn.on('error', () => undefined);
  });
  control.listen(sockPath);

  process.stdout.write(`kemu up: control plane ${srv.url} (dashboard ${srv.url}/), ${o.agents} agents, time scale ${o.timeScale}. Ctrl-C to stop.\n`);

  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    process.stdout.write('kemu up: stopping…\n');
    control.close();
    if (existsSync(sockPath)) unlinkSync(sockPath);
    const exits = [...agents.values()].filter((a) => a.child).map((a) => new Promise<void>((res) => {
      const c = a.child!;
      const t = setTimeout(() => c.kill('SIGKILL'), 3000);
      c.once('exit', () => { clearTimeout(t); res(); });
      c.kill('SIGTERM');
    }));
    await Promise.all(exits);
    await srv.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}
