/**
 * client-go flowcontrol.Backoff without jitter, on the injected Clock: per-key delay starting at
 * initial, doubling on each Next up to max, forgotten after 2×max without updates. The DaemonSet
 * controller uses it (1s, 15m) so it does not hot-loop deleting pods the kubelet keeps failing.
 */
export class Backoff {
  private readonly entries = new Map<string, { backoff: number; lastUpdate: number }>();

  constructor(private readonly initialMs: number, private readonly maxMs: number) {}

  /** Records an occurrence at now and grows the delay. */
  next(id: string, now: number): void {
    const e = this.entries.get(id);
    if (!e || this.hasExpired(now, e.lastUpdate)) {
      this.entries.set(id, { backoff: this.initialMs, lastUpdate: now });
      return;
    }
    e.backoff = Math.min(e.backoff * 2, this.maxMs);
    e.lastUpdate = now;
  }

  /** IsInBackOffSinceUpdate: less than the current delay has passed since the last occurrence. */
  isInBackOffSinceUpdate(id: string, now: number): boolean {
    const e = this.entries.get(id);
    if (!e || this.hasExpired(now, e.lastUpdate)) return false;
    return now - e.lastUpdate < e.backoff;
  }

  /** The current delay (0 when unknown). */
  get(id: string): number {
    return this.entries.get(id)?.backoff ?? 0;
  }

  /** Drops entries that expired. */
  gc(now: number): void {
    for (const [id, e] of this.entries) if (this.hasExpired(now, e.lastUpdate)) this.entries.delete(id);
  }

  private hasExpired(now: number, lastUpdate: number): boolean {
    return now - lastUpdate > this.maxMs * 2;
  }
}
