// `kemu explain pod NS/NAME --report FILE`: the eviction's recorded why, from a scenario report.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, runKemu } from './support/processes.js';

describe('kemu explain', () => {
  it('shows the Evicted event of a pod with its signal, threshold and ranked candidates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kemu-explain-'));
    try {
      const report = join(dir, 'r.json');
      const run = runKemu(['scenario', 'run', join(REPO, 'examples/kubelet-memory-pressure.yaml'), '--report', 'json', '-o', report]);
      assert.equal(run.status, 0, run.stderr);
      const r = runKemu(['explain', 'pod', 'default/leaky', '--report', report]);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /Evicted \(kubelet\): The node was low on resource: memory\. Threshold quantity: 500Mi/);
      assert.match(r.stdout, /signal: memory\.available/);
      assert.match(r.stdout, /rule: exceedMemoryRequests, priority, memory/);
      assert.match(r.stdout, /- pod: default\/leaky[\s\S]*- pod: default\/db/, 'candidates ranked: leaky before db');
      const j = JSON.parse(runKemu(['explain', 'pod', 'default/leaky', '--report', report, '--json']).stdout) as { events: Array<{ reason: string; why?: { signal?: string } }> };
      assert.equal(j.events.find((e) => e.reason === 'Evicted')?.why?.signal, 'memory.available');
      const bad = runKemu(['explain', 'node', 'x']);
      assert.equal(bad.status, 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
