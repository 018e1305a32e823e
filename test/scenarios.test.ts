// End-to-end eviction behaviour: every scenario under test/scenarios/<area>/*.yaml runs on the
// virtual clock with the real control plane and kubelets (sim/scenario) and must pass every one of
// its expectations. Each file starts with a comment naming what it proves and the upstream
// behaviour or test it mirrors. A scenario that needs a mechanism outside the eviction folders
// that is not there yet is listed in PENDING (file → what is missing) and runs as a todo.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseScenarioText } from '../sim/scenario/parse.js';
import { runScenario } from '../sim/scenario/run.js';
import type { ScenarioReport } from '../sim/scenario/report.js';
import type { Expectation } from '../sim/scenario/types.js';
import { REPO } from './support/processes.js';

const DIR = join(REPO, 'test/scenarios');

/**
 * File (relative to test/scenarios) → what kemu still lacks for it to pass. A reason starting with
 * "hangs:" marks a scenario that does not terminate today: it is listed as a todo but not run.
 */
const PENDING: Record<string, string> = {};

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return yamlFiles(p);
    return f.endsWith('.yaml') ? [relative(DIR, p)] : [];
  });
}

const files = yamlFiles(DIR);
const areas = [...new Set(files.map((f) => f.split('/')[0]))];

function describeFailures(file: string, report: ScenarioReport, expect: Expectation[]): string {
  const failed = report.expectations.filter((e) => !e.passed);
  const lines = failed.map((e) => `  - ${expect[e.index]?.path ?? `spec.expect[${e.index}]`}: ${e.detail}`);
  const log = report.actionLog.map((a) => `  t=${a.t}: ${a.message}`);
  return [`${file} (seed ${report.seed}) failed ${failed.length} of ${report.expectations.length} expectations:`, ...lines,
    ...(log.length ? ['actions:', ...log] : [])].join('\n');
}

describe('eviction scenarios (test/scenarios)', () => {
  it('covers the kubelet, the node lifecycle / taint eviction controllers and the scheduler', () => {
    for (const area of ['kubelet', 'nodelifecycle', 'scheduler']) assert.ok(areas.includes(area), `no scenarios under test/scenarios/${area}`);
  });

  for (const area of areas) {
    describe(area, () => {
      for (const file of files.filter((f) => f.startsWith(`${area}/`))) {
        const pending = PENDING[file];
        it(`${file} passes all its expectations`, pending ? { todo: `pending: ${pending}` } : {}, () => {
          if (pending?.startsWith('hangs:')) return;
          const text = readFileSync(join(DIR, file), 'utf8');
          assert.match(text, /^# \S/, `${file} must start with a comment naming what it proves and the upstream behaviour it mirrors`);
          const scenario = parseScenarioText(text, file);
          assert.ok(scenario.expect.length > 0, `${file}: a scenario without expectations proves nothing`);
          const report = runScenario(scenario);
          assert.equal(report.expectations.length, scenario.expect.length);
          assert.ok(report.passed, describeFailures(file, report, scenario.expect));
        });
      }
    });
  }
});
