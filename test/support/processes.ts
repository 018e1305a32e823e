/** Helpers for end-to-end tests that run the real `kemu` binary as child processes. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { freePortFor } from '../../bench/ports.js';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/** The repository root (works from the sources under tsx and from dist/). */
export const REPO = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
})();
export const KEMU = join(REPO, 'bin/kemu.js');
/** The bundled agent program (`kemu-agent`, what `kemu up` runs). */
export const KEMU_AGENT = join(REPO, 'bin/kemu-agent.js');

/** A free loopback port (shared with the benchmarks). */
export const freePort = freePortFor;

export interface Proc { child: ChildProcess; output(): string; stop(): Promise<number | null> }

export function startKemu(args: string[], env: Record<string, string> = {}, program = KEMU): Proc {
  const child = spawn(process.execPath, [program, ...args], { cwd: REPO, env: { ...process.env, KEMU_LOG_PRETTY: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return {
    child,
    output: () => out,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve(child.exitCode);
      const t = setTimeout(() => child.kill('SIGKILL'), 8000);
      child.once('exit', (code) => { clearTimeout(t); resolve(code); });
      child.kill('SIGINT');
    }),
  };
}

export function runKemu(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [KEMU, ...args], { cwd: REPO, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
