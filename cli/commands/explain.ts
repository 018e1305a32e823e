/**
 * `kemu explain pod NS/NAME [--server URL | --report FILE]`: why a pod was evicted, preempted or
 * rejected — every Event about it with the structured reasons its component recorded (the
 * `kemu.dev/why` annotation: signal, observed value, threshold, ranked candidates; taint,
 * toleration and timer; preemption candidates and the deciding criterion).
 */
import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import type { Event, Pod } from '../../core/types.js';

export interface ExplainOptions { server: string; report?: string; apiToken?: string; json?: boolean }

interface Explained { t: string; type: string; reason: string; component: string; message: string; count: number; why?: unknown }

const C = { dim: '\x1b[90m', yellow: '\x1b[33m', green: '\x1b[32m', bold: '\x1b[1m', reset: '\x1b[0m' };

export async function explain(kind: string, ref: string, o: ExplainOptions): Promise<number> {
  if (kind !== 'pod' && kind !== 'pods' && kind !== 'po') {
    process.stderr.write(`kemu explain: only pods can be explained (got "${kind}")\n`);
    return 2;
  }
  const m = /^(?:([^/]+)\/)?([^/]+)$/.exec(ref);
  if (!m) {
    process.stderr.write(`kemu explain: "${ref}" is not NAMESPACE/NAME\n`);
    return 2;
  }
  const [ns, name] = [m[1] ?? 'default', m[2]];
  let items: Explained[];
  let podLine = '';
  try {
    if (o.report) {
      items = fromReport(o.report, ns, name);
    } else {
      const headers = { Accept: 'application/json', ...(o.apiToken ? { Authorization: `Bearer ${o.apiToken}` } : {}) };
      const base = o.server.replace(/\/$/, '');
      const sel = encodeURIComponent(`involvedObject.kind=Pod,involvedObject.name=${name}`);
      const res = await fetch(`${base}/api/v1/namespaces/${ns}/events?fieldSelector=${sel}`, { headers });
      if (!res.ok) throw new Error(`listing events: HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
      const events = ((await res.json()) as { items: Event[] }).items;
      items = events.map(fromEvent).sort((a, b) => (a.t < b.t ? -1 : a.t > b.t ? 1 : 0));
      const pr = await fetch(`${base}/api/v1/namespaces/${ns}/pods/${name}`, { headers });
      if (pr.ok) {
        const pod = (await pr.json()) as Pod;
        podLine = `pod ${ns}/${name}: phase ${pod.status?.phase ?? '?'}${pod.status?.reason ? `, reason ${pod.status.reason}` : ''} on ${pod.spec?.nodeName ?? '(unscheduled)'}${pod.metadata?.deletionTimestamp ? ', terminating' : ''}`;
      } else podLine = `pod ${ns}/${name}: no longer exists`;
    }
  } catch (err) {
    process.stderr.write(`kemu explain: ${(err as Error).message}\n`);
    return 1;
  }
  if (o.json) {
    process.stdout.write(`${JSON.stringify({ pod: `${ns}/${name}`, events: items }, null, 2)}\n`);
    return 0;
  }
  const color = process.stdout.isTTY === true;
  const paint = (c: string, s: string) => (color ? `${c}${s}${C.reset}` : s);
  if (podLine) process.stdout.write(`${paint(C.bold, podLine)}\n`);
  if (items.length === 0) {
    process.stdout.write(`no events recorded for pod ${ns}/${name}\n`);
    return 0;
  }
  for (const e of items) {
    const head = `${paint(C.dim, e.t)} ${paint(e.type === 'Warning' ? C.yellow : C.green, e.reason)} (${e.component})${e.count > 1 ? ` ×${e.count}` : ''}: ${e.message}`;
    process.stdout.write(`${head}\n`);
    if (e.why !== undefined) process.stdout.write(`${stringify({ why: e.why }, { lineWidth: 120 }).replace(/^/gm, '    ')}`);
  }
  return 0;
}

function fromEvent(e: Event): Explained {
  const raw = e.metadata?.annotations?.['kemu.dev/why'];
  let why: unknown;
  if (raw) {
    try { why = JSON.parse(raw); } catch { why = raw; }
  }
  return {
    t: e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? '', type: e.type ?? 'Normal', reason: e.reason ?? '',
    component: e.source?.component ?? e.reportingComponent ?? '', message: e.message ?? '', count: e.count ?? 1,
    ...(why !== undefined ? { why } : {}),
  };
}

function fromReport(file: string, ns: string, name: string): Explained[] {
  const r = JSON.parse(readFileSync(file, 'utf8')) as { events: Array<{ t: number; type: string; reason: string; message: string; count: number; why?: unknown; source: { component?: string }; involvedObject: { kind?: string; namespace?: string; name?: string } }> };
  const seen = new Map<string, Explained>();
  for (const e of r.events) {
    if (e.involvedObject.kind !== 'Pod' || e.involvedObject.name !== name || (e.involvedObject.namespace ?? 'default') !== ns) continue;
    const key = `${e.reason}|${e.message}`;
    const item: Explained = { t: `+${(e.t / 1000).toFixed(3)}s`, type: e.type, reason: e.reason, component: e.source.component ?? '', message: e.message, count: e.count, ...(e.why !== undefined ? { why: e.why } : {}) };
    const prev = seen.get(key);
    if (prev && e.count > 1) prev.count = e.count;
    else seen.set(`${key}|${seen.size}`, item);
  }
  return [...seen.values()];
}
