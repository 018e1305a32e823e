/**
 * Pod backoff (pkg/scheduler/backend/queue/backoff_queue.go calculateBackoffDuration,
 * getBackoffTime, isPodBackingoff): initial * 2^(attempts-1), capped at max; 0 before the first
 * attempt. With SchedulerPopFromBackoffQ (beta, on since v1.33) expirations are truncated to the
 * 1-second ordering window and a pod whose expiry is in the current window still backs off.
 */
export const BACKOFF_ORDERING_WINDOW = 1_000;

export function calculateBackoffDuration(attempts: number, initial: number, max: number): number {
  if (attempts === 0) return 0;
  let d = initial;
  for (let i = 1; i < attempts; i++) {
    if (d > max - d) return max;
    d += d;
  }
  return d;
}

export function alignToWindow(t: number, popFromBackoffQ: boolean): number {
  return popFromBackoffQ ? t - (((t % BACKOFF_ORDERING_WINDOW) + BACKOFF_ORDERING_WINDOW) % BACKOFF_ORDERING_WINDOW) : t;
}

/** getBackoffTime: when a pod re-added to the queue at `timestamp` may be retried (0 when never tried). */
export function backoffExpiration(timestamp: number, attempts: number, initial: number, max: number, popFromBackoffQ: boolean): number {
  if (attempts === 0) return 0;
  return alignToWindow(timestamp + calculateBackoffDuration(attempts, initial, max), popFromBackoffQ);
}

/** isPodBackingoff: the expiry is not before (the window of) now. */
export function isBackingOff(expiration: number, attempts: number, now: number, popFromBackoffQ: boolean): boolean {
  if (attempts === 0) return false;
  return !(expiration < alignToWindow(now, popFromBackoffQ));
}
