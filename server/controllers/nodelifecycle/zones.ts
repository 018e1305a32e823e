/**
 * Zones and disruption handling, pure: GetZoneKey (k8s.io/component-helpers/node/topology),
 * ComputeZoneState, ReducedQPSFunc / HealthyQPSFunc and handleDisruption of
 * pkg/controller/nodelifecycle/node_lifecycle_controller.go.
 */
import type { Node, NodeCondition } from '../../../core/types.js';
import {
  LABEL_EXCLUDE_DISRUPTION, LABEL_FAILURE_DOMAIN_BETA_REGION, LABEL_FAILURE_DOMAIN_BETA_ZONE, LABEL_TOPOLOGY_REGION,
  LABEL_TOPOLOGY_ZONE,
} from './constants.js';

export const ZoneState = {
  Initial: 'Initial',
  Normal: 'Normal',
  FullDisruption: 'FullDisruption',
  PartialDisruption: 'PartialDisruption',
} as const;
export type ZoneStateName = (typeof ZoneState)[keyof typeof ZoneState];

/**
 * The zone key: region + ":\x00:" + zone, the beta failure-domain labels winning over the
 * topology ones; "" (one implicit zone) when both are empty.
 */
export function getZoneKey(node: Node): string {
  const labels = node.metadata?.labels ?? {};
  const zone = labels[LABEL_FAILURE_DOMAIN_BETA_ZONE] || labels[LABEL_TOPOLOGY_ZONE] || '';
  const region = labels[LABEL_FAILURE_DOMAIN_BETA_REGION] || labels[LABEL_TOPOLOGY_REGION] || '';
  if (region === '' && zone === '') return '';
  return `${region}:\x00:${zone}`;
}

/** Human-readable zone key for logs and the "why" (the raw key holds a NUL byte). */
export function zoneDisplayName(key: string): string {
  return key === '' ? '(no zone)' : key.replace(':\x00:', '/');
}

/** Nodes with the exclude-disruption label (any value) are left out of zone-state counting. */
export function isExcludedFromDisruptionChecks(node: Node): boolean {
  return Object.prototype.hasOwnProperty.call(node.metadata?.labels ?? {}, LABEL_EXCLUDE_DISRUPTION);
}

export interface ZoneStateResult {
  state: ZoneStateName;
  ready: number;
  notReady: number;
}

/**
 * ComputeZoneState: a missing Ready condition or a status other than True counts as not ready.
 * No ready node (and at least one not ready) → FullDisruption; more than 2 not ready and a
 * not-ready fraction (float32) >= unhealthyZoneThreshold → PartialDisruption; else Normal.
 */
export function computeZoneState(readyConditions: ReadonlyArray<NodeCondition | undefined>, unhealthyZoneThreshold: number): ZoneStateResult {
  let ready = 0;
  let notReady = 0;
  for (const c of readyConditions) {
    if (c && c.status === 'True') ready++;
    else notReady++;
  }
  let state: ZoneStateName = ZoneState.Normal;
  if (ready === 0 && notReady > 0) state = ZoneState.FullDisruption;
  else if (notReady > 2 && Math.fround(notReady / (notReady + ready)) >= Math.fround(unhealthyZoneThreshold)) {
    state = ZoneState.PartialDisruption;
  }
  return { state, ready, notReady };
}

export interface RateSettings {
  nodeEvictionRate: number;
  secondaryNodeEvictionRate: number;
  largeClusterSizeThreshold: number;
}

/** setLimiterInZone: the eviction (tainting) rate for a zone in a given state; undefined = leave as is. */
export function zoneEvictionQPS(state: ZoneStateName, zoneSize: number, r: RateSettings): number | undefined {
  switch (state) {
    case ZoneState.Normal:
      return r.nodeEvictionRate;
    case ZoneState.PartialDisruption:
      // ReducedQPSFunc: large zones slow down, small ones stop (strictly greater than the threshold).
      return zoneSize > r.largeClusterSizeThreshold ? r.secondaryNodeEvictionRate : 0;
    case ZoneState.FullDisruption:
      return r.nodeEvictionRate; // HealthyQPSFunc: a fully broken zone is tainted at the normal rate
    default:
      return undefined;
  }
}

export type DisruptionMode =
  /** Every zone was and is fully disrupted: nothing changes. */
  | 'unchanged'
  /** All zones just became fully disrupted: stop all evictions and untaint every node. */
  | 'enterFullDisruption'
  /** Some node is ready again after a full disruption: fresh grace for every node, reset limiters. */
  | 'exitFullDisruption'
  /** Normal operation: update the limiters of zones whose state changed. */
  | 'update';

export interface ZoneChange {
  zone: string;
  from: ZoneStateName;
  to: ZoneStateName;
  /** The limiter QPS to install (0 = stop), when the state sets one. */
  qps?: number;
  zoneSize: number;
  notReady: number;
}

export interface DisruptionPlan {
  mode: DisruptionMode;
  /** The zone states after this pass. */
  zoneStates: Map<string, ZoneStateName>;
  /** Zones whose limiter must be swapped (in zone order). */
  changes: ZoneChange[];
  /** Zones seen before but without nodes in this pass (their state is forgotten). */
  removedZones: string[];
}

/**
 * handleDisruption as a plan: from the previous zone states and this pass's Ready conditions per
 * zone, the new states and the limiter swaps to make. (Upstream stops deleting vanished zones at the
 * first non-fully-disrupted one in random map order; here every vanished zone is forgotten.)
 */
export function planDisruption(
  previous: ReadonlyMap<string, ZoneStateName>,
  zoneConditions: ReadonlyMap<string, ReadonlyArray<NodeCondition | undefined>>,
  settings: RateSettings & { unhealthyZoneThreshold: number },
): DisruptionPlan {
  const states = new Map(previous);
  const computed = new Map<string, ZoneStateResult>();
  let allAreFullyDisrupted = true;
  for (const [zone, conds] of zoneConditions) {
    const r = computeZoneState(conds, settings.unhealthyZoneThreshold);
    computed.set(zone, r);
    if (r.state !== ZoneState.FullDisruption) allAreFullyDisrupted = false;
    if (!states.has(zone)) states.set(zone, ZoneState.Initial);
  }
  const removedZones: string[] = [];
  for (const zone of [...states.keys()]) {
    if (!zoneConditions.has(zone)) {
      states.delete(zone);
      removedZones.push(zone);
    }
  }
  const allWasFullyDisrupted = [...states.values()].every((s) => s === ZoneState.FullDisruption);

  const change = (zone: string, to: ZoneStateName, qpsOverride?: number): ZoneChange => {
    const size = zoneConditions.get(zone)?.length ?? 0;
    const qps = qpsOverride ?? zoneEvictionQPS(to, size, settings);
    return { zone, from: states.get(zone)!, to, ...(qps === undefined ? {} : { qps }), zoneSize: size, notReady: computed.get(zone)?.notReady ?? 0 };
  };

  if (allAreFullyDisrupted && allWasFullyDisrupted) return { mode: 'unchanged', zoneStates: states, changes: [], removedZones };

  if (allAreFullyDisrupted) {
    const changes = [...states.keys()].map((z) => change(z, ZoneState.FullDisruption, 0));
    for (const z of states.keys()) states.set(z, ZoneState.FullDisruption);
    return { mode: 'enterFullDisruption', zoneStates: states, changes, removedZones };
  }

  if (allWasFullyDisrupted) {
    const changes = [...states.keys()].map((z) => change(z, computed.get(z)!.state));
    for (const c of changes) states.set(c.zone, c.to);
    return { mode: 'exitFullDisruption', zoneStates: states, changes, removedZones };
  }

  const changes: ZoneChange[] = [];
  for (const [zone, was] of states) {
    const now = computed.get(zone)!.state;
    if (was !== now) changes.push(change(zone, now));
  }
  for (const c of changes) states.set(c.zone, c.to);
  return { mode: 'update', zoneStates: states, changes, removedZones };
}
