import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { StatsDelta } from '../../agent/connection/stats-delta.js';
import { decodeAgentFrame, encodeAgentFrame, type NodeConditionMsg, type PodStatsMsg, type SummaryMsg } from '../../proto/codec.js';
import { ConditionsBase, SummaryBase } from './stats-cache.js';

const pod = (ref: number, mem: number): PodStatsMsg => ({ ref, cpu_usage_nano_cores: 250e6, memory_working_set_bytes: mem, ephemeral_storage_used_bytes: 0, inodes_used: 0, pids: 1, containers: [] });
const summary = (time: number, pods: PodStatsMsg[]): SummaryMsg => ({ time, node: { cpu_usage_nano_cores: 1, memory: { available_bytes: 5, working_set_bytes: 7 } }, pods });
const conditions = (now: number, memStatus = 'False'): NodeConditionMsg[] => [
  { type: 'MemoryPressure', status: memStatus, reason: 'KubeletHasSufficientMemory', message: 'kubelet has sufficient memory available', last_heartbeat_time: now, last_transition_time: 1000 },
  { type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status', last_heartbeat_time: now },
];

/** Sends statuses through the wire codec and both bases; returns what the server rebuilt and the frame sizes. */
function roundTrip(posts: Array<{ now: number; conditions: NodeConditionMsg[]; summary: SummaryMsg }>) {
  const agent = new StatsDelta();
  const sBase = new SummaryBase(), cBase = new ConditionsBase();
  return posts.map((p) => {
    const d = agent.status(p.conditions, p.summary, p.now);
    const bytes = encodeAgentFrame({ node_status: d.msg });
    d.commit();
    const full = decodeAgentFrame(encodeAgentFrame({ node_status: { conditions: p.conditions, summary: p.summary } })).node_status!;
    const got = decodeAgentFrame(bytes).node_status!;
    const c = cBase.apply(got);
    return { got: { summary: sBase.apply(got.summary!), conditions: c.conditions, heartbeat: c.heartbeat }, full, bytes: bytes.length };
  });
}

const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x, (_k, v) => v));
/** Field values as read through the decoded messages (defaults live on their prototypes). */
const view = (s: SummaryMsg) => ({
  time: s.time, node: plain(s.node),
  pods: (s.pods ?? []).map((p) => [p.ref, p.cpu_usage_nano_cores, p.memory_working_set_bytes, p.ephemeral_storage_used_bytes, p.inodes_used, p.pids]),
});
const cview = (cs: NodeConditionMsg[], heartbeat?: number) => cs.map((c) => [c.type, c.status, c.reason, c.message, heartbeat ?? c.last_heartbeat_time, c.last_transition_time]);

describe('delta node status (Summary.pods_delta, NodeStatus.conditions_unchanged)', () => {
  it('rebuilds exactly what full posts carry: pods changed, added, removed, reordered; conditions flipping', () => {
    const posts = [
      { now: 10, conditions: conditions(10), summary: summary(10, [pod(1, 100), pod(2, 200), pod(3, 300)]) },
      { now: 20, conditions: conditions(20), summary: summary(20, [pod(1, 100), pod(2, 250), pod(3, 300)]) },
      { now: 30, conditions: conditions(30, 'True'), summary: summary(30, [pod(1, 100), pod(3, 300), pod(4, 400)]) },
      { now: 40, conditions: conditions(40, 'True'), summary: summary(40, [pod(4, 400), pod(1, 100), pod(0, 5), pod(0, 6)]) },
      { now: 50, conditions: conditions(50, 'True'), summary: summary(50, []) },
    ];
    const out = roundTrip(posts);
    for (const [i, r] of out.entries()) {
      assert.deepEqual(view(r.got.summary), view(r.full.summary!), `summary of post ${i}`);
      assert.deepEqual(cview(r.got.conditions, r.got.heartbeat), cview(r.full.conditions ?? []), `conditions of post ${i}`);
    }
    assert.ok(out[1].bytes < out[0].bytes, 'an unchanged post is smaller');
  });

  it('sends no pods when the kubelet hands over the very same list again', () => {
    const same = [pod(1, 100), pod(2, 200)];
    const posts = [10, 20, 30].map((now) => ({ now, conditions: conditions(now), summary: summary(now, same) }));
    const out = roundTrip(posts);
    for (const r of out) assert.deepEqual(view(r.got.summary), view(r.full.summary!));
    assert.ok(out[2].bytes < out[0].bytes);
  });

  it('starts from a full post again after a reset (a new connection)', () => {
    const agent = new StatsDelta();
    const s = summary(1, [pod(1, 1)]);
    agent.status(conditions(1), s, 1).commit();
    agent.reset();
    const d = agent.status(conditions(2), summary(2, [pod(1, 1)]), 2);
    assert.equal(d.msg.conditions_unchanged, undefined);
    assert.equal(d.msg.summary?.pods_delta, undefined);
  });
});
