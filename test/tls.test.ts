// kemu server over HTTPS (--tls-cert-file/--tls-private-key-file) with --api-token: the real
// kubectl sends the bearer token (it never does over http://), agents connect over wss://.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, KEMU_AGENT, runKemu, startKemu, type Proc } from './support/processes.js';
import { waitFor } from './support/live-server.js';

const HAS_TOOLS = spawnSync('kubectl', ['version', '--client'], { timeout: 15_000 }).status === 0 && spawnSync('openssl', ['version']).status === 0;
let dir: string;
let server: Proc;
let agent: Proc;
let url: string;

function kubectl(args: string[], kubeconfig: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn('kubectl', args, { env: { ...process.env, KUBECONFIG: kubeconfig, KUBECACHEDIR: join(dir, 'cache') }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('HTTPS control plane with an API token', { skip: HAS_TOOLS ? false : 'needs kubectl and openssl' }, () => {
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kemu-tls-'));
    const r = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const port = await freePort();
    url = `https://127.0.0.1:${port}`;
    server = startKemu(['server', '--port', String(port), '--agent-token', 'agent-secret', '--api-token', 'api-secret',
      '--tls-cert-file', join(dir, 'cert.pem'), '--tls-private-key-file', join(dir, 'key.pem')]);
    // The bundled agent program, as `kemu up` runs it: it loads tls/https lazily, only for wss://.
    agent = startKemu(['--server', `wss://127.0.0.1:${port}/agent`, '--token', 'agent-secret', '--name', 'secure-1', '--insecure-skip-tls-verify'], {}, KEMU_AGENT);
  });
  after(async () => {
    await agent?.stop();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('kubectl with the token sees the node registered over wss://; without it gets 401', async () => {
    const good = runKemu(['kubeconfig', '--server', url, '--api-token', 'api-secret']);
    assert.equal(good.status, 0, good.stderr);
    writeFileSync(join(dir, 'good'), good.stdout);
    await waitFor('node secure-1 Ready via kubectl', async () => {
      const r = await kubectl(['get', 'node', 'secure-1', '--no-headers'], join(dir, 'good'));
      return r.code === 0 && /\bReady\b/.test(r.out) ? r : undefined;
    }, 20_000, 300);
    const bad = runKemu(['kubeconfig', '--server', url, '--api-token', 'wrong']);
    writeFileSync(join(dir, 'bad'), bad.stdout);
    const r = await kubectl(['get', 'nodes'], join(dir, 'bad'));
    assert.notEqual(r.code, 0);
    assert.match(r.err, /Unauthorized|must be logged in/);
  });

  it('refuses a half TLS configuration with a message naming the flags', () => {
    const r = runKemu(['server', '--tls-cert-file', join(dir, 'cert.pem')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--tls-cert-file.*--tls-private-key-file/);
  });
});
