/** Binds WebSocket connections at /agent to gateway sessions. */
import type { WebSocket } from 'ws';
import type { AgentGateway } from '../gateway/index.js';
import { CloseCode } from '../../proto/codec.js';

export function attachAgentSocket(gateway: AgentGateway, ws: WebSocket, remote: string): void {
  const session = gateway.accept({
    remote,
    send: (bytes) => {
      if (ws.readyState === ws.OPEN) ws.send(bytes);
    },
    close: (code, reason) => ws.close(code, reason),
  });
  ws.on('message', (data, isBinary) => {
    if (!isBinary) {
      session.onFrame(new Uint8Array(0)); // counts as malformed: protobuf frames are binary
      return;
    }
    const buf = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data as ArrayBuffer);
    session.onFrame(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
  });
  ws.on('close', () => session.onClose());
  ws.on('error', (err) => {
    // ws already closes with 1002/1009 for protocol violations; make sure the session is gone.
    session.close(CloseCode.MalformedFrame, `websocket error: ${err.message}`);
  });
}
