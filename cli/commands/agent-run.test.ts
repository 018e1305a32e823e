import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ScaledClock } from '../../core/clock/index.js';
import { followControlPlaneClock } from './agent-run.js';

describe('followControlPlaneClock', () => {
  it('ignores a late welcome whose time is behind the agent clock at the same scale', () => {
    const c = new ScaledClock(1, 1_000_000);
    const before = c.now();
    followControlPlaneClock(c, before - 3_000, 1, false);
    assert.ok(c.now() >= before, 'the clock never goes back for a stale frame');
    c.dispose();
  });

  it('jumps forward when behind, and takes a new scale or pause as is', () => {
    const c = new ScaledClock(1, 1_000_000);
    followControlPlaneClock(c, c.now() + 1, 1, false);
    assert.ok(c.now() < 1_000_000 + 1, 'a millisecond ahead is within tolerance');
    followControlPlaneClock(c, 1_000_000 + 300, 1, false);
    assert.ok(c.now() >= 1_000_300, 'a late welcome read earlier is corrected by a prompt clock frame');
    followControlPlaneClock(c, 2_000_000, 1, false);
    assert.ok(c.now() >= 2_000_000);
    followControlPlaneClock(c, 5_000_000, 10, true);
    assert.equal(c.scale, 10);
    assert.equal(c.paused, true);
    assert.equal(c.now(), 5_000_000);
    c.dispose();
  });
});
