import { chromium } from 'playwright-core';
const [url] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1600, height: 1000 } });
p.on('pageerror', (e) => console.log('ERR', String(e)));
p.on('console', (m) => console.log('console', m.type(), m.text()));
await p.goto(url);
for (let i = 0; i < 6; i++) {
  await p.waitForTimeout(2000);
  console.log(await p.evaluate(() => JSON.stringify({ nodes: window.kemu.model.nodes.size, pbn: window.kemu.model.podsByNode.size, st: window.kemu.status })));
}
await b.close();
