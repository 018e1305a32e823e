/** The scenario report (spec §3): events, changes, expectation results, final state. */
import type { Event, KObject, Node, Pod } from '../../core/types.js';

export interface ReportEvent {
  t: number;
  type: string;
  reason: string;
  involvedObject: { kind?: string; namespace?: string; name?: string; uid?: string };
  message: string;
  source: { component?: string; host?: string };
  count: number;
  why?: unknown;
}

export interface ReportChange {
  t: number;
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  kind: 'Pod' | 'Node';
  namespace?: string;
  name: string;
  summary: Record<string, unknown>;
}

export interface ExpectationResult { index: number; passed: boolean; detail: string }

export interface ScenarioReport {
  apiVersion: 'kemu.dev/v1alpha1';
  kind: 'ScenarioReport';
  scenario: string;
  seed: number | string;
  durationMs: number;
  passed: boolean;
  events: ReportEvent[];
  changes: ReportChange[];
  expectations: ExpectationResult[];
  actionLog: Array<{ t: number; message: string }>;
  final: { nodes: Node[]; pods: Pod[] };
}

export function eventEntry(t: number, e: Event): ReportEvent {
  const why = e.metadata?.annotations?.['kemu.dev/why'];
  let parsed: unknown;
  if (why) {
    try { parsed = JSON.parse(why); } catch { parsed = why; }
  }
  const io = e.involvedObject ?? {};
  return {
    t, type: e.type ?? 'Normal', reason: e.reason ?? '',
    involvedObject: { kind: io.kind, ...(io.namespace ? { namespace: io.namespace } : {}), name: io.name, uid: io.uid },
    message: e.message ?? '', source: { component: e.source?.component, ...(e.source?.host ? { host: e.source.host } : {}) },
    count: e.count ?? 1,
    ...(parsed !== undefined ? { why: parsed } : {}),
  };
}

export function podSummary(p: Pod): Record<string, unknown> {
  return {
    phase: p.status?.phase ?? '',
    ...(p.status?.reason ? { reason: p.status.reason } : {}),
    nodeName: p.spec?.nodeName ?? '',
    deleting: !!p.metadata?.deletionTimestamp,
  };
}

const PRESSURE = ['MemoryPressure', 'DiskPressure', 'PIDPressure', 'NetworkUnavailable'];

export function nodeSummary(n: Node): Record<string, unknown> {
  const conds = n.status?.conditions ?? [];
  return {
    ready: conds.find((c) => c.type === 'Ready')?.status ?? 'Unknown',
    taints: (n.spec?.taints ?? []).map((t) => `${t.key}:${t.effect}`),
    unschedulable: !!n.spec?.unschedulable,
    pressure: conds.filter((c) => PRESSURE.includes(c.type) && c.status === 'True').map((c) => c.type),
  };
}

/** Subset match: every field in `want` equals the one in `got`; list items match some item. */
export function subsetMatch(want: unknown, got: unknown): boolean {
  if (want === null || typeof want !== 'object') {
    if (typeof want === 'number' && typeof got === 'string') return String(want) === got;
    return want === got;
  }
  if (Array.isArray(want)) {
    if (!Array.isArray(got)) return false;
    return want.every((w) => got.some((g) => subsetMatch(w, g)));
  }
  if (got === null || typeof got !== 'object' || Array.isArray(got)) return false;
  for (const [k, v] of Object.entries(want as Record<string, unknown>)) {
    if (!subsetMatch(v, (got as Record<string, unknown>)[k])) return false;
  }
  return true;
}

export function sortByName<T extends KObject>(items: T[]): T[] {
  return [...items].sort((a, b) => {
    const ka = `${a.metadata?.namespace ?? ''}/${a.metadata?.name ?? ''}`;
    const kb = `${b.metadata?.namespace ?? ''}/${b.metadata?.name ?? ''}`;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}
