/** Starts a real control plane on a free loopback port for end-to-end tests. */
import { pino } from 'pino';
import { setRootLogger } from '../../core/logger.js';
import { runServer, type RunningServer } from '../../cli/commands/server-run.js';
import type { ControlPlaneConfig } from '../../server/config.js';

export async function startServer(opts: { timeScale?: number; token?: string; config?: Partial<ControlPlaneConfig>; apiToken?: string } = {}): Promise<RunningServer> {
  setRootLogger(pino({ level: 'silent' }));
  return runServer({ host: '127.0.0.1', port: 0, timeScale: opts.timeScale ?? 1, agentToken: opts.token ?? 'test-token', apiToken: opts.apiToken, seed: 'test', config: opts.config ?? {} });
}

export async function waitFor<T>(what: string, fn: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 10_000, everyMs = 50): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
