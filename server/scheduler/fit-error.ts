/**
 * framework.FitError.Error() (pkg/scheduler/framework/types.go):
 * "0/<all> nodes are available: <count> <reason>, ... . <PostFilter message>"
 * The histogram counts every reason of every node's status (nodes absent from the map count the
 * absent-status reasons), formatted "<count> <reason>", sorted as strings and joined with ", ".
 */
import { noNodeAvailableMsg } from './constants.js';
import type { NodeToStatus } from './status.js';

export function reasonHistogram(numAllNodes: number, statuses: NodeToStatus): Map<string, number> {
  const reasons = new Map<string, number>();
  for (const [s, n] of statuses.distinct()) for (const r of s.reasons) reasons.set(r, (reasons.get(r) ?? 0) + n);
  if (statuses.size < numAllNodes) {
    for (const r of statuses.absent.reasons) reasons.set(r, (reasons.get(r) ?? 0) + numAllNodes - statuses.size);
  }
  return reasons;
}

export function fitErrorMessage(numAllNodes: number, statuses: NodeToStatus, postFilterMsg = '', preFilterMsg = ''): string {
  let msg = `${noNodeAvailableMsg(numAllNodes)}:`;
  if (preFilterMsg) msg += ` ${preFilterMsg}.`;
  else {
    const sorted = [...reasonHistogram(numAllNodes, statuses)].map(([r, n]) => `${n} ${r}`).sort();
    if (sorted.length > 0) msg += ` ${sorted.join(', ')}.`;
  }
  if (postFilterMsg) msg += ` ${postFilterMsg}`;
  return msg;
}
