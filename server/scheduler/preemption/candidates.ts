/**
 * Finding preemption candidates (pkg/scheduler/framework/preemption/preemption.go DryRunPreemption,
 * candidateList; default_preemption.go calculateNumCandidates). Nodes are dry-run from a random
 * offset, each on a copy; non-violating and violating candidates go to two lists of fixed size
 * (a full list drops further candidates), and the search stops once a non-violating candidate
 * exists and both lists together hold numCandidates. Runs sequentially, i.e. like upstream with
 * parallelism 1.
 */
import type { PodDisruptionBudget } from '../../../core/types.js';
import { DEFAULT_MIN_CANDIDATE_NODES_ABSOLUTE, DEFAULT_MIN_CANDIDATE_NODES_PERCENTAGE } from '../constants.js';
import type { MemoKey } from '../equivalence.js';
import type { NodeInfo, PodInfo } from '../node-info.js';
import type { CandidateScores } from './pick.js';
import type { PodContext } from '../plugins/types.js';
import { NodeToStatus, newStatus, type SnapshotIndex, type Status } from '../status.js';
import { selectVictimsOnNode, type PreemptionFilter, type SelectVictimsInput } from './victims.js';

export interface Candidate {
  node: string;
  /** Most important first. */
  victims: PodInfo[];
  numPDBViolations: number;
  /** pickOneNodeForPreemption's values, computed at time `scoresAt` (kept: memoized candidates are picked from again). */
  scores?: CandidateScores | null;
  scoresAt?: number;
}

/** calculateNumCandidates: 10% of the nodes, at least 100, at most all. */
export function calculateNumCandidates(numNodes: number, percentage = DEFAULT_MIN_CANDIDATE_NODES_PERCENTAGE, absolute = DEFAULT_MIN_CANDIDATE_NODES_ABSOLUTE): number {
  let n = Math.trunc((numNodes * percentage) / 100);
  if (n < absolute) n = absolute;
  if (n > numNodes) n = numNodes;
  return n;
}

export interface DryRunInput {
  pc: PodContext;
  potentialNodes: readonly NodeInfo[];
  pdbs: readonly PodDisruptionBudget[];
  offset: number;
  numCandidates: number;
  filter: PreemptionFilter;
  now: number;
  isEligiblePod?: SelectVictimsInput['isEligiblePod'];
  moreImportant?: SelectVictimsInput['moreImportant'];
  /**
   * Reuse and record the nodes' dry-run memos under this key (equivalence.ts). Only for the
   * default preemption filter (filterWithNominatedPods with the default filters); ignored with a
   * custom isEligiblePod or moreImportant.
   */
  memo?: MemoKey;
  /** Set when potentialNodes are the snapshot's nodes in its order: the statuses are then kept by position. */
  snapshot?: SnapshotIndex;
}

export interface DryRunResult {
  /** Non-violating candidates first, then violating ones. */
  candidates: Candidate[];
  /** Why each node that gave no candidate could not. */
  statuses: NodeToStatus;
  errors: string[];
  /** How many nodes were dry-run before the search stopped. */
  evaluated: number;
}

export function dryRunPreemption(input: DryRunInput): DryRunResult {
  const { potentialNodes, numCandidates } = input;
  const nonViolating: Candidate[] = [];
  const violating: Candidate[] = [];
  let nvAdded = 0;
  let vAdded = 0;
  const n = potentialNodes.length;
  const dense = input.snapshot !== undefined && input.snapshot.names.length === n;
  const statuses = new NodeToStatus(undefined, dense ? input.snapshot : undefined);
  const errors: string[] = [];
  let evaluated = 0;
  const memo = input.isEligiblePod || input.moreImportant ? undefined : input.memo;
  for (let i = 0, at = input.offset % n; i < n; i++, at = at + 1 === n ? 0 : at + 1) {
    const ni = potentialNodes[at];
    evaluated++;
    let status: Status | null;
    let c: Candidate | null;
    if (memo && ni.dryRunEpoch === memo.epoch && ni.dryRunGeneration === ni.generation && ni.name !== memo.skip) {
      status = ni.dryRunStatus;
      c = ni.dryRunCandidate;
    } else {
      ({ status, candidate: c } = dryRunNode(input, ni));
      if (memo && ni.name !== memo.skip) {
        ni.dryRunEpoch = memo.epoch;
        ni.dryRunGeneration = ni.generation;
        ni.dryRunStatus = status;
        ni.dryRunCandidate = c;
      }
    }
    if (c) {
      if (c.numPDBViolations === 0) {
        if (nvAdded++ < numCandidates) nonViolating.push(c);
      } else if (vAdded++ < numCandidates) violating.push(c);
      const nv = Math.min(nvAdded, numCandidates);
      const v = Math.min(vAdded, numCandidates);
      if (nv > 0 && nv + v >= numCandidates) break;
      continue;
    }
    if (status === null) {
      const err = `expected at least one victim pod on node "${ni.name}"`;
      status = newStatus('Error', '', err);
      errors.push(err);
    }
    if (dense) statuses.setAt(at, status);
    else statuses.append(ni.name, status);
  }
  return { candidates: [...nonViolating, ...violating], statuses, errors, evaluated };
}

interface NodeDryRun {
  status: Status | null;
  /** Set when the node is a candidate (no status, at least one victim). */
  candidate: Candidate | null;
}

/** SelectVictimsOnNode on a copy of the node. */
function dryRunNode(input: DryRunInput, ni: NodeInfo): NodeDryRun {
  const r = selectVictimsOnNode({
    pc: input.pc, node: ni.clone(), pdbs: input.pdbs, filter: input.filter, now: input.now,
    isEligiblePod: input.isEligiblePod, moreImportant: input.moreImportant,
  });
  const candidate = r.status === null && r.victims.length !== 0
    ? { node: ni.name, victims: r.victims, numPDBViolations: r.numPDBViolations, scores: null, scoresAt: NaN } : null;
  return { status: r.status, candidate };
}
