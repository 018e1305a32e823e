/**
 * A token bucket on the injected clock, as golang.org/x/time/rate (client-go's flowcontrol
 * token-bucket rate limiter): `qps` tokens per second, at most `burst` saved up. QPS is float32
 * like upstream's flowcontrol.
 */
import type { Clock } from './clock/index.js';

export class TokenBucket {
  private tokens: number;
  private last: number;
  private readonly rate: number;

  constructor(private readonly clock: Clock, qps: number, private readonly burst: number) {
    this.rate = Math.fround(qps);
    this.tokens = burst;
    this.last = clock.now();
  }

  tryAccept(): boolean {
    const now = this.clock.now();
    const elapsedSec = Math.max(0, now - this.last) / 1000;
    const tokens = Math.min(this.burst, this.tokens + elapsedSec * this.rate);
    if (tokens < 1) return false; // x/time/rate: a refused request leaves the state untouched
    this.tokens = tokens - 1;
    this.last = now;
    return true;
  }

  /** Milliseconds until a token is available (0 if one is now). */
  waitMs(): number {
    const elapsedSec = Math.max(0, this.clock.now() - this.last) / 1000;
    const tokens = Math.min(this.burst, this.tokens + elapsedSec * this.rate);
    return tokens >= 1 ? 0 : Math.ceil(((1 - tokens) / this.rate) * 1000);
  }

  qps(): number {
    return this.rate;
  }
}
