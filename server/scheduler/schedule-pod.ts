/**
 * One scheduling attempt over the cache, as a pure function (pkg/scheduler/schedule_one.go
 * schedulePod, findNodesThatFitPod, evaluateNominatedNode, findNodesThatPassFilters,
 * numFeasibleNodesToFind, prioritizeNodes, selectHost; framework/runtime/framework.go
 * RunFilterPluginsWithNominatedPods / addGENominatedPods).
 */
import type { Random } from '../../core/random.js';
import { MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND, MIN_FEASIBLE_NODES_TO_FIND } from './constants.js';
import type { NodeInfo, PodInfo } from './node-info.js';
import { DEFAULT_SCORERS, prioritizeNodes, runDefaultFilters, type NodeFilter } from './plugins/framework.js';
import type { PodContext, ScorePlugin } from './plugins/types.js';
import type { MemoKey } from './equivalence.js';
import { NodeToStatus, type SnapshotIndex, type Status } from './status.js';

export interface NominatedPods {
  nominatedPodsForNode(node: string): readonly PodInfo[];
}

export const NO_NOMINATIONS: NominatedPods = { nominatedPodsForNode: () => [] };

/**
 * RunFilterPluginsWithNominatedPods: first with every pod nominated to the node whose priority is
 * at least the pod's (except itself) counted as running there; when that passes and pods were
 * added, again without them. Both must pass.
 */
export function filterWithNominatedPods(pc: PodContext, ni: NodeInfo, nominated: NominatedPods, filter: NodeFilter = runDefaultFilters): Status | null {
  const noms = nominated.nominatedPodsForNode(ni.name);
  if (noms.length === 0) return filter(pc, ni);
  // Count the nominated pods on the node for the first pass, then take them off again (instead of
  // copying the NodeInfo as upstream does; the filters keep no reference to it).
  const added: PodInfo[] = [];
  for (const pi of noms) {
    if (pi.priority >= pc.info.priority && pi.uid !== pc.info.uid && !ni.pods.has(pi.uid)) {
      ni.addPod(pi);
      added.push(pi);
    }
  }
  if (added.length === 0) return filter(pc, ni);
  const generation = ni.generation;
  let first: Status | null;
  try {
    first = filter(pc, ni);
  } finally {
    for (const pi of added) ni.removePod(pi.uid);
    // The NodeInfo is as it was: memos computed from it stay valid.
    ni.generation = generation;
  }
  if (first) return first;
  return filter(pc, ni);
}

/** filterWithNominatedPods(runDefaultFilters) through the node's filter memo. */
function memoizedFilter(pc: PodContext, ni: NodeInfo, nominated: NominatedPods, key: MemoKey): Status | null {
  if (ni.filterEpoch === key.epoch && ni.filterGeneration === ni.generation && ni.name !== key.skip) return ni.filterStatus;
  const s = filterWithNominatedPods(pc, ni, nominated, runDefaultFilters);
  if (ni.name !== key.skip) {
    ni.filterEpoch = key.epoch;
    ni.filterGeneration = ni.generation;
    ni.filterStatus = s;
  }
  return s;
}

/** numFeasibleNodesToFind with the adaptive percentage (percentageOfNodesToScore 0 or unset). */
export function numFeasibleNodesToFind(numAllNodes: number, percentageOfNodesToScore = 0): number {
  if (numAllNodes < MIN_FEASIBLE_NODES_TO_FIND) return numAllNodes;
  let percentage = percentageOfNodesToScore;
  if (percentage === 0) {
    percentage = 50 - Math.trunc(numAllNodes / 125);
    if (percentage < MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND) percentage = MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND;
  }
  const n = Math.trunc((numAllNodes * percentage) / 100);
  return n < MIN_FEASIBLE_NODES_TO_FIND ? MIN_FEASIBLE_NODES_TO_FIND : n;
}

/** selectHost: the index of the highest total score; ties broken uniformly at random (reservoir sampling). */
export function selectHost(totals: readonly number[], random: Random): number {
  let best = 0;
  let ties = 1;
  for (let i = 1; i < totals.length; i++) {
    if (totals[i] > totals[best]) {
      best = i;
      ties = 1;
    } else if (totals[i] === totals[best]) {
      ties++;
      if (random.intn(ties) === 0) best = i;
    }
  }
  return best;
}

export interface ScheduleInput {
  pc: PodContext;
  /** The snapshot's node list (node-tree order). */
  nodes: readonly NodeInfo[];
  getNode(name: string): NodeInfo | undefined;
  nominated: NominatedPods;
  /** Where the previous cycle stopped looking (sched.nextStartNodeIndex). */
  nextStartNodeIndex: number;
  random: Random;
  percentageOfNodesToScore?: number;
  filter?: NodeFilter;
  scorers?: readonly ScorePlugin[];
  /** The names and positions of `nodes`: statuses are then kept by position (see NodeToStatus). */
  snapshot?: SnapshotIndex;
  /** Reuse and record the nodes' filter memos under this key (default filters only; equivalence.ts). */
  memo?: MemoKey;
}

export type ScheduleResult =
  | { ok: true; node: string; evaluatedNodes: number; feasibleNodes: number; topScore?: number; nextStartNodeIndex: number }
  | { ok: false; numAllNodes: number; statuses: NodeToStatus; nextStartNodeIndex: number };

/** schedulePod: filter (nominated node first), score the feasible nodes, pick the best. */
export function schedulePod(input: ScheduleInput): ScheduleResult {
  const { pc, nodes, nominated } = input;
  const filter = input.filter ?? runDefaultFilters;
  const all = nodes.length;
  const dense = input.snapshot !== undefined && input.snapshot.names.length === all;
  const statuses = new NodeToStatus(undefined, dense ? input.snapshot : undefined);
  const memo = filter === runDefaultFilters ? input.memo : undefined;
  let next = input.nextStartNodeIndex;
  if (all === 0) return { ok: false, numAllNodes: 0, statuses, nextStartNodeIndex: next };

  const nnn = pc.pod.status?.nominatedNodeName;
  if (nnn) {
    const ni = input.getNode(nnn);
    if (ni) {
      const s = filterWithNominatedPods(pc, ni, nominated, filter);
      if (!s) return { ok: true, node: ni.name, evaluatedNodes: 1, feasibleNodes: 1, nextStartNodeIndex: next };
      statuses.set(ni.name, s);
    }
  }

  const want = numFeasibleNodesToFind(all, input.percentageOfNodesToScore);
  const feasible: NodeInfo[] = [];
  for (let i = 0, at = next % all; i < all && feasible.length < want; i++, at = at + 1 === all ? 0 : at + 1) {
    const ni = nodes[at];
    const s = memo ? memoizedFilter(pc, ni, nominated, memo) : filterWithNominatedPods(pc, ni, nominated, filter);
    if (!s) feasible.push(ni);
    else if (dense) statuses.setAt(at, s);
    else statuses.set(ni.name, s);
  }
  next = (next + feasible.length + statuses.size) % all;
  if (feasible.length === 0) return { ok: false, numAllNodes: all, statuses, nextStartNodeIndex: next };
  const evaluatedNodes = feasible.length + statuses.size;
  if (feasible.length === 1) return { ok: true, node: feasible[0].name, evaluatedNodes, feasibleNodes: 1, nextStartNodeIndex: next };
  const totals = prioritizeNodes(pc, feasible, input.scorers ?? DEFAULT_SCORERS);
  const best = selectHost(totals, input.random);
  return { ok: true, node: feasible[best].name, evaluatedNodes, feasibleNodes: feasible.length, topScore: totals[best], nextStartNodeIndex: next };
}
