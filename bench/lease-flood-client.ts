/**
 * Child process for the gateway benchmark: opens N agent connections, registers each, then sends
 * lease frames as fast as the sockets drain for a fixed time. Prints the frames it sent.
 */
import WebSocket from 'ws';
import { encodeAgentFrame, PROTOCOL_VERSION } from '../proto/codec.js';

const [url, connections, seconds, token] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4]), process.argv[5] ?? 'bench'];
let sent = 0;
let stop = false;

async function one(i: number): Promise<void> {
  const ws = new WebSocket(url, { perMessageDeflate: false });
  await new Promise<void>((res, rej) => { ws.once('open', () => res()); ws.once('error', rej); });
  ws.send(encodeAgentFrame({ hello: { protocol_version: PROTOCOL_VERSION, node_name: `flood-${i}`, token, capacity: { cpu: '4', memory: '8Gi', pods: '110' } } }));
  await new Promise((r) => setTimeout(r, 200));
  const pump = () => {
    // A bounded batch per turn: a socket that drains at once keeps bufferedAmount at 0.
    for (let i = 0; i < 100 && !stop && ws.bufferedAmount < 64 * 1024; i++) {
      ws.send(encodeAgentFrame({ lease: { renew_time: Date.now() } }));
      sent++;
    }
    if (!stop) setImmediate(pump);
    else ws.close();
  };
  pump();
}

await Promise.all(Array.from({ length: connections }, (_, i) => one(i)));
setTimeout(() => {
  stop = true;
  setTimeout(() => {
    process.stdout.write(`${JSON.stringify({ sent })}\n`);
    process.exit(0);
  }, 200);
}, seconds * 1000);
