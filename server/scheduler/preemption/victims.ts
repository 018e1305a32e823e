/**
 * Victim selection on one node (pkg/scheduler/framework/plugins/defaultpreemption/default_preemption.go
 * SelectVictimsOnNode, filterPodsWithPDBViolation; pkg/scheduler/util/utils.go MoreImportantPod).
 *
 * Remove every lower-priority pod; if the preemptor still does not fit, the node cannot help.
 * Otherwise add pods back ("reprieve") most important first, PDB-violating ones before the others,
 * keeping each one the preemptor still fits with; the ones that do not fit are the victims.
 */
import type { Pod, PodDisruptionBudget } from '../../../core/types.js';
import { pdbGuardsPodForEviction } from '../../../core/pdb.js';
import { MSG_NO_PREEMPTION_VICTIMS, PLUGIN_DEFAULT_PREEMPTION } from '../constants.js';
import { podStartTime, type NodeInfo, type PodInfo } from '../node-info.js';
import type { PodContext } from '../plugins/types.js';
import { newStatus, type Status } from '../status.js';

/** Filters the preemptor against a (modified) node, nominated pods included. null = fits. */
export type PreemptionFilter = (pc: PodContext, node: NodeInfo) => Status | null;

/** MoreImportantPod: higher priority, then earlier start time (a pod that has not started counts as now). */
export function moreImportantPod(a: PodInfo, b: PodInfo, now: number): boolean {
  if (a.priority !== b.priority) return a.priority > b.priority;
  return podStartTime(a.pod, now) < podStartTime(b.pod, now);
}

/** Sorts most important first; stable for equal pods (Go's sort.Slice is not, so ties are arbitrary upstream). */
export function sortByImportance(pods: PodInfo[], now: number): PodInfo[] {
  return pods.sort((a, b) => (moreImportantPod(a, b, now) ? -1 : moreImportantPod(b, a, now) ? 1 : 0));
}

export interface PdbSplit {
  violating: PodInfo[];
  nonViolating: PodInfo[];
}

/**
 * filterPodsWithPDBViolation: walks the pods in order, decrementing each matching PDB's
 * status.disruptionsAllowed (a pod listed in status.disruptedPods does not decrement); a pod that
 * takes any PDB below zero is "violating". PDBs with a nil, empty or invalid selector match nothing.
 * The order of the input is kept within each group.
 */
export function filterPodsWithPDBViolation(pods: readonly PodInfo[], pdbs: readonly PodDisruptionBudget[]): PdbSplit {
  const allowed = pdbs.map((p) => p.status?.disruptionsAllowed ?? 0);
  const out: PdbSplit = { violating: [], nonViolating: [] };
  for (const pi of pods) {
    const pod = pi.pod;
    let violated = false;
    if (Object.keys(pod.metadata?.labels ?? {}).length !== 0) {
      pdbs.forEach((pdb, i) => {
        if (!pdbGuardsPodForEviction(pdb, pod)) return;
        if (Object.prototype.hasOwnProperty.call(pdb.status?.disruptedPods ?? {}, pod.metadata?.name ?? '')) return;
        allowed[i]--;
        if (allowed[i] < 0) violated = true;
      });
    }
    (violated ? out.violating : out.nonViolating).push(pi);
  }
  return out;
}

export interface SelectVictimsInput {
  pc: PodContext;
  /** A copy of the node: it is modified. */
  node: NodeInfo;
  pdbs: readonly PodDisruptionBudget[];
  filter: PreemptionFilter;
  now: number;
  /** DefaultPreemption.IsEligiblePod, in addition to "lower priority than the preemptor" (default: always). */
  isEligiblePod?: (node: NodeInfo, victim: PodInfo, preemptor: Pod) => boolean;
  /** DefaultPreemption.MoreImportantPod (default: MoreImportantPod). */
  moreImportant?: (a: PodInfo, b: PodInfo) => boolean;
}

export interface SelectVictimsResult {
  /** Most important first. */
  victims: PodInfo[];
  numPDBViolations: number;
  /** null on success; otherwise why the node cannot help. */
  status: Status | null;
}

/** isPreemptionAllowed: lower priority than the preemptor, and eligible. */
export function isPreemptionAllowed(node: NodeInfo, victim: PodInfo, pc: PodContext, isEligible?: SelectVictimsInput['isEligiblePod']): boolean {
  return victim.priority < pc.info.priority && (!isEligible || isEligible(node, victim, pc.pod));
}

/** One shared object: statuses are immutable, and the FitError histogram counts runs of the same object. */
const NO_VICTIMS: Status = Object.freeze(newStatus('UnschedulableAndUnresolvable', PLUGIN_DEFAULT_PREEMPTION, MSG_NO_PREEMPTION_VICTIMS));

export function selectVictimsOnNode(input: SelectVictimsInput): SelectVictimsResult {
  const { pc, node, filter } = input;
  const more = input.moreImportant ?? ((a: PodInfo, b: PodInfo) => moreImportantPod(a, b, input.now));
  const potential: PodInfo[] = [];
  for (const pi of node.pods.values()) if (isPreemptionAllowed(node, pi, pc, input.isEligiblePod)) potential.push(pi);
  for (const pi of potential) node.removePod(pi.uid);
  if (potential.length === 0) {
    return { victims: [], numPDBViolations: 0, status: NO_VICTIMS };
  }
  const fits = filter(pc, node);
  if (fits) return { victims: [], numPDBViolations: 0, status: fits };
  potential.sort((a, b) => (more(a, b) ? -1 : more(b, a) ? 1 : 0));
  const { violating, nonViolating } = filterPodsWithPDBViolation(potential, input.pdbs);
  const victims: PodInfo[] = [];
  let numPDBViolations = 0;
  const reprieve = (pi: PodInfo): boolean => {
    node.addPod(pi);
    if (filter(pc, node) === null) return true;
    node.removePod(pi.uid);
    victims.push(pi);
    return false;
  };
  for (const pi of violating) if (!reprieve(pi)) numPDBViolations++;
  for (const pi of nonViolating) reprieve(pi);
  if (violating.length !== 0 && nonViolating.length !== 0) victims.sort((a, b) => (more(a, b) ? -1 : more(b, a) ? 1 : 0));
  return { victims, numPDBViolations, status: null };
}
