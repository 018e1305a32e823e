/**
 * Delta form of the stats summary pushed with every node status (proto/kemu.proto Summary
 * pods_delta): most pods' stats do not change between two posts, so only the changed ones are
 * encoded, plus the list of refs that says which pods the summary has, in order. The control plane
 * rebuilds the full summary from the previous one of the same connection, so the Summary API it
 * serves is the same as with full posts. The base is per connection: reset on every (re)connect.
 */
import type { NodeConditionMsg, NodeStatusMsg, PodStatsMsg, SummaryMsg } from '../../proto/codec.js';

export class StatsDelta {
  private sent: Map<number, PodStatsMsg> | undefined;
  private sentConditions: NodeConditionMsg[] | undefined;
  /** The pod list of the last delta sent, and its refs. */
  private lastSent: { pods: readonly PodStatsMsg[]; refs: number[] } | undefined;

  /** Forget what the server has (a new connection, or a post that was not sent). */
  reset(): void {
    this.sent = undefined;
    this.lastSent = undefined;
    this.sentConditions = undefined;
  }

  /**
   * A node status in delta form: the summary as encode() makes it, and the conditions left out
   * when only their heartbeat moved (NodeStatus.conditions_unchanged). Call commit() once sent.
   */
  status(conditions: NodeConditionMsg[], summary: SummaryMsg, now: number): { msg: NodeStatusMsg; commit: () => void } {
    const s = this.encode(summary);
    const commit = (): void => {
      s.commit();
      this.sentConditions = conditions;
    };
    if (this.sentConditions && sameConditions(this.sentConditions, conditions, now)) {
      return { msg: { summary: s.msg, conditions_unchanged: true, heartbeat_time: now }, commit };
    }
    return { msg: { conditions, summary: s.msg }, commit };
  }

  /**
   * The summary to send; call commit() once it was handed to the transport. Without a base the
   * summary goes out whole.
   */
  encode(summary: SummaryMsg): { msg: SummaryMsg; commit: () => void } {
    const pods = summary.pods ?? [];
    const base = this.sent;
    if (!base) {
      return {
        msg: summary,
        commit: () => {
          this.lastSent = undefined;
          const m = new Map<number, PodStatsMsg>();
          for (const p of pods) m.set(p.ref ?? 0, p);
          this.sent = m;
        },
      };
    }
    // The very list sent last time (the kubelet model keeps it while nothing changed): no pod changed.
    const last = this.lastSent;
    if (last && last.pods === pods && !pods.some((p) => (p.ref ?? 0) === 0)) {
      return { msg: { node: summary.node, time: summary.time, pods: [], pods_delta: true, pod_refs: last.refs }, commit: () => undefined };
    }
    const changed: PodStatsMsg[] = [];
    const refs: number[] = new Array(pods.length);
    const prevPods = last?.pods;
    for (let i = 0; i < pods.length; i++) {
      const p = pods[i];
      const ref = p.ref ?? 0;
      refs[i] = ref;
      // The same message object in the same place as last time is unchanged (and in the base).
      if (ref !== 0 && prevPods?.[i] === p) continue;
      if (ref === 0 || !samePodStats(base.get(ref), p)) changed.push(p);
    }
    const commit = (): void => {
      this.lastSent = { pods, refs };
      for (const p of changed) base.set(p.ref ?? 0, p);
      // Every pod is in the base now; extra entries are pods that are gone.
      if (base.size !== pods.length) {
        base.clear();
        for (const p of pods) base.set(p.ref ?? 0, p);
      }
    };
    return { msg: { node: summary.node, time: summary.time, pods: changed, pods_delta: true, pod_refs: refs }, commit };
  }
}

function samePodStats(a: PodStatsMsg | undefined, b: PodStatsMsg): boolean {
  if (a === b) return true;
  if (!a || a.cpu_usage_nano_cores !== b.cpu_usage_nano_cores || a.memory_working_set_bytes !== b.memory_working_set_bytes ||
    a.ephemeral_storage_used_bytes !== b.ephemeral_storage_used_bytes || a.inodes_used !== b.inodes_used || a.pids !== b.pids) return false;
  const ca = a.containers ?? [], cb = b.containers ?? [];
  if (ca.length !== cb.length) return false;
  for (let i = 0; i < ca.length; i++) {
    const x = ca[i], y = cb[i];
    if (x.name !== y.name || x.cpu_usage_nano_cores !== y.cpu_usage_nano_cores || x.memory_working_set_bytes !== y.memory_working_set_bytes ||
      x.rootfs_used_bytes !== y.rootfs_used_bytes || x.logs_used_bytes !== y.logs_used_bytes) return false;
  }
  return true;
}

/** Everything but the heartbeat is as sent, and every heartbeat is `now`. */
function sameConditions(sent: NodeConditionMsg[], next: NodeConditionMsg[], now: number): boolean {
  if (sent.length !== next.length) return false;
  for (let i = 0; i < next.length; i++) {
    const a = sent[i], b = next[i];
    if (b.last_heartbeat_time !== now || a.type !== b.type || a.status !== b.status || a.reason !== b.reason ||
      a.message !== b.message || a.last_transition_time !== b.last_transition_time) return false;
  }
  return true;
}
