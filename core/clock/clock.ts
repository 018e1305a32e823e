/**
 * The one source of time for controllers, kubelet loops and the scheduler.
 * All durations are cluster time in milliseconds. Nothing outside this folder reads the wall clock.
 */
export interface Timer {
  cancel(): void;
}

export interface Clock {
  /** Cluster time, milliseconds since the Unix epoch. */
  now(): number;
  /** Runs fn once after delayMs of cluster time. */
  setTimer(delayMs: number, fn: () => void): Timer;
  /** Runs fn every periodMs of cluster time (first run after one period). */
  every(periodMs: number, fn: () => void): Timer;
}

/** A clock whose rate can be changed while running (the dashboard's time controls). */
export interface ControllableClock extends Clock {
  readonly scale: number;
  readonly paused: boolean;
  setScale(scale: number): void;
  pause(): void;
  resume(): void;
  /** Moves cluster time forward by ms at once (fires due timers). */
  step(ms: number): void;
  /** Called whenever scale / paused / a step changes the clock state. */
  onChange(fn: () => void): () => void;
}

export interface ClockState {
  now: number;
  scale: number;
  paused: boolean;
}

export function clockState(clock: Clock): ClockState {
  const c = clock as Partial<ControllableClock>;
  return { now: clock.now(), scale: c.scale ?? 1, paused: c.paused ?? false };
}
