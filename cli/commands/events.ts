/**
 * `kemu events [-w]`: the cluster's Events from the /events stream, one coloured line each (with
 * -w, followed live, plus node and pod changes when asked for with --kinds). The stream comes as
 * protobuf (proto/kemu.proto StreamFrame); a dropped connection resumes from the last
 * resourceVersion, so nothing is printed twice or missed.
 */
import WebSocket from 'ws';
import { realClock } from '../../core/clock/index.js';
import { decodeStreamFrame } from '../../server/stream/frames.js';
import type { EventView, NodeView, PodView, StreamFrame } from '../../server/stream/types.js';

export interface EventsOptions {
  server: string;
  watch: boolean;
  namespace?: string;
  node?: string;
  /** Comma-separated kinds: Event (default), Pod, Node. */
  kinds: string;
  why: boolean;
  apiToken?: string;
  output: 'text' | 'json';
  color: boolean;
  write?: (line: string) => void;
  warn?: (line: string) => void;
}

const C = { reset: '\x1b[0m', dim: '\x1b[90m', bold: '\x1b[1m', red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', magenta: '\x1b[35m', cyan: '\x1b[36m' };

export const MECHANISM_COLOR: Record<string, string> = { kubelet: C.red, taint: C.yellow, preemption: C.magenta, 'api-eviction': C.cyan, '': C.dim };

function paint(s: string, code: string, on: boolean): string {
  return on && code ? `${code}${s}${C.reset}` : s;
}

/** ws://HOST:PORT/events?… from the control plane's URL. */
export function streamUrl(server: string, o: Pick<EventsOptions, 'namespace' | 'node' | 'kinds'>, since?: number): string {
  const u = new URL(server);
  u.protocol = u.protocol === 'https:' || u.protocol === 'wss:' ? 'wss:' : 'ws:';
  u.pathname = '/events';
  u.search = '';
  u.searchParams.set('format', 'proto');
  u.searchParams.set('kinds', o.kinds);
  if (o.namespace) u.searchParams.set('namespace', o.namespace);
  if (o.node) u.searchParams.set('node', o.node);
  if (since !== undefined) u.searchParams.set('since', String(since));
  return u.toString();
}

function hms(ms: number): string {
  return ms ? new Date(ms).toISOString().slice(11, 19) : '--:--:--';
}

function objectName(e: EventView): string {
  const i = e.involved;
  return i.kind === 'Node' || !i.namespace ? `${i.kind.toLowerCase()}/${i.name}` : `${i.kind.toLowerCase()}/${i.namespace}/${i.name}`;
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const s = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/** The deciding facts of a why, on one line (the dashboard shows the whole of it). */
export function whySummary(why: unknown): string {
  if (!isRec(why)) return JSON.stringify(why);
  if (isRec(why.threshold)) {
    const t = why.threshold;
    const obs = isRec(why.observed) ? why.observed : {};
    const ranked = Array.isArray(why.candidates) ? why.candidates.filter(isRec).slice(0, 3).map((c) => s(c.pod)) : [];
    return `${s(t.signal)} available ${s(obs.available)} < ${s(t.quantity ?? t.value)} (${t.hard ? 'hard' : `soft, grace ${s(t.gracePeriod)}`})`
      + `${why.rule ? `; ranked by ${s(why.rule)}` : ''}${ranked.length ? `: ${ranked.join(', ')}` : ''}`;
  }
  if (why.decision === 'untoleratedTaint') return `does not tolerate ${s(why.untoleratedTaint) || 'a NoExecute taint'} on ${s(why.node)}: deleted at once`;
  if (why.decision === 'tolerationSecondsExpire') {
    return `tolerates ${Array.isArray(why.taints) ? why.taints.join(', ') : ''} for ${s(why.minTolerationSeconds)}s; timer ${hms(Date.parse(s(why.timerStartedAt)))} → ${hms(Date.parse(s(why.fireAt)))}`;
  }
  if (isRec(why.preemption)) {
    const p = why.preemption;
    return `preempted for ${isRec(why.preemptor) ? `${s(why.preemptor.namespace)}/${s(why.preemptor.name)}` : s(p.preemptor)} (priority ${s(p.priority)}) on ${s(why.node)}`
      + `${p.decidedBy ? `, node picked by ${s(p.decidedBy)}` : ''}`;
  }
  if (why.decision === 'NodeStatusUnknown') return `silent for ${Math.round(Number(why.silentForMs) / 1000)}s > ${s(why.grace)} ${Math.round(Number(why.gracePeriodMs) / 1000)}s`;
  const json = JSON.stringify(why);
  return json.length > 240 ? `${json.slice(0, 237)}...` : json;
}

export function formatEventLine(e: EventView, o: { color: boolean; why: boolean }): string {
  const mech = e.mechanism || '-';
  const reason = paint(e.reason.padEnd(22), e.type === 'Warning' ? C.red : C.bold, o.color);
  const line = [
    paint(hms(e.last_time), C.dim, o.color),
    paint(e.type.padEnd(7), e.type === 'Warning' ? C.yellow : '', o.color),
    paint(mech.padEnd(12), MECHANISM_COLOR[e.mechanism] ?? '', o.color),
    reason,
    objectName(e).padEnd(32),
    paint((e.node || '-').padEnd(10), C.cyan, o.color),
    `${e.message}${e.count > 1 ? paint(` (x${e.count})`, C.dim, o.color) : ''}`,
  ].join(' ');
  if (!o.why || !e.why_json) return line;
  let why: unknown;
  try { why = JSON.parse(e.why_json); } catch { why = e.why_json; }
  return `${line}\n${paint(`           why: ${whySummary(why)}`, C.dim, o.color)}`;
}

function readyWord(n: NodeView): string {
  return n.ready === 'True' ? 'Ready' : n.ready === 'False' ? 'NotReady' : n.ready ? 'Unknown' : 'NotPosted';
}

const taintList = (n: NodeView) => n.taints.map((t) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`).join(',');

/** A line when a node's readiness, cordon, pressure or taints changed; undefined otherwise. */
export function nodeChangeLine(prev: NodeView | undefined, next: NodeView, type: string, t: number, color: boolean): string | undefined {
  const parts: string[] = [];
  if (type === 'DELETED') parts.push('deleted');
  else if (!prev) parts.push(`added ${readyWord(next)}`);
  else {
    if (prev.ready !== next.ready) parts.push(`${readyWord(prev)} → ${readyWord(next)}`);
    if (prev.unschedulable !== next.unschedulable) parts.push(next.unschedulable ? 'cordoned' : 'uncordoned');
    if (prev.pressure.join() !== next.pressure.join()) parts.push(`pressure [${next.pressure.join(' ')}]`);
    if (taintList(prev) !== taintList(next)) parts.push(`taints [${taintList(next)}]`);
  }
  if (parts.length === 0) return undefined;
  const bad = next.ready !== 'True' && type !== 'DELETED';
  return `${paint(hms(t), C.dim, color)} ${paint('node'.padEnd(7), C.bold, color)} ${paint(`node/${next.name}`, bad ? C.red : C.green, color)} ${parts.join(', ')}`;
}

function podState(p: PodView): string {
  if (p.deletion_time) return 'Terminating';
  return p.reason ? `${p.phase || 'Pending'}/${p.reason}` : p.phase || 'Pending';
}

/** A line when a pod was created, bound, changed phase, started terminating or was deleted. */
export function podChangeLine(prev: PodView | undefined, next: PodView, type: string, t: number, color: boolean): string | undefined {
  let what: string | undefined;
  if (type === 'DELETED') what = 'deleted';
  else if (!prev) what = `created ${podState(next)}`;
  else if (podState(prev) !== podState(next)) what = `${podState(prev)} → ${podState(next)}`;
  else if (prev.node !== next.node) what = `bound to ${next.node}`;
  if (!what) return undefined;
  return `${paint(hms(t), C.dim, color)} ${paint('pod'.padEnd(7), C.bold, color)} pod/${next.namespace}/${next.name} ${paint(next.node || '-', C.cyan, color)} ${what}`;
}

/** Prints each event once per occurrence and remembers nodes and pods to describe their changes. */
export class EventPrinter {
  private readonly printed = new Map<string, number>();
  private readonly nodes = new Map<string, NodeView>();
  private readonly pods = new Map<string, PodView>();
  rv: number | undefined;

  constructor(private readonly o: Pick<EventsOptions, 'output' | 'color' | 'why'>, private readonly write: (line: string) => void) {}

  frame(f: StreamFrame): void {
    if (f.snapshot) {
      this.rv = f.snapshot.resource_version;
      this.nodes.clear();
      this.pods.clear();
      for (const n of f.snapshot.nodes) this.nodes.set(n.name, n);
      for (const p of f.snapshot.pods) this.pods.set(`${p.namespace}/${p.name}`, p);
      for (const e of f.snapshot.events) this.event(e);
      return;
    }
    const d = f.delta;
    this.rv = d.resource_version;
    const t = d.clock.now;
    for (const c of d.changes) {
      if (c.event && c.type !== 'DELETED') this.event(c.event);
      if (c.node) {
        const line = nodeChangeLine(this.nodes.get(c.node.name), c.node, c.type, t, this.o.color);
        if (c.type === 'DELETED') this.nodes.delete(c.node.name);
        else this.nodes.set(c.node.name, c.node);
        if (line) this.out(line, { kind: 'Node', type: c.type, object: c.node });
      }
      if (c.pod) {
        const key = `${c.pod.namespace}/${c.pod.name}`;
        const line = podChangeLine(this.pods.get(key), c.pod, c.type, t, this.o.color);
        if (c.type === 'DELETED') this.pods.delete(key);
        else this.pods.set(key, c.pod);
        if (line) this.out(line, { kind: 'Pod', type: c.type, object: c.pod });
      }
    }
  }

  private event(e: EventView): void {
    const key = `${e.namespace}/${e.name}`;
    if ((this.printed.get(key) ?? 0) >= e.count) return;
    this.printed.set(key, e.count);
    if (this.printed.size > 20_000) this.printed.delete(this.printed.keys().next().value as string);
    let why: unknown;
    if (e.why_json) try { why = JSON.parse(e.why_json); } catch { why = e.why_json; }
    this.out(formatEventLine(e, this.o), { kind: 'Event', type: 'ADDED', object: { ...e, why } });
  }

  private out(text: string, json: Record<string, unknown>): void {
    this.write(this.o.output === 'json' ? JSON.stringify(json) : text);
  }
}

/** Runs the command; resolves to the exit code. */
export function runEvents(o: EventsOptions): Promise<number> {
  const write = o.write ?? ((l: string) => process.stdout.write(`${l}\n`));
  const warn = o.warn ?? ((l: string) => process.stderr.write(`${l}\n`));
  const printer = new EventPrinter(o, write);
  const timers = realClock();
  let retryMs = 500;
  let stopping = false;
  return new Promise<number>((resolve) => {
    const finish = (code: number) => {
      timers.dispose();
      resolve(code);
    };
    const connect = () => {
      const ws = new WebSocket(streamUrl(o.server, o, printer.rv), { headers: o.apiToken ? { authorization: `Bearer ${o.apiToken}` } : {} });
      let got = false;
      ws.on('message', (data, isBinary) => {
        got = true;
        retryMs = 500;
        const buf = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data as ArrayBuffer);
        let f: StreamFrame;
        try {
          f = decodeStreamFrame(isBinary ? new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) : buf.toString('utf8'));
        } catch (err) {
          warn(`kemu events: ${(err as Error).message}`);
          return;
        }
        printer.frame(f);
        if (!o.watch && f.snapshot) {
          stopping = true;
          ws.close(1000, 'done');
        }
      });
      ws.on('close', (code, reason) => {
        if (stopping) return finish(0);
        const why = reason.toString();
        if (code === 4001 || code === 4400) {
          warn(`kemu events: the server refused the stream (${code}): ${why}`);
          return finish(1);
        }
        if (!o.watch && !got) return finish(1);
        warn(`kemu events: stream closed (${code}${why ? `: ${why}` : ''}); reconnecting`);
        timers.setTimer(retryMs, connect);
        retryMs = Math.min(retryMs * 2, 10_000);
      });
      ws.on('error', (err) => {
        if (!got && !o.watch) warn(`kemu events: cannot reach ${o.server}: ${err.message}`);
      });
      const onSignal = () => {
        stopping = true;
        ws.close(1000, 'bye');
      };
      process.once('SIGINT', onSignal);
      ws.once('close', () => process.off('SIGINT', onSignal));
    };
    connect();
  });
}
