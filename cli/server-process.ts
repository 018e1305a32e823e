/**
 * `kemu server` runs the control plane in a child Node.js process started with V8 flags that
 * cannot be set once a process runs (node refuses them in NODE_OPTIONS, and V8 creates its
 * memory reducer when the heap is set up, so `v8.setFlagsFromString` comes too late).
 *
 * Why: with 5,000 nodes and 150,000 pods the heap is over a gigabyte. V8's memory reducer starts
 * a compacting full GC whenever the allocation rate looks low, which at Kubernetes' cadences it
 * often does; one such cycle stalled the main thread for ~1 s (a 146 ms pause plus incremental
 * steps of up to 108 ms) and every lease behind it waited (bench controlplane-5k, lease-lag p99
 * 305–911 ms in three of seven runs). Without the reducer, full GCs happen only when the heap
 * grows, as in any busy server; memory is still bounded by the ordinary heap limit.
 */
import { spawn } from 'node:child_process';

export const SERVER_NODE_FLAGS: readonly string[] = ['--no-memory-reducer'];

/** Set in the child so that it never starts another child. */
const CHILD_ENV = 'KEMU_SERVER_CHILD';

/** The flags this process still lacks (none in the child, or when started with them). */
export function missingServerFlags(execArgv: readonly string[] = process.execArgv, env: NodeJS.ProcessEnv = process.env): string[] {
  if (env[CHILD_ENV]) return [];
  return SERVER_NODE_FLAGS.filter((f) => !execArgv.includes(f));
}

/**
 * Runs this same command line again in a child with the server flags, forwards SIGINT/SIGTERM/
 * SIGHUP to it and exits with its status. The child watches an IPC channel and stops when this
 * process goes away, even by SIGKILL, so no control plane outlives the `kemu server` it was
 * started as.
 */
export function runServerChild(missing: readonly string[]): void {
  const child = spawn(process.execPath, [...process.execArgv, ...missing, ...process.argv.slice(1)], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, [CHILD_ENV]: '1' },
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(sig, () => child.kill(sig));
  child.on('error', (err) => {
    process.stderr.write(`kemu: starting the control plane process: ${err.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 1)));
}

/** In the child: stop (through `stop`) when the parent `kemu server` is gone. */
export function stopWithParent(stop: () => void): void {
  if (!process.env[CHILD_ENV] || !process.channel) return;
  process.on('disconnect', stop);
  // The channel only watches the parent; it must not keep the process alive by itself.
  process.channel.unref();
}
