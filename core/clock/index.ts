export type { Clock, ControllableClock, Timer, ClockState } from './clock.js';
export { clockState } from './clock.js';
export { ManualClock } from './manual-clock.js';
export { ScaledClock, realClock } from './real-clock.js';
