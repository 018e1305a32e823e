// Prometheus metrics at /metrics reflect the agents and the store.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runAgents, type RunningAgents } from '../cli/commands/agent-run.js';
import type { RunningServer } from '../cli/commands/server-run.js';
import { startServer, waitFor } from './support/live-server.js';

let srv: RunningServer;
let agents: RunningAgents;

describe('/metrics', () => {
  before(async () => {
    srv = await startServer({ timeScale: 20 });
    agents = runAgents({ server: `${srv.url.replace('http', 'ws')}/agent`, token: 'test-token', name: 'm', nodes: 2, capacity: { cpu: '2', memory: '4Gi', pods: '110', 'ephemeral-storage': '50Gi' }, labels: {}, annotations: {}, taints: [], kubelet: {} }, () => undefined);
  });
  after(async () => {
    agents.stop();
    await srv.close();
  });

  it('counts agent frames, lease lag, connected agents, objects and process memory', async () => {
    // leases every 10 s of cluster time = 0.5 s of real time at --time-scale 20
    await waitFor('two lease renewals per node', () => srv.cp.gateway.counters.lease >= 4, 10_000);
    const text = await (await fetch(`${srv.url}/metrics`)).text();
    const value = (re: RegExp) => Number(re.exec(text)?.[1] ?? NaN);
    assert.ok(value(/^kemu_agent_frames_total\{kind="lease"\} (\d+)/m) >= 4, text.slice(0, 500));
    assert.equal(value(/^kemu_connected_agents (\d+)/m), 2);
    assert.equal(value(/^kemu_objects\{kind="Node"\} (\d+)/m), 2);
    assert.equal(value(/^kemu_objects\{kind="Namespace"\} (\d+)/m), 4);
    const p99 = value(/^kemu_lease_processing_lag_seconds\{quantile="0.99"\} ([\d.e-]+)/m);
    assert.ok(p99 >= 0 && p99 < 5, `lease lag p99 ${p99}`);
    assert.match(text, /^# TYPE kemu_lease_processing_lag_seconds summary$/m);
    assert.ok(value(/^kemu_lease_processing_lag_seconds\{quantile="0.5"\} ([\d.e-]+)/m) <= p99);
    assert.ok(value(/^kemu_lease_processing_lag_seconds_count (\d+)/m) >= 4);
    assert.ok(value(/^kemu_lease_processing_lag_seconds_sum ([\d.e-]+)/m) >= 0);
    assert.ok(value(/^process_resident_memory_bytes (\d+)/m) > 10e6);
  });
});
