// The real kubectl (1.32 behind the machine's dispatcher) against a real kemu server with three
// agents, through a kubeconfig printed by `kemu kubeconfig` and a fresh KUBECACHEDIR: version,
// get/describe, apply (server-side field validation), label/annotate/taint/cordon, drain blocked
// by a PodDisruptionBudget then allowed, events and -w, top, the stats summary, and errors.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computePdbStatus } from '../core/pdb.js';
import type { Node, Pod, PodDisruptionBudget } from '../core/types.js';
import { runAgents, type RunningAgents } from '../cli/commands/agent-run.js';
import type { RunningServer } from '../cli/commands/server-run.js';
import { ALL_CONTROLLERS } from '../server/controllers/all.js';
import { startServer, waitFor } from './support/live-server.js';

const HAS_KUBECTL = spawnSync('kubectl', ['version', '--client'], { timeout: 15_000 }).status === 0;
const wired = (re: RegExp) => ALL_CONTROLLERS.some((f) => re.test(f.name));

/** The repo root, whether this runs from test/ (tsx) or dist/test/ (compiled). */
const HERE = fileURLToPath(new URL('.', import.meta.url));
const REPO = HERE.includes('/dist/') ? join(HERE, '../..') : join(HERE, '..');

/** Runs the kemu CLI as a child process (compiled bin when running from dist, tsx otherwise). */
function kemuCli(args: string[]): Promise<string> {
  const argv = HERE.includes('/dist/')
    ? [join(REPO, 'bin/kemu.js'), ...args]
    : ['--import', 'tsx', '-e', `import(${JSON.stringify(join(REPO, 'cli/main.ts'))}).then((m) => m.main(['node', 'kemu', ...process.argv.slice(1)]))`, ...args];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, argv, { cwd: REPO, timeout: 30_000 }, (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout)));
  });
}

let srv: RunningServer;
let agents: RunningAgents;
let dir: string;
let env: NodeJS.ProcessEnv;

interface Run { code: number | null; out: string; err: string }

/** Runs kubectl without blocking the event loop (the server lives in this process); stops it after `killAfterMs` if given. */
function kubectl(args: string[], opts: { killAfterMs?: number; input?: string } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn('kubectl', args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), opts.killAfterMs ?? 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
    child.stdin.end(opts.input ?? '');
  });
}

async function ok(args: string[], input?: string): Promise<string> {
  const r = await kubectl(args, { input });
  assert.equal(r.code, 0, `kubectl ${args.join(' ')} failed:\n${r.err}${r.out}`);
  return r.out;
}

const podReady = (name: string) => srv.cp.store.get<Pod>('Pod', 'default', name)?.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');

/** Stands in for the disruption controller when it is not wired: computes and writes the PDB status. */
async function pdbStatus(name: string, want: (pdb: PodDisruptionBudget) => boolean): Promise<void> {
  const get = () => srv.cp.store.get<PodDisruptionBudget>('PodDisruptionBudget', 'default', name)!;
  if (!wired(/disruption/i)) {
    const pdb = get();
    const pods = srv.cp.store.list<Pod>('Pod', { namespace: 'default' }).filter((p) => p.metadata?.labels?.app === 'web');
    const { status } = computePdbStatus(pdb, pods, () => null, srv.cp.clock.now());
    const res = await fetch(`${srv.url}/apis/policy/v1/namespaces/default/poddisruptionbudgets/${name}/status`, {
      method: 'PATCH', body: JSON.stringify({ status }), headers: { 'content-type': 'application/merge-patch+json' },
    });
    assert.equal(res.status, 200, await res.text());
  }
  await waitFor(`PDB ${name} status`, () => want(get()), 10_000);
}

describe('kubectl against kemu', { skip: !HAS_KUBECTL && 'kubectl is not on PATH' }, () => {
  before(async () => {
    srv = await startServer();
    agents = runAgents({
      server: `${srv.url.replace('http', 'ws')}/agent`, token: 'test-token', name: 'node', nodes: 3,
      capacity: { cpu: '4', memory: '8Gi', pods: '110', 'ephemeral-storage': '100Gi' }, labels: {}, annotations: {}, taints: [],
      kubelet: { nodeStatusUpdateFrequency: '1s' }, podStartDelayMs: 200,
    }, (code, reason) => assert.fail(`agent refused (${code}): ${reason}`));
    dir = mkdtempSync(join(tmpdir(), 'kemu-kubectl-'));
    const kubeconfig = join(dir, 'kubeconfig');
    writeFileSync(kubeconfig, await kemuCli(['kubeconfig', '--server', srv.url]));
    env = { ...process.env, KUBECONFIG: kubeconfig, KUBECACHEDIR: join(dir, 'cache'), HOME: dir };
    await waitFor('3 Ready nodes', () => srv.cp.store.list<Node>('Node').filter((n) => n.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')).length === 3, 15_000);
  });
  after(async () => {
    agents?.stop();
    await srv?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('kubectl version shows the server version', async () => {
    assert.match(await ok(['version']), /Server Version: v1\.32\.0-emu/);
  });

  it('kubectl get nodes / -o wide prints the server-side table', async () => {
    const out = await ok(['get', 'nodes']);
    assert.match(out.split('\n')[0], /^NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION\s*$/);
    assert.equal(out.trim().split('\n').filter((l) => /^node-\d\s+Ready\s+<none>\s+\S+\s+v1\.32/.test(l)).length, 3, out);
    const wide = await ok(['get', 'nodes', '-o', 'wide']);
    assert.match(wide.split('\n')[0], /INTERNAL-IP\s+EXTERNAL-IP\s+OS-IMAGE\s+KERNEL-VERSION\s+CONTAINER-RUNTIME/);
  });

  it('kubectl describe node shows conditions, capacity, the lease', async () => {
    const out = await ok(['describe', 'node', 'node-1']);
    for (const s of [/Name:\s+node-1/, /Conditions:/, /Ready\s+True/, /Capacity:/, /RenewTime:/, /Non-terminated Pods:/]) assert.match(out, s);
  });

  it('kubectl apply of a Deployment validates on the server (no --validate=false) and is idempotent', async () => {
    const manifest = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web-deploy}
spec:
  replicas: 2
  selector: {matchLabels: {app: web-deploy}}
  template:
    metadata: {labels: {app: web-deploy}}
    spec:
      containers: [{name: nginx, image: nginx:1.27, resources: {requests: {cpu: 50m, memory: 64Mi}}}]
`;
    assert.match(await ok(['apply', '-f', '-'], manifest), /deployment.apps\/web-deploy created/);
    assert.match(await ok(['apply', '-f', '-'], manifest), /deployment.apps\/web-deploy unchanged/);
    const strict = await kubectl(['apply', '-f', '-'], { input: manifest.replace('replicas: 2', 'replicas: 2\n  bogus: 1') });
    assert.notEqual(strict.code, 0);
    assert.match(strict.err, /unknown field "spec.bogus"/);
    assert.match(await ok(['get', 'deployments']), /web-deploy\s+\d\/2/);
  });

  it('kubectl create namespace / deployment / pdb / priorityclass (protobuf bodies) and delete namespace', async () => {
    assert.match(await ok(['create', 'namespace', 'e2e']), /namespace\/e2e created/);
    assert.match(await ok(['-n', 'e2e', 'create', 'deployment', 'made', '--image=nginx:1.27', '--replicas=1', '--port=80']), /deployment.apps\/made created/);
    assert.match(await ok(['-n', 'e2e', 'create', 'pdb', 'made', '--selector=app=made', '--min-available=50%']), /poddisruptionbudget.policy\/made created/);
    assert.match(await ok(['create', 'priorityclass', 'e2e-low', '--value=10', '--description=test']), /priorityclass.scheduling.k8s.io\/e2e-low created/);
    const made = srv.cp.store.get<{ spec?: { replicas?: number; template?: Pod } } & Node>('Deployment', 'e2e', 'made');
    assert.equal(made?.spec?.replicas, 1);
    const container = made?.spec?.template?.spec?.containers[0];
    assert.equal(container?.image, 'nginx:1.27');
    assert.equal(container?.ports?.[0].containerPort, 80);
    assert.equal((srv.cp.store.get<PodDisruptionBudget>('PodDisruptionBudget', 'e2e', 'made'))?.spec?.minAvailable, '50%');
    await ok(['-n', 'e2e', 'apply', '-f', '-'], 'apiVersion: v1\nkind: Pod\nmetadata: {name: bound}\nspec:\n  nodeName: node-2\n  containers: [{name: c, image: busybox}]\n');
    assert.match(await ok(['delete', 'namespace', 'e2e', '--wait=false']), /namespace "e2e" deleted/);
    // Its bound pod terminates gracefully (30 s by default); the namespace waits for it, Terminating.
    assert.match(await ok(['get', 'namespace', 'e2e']), /e2e\s+Terminating/);
    await ok(['-n', 'e2e', 'delete', 'pods', '--all', '--grace-period=0', '--force']);
    await waitFor('namespace e2e gone', () => !srv.cp.store.get('Namespace', undefined, 'e2e'), 10_000);
    await ok(['delete', 'priorityclass', 'e2e-low']);
  });

  it('the Deployment\'s pods appear once its controllers run',
    { todo: !(wired(/deployment/i) && wired(/replicaset/i)) && 'the Deployment and ReplicaSet controllers are not in server/controllers/all.ts yet' }, async () => {
      await waitFor('2 web-deploy pods', () => srv.cp.store.list<Pod>('Pod', { namespace: 'default' }).filter((p) => p.metadata?.labels?.app === 'web-deploy').length === 2, 10_000);
    });

  it('kubectl get pods -o wide shows bound pods Running with IP and NODE', async () => {
    const pods = ['web-1:node-1', 'web-2:node-2'].map((s) => {
      const [name, node] = s.split(':');
      return `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, labels: {app: web}}\nspec:\n  nodeName: ${node}\n  terminationGracePeriodSeconds: 1\n  containers: [{name: c, image: busybox}]\n`;
    }).join('---\n');
    assert.match(await ok(['apply', '-f', '-'], pods), /pod\/web-1 created\npod\/web-2 created/);
    await waitFor('web pods Ready', () => podReady('web-1') && podReady('web-2'), 10_000);
    const out = await ok(['get', 'pods', '-o', 'wide', '-l', 'app=web']);
    assert.match(out.split('\n')[0], /^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\s+IP\s+NODE\s+NOMINATED NODE\s+READINESS GATES/);
    assert.match(out, /web-1\s+1\/1\s+Running\s+0\s+\S+\s+10\.\S+\s+node-1\s+<none>\s+<none>/);
  });

  it('kubectl label, annotate, taint, cordon and uncordon change the node', async () => {
    assert.match(await ok(['label', 'node', 'node-3', 'tier=gold']), /node\/node-3 labeled/);
    assert.match(await ok(['annotate', 'node', 'node-3', 'note=hi']), /node\/node-3 annotated/);
    assert.match(await ok(['taint', 'nodes', 'node-3', 'dedicated=gpu:NoSchedule']), /node\/node-3 tainted/);
    assert.match(await ok(['cordon', 'node-3']), /node\/node-3 cordoned/);
    let node = srv.cp.store.get<Node>('Node', undefined, 'node-3')!;
    assert.equal(node.metadata?.labels?.tier, 'gold');
    assert.equal(node.metadata?.annotations?.note, 'hi');
    assert.ok(node.spec?.taints?.some((t) => t.key === 'dedicated' && t.value === 'gpu' && t.effect === 'NoSchedule'));
    assert.match(await ok(['get', 'node', 'node-3']), /node-3\s+Ready,SchedulingDisabled/);
    assert.match(await ok(['taint', 'nodes', 'node-3', 'dedicated:NoSchedule-']), /node\/node-3 untainted/);
    assert.match(await ok(['uncordon', 'node-3']), /node\/node-3 uncordoned/);
    assert.match(await ok(['label', 'node', 'node-3', 'tier-']), /node\/node-3 unlabeled/);
    node = srv.cp.store.get<Node>('Node', undefined, 'node-3')!;
    assert.equal(node.spec?.unschedulable, undefined);
    assert.ok(!node.spec?.taints?.some((t) => t.key === 'dedicated'));
    assert.equal(node.metadata?.labels?.tier, undefined);
  });

  it('kubectl drain is blocked by a PodDisruptionBudget, then allowed once the budget has room', async () => {
    await ok(['apply', '-f', '-'], 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: web-pdb}\nspec:\n  minAvailable: 2\n  selector: {matchLabels: {app: web}}\n');
    await pdbStatus('web-pdb', (p) => p.status?.observedGeneration === 1 && p.status.currentHealthy === 2 && p.status.disruptionsAllowed === 0);
    const blocked = await kubectl(['drain', 'node-1', '--force', '--grace-period=1', '--timeout=3s']);
    assert.notEqual(blocked.code, 0);
    assert.match(blocked.out + blocked.err, /Cannot evict pod as it would violate the pod's disruption budget\./);
    assert.ok(srv.cp.store.get('Pod', 'default', 'web-1'), 'the guarded pod is still there');
    assert.match(await ok(['get', 'pdb', 'web-pdb']), /web-pdb\s+2\s+N\/A\s+0/);

    await ok(['apply', '-f', '-'], 'apiVersion: v1\nkind: Pod\nmetadata: {name: web-3, labels: {app: web}}\nspec:\n  nodeName: node-3\n  containers: [{name: c, image: busybox}]\n');
    await waitFor('web-3 Ready', () => podReady('web-3'), 10_000);
    await pdbStatus('web-pdb', (p) => p.status?.disruptionsAllowed === 1);
    const drained = await kubectl(['drain', 'node-1', '--force', '--grace-period=1', '--timeout=30s']);
    assert.equal(drained.code, 0, drained.err + drained.out);
    assert.match(drained.out, /node\/node-1 drained/);
    assert.equal(srv.cp.store.get('Pod', 'default', 'web-1'), undefined);
    await ok(['uncordon', 'node-1']);
  });

  it('kubectl get events lists what happened, and get events -w streams new ones', async () => {
    assert.match(await ok(['get', 'events']), /^LAST SEEN\s+TYPE\s+REASON\s+OBJECT\s+MESSAGE/);
    const watching = kubectl(['get', 'events', '-w'], { killAfterMs: 2500 });
    await new Promise((r) => setTimeout(r, 1200));
    srv.cp.recorder.record({ involvedObject: { kind: 'Node', name: 'node-2', uid: 'node-2' }, type: 'Warning', reason: 'KemuTestEvent', message: 'streamed to kubectl', source: { component: 'kemu-test' } });
    const w = await watching;
    assert.match(w.out, /Warning\s+KemuTestEvent\s+node\/node-2\s+streamed to kubectl/);
  });

  it('kubectl top nodes and top pods read metrics.k8s.io', async () => {
    await waitFor('stats from every node', () => [...srv.cp.gateway.stats.all()].length === 3, 10_000);
    const nodes = await ok(['top', 'nodes']);
    assert.match(nodes.split('\n')[0], /^NAME\s+CPU\(cores\)\s+CPU(\(%\))?\s+MEMORY\(bytes\)\s+MEMORY(\(%\))?/);
    assert.equal(nodes.trim().split('\n').length, 4, nodes);
    await waitFor('pod stats', () => [...srv.cp.gateway.stats.all()].some((e) => e.summary.pods?.length), 10_000);
    assert.match(await ok(['top', 'pods']), /^NAME\s+CPU\(cores\)\s+MEMORY\(bytes\)/);
  });

  it('kubectl get --raw returns the node\'s Summary API', async () => {
    const summary = JSON.parse(await ok(['get', '--raw', '/api/v1/nodes/node-2/proxy/stats/summary'])) as { node: { nodeName: string }; pods: Array<{ podRef: { name: string } }> };
    assert.equal(summary.node.nodeName, 'node-2');
    assert.ok(summary.pods.some((p) => p.podRef.name === 'web-2'), JSON.stringify(summary.pods.map((p) => p.podRef)));
  });

  it('prints NotFound and Invalid errors like a real cluster', async () => {
    const nf = await kubectl(['get', 'pod', 'nope']);
    assert.equal(nf.code, 1);
    assert.match(nf.err, /Error from server \(NotFound\): pods "nope" not found/);
    const bad = await kubectl(['apply', '-f', '-'], { input: 'apiVersion: v1\nkind: Pod\nmetadata: {name: invalid-demo}\nspec: {}\n' });
    assert.equal(bad.code, 1);
    assert.match(bad.err, /The Pod "invalid-demo" is invalid: spec.containers: Required value/);
  });
});

/** A TLS-terminating proxy in front of the (http-only) server, with a throwaway self-signed certificate. */
async function tlsProxy(target: string, workDir: string): Promise<{ url: string; close(): Promise<void> }> {
  const key = join(workDir, 'key.pem');
  const cert = join(workDir, 'cert.pem');
  const gen = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1'], { timeout: 30_000 });
  assert.equal(gen.status, 0, String(gen.stderr));
  const upstream = new URL(target);
  const server = createHttpsServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
    const p = httpRequest({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    p.on('error', () => res.destroy());
    req.pipe(p);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return { url: `https://127.0.0.1:${port}`, close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }) };
}

const HAS_OPENSSL = spawnSync('openssl', ['version'], { timeout: 10_000 }).status === 0;

describe('kubectl with --api-token', { skip: (!HAS_KUBECTL && 'kubectl is not on PATH') || (!HAS_OPENSSL && 'openssl is not on PATH') }, () => {
  let secured: RunningServer;
  let proxy: { url: string; close(): Promise<void> };
  let tokenDir: string;
  before(async () => {
    secured = await startServer({ apiToken: 'kubectl-token' });
    tokenDir = mkdtempSync(join(tmpdir(), 'kemu-kubectl-token-'));
    proxy = await tlsProxy(secured.url, tokenDir);
  });
  after(async () => {
    await proxy?.close();
    await secured?.close();
    if (tokenDir) rmSync(tokenDir, { recursive: true, force: true });
  });

  const use = (kubeconfig: string) => {
    env = { ...process.env, KUBECONFIG: kubeconfig, KUBECACHEDIR: join(tokenDir, 'cache'), HOME: tokenDir };
  };

  it('works over https with the token from `kemu kubeconfig --api-token`, and is refused with a wrong one', async () => {
    const withToken = join(tokenDir, 'with');
    const wrong = join(tokenDir, 'wrong');
    writeFileSync(withToken, await kemuCli(['kubeconfig', '--server', proxy.url, '--api-token', 'kubectl-token']));
    writeFileSync(wrong, await kemuCli(['kubeconfig', '--server', proxy.url, '--api-token', 'not-the-token']));
    use(withToken);
    assert.match(await ok(['get', 'namespaces']), /kube-system\s+Active/);
    use(wrong);
    const refused = await kubectl(['get', 'namespaces']);
    assert.notEqual(refused.code, 0);
    assert.match(refused.err, /must be logged in to the server/);
  });

  it('is refused over plain http even with the token: kubectl sends bearer tokens only over TLS (kubectl#744)', async () => {
    const plain = join(tokenDir, 'plain');
    writeFileSync(plain, await kemuCli(['kubeconfig', '--server', secured.url, '--api-token', 'kubectl-token']));
    use(plain);
    const r = await kubectl(['get', 'namespaces']);
    assert.notEqual(r.code, 0);
    assert.match(r.err, /must be logged in to the server/);
  });
});
