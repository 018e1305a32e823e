// The dashboard in real headless Chromium against `kemu up --agents 5 --time-scale 10` (real
// processes): nodes, a node dying, its pods leaving, memory pressure added through the UI and the
// kubelet's eviction with its why, actions and time controls. Screenshots go to test-artifacts/.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ALL_CONTROLLERS } from '../server/controllers/all.js';
import { freePort, REPO, runKemu, startKemu, type Proc } from './support/processes.js';
import { waitFor } from './support/live-server.js';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];
const ARTIFACTS = join(REPO, 'test-artifacts');
const NO_CONTROLLERS = ALL_CONTROLLERS.length === 0
  ? 'needs the node lifecycle and taint eviction controllers (server/controllers/all.ts ALL_CONTROLLERS is empty)' : false;

let up: Proc;
let base: string;
let port: number;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const REPLICAS = 15;

interface PageModel { kemu: { model: { podCounts: { running: number } } } }

async function api(method: string, path: string, body?: unknown, contentType = 'application/json') {
  const r = await fetch(`${base}${path}`, { method, headers: body === undefined ? {} : { 'content-type': contentType }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  if (!r.ok) throw new Error(`${method} ${path}: HTTP ${r.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}

const card = (node: string) => page.locator(`[data-testid="node-card"][data-node="${node}"]`);
const attr = async (node: string, name: string) => card(node).getAttribute(name);
const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `dashboard-${name}.png`) });

function pod(name: string, node: string, extra: Record<string, unknown> = {}, annotations: Record<string, string> = {}) {
  return {
    apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', annotations },
    spec: {
      ...(node ? { nodeName: node } : {}),
      // Leave 10 s (1 s of real time) after the node becomes unreachable, instead of the default 300 s.
      tolerations: [
        { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 10 },
        { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 10 },
      ],
      containers: [{ name: 'app', image: 'nginx', ...extra }],
    },
  };
}

describe('dashboard with kemu up --agents 5 --time-scale 10', { timeout: 240_000 }, () => {
  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    port = await freePort();
    base = `http://127.0.0.1:${port}`;
    up = startKemu(['up', '--agents', '5', '--port', String(port), '--time-scale', '10']);
    await waitFor('the control plane', async () => (await fetch(`${base}/readyz`)).ok, 30_000);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.on('pageerror', (e) => pageErrors.push(String(e)));
  });
  after(async () => {
    await browser?.close();
    const code = await up.stop();
    assert.equal(code, 0, `kemu up exits cleanly\n${up.output().slice(-2000)}`);
  });

  it('serves the dashboard at / with local assets and shows the 5 nodes Ready', async () => {
    const html = await fetch(`${base}/`);
    assert.equal(html.status, 200);
    assert.match(await html.text(), /<script type="module" src="\/ui\/app\.js">/);
    await page.goto(`${base}/`);
    await page.locator('[data-testid="connection"][data-state="live"]').waitFor({ timeout: 15_000 });
    await page.locator('[data-testid="node-card"][data-ready="Ready"]').nth(4).waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('[data-testid="node-card"]').count(), 5);
    for (let i = 1; i <= 5; i++) assert.equal(await attr(`node-${i}`, 'data-ready'), 'Ready');
    assert.match(await page.locator('[data-testid="ready-count"]').innerText(), /^5\s*Ready$/i);
    assert.match(await card('node-1').innerText(), /zone-[abc]/);
    await page.locator(`[data-testid="node-card"][data-node="node-1"] [data-signal="memory.available"]`).waitFor({ timeout: 15_000 });
    await shot('01-ready');
    assert.deepEqual(pageErrors, []);
  });

  it('shows the pods of a ReplicaSet spread over the nodes, and pods bound through the API', async () => {
    await api('POST', '/apis/apps/v1/namespaces/default/replicasets', {
      apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'web' },
      spec: { replicas: REPLICAS, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: pod('x', '').spec } },
    });
    await api('POST', '/api/v1/namespaces/default/pods', pod('hog', 'node-1', {}, { 'usage.kemu.dev/memory': '1Gi' }));
    await api('POST', '/api/v1/namespaces/default/pods', pod('steady', 'node-1', { resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '100m', memory: '256Mi' } } }));
    await page.waitForFunction((n) => (window as unknown as PageModel).kemu.model.podCounts.running === n, REPLICAS + 2, { timeout: 30_000 });
    await waitFor('web pods on node-3', async () => Number(await attr('node-3', 'data-pods')) > 0, 10_000);
    await shot('02-pods');
  });

  it('turns a killed node NotReady, shows its pods leaving and their replacements, with the taint eviction\'s why', { skip: NO_CONTROLLERS }, async () => {
    const lost = Number(await attr('node-3', 'data-pods'));
    const k = runKemu(['kill', 'node-3', '--port', String(port)]);
    assert.equal(k.status, 0, k.stderr);
    // nodeMonitorGracePeriod (50 s of cluster time) is 5 s of real time at --time-scale 10.
    await waitFor('node-3 not Ready', async () => ['Unknown', 'NotReady'].includes((await attr('node-3', 'data-ready')) ?? ''), 30_000);
    await waitFor('the unreachable taint on node-3', async () => (await card('node-3').locator('[data-taint^="node.kubernetes.io/unreachable"]').count()) > 0, 20_000);
    // The pods tolerate the taint for 10 s; then the taint eviction controller deletes them. With
    // the kubelet gone they stay Terminating, as on a real cluster, and the ReplicaSet replaces them.
    await waitFor('node-3\'s pods leaving', async () => Number(await attr('node-3', 'data-terminating')) === lost, 30_000);
    await page.waitForFunction((n) => (window as unknown as PageModel).kemu.model.podCounts.running === n, REPLICAS + 2, { timeout: 30_000 });
    for (let i = 1; i <= 5; i++) if (i !== 3) assert.equal(await attr(`node-${i}`, 'data-ready'), 'Ready');
    await shot('03-node-lost');
    const ev = page.locator('[data-testid="event"][data-reason="TaintManagerEviction"]').first();
    await ev.waitFor({ timeout: 10_000 });
    assert.equal(await ev.getAttribute('data-mechanism'), 'taint');
    await ev.locator('.ev-line').click();
    const why = ev.locator('[data-testid="why"]');
    await why.waitFor();
    assert.equal(await why.getAttribute('data-shape'), 'taint');
    assert.match(await why.innerText(), /node\.kubernetes\.io\/unreachable:NoExecute/);
    assert.match(await why.innerText(), /tolerates the taints for 10s/);
    await shot('04-taint-why');
  });

  it('adds memory pressure through the UI and shows the kubelet\'s eviction with its why', { skip: NO_CONTROLLERS }, async () => {
    await card('node-1').locator('[data-testid="node-actions"]').click();
    await page.locator('[data-action="pressure"]').click();
    const preset = page.locator('[data-testid="preset-below-hard-threshold"]');
    await preset.waitFor();
    await shot('05-pressure-dialog');
    await preset.click();
    await waitFor('MemoryPressure on node-1', async () => ((await attr('node-1', 'data-pressure')) ?? '').includes('MemoryPressure'), 30_000);
    const ev = page.locator('[data-testid="event"][data-reason="Evicted"]').first();
    await ev.waitFor({ timeout: 30_000 }).catch(async (err: Error) => {
      await shot('06-failed');
      throw err;
    });
    assert.equal(await ev.getAttribute('data-mechanism'), 'kubelet');
    assert.equal(await ev.getAttribute('data-node'), 'node-1');
    await ev.locator('.ev-line').click();
    const why = ev.locator('[data-testid="why"]');
    await why.waitFor();
    assert.equal(await why.getAttribute('data-shape'), 'kubelet');
    const text = await why.innerText();
    assert.match(text, /memory\.available/);
    assert.match(text, /threshold 100Mi/);
    assert.match(text, /default\/hog/, 'the ranked candidates name the pod using the most above its request');
    await waitFor('hog evicted on the card', async () => Number(await attr('node-1', 'data-evicted')) >= 1, 15_000);
    await shot('06-evicted-why');
  });

  it('cordons and uncordons a node through the Kubernetes API', async () => {
    await card('node-2').locator('[data-testid="node-actions"]').click();
    await page.locator('[data-action="cordon"]').click();
    await waitFor('node-2 cordoned', async () => (await attr('node-2', 'data-unschedulable')) === 'true', 10_000);
    assert.equal((await api('GET', '/api/v1/nodes/node-2')).spec.unschedulable, true);
    await card('node-2').locator('[data-testid="node-actions"]').click();
    await page.locator('[data-action="uncordon"]').click();
    await waitFor('node-2 uncordoned', async () => (await attr('node-2', 'data-unschedulable')) === 'false', 10_000);
  });

  it('pauses, steps and rescales the cluster clock', async () => {
    const clock = page.locator('[data-testid="clock"]');
    await clock.getByRole('button', { name: /Pause/ }).click();
    await waitFor('paused', async () => (await clock.getAttribute('data-paused')) === 'true', 10_000);
    const before = (await api('GET', '/apis/kemu.dev/v1alpha1/clock')).status.nowMs as number;
    await clock.getByRole('button', { name: '+1m' }).click();
    await waitFor('a minute later', async () => (await api('GET', '/apis/kemu.dev/v1alpha1/clock')).status.nowMs >= before + 60_000, 10_000);
    await clock.getByRole('button', { name: '60×' }).click();
    await waitFor('scale 60', async () => (await clock.getAttribute('data-scale')) === '60', 10_000);
    await shot('07-paused');
    await clock.getByRole('button', { name: /Resume/ }).click();
    await clock.getByRole('button', { name: '10×' }).click();
    await waitFor('running at 10x', async () => (await clock.getAttribute('data-paused')) === 'false' && (await clock.getAttribute('data-scale')) === '10', 10_000);
    const c = await api('GET', '/apis/kemu.dev/v1alpha1/clock');
    assert.deepEqual(c.spec, { scale: 10, paused: false });
    assert.deepEqual(pageErrors, []);
  });
});
