// No docker engine runs here: validate docker-compose.yml with Debian's `docker-compose config`
// and check that every command the images run exists in the kemu CLI with the flags it uses.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Command } from 'commander';
import { buildProgram } from '../cli/main.js';
import { parseChaosText } from '../cli/chaos/parse.js';
import { REPO } from './support/processes.js';

interface ComposeService { command?: string[]; image?: string; build?: unknown; healthcheck?: { test: string[] }; ports?: unknown[]; deploy?: { replicas?: number } }

function checkArgs(args: string[]): void {
  const program = buildProgram();
  const [name, ...rest] = args;
  const cmd = program.commands.find((c: Command) => c.name() === name);
  assert.ok(cmd, `kemu has no "${name}" command`);
  const longs = new Set(cmd.options.map((o) => o.long));
  for (const a of rest) if (a.startsWith('--')) assert.ok(longs.has(a.split('=')[0]), `kemu ${name} has no ${a} flag`);
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
    for (const svc of Object.values(cfg.services)) checkArgs(svc.command ?? []);
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
