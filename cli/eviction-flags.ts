/** kubelet's `--eviction-hard=memory.available<100Mi,nodefs.available<10%` syntax → map. */
import { CommanderError } from 'commander';

export function parseSignalMap(flag: string, v: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of v.split(',')) {
    if (!part.trim()) continue;
    const m = /^([a-zA-Z.]+)<(.+)$/.exec(part.trim());
    if (!m) throw new CommanderError(2, 'kemu.badFlag', `error: option '${flag}' argument '${part}' is invalid. expected signal<value`);
    out[m[1]] = m[2];
  }
  return out;
}
