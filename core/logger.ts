/**
 * One root pino logger; every component logs through `logger(component)`, a child with a
 * `component` field. JSON by default; `KEMU_LOG_PRETTY=1` (set by the CLI on a TTY) pipes through
 * pino-pretty. `KEMU_LOG_LEVEL` sets the level (tests and the simulation harness use `silent`).
 */
import { pino, type Logger } from 'pino';

export type { Logger } from 'pino';

let root: Logger | undefined;

function makeRoot(): Logger {
  const level = process.env.KEMU_LOG_LEVEL ?? 'info';
  if (process.env.KEMU_LOG_PRETTY === '1') {
    return pino({ level, transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'HH:MM:ss.l', ignore: 'pid,hostname' } } });
  }
  return pino({ level, base: { pid: process.pid } });
}

export function rootLogger(): Logger {
  return (root ??= makeRoot());
}

/** Replaces the root logger (the simulation harness silences it; the CLI may redirect it). */
export function setRootLogger(l: Logger): void {
  root = l;
}

export function logger(component: string, bindings: Record<string, unknown> = {}): Logger {
  return rootLogger().child({ component, ...bindings });
}
