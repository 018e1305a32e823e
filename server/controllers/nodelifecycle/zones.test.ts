import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { NodeCondition } from '../../../core/types.js';
import { nodeObject, T0 } from './testkit.js';
import { computeZoneState, getZoneKey, isExcludedFromDisruptionChecks, planDisruption, zoneEvictionQPS, ZoneState, type ZoneStateName } from './zones.js';

const ready = (status: string): NodeCondition => ({ type: 'Ready', status });
const R = ready('True');
const N = ready('False');
const U = ready('Unknown');
const settings = { nodeEvictionRate: 0.1, secondaryNodeEvictionRate: 0.01, largeClusterSizeThreshold: 50, unhealthyZoneThreshold: 0.55 };

describe('getZoneKey (component-helpers/node/topology)', () => {
  it('is empty without zone and region labels', () => {
    assert.equal(getZoneKey(nodeObject('n', T0)), '');
  });
  it('joins region and zone with ":\\x00:"', () => {
    assert.equal(getZoneKey(nodeObject('n', T0, { region: 'r1', zone: 'z1' })), 'r1:\x00:z1');
    assert.equal(getZoneKey(nodeObject('n', T0, { zone: 'z1' })), ':\x00:z1');
  });
  it('prefers the beta failure-domain labels', () => {
    const n = nodeObject('n', T0, { zone: 'z1', labels: { 'failure-domain.beta.kubernetes.io/zone': 'old' } });
    assert.equal(getZoneKey(n), ':\x00:old');
  });
  it('excludes nodes labelled node.kubernetes.io/exclude-disruption with any value', () => {
    assert.equal(isExcludedFromDisruptionChecks(nodeObject('n', T0, { labels: { 'node.kubernetes.io/exclude-disruption': '' } })), true);
    assert.equal(isExcludedFromDisruptionChecks(nodeObject('n', T0)), false);
  });
});

describe('computeZoneState', () => {
  const cases: Array<[string, Array<NodeCondition | undefined>, ZoneStateName]> = [
    ['all ready is Normal', [R, R, R], ZoneState.Normal],
    ['one of one not ready is FullDisruption', [U], ZoneState.FullDisruption],
    ['no ready node at all is FullDisruption', [U, N, undefined], ZoneState.FullDisruption],
    ['a missing Ready condition counts as not ready', [undefined, R], ZoneState.Normal],
    ['two not ready are never PartialDisruption, whatever the ratio', [U, U, R], ZoneState.Normal],
    ['three of five not ready (60%) is PartialDisruption', [U, U, U, R, R], ZoneState.PartialDisruption],
    ['three of six not ready (50%) stays Normal', [U, U, U, R, R, R], ZoneState.Normal],
    ['an empty zone is Normal', [], ZoneState.Normal],
  ];
  for (const [d, conds, want] of cases) it(d, () => assert.equal(computeZoneState(conds, 0.55).state, want));

  it('compares the ratio as float32 against the threshold', () => {
    // 11/20 = 0.55 exactly in float32 terms of both sides
    const conds = [...Array(11).fill(U), ...Array(9).fill(R)];
    assert.equal(computeZoneState(conds, 0.55).state, ZoneState.PartialDisruption);
  });
});

describe('zoneEvictionQPS (setLimiterInZone)', () => {
  it('uses the normal rate for Normal and FullDisruption zones', () => {
    assert.equal(zoneEvictionQPS(ZoneState.Normal, 3, settings), 0.1);
    assert.equal(zoneEvictionQPS(ZoneState.FullDisruption, 3, settings), 0.1);
  });
  it('stops partially disrupted small zones and slows large ones (strictly above the threshold)', () => {
    assert.equal(zoneEvictionQPS(ZoneState.PartialDisruption, 50, settings), 0);
    assert.equal(zoneEvictionQPS(ZoneState.PartialDisruption, 51, settings), 0.01);
  });
});

describe('planDisruption (handleDisruption)', () => {
  const zones = (entries: Array<[string, Array<NodeCondition | undefined>]>) => new Map(entries);

  it('initialises unseen zones and sets limiters for their first state', () => {
    const p = planDisruption(new Map(), zones([['a', [R, U]], ['b', [R]]]), settings);
    assert.equal(p.mode, 'update');
    assert.deepEqual([...p.zoneStates], [['a', 'Normal'], ['b', 'Normal']]);
    assert.deepEqual(p.changes.map((c) => [c.zone, c.from, c.to, c.qps]), [['a', 'Initial', 'Normal', 0.1], ['b', 'Initial', 'Normal', 0.1]]);
  });

  it('enters master disruption mode when every zone is fully disrupted: all limiters stop', () => {
    const prev = new Map<string, ZoneStateName>([['a', 'Normal'], ['b', 'FullDisruption']]);
    const p = planDisruption(prev, zones([['a', [U]], ['b', [U, N]]]), settings);
    assert.equal(p.mode, 'enterFullDisruption');
    assert.deepEqual(p.changes.map((c) => [c.zone, c.qps]), [['a', 0], ['b', 0]]);
    assert.deepEqual([...p.zoneStates.values()], ['FullDisruption', 'FullDisruption']);
  });

  it('enters master disruption mode on the first pass of a cluster with no ready node', () => {
    assert.equal(planDisruption(new Map(), zones([['', [undefined, undefined]]]), settings).mode, 'enterFullDisruption');
  });

  it('stays put while every zone was and is fully disrupted', () => {
    const prev = new Map<string, ZoneStateName>([['a', 'FullDisruption']]);
    const p = planDisruption(prev, zones([['a', [U]]]), settings);
    assert.equal(p.mode, 'unchanged');
    assert.deepEqual(p.changes, []);
  });

  it('exits master disruption mode when a node is ready again, resetting every zone limiter', () => {
    const prev = new Map<string, ZoneStateName>([['a', 'FullDisruption'], ['b', 'FullDisruption']]);
    const p = planDisruption(prev, zones([['a', [U]], ['b', [R]]]), settings);
    assert.equal(p.mode, 'exitFullDisruption');
    assert.deepEqual(p.changes.map((c) => [c.zone, c.to, c.qps]), [['a', 'FullDisruption', 0.1], ['b', 'Normal', 0.1]]);
  });

  it('taints a single fully disrupted zone at the normal rate while another zone is healthy', () => {
    const prev = new Map<string, ZoneStateName>([['a', 'Normal'], ['b', 'Normal']]);
    const p = planDisruption(prev, zones([['a', [U, U]], ['b', [R]]]), settings);
    assert.equal(p.mode, 'update');
    assert.deepEqual(p.changes.map((c) => [c.zone, c.to, c.qps]), [['a', 'FullDisruption', 0.1]]);
  });

  it('stops tainting a small partially disrupted zone', () => {
    const prev = new Map<string, ZoneStateName>([['a', 'Normal']]);
    const p = planDisruption(prev, zones([['a', [U, U, U, R, R]]]), settings);
    assert.deepEqual(p.changes.map((c) => [c.zone, c.to, c.qps, c.zoneSize, c.notReady]), [['a', 'PartialDisruption', 0, 5, 3]]);
  });

  it('forgets zones that have no node in this pass', () => {
    const prev = new Map<string, ZoneStateName>([['a', 'Normal'], ['gone', 'Normal']]);
    const p = planDisruption(prev, zones([['a', [R]]]), settings);
    assert.deepEqual(p.removedZones, ['gone']);
    assert.deepEqual([...p.zoneStates.keys()], ['a']);
  });
});
