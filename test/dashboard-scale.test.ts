// The dashboard stays smooth with 500 nodes and 15,000 pods under a steady stream of changes:
// real Chromium against a real control plane (HTTP server, /events, dashboard plugin).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ScaledClock } from '../core/clock/index.js';
import { setRootLogger } from '../core/logger.js';
import type { Mutable, Node, Pod } from '../core/types.js';
import { ControlPlane } from '../server/controlplane.js';
import { refTo } from '../server/events/recorder.js';
import { serverPlugins } from '../server/http/plugins.js';
import { buildHttpServer } from '../server/http/server.js';
import { REPO } from './support/processes.js';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];
const NODES = 500;
const PODS = 15_000;
const QOS = [
  { requests: { cpu: '500m', memory: '512Mi' }, limits: { cpu: '500m', memory: '512Mi' } },
  { requests: { cpu: '100m', memory: '256Mi' } },
  {},
];

interface PageModel { kemu: { model: { nodes: Map<string, unknown>; rv: number; podNode: Map<string, string> } } }

describe('dashboard at 500 nodes and 15,000 pods', { timeout: 120_000 }, () => {
  let cp: ControlPlane;
  let clock: ScaledClock;
  let app: Awaited<ReturnType<typeof buildHttpServer>>;
  let browser: Browser;
  let page: Page;
  let url: string;
  let tick = 0;

  /** One batch of changes: 200 pod status changes, 100 nodes' stats, an Event. */
  function churn(): void {
    const now = clock.now();
    for (let j = 0; j < 200; j++) {
      const i = (tick * 200 + j) * 7919 % PODS;
      cp.store.mutate<Pod>('Pod', 'default', `p-${i}`, (p) => {
        (p as Mutable<Pod>).status = { ...p.status, phase: tick % 2 ? 'Running' : 'Pending', conditions: [{ type: 'Ready', status: tick % 2 ? 'True' : 'False' }] };
      });
    }
    for (let n = 0; n < 100; n++) {
      const node = `node-${((tick * 100 + n) % NODES) + 1}`;
      const used = 2 ** 30 * (2 + ((tick + n) % 5));
      cp.gateway.stats.set({ node, receivedAt: now, pods: new Map(), summary: { time: now, node: {
        memory: { available_bytes: 8 * 2 ** 30 - used, working_set_bytes: used },
        fs: { capacity_bytes: 100 * 2 ** 30, available_bytes: 60 * 2 ** 30, inodes: 1e6, inodes_free: 9e5 }, rlimit: { maxpid: 32768, curproc: 300 },
      } } });
    }
    const pod = cp.store.must<Pod>('Pod', 'default', `p-${tick % PODS}`);
    cp.recorder.record({ involvedObject: refTo(pod), type: 'Normal', reason: 'Churn', message: `batch ${tick}`, source: { component: 'test' } });
    tick++;
  }

  before(async () => {
    mkdirSync(join(REPO, 'test-artifacts'), { recursive: true });
    const silent = pino({ level: 'silent' });
    setRootLogger(silent);
    clock = new ScaledClock(10);
    cp = new ControlPlane({ clock, agentToken: 't', controllers: [], log: silent, seed: 'scale' });
    for (let i = 1; i <= NODES; i++) {
      cp.store.create<Node>('Node', {
        metadata: { name: `node-${i}`, labels: { 'topology.kubernetes.io/zone': `zone-${'abc'[i % 3]}` } },
        status: { capacity: { cpu: '4', memory: '8Gi', pods: '110' }, conditions: [{ type: 'Ready', status: i % 50 === 0 ? 'Unknown' : 'True' }] },
      });
    }
    for (let i = 0; i < PODS; i++) {
      cp.store.create<Pod>('Pod', {
        metadata: { name: `p-${i}`, namespace: 'default', ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: `rs-${i % 40}`, uid: `rs-${i % 40}`, controller: true }] },
        spec: { nodeName: `node-${(i % NODES) + 1}`, priority: [0, 100, 10_000][i % 3], containers: [{ name: 'app', image: 'nginx', resources: QOS[i % 3] }] },
        status: { phase: 'Running' },
      });
    }
    app = await buildHttpServer(cp, serverPlugins({ clock }));
    await app.listen({ host: '127.0.0.1', port: 0 });
    const addr = app.server.address();
    url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/`;
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    clock?.dispose();
  });

  it('loads the whole cluster and keeps only the visible node cards in the page', async () => {
    await page.goto(url);
    await page.waitForFunction((n) => (window as unknown as PageModel).kemu?.model.nodes.size === n, NODES, { timeout: 30_000 });
    await page.waitForFunction((n) => (window as unknown as PageModel).kemu.model.podNode.size === n, PODS, { timeout: 30_000 });
    const summary = await page.locator('[data-testid="summary"]').innerText();
    assert.match(summary.replace(/\s+/g, ' '), /500 nodes 490 Ready/i);
    assert.match(summary.replace(/\s+/g, ' '), /15000 pods/i);
    assert.match(summary.replace(/\s+/g, ' '), /10 Unknown/i, 'every 50th node was given an Unknown Ready condition');
    const cards = await page.locator('[data-testid="node-card"]').count();
    assert.ok(cards > 0 && cards < 60, `virtualised: ${cards} node cards in the DOM for ${NODES} nodes`);
  });

  it('renders at interactive frame rates while 2,000 pods/s change and the grid scrolls, and keeps up with the stream', async () => {
    let timer: NodeJS.Timeout | undefined;
    const running = new Promise<void>((resolve) => {
      let n = 0;
      timer = setInterval(() => {
        churn();
        if (++n >= 40) {
          clearInterval(timer);
          resolve();
        }
      }, 100);
    });
    // A string, so that the transpiler's helpers (tsx keeps function names) do not leak into the page.
    const frames = await page.evaluate<{ count: number; p50: number; p90: number }>(`(async () => {
      const gaps = [];
      let last = performance.now();
      let on = true;
      const loop = () => {
        const now = performance.now();
        gaps.push(now - last);
        last = now;
        if (on) requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
      const grid = document.querySelector('[data-testid="node-grid"]');
      for (let i = 0; i < 30; i++) {
        grid.scrollTop += 250;
        await new Promise((r) => setTimeout(r, 100));
      }
      on = false;
      gaps.sort((a, b) => a - b);
      return { count: gaps.length, p50: gaps[Math.floor(gaps.length / 2)], p90: gaps[Math.floor(gaps.length * 0.9)] };
    })()`);
    await running;
    await page.screenshot({ path: join(REPO, 'test-artifacts', 'dashboard-scale.png') });
    assert.ok(frames.p50 < 50, `median frame interval ${frames.p50.toFixed(1)} ms (p90 ${frames.p90.toFixed(1)} ms) over ${frames.count} frames`);
    const rv = cp.store.resourceVersion;
    await page.waitForFunction((want) => (window as unknown as PageModel).kemu.model.rv >= want, rv, { timeout: 10_000 });
    const cards = await page.locator('[data-testid="node-card"]').count();
    assert.ok(cards < 60, `still virtualised after scrolling: ${cards} cards`);
  });

});
