/** Adds every control-plane setting as a flag with its upstream name (e.g. --node-monitor-grace-period). */
import { CommanderError, Option, type Command } from 'commander';
import { validateControlPlaneConfig } from '../server/controllers/nodelifecycle/config-validation.js';
import { CONTROL_PLANE_FIELDS, DEFAULT_CONTROL_PLANE_CONFIG, type ControlPlaneConfig } from '../server/config.js';
import { formatDuration } from '../core/duration.js';
import { boolFlag, durationFlag, intFlag, numberFlag } from './flags.js';

export function addControlPlaneFlags(cmd: Command): Command {
  for (const [field, { flag, type }] of Object.entries(CONTROL_PLANE_FIELDS)) {
    const def = DEFAULT_CONTROL_PLANE_CONFIG[field as keyof ControlPlaneConfig];
    const shown = type === 'duration' ? formatDuration(def as number) : String(def);
    const parser = type === 'duration' ? durationFlag : type === 'boolean' ? boolFlag : type === 'integer' ? intFlag(0) : numberFlag(0);
    cmd.addOption(new Option(`--${flag} <value>`, `upstream --${flag} (default ${shown})`).argParser(parser as (v: string) => unknown));
  }
  return cmd;
}

/**
 * Picks the control-plane settings out of parsed options (commander camel-cases flag names) and
 * refuses invalid combinations at start-up with the flag's name (exit 2).
 */
export function controlPlaneConfigFrom(opts: Record<string, unknown>): Partial<ControlPlaneConfig> {
  const cfg = pickControlPlaneConfig(opts);
  const errs = validateControlPlaneConfig(cfg);
  if (cfg.podMaxBackoff !== undefined && cfg.podInitialBackoff !== undefined && cfg.podMaxBackoff < cfg.podInitialBackoff) {
    errs.push('--pod-max-backoff must be >= --pod-initial-backoff');
  }
  if (errs.length) throw new CommanderError(2, 'kemu.badFlag', `error: ${errs.join('; ')}`);
  return cfg;
}

function pickControlPlaneConfig(opts: Record<string, unknown>): Partial<ControlPlaneConfig> {
  const out: Record<string, unknown> = {};
  for (const [field, { flag }] of Object.entries(CONTROL_PLANE_FIELDS)) {
    const key = flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    if (opts[key] !== undefined) out[field] = opts[key];
  }
  return out as Partial<ControlPlaneConfig>;
}
