/**
 * Child process for the stream benchmark: N /events clients measuring delivery latency of the
 * benchmark's Events (their message carries the wall time they were recorded at), plus optionally
 * one stalled client that never reads its socket. Prints latency percentiles as JSON.
 */
import WebSocket from 'ws';

const [url, n, seconds, stalled] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4]), process.argv[5] === 'stalled'];
const latencies: number[] = [];
let stalledClose: { code: number; reason: string } | undefined;

function client(): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url}?kinds=Event`, { perMessageDeflate: false });
    ws.on('message', (data: Buffer) => {
      const now = Date.now();
      const frame = JSON.parse(data.toString()) as { delta?: { changes: Array<{ event?: { message: string } }> } };
      for (const c of frame.delta?.changes ?? []) {
        const m = /^bench (\d+)$/.exec(c.event?.message ?? '');
        if (m) latencies.push(now - Number(m[1]));
      }
    });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

const clients = await Promise.all(Array.from({ length: n }, client));
if (stalled) {
  const s = new WebSocket(`${url}?kinds=Event`, { perMessageDeflate: false });
  s.once('open', () => (s as unknown as { _socket: { pause(): void } })._socket.pause());
  s.on('close', (code, reason) => (stalledClose = { code, reason: reason.toString() }));
}
process.stdout.write('ready\n');
setTimeout(() => {
  for (const c of clients) c.close();
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
  process.stdout.write(`${JSON.stringify({ count: latencies.length, p50: q(0.5), p99: q(0.99), max: latencies[latencies.length - 1], stalledClose })}\n`);
  process.exit(0);
}, seconds * 1000);
