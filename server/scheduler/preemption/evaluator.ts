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
import { NodeToStatus, newStatus } from '../status.js';
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
  ties?: string[];
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

/** The chosen candidate first, then the others in the order of the pick criteria. */
function rankForWhy(scores: Pick['scores'], chosen: string): Pick['scores'] {
  const key = (s: Pick['scores'][number]) => [s.numPDBViolations, s.highestPriority, s.sumPriorities, s.numVictims, -s.earliestStartTime];
  return [...scores].sort((a, b) => {
    if (a.node === chosen) return -1;
    if (b.node === chosen) return 1;
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
    return 0;
  });
}

export function preempt(input: PreemptInput): PreemptResult {
  const { pc, statuses, nodes } = input;
  const why: PreemptionWhy = { preemptor: pc.info.key, priority: pc.info.priority, potentialNodes: 0 };
  const nnn = pc.pod.status?.nominatedNodeName ?? '';
  const el = podEligibleToPreemptOthers(pc, statuses.get(nnn), nnn ? input.getNode(nnn) : undefined, input.isEligiblePod);
  if (!el.eligible) return { kind: 'notEligible', message: PREEMPTION_MSG_PREFIX + el.message, why };

  if (nodes.length === 0) return { kind: 'error', message: `${PREEMPTION_MSG_PREFIX}no nodes available`, why };
  const potential = nodes.filter((n) => statuses.get(n.name).code === 'Unschedulable');
  why.potentialNodes = potential.length;
  let candidates: Candidate[] = [];
  let dryStatuses = new NodeToStatus();
  if (potential.length > 0) {
    const offset = input.randomOffset(potential.length);
    const numCandidates = calculateNumCandidates(potential.length, input.minCandidateNodesPercentage, input.minCandidateNodesAbsolute);
    const r = dryRunPreemption({
      pc, potentialNodes: potential, pdbs: input.pdbs, offset, numCandidates, filter: input.filter, now: input.now, isEligiblePod: input.isEligiblePod,
    });
    Object.assign(why, { offset, numCandidates, evaluated: r.evaluated.length });
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
  const ranked = rankForWhy(sel.pick.scores, sel.candidate.node);
  why.candidates = ranked.slice(0, MAX_WHY_CANDIDATES);
  if (ranked.length > MAX_WHY_CANDIDATES) why.omittedCandidates = ranked.length - MAX_WHY_CANDIDATES;
  why.decidedBy = sel.pick.decidedBy;
  if (sel.pick.ties.length) why.ties = sel.pick.ties;
  why.chosen = sel.candidate.node;
  why.victims = sel.candidate.victims.map(victimWhy);
  if (dryStatuses.size > 0) why.rejected = Object.fromEntries(reasonHistogram(dryStatuses.size, dryStatuses));
  return { kind: 'nominate', candidate: sel.candidate, why };
}
