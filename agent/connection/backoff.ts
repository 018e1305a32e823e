/**
 * Exponential back-off with jitter for reconnects (client-go's wait.Backoff shape: 500ms initial,
 * factor 2, jitter 1.0 — a delay d becomes d + rand*d — capped at 30s).
 */
export interface BackoffOptions { initialMs: number; factor: number; jitter: number; maxMs: number }

export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 500, factor: 2, jitter: 1, maxMs: 30_000 };

export class Backoff {
  private attempt = 0;
  constructor(private readonly opts: BackoffOptions = DEFAULT_BACKOFF, private readonly rand: () => number = Math.random) {}

  next(): number {
    const base = Math.min(this.opts.maxMs, this.opts.initialMs * this.opts.factor ** this.attempt);
    this.attempt++;
    return Math.min(this.opts.maxMs, base + this.rand() * this.opts.jitter * base);
  }

  reset(): void {
    this.attempt = 0;
  }
}
