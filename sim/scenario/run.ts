/**
 * Runs a validated scenario on the virtual clock with the real control plane and kubelets, and
 * builds its report. Same scenario + same seed ⇒ byte-identical report.
 */
import type { Event, KObject, Kind, Node, Pod } from '../../core/types.js';
import { formatDuration } from '../../core/duration.js';
import { Simulation } from '../harness.js';
import { StoreError } from '../../server/store/index.js';
import { runAction } from './actions.js';
import {
  eventEntry, nodeSummary, podSummary, sortByName, subsetMatch,
  type ExpectationResult, type ReportChange, type ReportEvent, type ScenarioReport,
} from './report.js';
import type { Expectation, Scenario } from './types.js';
import { ScenarioError } from './validate.js';

export interface RunOptions {
  /** Overrides spec.seed. */
  seed?: number | string;
  /** Called with progress (cluster ms done, total) for long runs. */
  progress?: (doneMs: number, totalMs: number) => void;
}

type Checkpoint = { atMs: number; order: number; run: () => void };

export function runScenario(s: Scenario, opts: RunOptions = {}): ScenarioReport {
  const seed = opts.seed ?? s.seed;
  const sim = new Simulation({ seed, config: s.controlPlane });
  const t = () => sim.elapsed;
  const events: ReportEvent[] = [];
  const changes: ReportChange[] = [];
  const actionLog: Array<{ t: number; message: string }> = [];
  const lastSummary = new Map<string, string>();
  const objectResults = new Map<number, ExpectationResult>();

  sim.cp.store.watch(['Event', 'Pod', 'Node'], {}, (ev) => {
    if (ev.kind === 'Event') {
      const e = ev.object as Event;
      const old = ev.old as Event | undefined;
      if (ev.type === 'ADDED' || (ev.type === 'MODIFIED' && (e.count ?? 1) !== (old?.count ?? 1))) events.push(eventEntry(t(), e));
      return;
    }
    const o = ev.object as Pod | Node;
    const key = `${ev.kind}/${o.metadata?.namespace ?? ''}/${o.metadata?.name}`;
    const summary = ev.kind === 'Pod' ? podSummary(o as Pod) : nodeSummary(o as Node);
    const text = ev.type === 'DELETED' ? 'DELETED' : JSON.stringify(summary);
    // Only changes of the summary are listed (heartbeat-only updates would drown the rest).
    if (ev.type === 'MODIFIED' && lastSummary.get(key) === text) return;
    lastSummary.set(key, text);
    if (ev.type === 'DELETED') lastSummary.delete(key);
    changes.push({
      t: t(), type: ev.type, kind: ev.kind as 'Pod' | 'Node',
      ...(o.metadata?.namespace ? { namespace: o.metadata.namespace } : {}), name: o.metadata?.name ?? '', summary,
    });
  });

  for (const n of s.nodes) sim.addNode(n);
  // Nodes register and post their first status at t=0, before the objects are created.
  sim.clock.flush();
  s.objects.forEach((o, i) => {
    try {
      sim.cp.registry.create(o.kind as Kind, structuredClone(o));
    } catch (err) {
      if (err instanceof StoreError) throw new ScenarioError(`spec.objects[${i}]`, err.message);
      throw err;
    }
  });

  const checkpoints: Checkpoint[] = [];
  s.timeline.forEach((step, i) => checkpoints.push({
    atMs: step.atMs, order: i,
    run: () => {
      try {
        runAction(sim, step.action, (message) => actionLog.push({ t: t(), message }));
      } catch (err) {
        // An action the cluster refuses (e.g. a patch that fails validation) is reported, not fatal.
        const message = err instanceof StoreError || err instanceof Error ? err.message : String(err);
        actionLog.push({ t: t(), message: `${step.path} (${step.action.type}) failed: ${message}` });
      }
    },
  }));
  for (const e of s.expect) {
    if (e.type !== 'object') continue;
    checkpoints.push({ atMs: e.atMs, order: 1e9 + e.index, run: () => objectResults.set(e.index, checkObject(sim, e)) });
  }
  // Steps at a time run in file order; state expectations at the same time look after them.
  checkpoints.sort((a, b) => a.atMs - b.atMs || a.order - b.order);

  const progressEvery = Math.max(60_000, Math.floor(s.durationMs / 50));
  let nextProgress = progressEvery;
  const advanceTo = (target: number) => {
    while (opts.progress && nextProgress < target) {
      sim.advanceTo(nextProgress);
      opts.progress(nextProgress, s.durationMs);
      nextProgress += progressEvery;
    }
    sim.advanceTo(target);
  };
  for (const c of checkpoints) {
    advanceTo(c.atMs);
    sim.clock.flush();
    c.run();
    sim.clock.flush();
  }
  advanceTo(s.durationMs);
  opts.progress?.(s.durationMs, s.durationMs);

  const expectations = s.expect.map((e) => (e.type === 'object' ? objectResults.get(e.index)! : checkEvents(e, events)));
  const report: ScenarioReport = {
    apiVersion: 'kemu.dev/v1alpha1', kind: 'ScenarioReport', scenario: s.name, seed, durationMs: s.durationMs,
    passed: expectations.every((x) => x.passed), events, changes, expectations, actionLog,
    final: { nodes: sortByName(sim.cp.store.list<Node>('Node')), pods: sortByName(sim.cp.store.list<Pod>('Pod')) },
  };
  sim.stop();
  return report;
}

function checkObject(sim: Simulation, e: Extract<Expectation, { type: 'object' }>): ExpectationResult {
  const o = sim.cp.store.get<KObject>(e.ref.kind as Kind, e.ref.namespace, e.ref.name);
  const what = `${e.ref.kind} ${e.ref.namespace ? `${e.ref.namespace}/` : ''}${e.ref.name} at t=${formatDuration(e.atMs)}`;
  if (e.absent) {
    return o ? { index: e.index, passed: false, detail: `${what} exists, expected absent` } : { index: e.index, passed: true, detail: `${what} is absent` };
  }
  if (!o) return { index: e.index, passed: false, detail: `${what} does not exist` };
  const ok = subsetMatch(e.matches, o);
  return {
    index: e.index, passed: ok,
    detail: ok ? `${what} matches` : `${what} does not match ${JSON.stringify(e.matches)}; has ${JSON.stringify(summaryOf(o))}`,
  };
}

function summaryOf(o: KObject): Record<string, unknown> {
  if (o.kind === 'Pod') return { ...podSummary(o as Pod), conditions: (o as Pod).status?.conditions?.map((c) => `${c.type}=${c.status}`) };
  if (o.kind === 'Node') return nodeSummary(o as Node);
  return { metadata: o.metadata?.name };
}

function checkEvents(e: Extract<Expectation, { type: 'event' | 'noEvent' }>, events: ReportEvent[]): ExpectationResult {
  const inWindow = events.filter((ev) => (e.afterMs === undefined || ev.t >= e.afterMs) && (e.beforeMs === undefined || ev.t <= e.beforeMs));
  const hit = inWindow.find((ev) => subsetMatch(e.match, ev));
  const window = e.afterMs !== undefined || e.beforeMs !== undefined
    ? ` in [${e.afterMs !== undefined ? formatDuration(e.afterMs) : '0s'}, ${e.beforeMs !== undefined ? formatDuration(e.beforeMs) : 'end'}]` : '';
  if (e.type === 'event') {
    if (hit) return { index: e.index, passed: true, detail: `matched event at t=${hit.t} (${hit.reason}: ${hit.message})` };
    const near = events.find((ev) => ev.reason === (e.match as { reason?: string }).reason);
    return { index: e.index, passed: false, detail: `no event matching ${JSON.stringify(e.match)}${window}${near ? `; nearest by reason at t=${near.t}: ${near.involvedObject.kind}/${near.involvedObject.name}: ${near.message}` : ''}` };
  }
  if (hit) return { index: e.index, passed: false, detail: `unexpected event at t=${hit.t}${window}: ${hit.reason} ${hit.involvedObject.kind}/${hit.involvedObject.name}: ${hit.message}` };
  return { index: e.index, passed: true, detail: `no event matching ${JSON.stringify(e.match)}${window}` };
}
