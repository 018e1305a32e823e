/**
 * Choosing the node to preempt on (pkg/scheduler/framework/preemption/preemption.go
 * SelectCandidate, pickOneNodeForPreemption; pkg/scheduler/util/utils.go GetEarliestPodStartTime).
 * Each criterion keeps only the candidates with the best value; the first criterion that leaves
 * one candidate decides:
 *   1. fewest PDB violations
 *   2. lowest priority of the most important victim
 *   3. lowest sum of victim priorities, each shifted by 2^31 so negative priorities never reward more victims
 *   4. fewest victims
 *   5. latest "earliest start time among the most important victims" (not started counts as now)
 *   6. otherwise the first remaining candidate (upstream iterates a Go map, i.e. at random; here
 *      the candidate order, which is deterministic).
 */
import { podStartTime } from '../node-info.js';
import type { Candidate } from './candidates.js';

export const PICK_CRITERIA = ['minNumPDBViolations', 'minHighestPriority', 'minSumPriorities', 'minNumPods', 'latestStartTime'] as const;
export type PickCriterion = (typeof PICK_CRITERIA)[number];

/** The values each criterion compares, per candidate (the "why" of the choice). */
export interface CandidateScores {
  node: string;
  numPDBViolations: number;
  highestPriority: number;
  sumPriorities: number;
  numVictims: number;
  /** Epoch ms. */
  earliestStartTime: number;
}

export interface Pick {
  node: string;
  /** The criterion that left a single candidate, 'singleCandidate', or 'firstOfTies'. */
  decidedBy: PickCriterion | 'singleCandidate' | 'firstOfTies';
  scores: CandidateScores[];
  /** Candidates still tied when the decision was made (for 'firstOfTies'). */
  ties: string[];
}

const MAX_INT32_PLUS_ONE = 2 ** 31;

/** GetEarliestPodStartTime: the earliest start among the victims with the highest priority. */
export function earliestStartOfMostImportant(c: Candidate, now: number): number {
  let maxPriority = c.victims[0].priority;
  let earliest = podStartTime(c.victims[0].pod, now);
  for (const v of c.victims) {
    if (v.priority === maxPriority) {
      const t = podStartTime(v.pod, now);
      if (t < earliest) earliest = t;
    } else if (v.priority > maxPriority) {
      maxPriority = v.priority;
      earliest = podStartTime(v.pod, now);
    }
  }
  return earliest;
}

export function candidateScores(c: Candidate, now: number): CandidateScores {
  let sum = 0;
  for (const v of c.victims) sum += v.priority + MAX_INT32_PLUS_ONE;
  return {
    node: c.node,
    numPDBViolations: c.numPDBViolations,
    highestPriority: c.victims[0].priority,
    sumPriorities: sum,
    numVictims: c.victims.length,
    earliestStartTime: earliestStartOfMostImportant(c, now),
  };
}

/** Higher is better for every score function (they negate "fewer"/"lower"). */
const SCORE: Record<PickCriterion, (s: CandidateScores) => number> = {
  minNumPDBViolations: (s) => -s.numPDBViolations,
  minHighestPriority: (s) => -s.highestPriority,
  minSumPriorities: (s) => -s.sumPriorities,
  minNumPods: (s) => -s.numVictims,
  latestStartTime: (s) => s.earliestStartTime,
};

export function pickOneNodeForPreemption(candidates: readonly Candidate[], now: number): Pick {
  const scores = candidates.map((c) => candidateScores(c, now));
  let remaining = scores;
  for (const criterion of PICK_CRITERIA) {
    const f = SCORE[criterion];
    let max = -Infinity;
    let selected: CandidateScores[] = [];
    for (const s of remaining) {
      const v = f(s);
      if (v > max) {
        max = v;
        selected = [];
      }
      if (v === max) selected.push(s);
    }
    if (selected.length === 1) return { node: selected[0].node, decidedBy: criterion, scores, ties: [] };
    remaining = selected;
  }
  return { node: remaining[0].node, decidedBy: 'firstOfTies', scores, ties: remaining.map((s) => s.node) };
}

/** SelectCandidate: a single candidate wins outright; otherwise pickOneNodeForPreemption. */
export function selectCandidate(candidates: readonly Candidate[], now: number): { candidate: Candidate; pick: Pick } | undefined {
  if (candidates.length === 0) return undefined;
  if (candidates.length === 1) {
    return { candidate: candidates[0], pick: { node: candidates[0].node, decidedBy: 'singleCandidate', scores: [candidateScores(candidates[0], now)], ties: [] } };
  }
  const pick = pickOneNodeForPreemption(candidates, now);
  return { candidate: candidates.find((c) => c.node === pick.node)!, pick };
}
