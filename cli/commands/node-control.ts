/** `kemu kill NODE` / `kemu start NODE`: ask the running `kemu up` to SIGKILL or restart an agent. */
import { connect } from 'node:net';
import { existsSync } from 'node:fs';
import { controlSocketPath } from './up.js';

export async function nodeControl(op: 'kill' | 'start', node: string, port: number): Promise<{ ok: boolean; message: string }> {
  const path = controlSocketPath(port);
  if (!existsSync(path)) return { ok: false, message: `no "kemu up" is running on port ${port} (no ${path})` };
  return new Promise((resolve) => {
    const sock = connect(path);
    let buf = '';
    sock.on('connect', () => sock.write(`${JSON.stringify({ op, node })}\n`));
    sock.on('data', (d) => (buf += d.toString()));
    sock.on('end', () => {
      try { resolve(JSON.parse(buf) as { ok: boolean; message: string }); } catch { resolve({ ok: false, message: `unexpected reply: ${buf}` }); }
    });
    sock.on('error', (err) => resolve({ ok: false, message: `cannot reach kemu up on port ${port}: ${err.message}` }));
  });
}
