/**
 * The "why" of a decision (an Event's kemu.dev/why annotation). Known shapes get a layout that
 * reads like the rule that fired — kubelet eviction (signal, observation, threshold, ranked
 * candidates), taint eviction (taints, tolerations, timer), preemption (candidates and the
 * deciding criterion), node NotReady (silence vs grace) — and every why, known or not, can be
 * read in full as a generic tree.
 */
import type { ComponentChildren } from 'preact';
import { bytes, clockTime, duration } from '../format.js';
import { isRecord, JsonTree, Scalar, Table } from './JsonTree.js';
import { whyShape } from '../why-shape.js';

type Rec = Record<string, unknown>;

const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const time = (v: unknown): string => (typeof v === 'string' ? clockTime(Date.parse(v)) : typeof v === 'number' ? clockTime(v) : '');

/** A quantity string from the kubelet; bare byte counts ("8589934592") read better as 8Gi. */
function qty(signal: string, v: unknown): string {
  const t = str(v);
  if (!/^\d+$/.test(t) || /inodes|pid/i.test(signal)) return t;
  return bytes(Number(t));
}

function Headline({ children }: { children: ComponentChildren }) {
  return <div class="why-head">{children}</div>;
}

function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return <div class="why-sec"><h4>{title}</h4>{children}</div>;
}

function KubeletWhy({ w }: { w: Rec }) {
  const th = isRecord(w.threshold) ? w.threshold : undefined;
  const obs = isRecord(w.observed) ? w.observed : undefined;
  const evicted = new Set(arr(w.evicted).map((e) => (isRecord(e) ? str(e.pod) : '')));
  const cands = arr(w.candidates).filter(isRecord);
  const keyNames = [...new Set(cands.flatMap((c) => (isRecord(c.keys) ? Object.keys(c.keys) : [])))];
  const rows = cands.map((c, i) => ({ '#': i + 1, pod: c.pod, ...(isRecord(c.keys) ? c.keys : {}) }));
  return (
    <div class="why why-kubelet" data-shape="kubelet">
      {th ? (
        <Headline>
          <span class="sig">{str(th.signal ?? w.signal)}</span>
          <span>observed <b>{qty(str(th.signal ?? w.signal), obs?.available)}</b> available{obs?.capacity ? ` of ${qty(str(th.signal ?? w.signal), obs.capacity)}` : ''}</span>
          <span class="lt">&lt;</span>
          <span>threshold <b>{str(th.quantity ?? th.value)}</b>{th.value && th.quantity && th.value !== th.quantity ? ` (${str(th.value)})` : ''}</span>
          <span class={`pill ${th.hard ? 'pill-red' : 'pill-amber'}`}>{th.hard ? 'hard' : `soft, grace ${str(th.gracePeriod)}`}</span>
        </Headline>
      ) : <Headline><span>{str(w.outcome) || 'eviction manager decision'}</span></Headline>}
      {w.rule !== undefined && <p class="why-rule">ranking rule: <b>{str(w.rule)}</b></p>}
      {rows.length > 0 && (
        <Section title={`ranked candidates (${rows.length})`}>
          <Table rows={rows} keys={['#', 'pod', ...keyNames]} highlight={(r) => evicted.has(str(r.pod))} />
        </Section>
      )}
      {arr(w.evicted).length > 0 && (
        <Section title="evicted">
          <ul class="why-list">{arr(w.evicted).filter(isRecord).map((e, i) => <li key={i}><b>{str(e.pod)}</b> · grace {str(e.gracePeriodSeconds)}s · {str(e.signal)}</li>)}</ul>
        </Section>
      )}
      {isRecord(w.observations) && Object.keys(w.observations).length > 0 && (
        <Section title="signal observations">
          <Table rows={Object.entries(w.observations).map(([signal, o]) => (isRecord(o) ? { signal, available: qty(signal, o.available), capacity: qty(signal, o.capacity) } : { signal, available: o }))} keys={['signal', 'available', 'capacity']}
            highlight={(r) => r.signal === (th?.signal ?? w.signal)} />
        </Section>
      )}
      {arr(w.nodeConditions).length > 0 && (
        <Section title="node conditions"><div class="chips">{arr(w.nodeConditions).map((c, i) => <span key={i} class="chip chip-pressure">{str(c)}</span>)}</div></Section>
      )}
      {arr(w.pending).length > 0 && <Section title="thresholds met, still in their grace period"><JsonTree value={w.pending} /></Section>}
      {isRecord(w.reclaim) && <Section title="node-level reclaim first"><JsonTree value={w.reclaim} /></Section>}
      {arr(w.skipped).length > 0 && <Section title="skipped"><JsonTree value={w.skipped} /></Section>}
    </div>
  );
}

function tolerationText(t: unknown): string {
  if (!isRecord(t)) return '';
  const op = str(t.operator) || 'Equal';
  const kv = t.key ? `${str(t.key)}${op === 'Exists' ? ' Exists' : `=${str(t.value)}`}` : '(all keys)';
  const secs = num(t.tolerationSeconds);
  return `${kv}${t.effect ? `:${str(t.effect)}` : ''}${secs !== undefined ? ` for ${secs}s` : ' forever'}`;
}

function TaintWhy({ w }: { w: Rec }) {
  const untol = str(w.untoleratedTaint);
  const start = Date.parse(str(w.timerStartedAt));
  const fire = Date.parse(str(w.fireAt));
  return (
    <div class="why why-taint" data-shape="taint">
      <Headline>
        {w.decision === 'untoleratedTaint'
          ? <span>pod <b>{str(w.pod)}</b> does not tolerate <span class="sig">{untol || 'a NoExecute taint'}</span>: deleted at once</span>
          : <span>pod <b>{str(w.pod)}</b> tolerates the taints for <b>{str(w.minTolerationSeconds)}s</b> (the shortest tolerationSeconds)</span>}
      </Headline>
      <Section title={`NoExecute taints on ${str(w.node)}`}>
        <div class="chips">{arr(w.taints).map((t, i) => <span key={i} class={`chip chip-taint ${str(t) === untol ? 'chip-noexec' : ''}`}>{str(t)}</span>)}</div>
      </Section>
      {arr(w.tolerations).length > 0 && (
        <Section title="matching tolerations (the first that matches each taint counts)">
          <ul class="why-list">{arr(w.tolerations).filter(isRecord).map((u, i) => <li key={i}><span class="mono">{str(u.taint)}</span> ← <span class="mono">{tolerationText(u.toleration)}</span></li>)}</ul>
        </Section>
      )}
      <Section title="timer">
        <div class="timer">
          <span>started <b>{time(w.timerStartedAt)}</b></span>
          <span class="arrow">→ {Number.isFinite(fire - start) ? duration(fire - start) : ''} →</span>
          <span>fires <b>{time(w.fireAt)}</b></span>
          {w.firedAt !== undefined && <span class="pill pill-red">fired {time(w.firedAt)}</span>}
        </div>
        <p class="muted small">The countdown starts when the controller processed the taint or pod, not at the taint's timeAdded; once set it never moves.</p>
      </Section>
    </div>
  );
}

/**
 * pickOneNodeForPreemption's criteria in order (server/scheduler/preemption/pick.ts): the score
 * each compares, the criterion's name as `decidedBy` reports it, and what wins.
 */
const CRITERIA: Array<{ key: string; name: string; label: string }> = [
  { key: 'numPDBViolations', name: 'minNumPDBViolations', label: 'PDB violations (fewest wins)' },
  { key: 'highestPriority', name: 'minHighestPriority', label: 'highest victim priority (lowest wins)' },
  { key: 'sumPriorities', name: 'minSumPriorities', label: 'sum of victim priorities (lowest wins)' },
  { key: 'numVictims', name: 'minNumPods', label: 'victims (fewest wins)' },
  { key: 'earliestStartTime', name: 'latestStartTime', label: 'earliest victim start (latest wins)' },
];

function PreemptionDetails({ p, chosenHint }: { p: Rec; chosenHint?: string }) {
  const chosen = str(p.chosen) || chosenHint || '';
  const decided = str(p.decidedBy);
  const cands = arr(p.candidates).filter(isRecord);
  return (
    <>
      {cands.length > 0 && (
        <Section title={`candidate nodes (${cands.length}): the first criterion that separates them decides`}>
          <div class="j-table-wrap">
            <table class="j-table crit-table">
              <thead><tr><th>criterion</th>{cands.map((c, i) => <th key={i} class={str(c.node) === chosen ? 'chosen' : ''}>{str(c.node)}{str(c.node) === chosen ? ' ✓' : ''}</th>)}</tr></thead>
              <tbody>
                {CRITERIA.map((c0) => (
                  <tr key={c0.key} class={c0.name === decided ? 'decider' : ''} data-criterion={c0.name}>
                    <td>{c0.label}{c0.name === decided ? ' ◀ decided' : ''}</td>
                    {cands.map((c, i) => <td key={i} class={str(c.node) === chosen ? 'chosen' : ''}><Scalar v={c[c0.key]} k={c0.key === 'earliestStartTime' ? 'startTime' : c0.key} /></td>)}
                  </tr>
                ))}
                <tr><td>victims</td>{cands.map((c, i) => <td key={i} class="victims">{arr(c.victims).filter(isRecord).map((v) => `${str(v.pod)} (${str(v.priority)})`).join(', ')}</td>)}</tr>
              </tbody>
            </table>
          </div>
        </Section>
      )}
      {isRecord(p.rejected) && Object.keys(p.rejected).length > 0 && <Section title="nodes that could not help"><JsonTree value={p.rejected} /></Section>}
    </>
  );
}

function PreemptionWhy({ w }: { w: Rec }) {
  const p = w.preemption as Rec;
  const pre = isRecord(w.preemptor) ? `${str(w.preemptor.namespace)}/${str(w.preemptor.name)}` : str(p.preemptor);
  return (
    <div class="why why-preemption" data-shape="preemption">
      <Headline>
        <span><b>{str(w.victim)}</b> preempted on <b>{str(w.node)}</b> for <b>{pre}</b> (priority {str(p.priority)})</span>
        {p.decidedBy !== undefined && <span class="pill pill-violet">decided by {str(p.decidedBy)}</span>}
      </Headline>
      {arr(p.victims).length > 0 && (
        <Section title="victims on the chosen node">
          <div class="chips">{arr(p.victims).filter(isRecord).map((v, i) => <span key={i} class="chip">{str(v.pod)} · {str(v.priority)}</span>)}</div>
        </Section>
      )}
      <PreemptionDetails p={p} chosenHint={str(w.node)} />
    </div>
  );
}

function SchedulingWhy({ w }: { w: Rec }) {
  return (
    <div class="why" data-shape="scheduling">
      <Headline><span><b>{str(w.pod)}</b> (priority {str(w.priority)}) fits none of {str(w.numAllNodes)} nodes</span></Headline>
      {isRecord(w.histogram) && <Section title="why nodes were filtered out"><JsonTree value={w.histogram} /></Section>}
      {isRecord(w.preemption) && <PreemptionDetails p={w.preemption} />}
      {isRecord(w.nodes) && Object.keys(w.nodes).length > 0 && (
        <details class="why-more"><summary>per node</summary><JsonTree value={w.nodes} /></details>
      )}
    </div>
  );
}

function NotReadyWhy({ w }: { w: Rec }) {
  return (
    <div class="why" data-shape="notready">
      <Headline>
        <span>node <b>{str(w.node)}</b> silent for <b>{duration(num(w.silentForMs) ?? NaN)}</b></span>
        <span class="lt">&gt;</span>
        <span>{str(w.grace)} <b>{duration(num(w.gracePeriodMs) ?? NaN)}</b></span>
        <span class="pill pill-amber">Ready {str(w.previousReady)} → Unknown</span>
      </Headline>
      <Section title="last heartbeats the controller observed (its own clock)">
        <ul class="why-list">
          <li>any: <b>{time(w.lastProbeAt)}</b></li>
          {w.lastLeaseRenewObservedAt !== undefined && <li>lease renewal: <b>{time(w.lastLeaseRenewObservedAt)}</b></li>}
          {w.lastStatusHeartbeatObservedAt !== undefined && <li>status update: <b>{time(w.lastStatusHeartbeatObservedAt)}</b></li>}
          <li>verdict at <b>{time(w.observedAt)}</b>{w.zone !== undefined ? ` · zone ${str(w.zone)} (${str(w.zoneState)})` : ''}</li>
        </ul>
      </Section>
    </div>
  );
}

export function WhyView({ why, reason }: { why: unknown; reason?: string }) {
  const shape = whyShape(why);
  const w = why as Rec;
  let special: ComponentChildren = null;
  switch (shape) {
    case 'kubelet': special = <KubeletWhy w={w} />; break;
    case 'taint': special = <TaintWhy w={w} />; break;
    case 'preemption': special = <PreemptionWhy w={w} />; break;
    case 'scheduling': special = <SchedulingWhy w={w} />; break;
    case 'notready': special = <NotReadyWhy w={w} />; break;
    default: special = null;
  }
  return (
    <div class="why-wrap" data-testid="why" data-shape={shape} data-reason={reason}>
      {special}
      {special
        ? <details class="why-more"><summary>all details</summary><JsonTree value={why} /></details>
        : <div class="why why-generic"><JsonTree value={why} /></div>}
    </div>
  );
}
