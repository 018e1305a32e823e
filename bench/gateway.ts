/**
 * gateway-vs-raw: lease frames per second the agent gateway processes (decode, NodeRestriction,
 * Lease write through the store with watch fan-out), as a ratio of a bare `ws` server that only
 * decodes the same frames. Both measured in this run, with the same client process.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { WebSocketServer } from 'ws';
import { decodeAgentFrame } from '../proto/codec.js';
import { runServer } from '../cli/commands/server-run.js';
import type { Benchmark, BenchResult } from './types.js';

const CONNECTIONS = 50;
const SECONDS = 4;
const CLIENT = join(import.meta.dirname, 'lease-flood-client.js');

function flood(url: string, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLIENT, url, String(CONNECTIONS), String(SECONDS), token], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve((JSON.parse(out) as { sent: number }).sent) : reject(new Error(`flood client exited ${code}`))));
  });
}

async function raw(): Promise<number> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
  await new Promise<void>((r) => wss.once('listening', () => r()));
  let leases = 0;
  wss.on('connection', (ws) => ws.on('message', (d: Buffer) => {
    const f = decodeAgentFrame(new Uint8Array(d.buffer, d.byteOffset, d.byteLength));
    if (f.msg === 'lease') leases++;
  }));
  const addr = wss.address() as { port: number };
  await flood(`ws://127.0.0.1:${addr.port}`, 'bench');
  await new Promise<void>((r) => wss.close(() => r()));
  return leases / SECONDS;
}

async function gateway(): Promise<number> {
  const srv = await runServer({ host: '127.0.0.1', port: 0, timeScale: 1, agentToken: 'bench', seed: 'bench', config: {} });
  await flood(`${srv.url.replace('http', 'ws')}/agent`, 'bench');
  const leases = srv.cp.gateway.counters.lease;
  await srv.close();
  return leases / SECONDS;
}

export const gatewayVsRaw: Benchmark = {
  name: 'gateway-vs-raw',
  results: ['gateway-lease-rate'],
  description: `lease frames/s through the gateway vs a bare ws + decode loop (${CONNECTIONS} connections, ${SECONDS}s each)`,
  async run(): Promise<BenchResult[]> {
    const r = await raw();
    const g = await gateway();
    return [
      { name: 'gateway-lease-rate', value: Math.round(g), unit: 'frames/s', target: 0, better: 'higher', detail: `raw ws+decode: ${Math.round(r)} frames/s` },
      { name: 'gateway-vs-raw', value: +(g / r).toFixed(3), unit: '×', target: 0.5, better: 'higher' },
    ];
  },
};
