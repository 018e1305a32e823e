import { startServer } from './test/support/live-server.ts';
const srv = await startServer();
for (const p of ['/', '/ui/app.js', '/api/v1/nodes', '/healthz']) { const r = await fetch(srv.url + p); console.log(p, r.status, (await r.text()).slice(0, 80)); }
console.log(srv.app.printRoutes({ commonPrefix: false }).split('\n').filter(l => !l.includes('api')).slice(0, 30).join('\n'));
await srv.close();
