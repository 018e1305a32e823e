/**
 * Evaluator.Preempt (pkg/scheduler/framework/preemption/preemption.go) as a pure decision:
 * eligibility, candidates from the nodes whose filter status was Unschedulable (never
 * UnschedulableAndUnresolvable or absent), dry runs from a random offset, the best candidate.
 * Returns what to do and why; the executor performs the API writes.
 */
import type { PodDisruptionBudget } from '../../../core/types.js';
import {
  MSG_PREEMPTION_NOT_HELPFUL, PLUGIN_DEFAULT_PREEMPTION, PREEMPTION_MSG_PREFIX,
} from '../constants.js';
import { fitErrorMessage, reasonHistogram } from '../fit-error.js';
import type { NodeInfo, PodInfo } from '../node-info.js';
import type { PodContext } from '../plugins/types.js';
import type { MemoKey } from '../equivalence.js';
import { NodeToStatus, newStatus, type SnapshotIndex } from '../status.js';
import { calculateNumCandidates, dryRunPreemption, type Candidate } from './candidates.js';
import { podEligibleToPreemptOthers } from './eligibility.js';
import { selectCandidate, type Pick } from './pick.js';
import type { PreemptionFilter, SelectVictimsInput } from './victims.js';

export interface PreemptInput {
  pc: PodContext;
  /** The filter statuses of this cycle (NodeToStatusReader). */
  statuses: NodeToStatus;
  /** Every node of the snapshot, in snapshot order. */
  nodes: readonly NodeInfo[];
  getNode(name: string): NodeInfo | undefined;
  pdbs: readonly PodDisruptionBudget[];
  /** Filters with nominated pods counted (RunFilterPluginsWithNominatedPods). */
  filter: PreemptionFilter;
  now: number;
  /** getOffsetRand: a uniform integer in [0, n). */
  randomOffset(n: number): number;
  minCandidateNodesPercentage?: number;
  minCandidateNodesAbsolute?: number;
  isEligiblePod?: SelectVictimsInput['isEligiblePod'];
  /** The names and positions of `nodes`, when `statuses` was kept by them (saves 5,000 lookups by name). */
  snapshot?: SnapshotIndex;
  /** Dry-run memos to use (see DryRunInput.memo). */
  memo?: MemoKey;
}

export interface VictimWhy {
  pod: string;
  uid: string;
  priority: number;
}

export interface PreemptionWhy {
  preemptor: string;
  priority: number;
  potentialNodes: number;
  offset?: number;
  numCandidates?: number;
  /** How many nodes were dry-run before the search stopped. */
  evaluated?: number;
  /** The candidates with the values pickOneNodeForPreemption compared (best first, at most MAX_WHY_CANDIDATES). */
  candidates?: Array<Pick['scores'][number]>;
  omittedCandidates?: number;
  decidedBy?: Pick['decidedBy'];
  /** The first of the candidates still tied at the end (at most MAX_WHY_CANDIDATES; the rest are counted). */
  ties?: string[];
  omittedTies?: number;
  chosen?: string;
  victims?: VictimWhy[];
  /** Why dry-run nodes gave no candidate: reason → count. */
  rejected?: Record<string, number>;
}

export type PreemptResult =
  /** The pod may not preempt now; keep its nomination. */
  | { kind: 'notEligible'; message: string; why: PreemptionWhy }
  /** Preemption cannot help; clear any nomination. message is the full PostFilter message. */
  | { kind: 'noCandidates'; message: string; why: PreemptionWhy }
  /** An error; keep the nomination. */
  | { kind: 'error'; message: string; why: PreemptionWhy }
  /** Preempt these victims and nominate the node. */
  | { kind: 'nominate'; candidate: Candidate; why: PreemptionWhy };

/** Candidates listed in the why (the rest are counted). */
export const MAX_WHY_CANDIDATES = 20;

function victimWhy(v: PodInfo): VictimWhy {
  return { pod: v.key, uid: v.uid, priority: v.priority };
}

type Scores = Pick['scores'][number];

/** The order of the pick criteria (ties keep the candidate order). */
function compareScores(a: Scores, b: Scores): number {
  return a.numPDBViolations - b.numPDBViolations || a.highestPriority - b.highestPriority || a.sumPriorities - b.sumPriorities
    || a.numVictims - b.numVictims || b.earliestStartTime - a.earliestStartTime;
}

/**
 * The chosen candidate first, then the best others in the order of the pick criteria, at most
 * `limit` in all (a stable sort's first `limit`, without sorting hundreds of candidates).
 */
function rankForWhy(scores: Pick['scores'], chosen: string, limit: number): Pick['scores'] {
  const top: Scores[] = [];
  let first: Scores | undefined;
  for (const s of scores) {
    if (s.node === chosen && !first) {
      first = s;
      continue;
    }
    if (top.length === limit && compareScores(s, top[limit - 1]) >= 0) continue;
    let i = top.length;
    while (i > 0 && compareScores(s, top[i - 1]) < 0) i--;
    top.splice(i, 0, s);
    if (top.length > limit) top.pop();
  }
  if (first) {
    top.unshift(first);
    if (top.length > limit) top.pop();
  }
  return top;
}

export function preempt(input: PreemptInput): PreemptResult {
  const { pc, statuses, nodes } = input;
  const why: PreemptionWhy = { preemptor: pc.info.key, priority: pc.info.priority, potentialNodes: 0 };
  const nnn = pc.pod.status?.nominatedNodeName ?? '';
  const el = podEligibleToPreemptOthers(pc, statuses.get(nnn), nnn ? input.getNode(nnn) : undefined, input.isEligiblePod);
  if (!el.eligible) return { kind: 'notEligible', message: PREEMPTION_MSG_PREFIX + el.message, why };

  if (nodes.length === 0) return { kind: 'error', message: `${PREEMPTION_MSG_PREFIX}no nodes available`, why };
  // nodesWherePreemptionMightHelp: only nodes whose status is Unschedulable (absent nodes are not).
  let potential: readonly NodeInfo[];
  if (input.snapshot && input.snapshot.names.length === nodes.length && statuses.isOver(input.snapshot.names)) {
    let unschedulable = 0;
    for (const [s, n] of statuses.distinct()) if (s.code === 'Unschedulable') unschedulable += n;
    if (unschedulable === nodes.length) potential = nodes;
    else {
      const some: NodeInfo[] = [];
      for (let i = 0; i < nodes.length && some.length < unschedulable; i++) if (statuses.statusAt(i)?.code === 'Unschedulable') some.push(nodes[i]);
      potential = some;
    }
  } else potential = nodes.filter((n) => statuses.get(n.name).code === 'Unschedulable');
  why.potentialNodes = potential.length;
  let candidates: Candidate[] = [];
  let dryStatuses = new NodeToStatus();
  if (potential.length > 0) {
    const offset = input.randomOffset(potential.length);
    const numCandidates = calculateNumCandidates(potential.length, input.minCandidateNodesPercentage, input.minCandidateNodesAbsolute);
    const r = dryRunPreemption({
      pc, potentialNodes: potential, pdbs: input.pdbs, offset, numCandidates, filter: input.filter, now: input.now, isEligiblePod: input.isEligiblePod,
      memo: input.memo, snapshot: potential === nodes ? input.snapshot : undefined,
    });
    Object.assign(why, { offset, numCandidates, evaluated: r.evaluated });
    candidates = r.candidates;
    dryStatuses = r.statuses;
    if (r.errors.length > 0 && candidates.length === 0) {
      const err = r.errors.length === 1 ? r.errors[0] : `[${r.errors.join(', ')}]`;
      return { kind: 'error', message: PREEMPTION_MSG_PREFIX + err, why };
    }
  }
  if (candidates.length === 0) {
    dryStatuses.absent = newStatus('UnschedulableAndUnresolvable', PLUGIN_DEFAULT_PREEMPTION, MSG_PREEMPTION_NOT_HELPFUL);
    why.rejected = Object.fromEntries(reasonHistogram(nodes.length, dryStatuses));
    return { kind: 'noCandidates', message: PREEMPTION_MSG_PREFIX + fitErrorMessage(nodes.length, dryStatuses), why };
  }
  const sel = selectCandidate(candidates, input.now)!;
  why.candidates = rankForWhy(sel.pick.scores, sel.candidate.node, MAX_WHY_CANDIDATES);
  if (sel.pick.scores.length > MAX_WHY_CANDIDATES) why.omittedCandidates = sel.pick.scores.length - MAX_WHY_CANDIDATES;
  why.decidedBy = sel.pick.decidedBy;
  // Capped like the candidates: with hundreds of equal candidates the why would be kilobytes of names per attempt.
  if (sel.pick.ties.length) why.ties = sel.pick.ties.slice(0, MAX_WHY_CANDIDATES);
  if (sel.pick.ties.length > MAX_WHY_CANDIDATES) why.omittedTies = sel.pick.ties.length - MAX_WHY_CANDIDATES;
  why.chosen = sel.candidate.node;
  why.victims = sel.candidate.victims.map(victimWhy);
  if (dryStatuses.size > 0) why.rejected = Object.fromEntries(reasonHistogram(dryStatuses.size, dryStatuses));
  return { kind: 'nominate', candidate: sel.candidate, why };
}
