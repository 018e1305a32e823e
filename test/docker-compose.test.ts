// No docker engine runs here: validate docker-compose.yml with Debian's `docker-compose config`
// and check that every command the images run exists in the kemu CLI with the flags it uses.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Command } from 'commander';
import { buildProgram } from '../cli/main.js';
import { defineAgentCommand } from '../cli/agent-command.js';
import { parseChaosText } from '../cli/chaos/parse.js';
import { REPO } from './support/processes.js';
import { AGENT_NODE_FLAGS } from '../cli/commands/up.js';

interface ComposeService { entrypoint?: string[]; command?: string[]; image?: string; build?: unknown; healthcheck?: { test: string[] }; ports?: unknown[]; deploy?: { replicas?: number } }

function checkFlags(cmd: Command, args: string[]): void {
  const longs = new Set(cmd.options.map((o) => o.long));
  for (const a of args) if (a.startsWith('--')) assert.ok(longs.has(a.split('=')[0]), `${cmd.name()} has no ${a} flag`);
}

function checkArgs(args: string[]): void {
  const program = buildProgram();
  const [name, ...rest] = args;
  const cmd = program.commands.find((c: Command) => c.name() === name);
  assert.ok(cmd, `kemu has no "${name}" command`);
  checkFlags(cmd, rest);
}

/** A service's program: `kemu` (the image's entrypoint) or `kemu-agent` (the agents' entrypoint). */
function checkService(svc: ComposeService): void {
  const script = svc.entrypoint?.find((a) => a.startsWith('/app/bin/'));
  if (script === '/app/bin/kemu-agent.js') {
    assert.ok(existsSync(join(REPO, script.replace('/app/', ''))));
    checkFlags(defineAgentCommand(new Command('kemu-agent')), svc.command ?? []);
  } else {
    assert.ok(script === undefined || script === '/app/bin/kemu.js', `unknown entrypoint ${script}`);
    checkArgs(svc.command ?? []);
  }
}

describe('docker-compose.yml and Dockerfile', () => {
  it('passes `docker-compose config` and every service runs a real kemu command', () => {
    const r = spawnSync('docker-compose', ['-f', join(REPO, 'docker-compose.yml'), 'config'], { encoding: 'utf8', cwd: REPO });
    assert.equal(r.status, 0, `docker-compose config failed: ${r.stderr}`);
    const cfg = parse(r.stdout) as { services: Record<string, ComposeService> };
    assert.deepEqual(Object.keys(cfg.services).sort(), ['agent', 'chaos', 'server']);
    const server = cfg.services.server;
    assert.ok(server.healthcheck?.test.join(' ').includes('/readyz'), 'server healthcheck probes /readyz');
    assert.ok(JSON.stringify(server.ports).includes('8080'));
    for (const svc of Object.values(cfg.services)) checkService(svc);
    // Agents run the bundled kemu-agent with the same V8 flags as `kemu up`.
    assert.deepEqual(cfg.services.agent.entrypoint, ['node', ...AGENT_NODE_FLAGS, '/app/bin/kemu-agent.js']);
    // The agent service is scalable: no container_name, no fixed --name (node name = hostname).
    assert.ok(!cfg.services.agent.command!.includes('--name'));
    const chaosFile = cfg.services.chaos.command![1].replace('/app/', '');
    assert.ok(parseChaosText(readFileSync(join(REPO, chaosFile), 'utf8')).schedules.length > 0);
  });

  it('builds in two stages, runs as non-root, and copies only paths that exist', () => {
    const df = readFileSync(join(REPO, 'Dockerfile'), 'utf8');
    assert.equal((df.match(/^FROM /gm) ?? []).length, 2, 'multi-stage');
    assert.match(df, /^USER node$/m);
    assert.match(df, /^ENTRYPOINT \["node", "\/app\/bin\/kemu\.js"\]$/m);
    const cmd = JSON.parse(/^CMD (.*)$/m.exec(df)![1]) as string[];
    checkArgs(cmd);
    for (const m of df.matchAll(/^COPY (?!--from)(\S+) /gm)) assert.ok(existsSync(join(REPO, m[1])), `Dockerfile copies missing ${m[1]}`);
  });
});
