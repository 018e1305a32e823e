import { chromium } from 'playwright-core';
const [url, out, w = '1600', h = '1000', click] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'] });
const p = await b.newPage({ viewport: { width: Number(w), height: Number(h) } });
const errs = [];
p.on('pageerror', (e) => errs.push(String(e)));
p.on('console', (m) => { if (m.type() === 'error') errs.push(m.text()); });
await p.goto(url);
await p.waitForTimeout(2500);
if (click) { for (const sel of click.split('|')) { await p.click(sel); await p.waitForTimeout(400); } }
await p.screenshot({ path: out });
console.log('errors:', errs);
await b.close();
