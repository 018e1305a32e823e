/**
 * "Add pressure" presets (pure): the node usage annotation value that brings a signal's available
 * amount down to a target just past a threshold (spec: scenario-format.md §2 usage annotations).
 */
import { parseBytes } from './format.js';
import type { SignalView } from './model.js';

/** Node usage annotation (usage.kemu.dev/<key>) that moves each signal, and its unit. */
export const PRESSURE_KEYS: Array<{ key: string; signal: string; label: string; unit: 'bytes' | 'count' }> = [
  { key: 'memory', signal: 'memory.available', label: 'memory (system daemons)', unit: 'bytes' },
  { key: 'nodefs', signal: 'nodefs.available', label: 'node filesystem bytes', unit: 'bytes' },
  { key: 'nodefs-inodes', signal: 'nodefs.inodesFree', label: 'node filesystem inodes', unit: 'count' },
  { key: 'pids', signal: 'pid.available', label: 'processes', unit: 'count' },
];

/**
 * The annotation value that brings a signal's available amount down to `target`: the usage it
 * already declares plus what has to be taken away.
 */
export function usageFor(current: string | undefined, s: SignalView, target: number, unit: 'bytes' | 'count'): string {
  const have = unit === 'bytes' ? parseBytes(current) : Number(current ?? 0) || 0;
  const want = Math.max(0, have + (s.available - target));
  return unit === 'bytes' ? `${Math.ceil(want / 1024 ** 2)}Mi` : String(Math.ceil(want));
}

/** Targets half-way into the hard threshold, or between soft and hard. */
export function pressureTargets(s: SignalView): Array<{ label: string; target: number }> {
  const out: Array<{ label: string; target: number }> = [];
  if (s.soft >= 0) out.push({ label: 'below soft threshold', target: s.hard >= 0 && s.hard < s.soft ? (s.soft + s.hard) / 2 : s.soft * 0.9 });
  if (s.hard >= 0) out.push({ label: 'below hard threshold', target: s.hard / 2 });
  return out;
}
