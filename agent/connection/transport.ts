/**
 * How a kubelet reaches the control plane: a WebSocket in real processes, an in-memory link in the
 * simulation harness. Either way, the same protobuf frames cross it.
 */
export interface TransportHandlers {
  onOpen(): void;
  onFrame(bytes: Uint8Array): void;
  onClose(code: number, reason: string): void;
}

export interface AgentTransport {
  /** Starts connecting (and reconnecting after a drop, with back-off) until close(). */
  connect(h: TransportHandlers): void;
  /** Sends a frame if connected; frames sent while disconnected are dropped, like failed requests. */
  send(bytes: Uint8Array): boolean;
  readonly connected: boolean;
  /** Drops the current connection; it reconnects unless close() was called. */
  drop(): void;
  /** Stops for good. */
  close(): void;
}
