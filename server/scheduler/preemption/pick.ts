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

/** candidateScores, kept on the candidate (memoized candidates are picked from by many pods). */
function memoizedScores(c: Candidate, now: number): CandidateScores {
  if (c.scores && c.scoresAt === now) return c.scores;
  const scores = candidateScores(c, now);
  c.scores = scores;
  c.scoresAt = now;
  return scores;
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

/** The value a criterion compares; higher is better for every criterion (they negate "fewer"/"lower"). */
function criterionValue(k: number, s: CandidateScores): number {
  switch (k) {
    case 0: return -s.numPDBViolations;
    case 1: return -s.highestPriority;
    case 2: return -s.sumPriorities;
    case 3: return -s.numVictims;
    default: return s.earliestStartTime;
  }
}

/**
 * The criteria in turn, in one pass: `counts[k]` is how many candidates share the best values of
 * criteria 0..k, i.e. how many the sequential filtering keeps after criterion k; the first k
 * with one left decides, and `best` (the first candidate with the best values of all criteria) is
 * the one it keeps. A 500-candidate pick made five passes of object reads before.
 */
export function pickOneNodeForPreemption(candidates: readonly Candidate[], now: number): Pick {
  const scores = candidates.map((c) => memoizedScores(c, now));
  const K = PICK_CRITERIA.length;
  const counts = new Array<number>(K).fill(0);
  let best: CandidateScores | undefined;
  for (const s of scores) {
    if (!best) {
      best = s;
      counts.fill(1);
      continue;
    }
    let j = 0;
    while (j < K && criterionValue(j, s) === criterionValue(j, best)) j++;
    for (let k = 0; k < j; k++) counts[k]++;
    if (j < K && criterionValue(j, s) > criterionValue(j, best)) {
      best = s;
      for (let k = j; k < K; k++) counts[k] = 1;
    }
  }
  if (!best) throw new Error('pickOneNodeForPreemption: no candidates');
  for (let k = 0; k < K; k++) if (counts[k] === 1) return { node: best.node, decidedBy: PICK_CRITERIA[k], scores, ties: [] };
  const b = best;
  const ties = scores.filter((s) => {
    for (let k = 0; k < K; k++) if (criterionValue(k, s) !== criterionValue(k, b)) return false;
    return true;
  });
  return { node: b.node, decidedBy: 'firstOfTies', scores, ties: ties.map((s) => s.node) };
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
