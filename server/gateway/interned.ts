/**
 * Shared copies of the small strings and objects that pod status frames repeat: every decoded
 * frame brings fresh copies of "True", "PodReadyToStartContainers", the node's IP, a condition
 * { type, status, lastTransitionTime } that thousands of pods share … With 150,000 pods those
 * copies were ~1 KB per pod of the control plane's heap (strings alone 45 MB per 30,000 pods),
 * which the garbage collector marks on every full GC. Stored objects are read-only, so pods can
 * share them; the shared objects are frozen so that a write through one pod fails loudly.
 * Tables are bounded: when one is full it starts over (interning is an optimisation only).
 */
import type { PodCondition } from '../../core/types.js';

const LIMIT = 16_384;
const strings = new Map<string, string>();

export function internString(s: string): string {
  const v = strings.get(s);
  if (v !== undefined) return v;
  if (strings.size >= LIMIT) strings.clear();
  strings.set(s, s);
  return s;
}

// type → status → lastTransitionTime → the condition (only conditions without reason/message).
const conditions = new Map<string, Map<string, Map<string, Readonly<PodCondition>>>>();
let conditionCount = 0;

export function internCondition(type: string, status: string, lastTransitionTime: string): PodCondition {
  let byStatus = conditions.get(type);
  if (!byStatus) conditions.set(type, (byStatus = new Map()));
  let byTime = byStatus.get(status);
  if (!byTime) byStatus.set(status, (byTime = new Map()));
  let c = byTime.get(lastTransitionTime);
  if (!c) {
    if (conditionCount >= LIMIT) {
      conditions.clear();
      conditionCount = 0;
      return internCondition(type, status, lastTransitionTime);
    }
    c = Object.freeze({ type: internString(type), status: internString(status), lastTransitionTime });
    byTime.set(lastTransitionTime, c);
    conditionCount++;
  }
  return c as PodCondition;
}

const ipObjects = new Map<string, Readonly<{ ip: string }>>();

/** `{ ip }` as in status.hostIPs / podIPs. */
export function internIP(ip: string): { ip: string } {
  let o = ipObjects.get(ip);
  if (!o) {
    if (ipObjects.size >= LIMIT) ipObjects.clear();
    ipObjects.set(ip, (o = Object.freeze({ ip: internString(ip) })));
  }
  return o as { ip: string };
}

const EMPTY_STATE = Object.freeze({});
const running = new Map<string, Readonly<{ running: { startedAt: string } }>>();

/** A container state: `{}` when none, one shared `{ running: { startedAt } }` per start second. */
export function internState(startedAt?: string): object {
  if (startedAt === undefined) return EMPTY_STATE;
  let o = running.get(startedAt);
  if (!o) {
    if (running.size >= LIMIT) running.clear();
    running.set(startedAt, (o = Object.freeze({ running: Object.freeze({ startedAt }) })));
  }
  return o;
}
