import { chromium } from 'playwright-core';
const [url, out, ...clicks] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1600, height: 2400 } });
await p.goto(url);
await p.waitForTimeout(2000);
for (const sel of clicks) { await p.click(sel); await p.waitForTimeout(300); }
await (await p.$('[data-testid="event-feed"]')).screenshot({ path: out });
await b.close();
