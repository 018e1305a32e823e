// Bad flags get a one-line error naming the flag and exit code 2; nothing starts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO, runKemu } from './support/processes.js';

/** The bundled agent program `kemu up` and docker compose run (dist/kemu-agent.mjs). */
function runKemuAgent(args: string[], env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(REPO, 'bin/kemu-agent.js'), ...args], { cwd: REPO, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const optionLines = (help: string) => help.split('\n').filter((l) => /^\s+(-\w, )?--/.test(l)).map((l) => l.trim()).filter((l) => !l.startsWith('-h') && !l.startsWith('-V'));

describe('kemu flags', () => {
  const cases: Array<[string[], RegExp]> = [
    [['up', '--agents', 'many'], /option '--agents <n>' argument 'many' is invalid/],
    [['server', '--port', '70000'], /option '--port <port>' argument '70000' is invalid. must be between 0 and 65535/],
    [['server', '--time-scale', '0'], /option '--time-scale <n>' argument '0' is invalid. must be > 0/],
    [['server', '--node-monitor-grace-period', 'soon'], /option '--node-monitor-grace-period <value>' argument 'soon' is invalid. time: invalid duration "soon"/],
    [['server', '--node-monitor-period', '0s'], /--node-monitor-period must be greater than 0/],
    [['server', '--unhealthy-zone-threshold', '1.5'], /--unhealthy-zone-threshold must be between 0 and 1/],
    [['server', '--enable-taint-manager', 'maybe'], /option '--enable-taint-manager <value>' argument 'maybe' is invalid. must be true or false/],
    [['agent', '--server', 'http://x/agent', '--token', 't'], /option '--server <url>' argument 'http:\/\/x\/agent' is invalid. must use ws or wss/],
    [['agent', '--server', 'ws://127.0.0.1:1/agent'], /option '--token <token>' is required/],
    [['agent', '--server', 'ws://127.0.0.1:1/agent', '--token', 't', '--memory', 'lots'], /option '--memory <q>' argument 'lots' is invalid/],
    [['agent', '--server', 'ws://127.0.0.1:1/agent', '--token', 't', '--labels', 'novalue'], /option '--labels <k=v,...>' argument 'novalue' is invalid/],
    [['agent', '--server', 'ws://127.0.0.1:1/agent', '--token', 't', '--eviction-hard', 'memory.available>1Gi'], /option '--eviction-hard' argument 'memory.available>1Gi' is invalid/],
    [['server', '--bogus'], /unknown option '--bogus'/],
    [['scenario', 'run'], /missing required argument 'file'/],
  ];
  for (const [args, re] of cases) {
    it(`kemu ${args.join(' ')}`, () => {
      const r = runKemu(args, { KEMU_TOKEN: '' });
      assert.equal(r.status, 2, `exit code for ${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, re);
      assert.equal(r.stderr.trim().split('\n').length, 1, `one line: ${r.stderr}`);
    });
    if (args[0] !== 'agent') continue;
    it(`kemu-agent ${args.slice(1).join(' ')} (bundled agent program)`, () => {
      const r = runKemuAgent(args.slice(1), { KEMU_TOKEN: '' });
      assert.equal(r.status, 2, `exit code: ${r.stderr}`);
      assert.match(r.stderr, re);
      assert.equal(r.stderr.trim().split('\n').length, 1, `one line: ${r.stderr}`);
    });
  }

  it('kemu-agent takes exactly the flags of `kemu agent`', () => {
    const agent = runKemu(['agent', '--help']);
    const bundled = runKemuAgent(['--help'], {});
    assert.equal(agent.status, 0);
    assert.equal(bundled.status, 0);
    assert.ok(optionLines(agent.stdout).length > 15, agent.stdout);
    assert.deepEqual(optionLines(bundled.stdout), optionLines(agent.stdout));
  });
});
