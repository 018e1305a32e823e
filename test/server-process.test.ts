// `kemu server` runs the control plane in a child process with SERVER_NODE_FLAGS: the child has the
// flags, signals reach it, and it never outlives the command (not even a SIGKILLed one).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { childrenOf } from '../bench/process-tree.js';
import { missingServerFlags, SERVER_NODE_FLAGS } from '../cli/server-process.js';
import { freePort, startKemu } from './support/processes.js';
import { waitFor } from './support/live-server.js';

const cmdline = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
const alive = (pid: number) => existsSync(`/proc/${pid}`) && !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));

describe('missingServerFlags', () => {
  it('lists the flags the process was not started with, none in the child', () => {
    assert.deepEqual(missingServerFlags([], {}), [...SERVER_NODE_FLAGS]);
    assert.deepEqual(missingServerFlags(['--max-old-space-size=3072', ...SERVER_NODE_FLAGS], {}), []);
    assert.deepEqual(missingServerFlags([], { KEMU_SERVER_CHILD: '1' }), []);
  });
});

describe('kemu server process', { skip: process.platform === 'linux' ? false : 'reads /proc' }, () => {
  async function start() {
    const port = await freePort();
    const srv = startKemu(['server', '--port', String(port), '--agent-token', 't', '--log-level', 'warn']);
    await waitFor('server ready', () => fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok || undefined, () => undefined), 20_000, 100);
    const kids = childrenOf(srv.child.pid!);
    assert.equal(kids.length, 1, `one control plane process under kemu server, got ${kids.join(',')}`);
    return { srv, port, child: kids[0] };
  }

  it('serves from a child started with the server flags and stops it on SIGTERM', async () => {
    const { srv, port, child } = await start();
    for (const f of SERVER_NODE_FLAGS) assert.ok(cmdline(child).includes(f), `child cmdline ${cmdline(child).join(' ')} has ${f}`);
    assert.ok(!cmdline(srv.child.pid!).includes(SERVER_NODE_FLAGS[0]));
    const exited = new Promise<number | null>((r) => srv.child.once('exit', (code) => r(code)));
    srv.child.kill('SIGTERM');
    assert.equal(await exited, 0, srv.output());
    await waitFor('child gone', () => (alive(child) ? undefined : true), 10_000, 50);
    await assert.rejects(fetch(`http://127.0.0.1:${port}/readyz`));
  });

  it('the child stops when the launcher is killed with SIGKILL', async () => {
    const { srv, port, child } = await start();
    srv.child.kill('SIGKILL');
    await waitFor('child gone after its parent', () => (alive(child) ? undefined : true), 10_000, 50);
    await assert.rejects(fetch(`http://127.0.0.1:${port}/readyz`));
  });
});
