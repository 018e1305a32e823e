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
import type { NodeInfo, PodInfo } from '../node-info.js';
import type { PodContext } from '../plugins/types.js';
import { NodeToStatus, newStatus } from '../status.js';
import { selectVictimsOnNode, type SelectVictimsInput, type PreemptionFilter } from './victims.js';

export interface Candidate {
  node: string;
  /** Most important first. */
  victims: PodInfo[];
  numPDBViolations: number;
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
}

export interface DryRunResult {
  /** Non-violating candidates first, then violating ones. */
  candidates: Candidate[];
  /** Why each node that gave no candidate could not. */
  statuses: NodeToStatus;
  errors: string[];
  /** Nodes dry-run before the search stopped. */
  evaluated: string[];
}

export function dryRunPreemption(input: DryRunInput): DryRunResult {
  const { potentialNodes, numCandidates } = input;
  const nonViolating: Candidate[] = [];
  const violating: Candidate[] = [];
  let nvAdded = 0;
  let vAdded = 0;
  const statuses = new NodeToStatus();
  const errors: string[] = [];
  const evaluated: string[] = [];
  const n = potentialNodes.length;
  for (let i = 0; i < n; i++) {
    const copy = potentialNodes[(input.offset + i) % n].clone();
    evaluated.push(copy.name);
    const r = selectVictimsOnNode({
      pc: input.pc, node: copy, pdbs: input.pdbs, filter: input.filter, now: input.now,
      isEligiblePod: input.isEligiblePod, moreImportant: input.moreImportant,
    });
    if (r.status === null && r.victims.length !== 0) {
      const c: Candidate = { node: copy.name, victims: r.victims, numPDBViolations: r.numPDBViolations };
      if (r.numPDBViolations === 0) {
        if (nvAdded++ < numCandidates) nonViolating.push(c);
      } else if (vAdded++ < numCandidates) violating.push(c);
      const nv = Math.min(nvAdded, numCandidates);
      const v = Math.min(vAdded, numCandidates);
      if (nv > 0 && nv + v >= numCandidates) break;
      continue;
    }
    let status = r.status;
    if (status === null) {
      const err = `expected at least one victim pod on node "${copy.name}"`;
      status = newStatus('Error', '', err);
      errors.push(err);
    }
    statuses.set(copy.name, status);
  }
  return { candidates: [...nonViolating, ...violating], statuses, errors, evaluated };
}
