import { chromium } from 'playwright-core';
const [url, out] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1600, height: 1000 } });
const errs = []; p.on('pageerror', (e) => errs.push(String(e)));
const t0 = Date.now();
await p.goto(url);
await p.waitForFunction(() => window.kemu && window.kemu.model.nodes.size === 500 && window.kemu.model.podsByNode.size >= 500, null, { timeout: 30000 });
console.log('snapshot applied in', Date.now() - t0, 'ms');
await p.waitForTimeout(500);
const r = await p.evaluate(async () => {
  const long = [];
  const po = new PerformanceObserver((l) => { for (const e of l.getEntries()) long.push(e.duration); });
  po.observe({ type: 'longtask', buffered: false });
  const gaps = [];
  let last = performance.now();
  let running = true;
  const loop = () => { const n = performance.now(); gaps.push(n - last); last = n; if (running) requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
  const grid = document.querySelector('[data-testid="node-grid"]');
  for (let i = 0; i < 40; i++) { grid.scrollTop += 300; await new Promise((r) => setTimeout(r, 100)); }
  running = false;
  po.disconnect();
  gaps.sort((a, b) => a - b);
  return { frames: gaps.length, p50: gaps[Math.floor(gaps.length / 2)], p95: gaps[Math.floor(gaps.length * 0.95)], max: gaps[gaps.length - 1], longTasks: long.length, longMax: Math.max(0, ...long), cards: document.querySelectorAll('[data-testid="node-card"]').length, frames_recv: window.kemu.status.frames };
});
console.log(JSON.stringify(r), errs);
await p.screenshot({ path: out });
await b.close();
