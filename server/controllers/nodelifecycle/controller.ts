/**
 * NodeLifecycleController (pkg/controller/nodelifecycle/node_lifecycle_controller.go), a thin shell
 * over the pure decisions in node-health.ts, taints.ts, zones.ts and legacy.ts:
 * - monitorNodeHealth every nodeMonitorPeriod (first pass at start): health records, Unknown
 *   conditions, NodeNotReady events, MarkPodsNotReady, NoExecute tainting decisions, zone states;
 * - doNoExecuteTaintingPass every 100ms: drains the per-zone rate-limited tainting queues
 *   (legacy mode: doEvictionPass drains the per-zone pod evictor queues instead);
 * - on every Node add/update: condition NoSchedule taints (not rate-limited) and beta OS/arch labels;
 * - on every Pod (re)binding: processPod.
 */
import type { Timer } from '../../../core/clock/index.js';
import type { DaemonSet, Lease, Node, NodeCondition, Pod } from '../../../core/types.js';
import type { WatchEvent } from '../../store/index.js';
import type { Controller, ControllerContext } from '../controller.js';
import {
  CONTROLLER_NAME, EVENT_NODE_NOT_READY, EVENT_REGISTERED_NODE, EVENT_REMOVING_NODE, LABEL_ARCH_BETA, LABEL_ARCH_STABLE,
  LABEL_OS_BETA, LABEL_OS_STABLE, NODE_EVICTION_PERIOD_MS, NODE_LEASE_NAMESPACE, NOT_READY_TAINT_TEMPLATE, NodeConditionType,
  nodeStatusChangeMessage, registeredNodeMessage, removingNodeMessage, TAINT_RETRY_MS, UNREACHABLE_TAINT_TEMPLATE,
} from './constants.js';
import { validateControlPlaneConfig } from './config-validation.js';
import { legacyEvictionDecision, type LegacyEvictionWhy, type NodeEvictionStatus } from './legacy.js';
import { getCondition, tryUpdateNodeHealth, type NodeHealth } from './node-health.js';
import { RateLimitedTimedQueue, TokenBucket } from './rate-limited-queue.js';
import { noExecuteStepFor, noScheduleTaintChanges, taintActionFor } from './taints.js';
import { NodeLifecycleWrites, POD_NODE_NAME_INDEX } from './writes.js';
import { getZoneKey, isExcludedFromDisruptionChecks, planDisruption, zoneDisplayName, type ZoneStateName, ZoneState } from './zones.js';

export interface NodeLifecycleOptions {
  /**
   * Spec §2.7 [version]: pass the post-update Ready condition to processTaintBaseEviction
   * (k/k PR #120816), so a node that just went Unknown is queued for its NoExecute taint in the same
   * pass. false = the older behaviour (the pre-update condition: one nodeMonitorPeriod later).
   */
  taintUsesCurrentCondition?: boolean;
}

/** Read-only view of the controller's state, for tests, the dashboard and `kemu explain`. */
export interface NodeLifecycleSnapshot {
  zoneStates: Record<string, ZoneStateName>;
  zoneQPS: Record<string, number>;
  health: Record<string, { probeTimestamp: number; readyTransitionTimestamp: number }>;
  queued: Record<string, string[]>;
}

export class NodeLifecycleController implements Controller {
  readonly name = CONTROLLER_NAME;
  private readonly cfg: ControllerContext['config'];
  private readonly writes: NodeLifecycleWrites;
  private readonly useCurrentCondition: boolean;
  private readonly taintManager: boolean;
  private readonly knownNodes = new Map<string, Node>();
  private readonly health = new Map<string, NodeHealth>();
  private zoneStates = new Map<string, ZoneStateName>();
  /** zoneNoExecuteTainter (taint mode) or zonePodEvictor (legacy mode). */
  private readonly zoneQueues = new Map<string, RateLimitedTimedQueue>();
  private readonly nodeEvictionMap = new Map<string, NodeEvictionStatus>();
  private readonly legacyWhy = new Map<string, LegacyEvictionWhy>();
  private readonly nodesToRetry = new Set<string>();
  private timers: Timer[] = [];
  private unwatch: (() => void) | undefined;

  constructor(private readonly ctx: ControllerContext, opts: NodeLifecycleOptions = {}) {
    const errs = validateControlPlaneConfig(ctx.config);
    if (errs.length) throw new Error(`${CONTROLLER_NAME}: ${errs.join('; ')}`);
    this.cfg = ctx.config;
    this.taintManager = ctx.config.enableTaintManager;
    this.useCurrentCondition = opts.taintUsesCurrentCondition ?? true;
    this.writes = new NodeLifecycleWrites(ctx.store, ctx.clock, ctx.recorder, ctx.log);
  }

  start(): void {
    if (this.unwatch) return;
    const { store, clock } = this.ctx;
    store.addIndex('Pod', POD_NODE_NAME_INDEX, (o) => ((o as Pod).spec?.nodeName ? [(o as Pod).spec!.nodeName!] : []));
    this.unwatch = store.watch(['Node', 'Pod'], {}, (ev) => this.onEvent(ev));
    // The informers' initial list: every existing node is an "add".
    for (const node of store.list<Node>('Node')) this.onNodeAddOrUpdate(node.metadata?.name ?? '', true);
    this.monitorNodeHealth();
    this.timers.push(clock.every(this.cfg.nodeMonitorPeriod, () => this.monitorNodeHealth()));
    this.timers.push(clock.every(NODE_EVICTION_PERIOD_MS, () => (this.taintManager ? this.doNoExecuteTaintingPass() : this.doEvictionPass())));
  }

  stop(): void {
    for (const t of this.timers) t.cancel();
    this.timers = [];
    this.unwatch?.();
    this.unwatch = undefined;
  }

  snapshot(): NodeLifecycleSnapshot {
    const rec = <T>(m: Map<string, T>) => Object.fromEntries([...m].map(([k, v]) => [zoneDisplayName(k), v]));
    return {
      zoneStates: rec(this.zoneStates),
      zoneQPS: rec(new Map([...this.zoneQueues].map(([k, q]) => [k, q.currentQPS]))),
      health: Object.fromEntries([...this.health].map(([n, h]) => [n, { probeTimestamp: h.probeTimestamp, readyTransitionTimestamp: h.readyTransitionTimestamp }])),
      queued: rec(new Map([...this.zoneQueues].map(([k, q]) => [k, q.queued()]))),
    };
  }

  private onEvent(ev: WatchEvent): void {
    if (ev.kind === 'Node') {
      const name = ev.object.metadata?.name ?? '';
      if (ev.type === 'DELETED') {
        this.nodesToRetry.delete(name);
        this.nodeEvictionMap.delete(name);
      } else this.onNodeAddOrUpdate(name, ev.type === 'ADDED');
      return;
    }
    if (ev.type === 'DELETED') return;
    const pod = ev.object as Pod;
    const old = ev.old as Pod | undefined;
    const nodeName = pod.spec?.nodeName;
    if (nodeName && (!old || old.spec?.nodeName !== nodeName)) this.processPod(pod.metadata?.namespace ?? 'default', pod.metadata?.name ?? '');
  }

  private onNodeAddOrUpdate(name: string, added: boolean): void {
    if (added) this.nodeEvictionMap.set(name, 'unmarked'); // nodeEvictionMap.registerNode
    this.doNoScheduleTaintingPass(name);
    this.reconcileNodeLabels(name);
  }

  /** Condition NoSchedule taints, applied at once on every node change. */
  private doNoScheduleTaintingPass(name: string): void {
    const node = this.ctx.store.get<Node>('Node', undefined, name);
    if (!node) return;
    const { toAdd, toRemove } = noScheduleTaintChanges(node);
    if (toAdd.length === 0 && toRemove.length === 0) return;
    if (!this.writes.swapNodeControllerTaint(name, toAdd, toRemove, node)) {
      this.ctx.log.warn({ node: name }, 'failed to swap NoSchedule condition taints');
    }
  }

  /** reconcileNodeLabels: the beta OS/arch labels follow the stable ones. */
  private reconcileNodeLabels(name: string): void {
    const labels = this.ctx.store.get<Node>('Node', undefined, name)?.metadata?.labels;
    if (!labels) return;
    const update: Record<string, string> = {};
    for (const [primary, secondary] of [[LABEL_OS_STABLE, LABEL_OS_BETA], [LABEL_ARCH_STABLE, LABEL_ARCH_BETA]]) {
      if (primary in labels && labels[secondary] !== labels[primary]) update[secondary] = labels[primary];
    }
    if (Object.keys(update).length) this.writes.updateNodeLabels(name, update);
  }

  private monitorNodeHealth(): void {
    const { store, clock } = this.ctx;
    const nodes = store.list<Node>('Node');
    const names = new Set(nodes.map((n) => n.metadata?.name ?? ''));
    for (const node of nodes) {
      const name = node.metadata?.name ?? '';
      if (!this.knownNodes.has(name)) {
        this.writes.recordNodeEvent(name, node.metadata?.uid, 'Normal', EVENT_REGISTERED_NODE, registeredNodeMessage(name));
        this.knownNodes.set(name, node);
        this.addQueueForNewZone(node);
        if (this.taintManager) this.markNodeAsReachable(node);
        else this.cancelPodEviction(node);
      } else this.addQueueForNewZone(node); // classifyNodes' new zone representatives
    }
    for (const [name, node] of [...this.knownNodes]) {
      if (names.has(name)) continue;
      this.writes.recordNodeEvent(name, node.metadata?.uid, 'Normal', EVENT_REMOVING_NODE, removingNodeMessage(name));
      this.knownNodes.delete(name);
    }

    const zoneConditions = new Map<string, Array<NodeCondition | undefined>>();
    for (const listed of nodes) this.updateNode(listed, zoneConditions, clock.now());
    this.handleDisruption(zoneConditions, nodes);
  }

  private updateNode(listed: Node, zoneConditions: Map<string, Array<NodeCondition | undefined>>, now: number): void {
    const name = listed.metadata?.name ?? '';
    const lease = this.ctx.store.get<Lease>('Lease', NODE_LEASE_NAMESPACE, name);
    const res = tryUpdateNodeHealth(this.health.get(name), listed, lease, now, this.cfg);
    let node = listed;
    if (res.write) {
      try {
        node = this.writes.updateNodeConditions(name, res.write.conditions);
        this.health.set(name, res.write.healthAfterWrite);
      } catch (e) {
        this.health.set(name, res.health);
        this.ctx.log.warn({ node: name, err: String(e) }, 'failed to update node health, skipping: no pods will be evicted');
        return;
      }
    } else this.health.set(name, res.health);

    const zone = getZoneKey(node);
    if (!isExcludedFromDisruptionChecks(node)) {
      const list = zoneConditions.get(zone) ?? [];
      list.push(res.currentReady);
      zoneConditions.set(zone, list);
    }
    const current = res.currentReady;
    if (!current) {
      this.nodesToRetry.delete(name);
      return;
    }
    const flipped = current.status !== 'True' && res.observedReady.status === 'True';
    const retry = this.nodesToRetry.has(name) && res.observedReady.status !== 'True';
    // Upstream lists the node's pods on every pass; they are read only here, so only then (same instant).
    const pods = !this.taintManager || flipped || retry ? this.writes.podsOnNode(name) : [];
    if (this.taintManager) this.processTaintBaseEviction(name, this.useCurrentCondition ? current : res.observedReady);
    else this.processNoTaintBaseEviction(node, res.observedReady, pods);

    const why = res.write ? { ...res.write.why, zone: zoneDisplayName(zone), zoneState: this.zoneStates.get(zone) ?? ZoneState.Initial } : undefined;
    if (flipped) {
      this.ctx.log.info({ node: name, why }, 'node marked NotReady');
      this.writes.recordNodeEvent(name, node.metadata?.uid, 'Normal', EVENT_NODE_NOT_READY, nodeStatusChangeMessage(name, EVENT_NODE_NOT_READY), why);
    }
    if (flipped || retry) {
      if (!this.writes.markPodsNotReady(pods, name, why)) {
        this.nodesToRetry.add(name);
        return;
      }
    }
    this.nodesToRetry.delete(name);
  }

  /** processTaintBaseEviction. */
  private processTaintBaseEviction(name: string, ready: NodeCondition): void {
    const node = this.ctx.store.get<Node>('Node', undefined, name);
    if (!node) return;
    const action = taintActionFor(node, ready);
    switch (action.kind) {
      case 'swap':
        if (!this.writes.swapNodeControllerTaint(name, [action.add], [action.remove], node)) {
          this.ctx.log.warn({ node: name }, 'failed to swap NoExecute taints; will retry next pass');
        }
        return;
      case 'queue': {
        const q = this.zoneQueues.get(getZoneKey(node));
        if (!q) return;
        if (action.resetQueue) q.remove(name);
        if (q.add(name, node.metadata?.uid ?? '')) this.ctx.log.debug({ node: name, taint: action.taint.key }, 'node queued for NoExecute taint');
        return;
      }
      case 'markReachable':
        this.markNodeAsReachable(node);
        return;
      default:
    }
  }

  /** markNodeAsReachable: both NoExecute taints removed, node dequeued from its zone tainter. */
  private markNodeAsReachable(node: Node): void {
    const name = node.metadata?.name ?? '';
    const latest = this.ctx.store.get<Node>('Node', undefined, name) ?? node;
    if (!this.writes.removeTaints(name, latest, [UNREACHABLE_TAINT_TEMPLATE])) return;
    if (!this.writes.removeTaints(name, this.ctx.store.get<Node>('Node', undefined, name), [NOT_READY_TAINT_TEMPLATE])) return;
    this.zoneQueues.get(getZoneKey(node))?.remove(name);
  }

  private addQueueForNewZone(node: Node): void {
    const zone = getZoneKey(node);
    if (this.zoneStates.has(zone)) return;
    this.zoneStates.set(zone, ZoneState.Initial);
    this.zoneQueues.set(zone, new RateLimitedTimedQueue(this.ctx.clock, new TokenBucket(this.ctx.clock, this.cfg.nodeEvictionRate)));
  }

  /** doNoExecuteTaintingPass: rate-limited NoExecute taints, zone by zone. */
  private doNoExecuteTaintingPass(): void {
    for (const [zone, queue] of this.zoneQueues) {
      queue.try((v) => {
        const node = this.ctx.store.get<Node>('Node', undefined, v.value);
        const step = noExecuteStepFor(node, TAINT_RETRY_MS);
        if (step.kind === 'done') return { ok: true };
        if (step.kind === 'retry') return { ok: false, wait: step.waitMs };
        const ok = this.writes.swapNodeControllerTaint(v.value, [step.add], [step.remove], node);
        if (ok) this.ctx.log.info({ node: v.value, zone: zoneDisplayName(zone), taint: step.add.key, zoneState: this.zoneStates.get(zone) }, 'NoExecute taint applied');
        return ok ? { ok: true } : { ok: false, wait: 0 };
      });
    }
  }

  private handleDisruption(zoneConditions: Map<string, Array<NodeCondition | undefined>>, nodes: Node[]): void {
    const plan = planDisruption(this.zoneStates, zoneConditions, this.cfg);
    const now = this.ctx.clock.now();
    if (plan.mode === 'enterFullDisruption') {
      this.ctx.log.info('all nodes are not ready: entering master disruption mode, evictions stop');
      for (const node of nodes) {
        if (this.taintManager) this.markNodeAsReachable(node);
        else this.cancelPodEviction(node);
      }
    } else if (plan.mode === 'exitFullDisruption') {
      this.ctx.log.info('some nodes are ready again: exiting master disruption mode');
      for (const node of nodes) {
        const h = this.health.get(node.metadata?.name ?? '');
        if (h) this.health.set(node.metadata?.name ?? '', { ...h, probeTimestamp: now, readyTransitionTimestamp: now });
      }
    }
    for (const c of plan.changes) {
      if (c.qps !== undefined) this.zoneQueues.get(c.zone)?.swapLimiter(c.qps);
      if (c.from !== c.to) this.ctx.log.info({ zone: zoneDisplayName(c.zone), from: c.from, to: c.to, qps: c.qps, zoneSize: c.zoneSize, notReady: c.notReady }, 'zone state changed');
    }
    this.zoneStates = plan.zoneStates;
  }

  /** processPod: a pod newly bound to a node the controller knows is not ready is marked NotReady. */
  private processPod(namespace: string, name: string): void {
    const pod = this.ctx.store.get<Pod>('Pod', namespace, name);
    if (!pod) return;
    const nodeName = pod.spec?.nodeName ?? '';
    const h = this.health.get(nodeName);
    if (!h) return;
    const node = this.ctx.store.get<Node>('Node', undefined, nodeName);
    if (!node) return;
    const ready = getCondition(h.status?.conditions, NodeConditionType.Ready);
    if (!ready) return;
    if (!this.taintManager) this.processNoTaintBaseEviction(node, ready, [pod]);
    if (ready.status !== 'True') this.writes.markPodsNotReady([pod], nodeName);
  }

  // ---- legacy mode (--enable-taint-manager=false) ----

  /** processNoTaintBaseEviction. */
  private processNoTaintBaseEviction(node: Node, observed: NodeCondition, pods: Pod[]): void {
    const name = node.metadata?.name ?? '';
    const h = this.health.get(name);
    if (!h) return;
    const d = legacyEvictionDecision(name, observed.status, h, this.ctx.clock.now(), this.cfg.podEvictionTimeout);
    if (d.kind === 'cancel') this.cancelPodEviction(node);
    else if (d.kind === 'evict') {
      const zone = getZoneKey(node);
      const why = { ...d.why, zone: zoneDisplayName(zone), zoneState: this.zoneStates.get(zone) ?? ZoneState.Initial };
      this.evictPods(node, pods, why);
    }
  }

  /** evictPods: queue the node in its zone evictor, or delete at once if it was already evicted. */
  private evictPods(node: Node, pods: Pod[], why: LegacyEvictionWhy): boolean {
    const name = node.metadata?.name ?? '';
    if (this.nodeEvictionMap.get(name) === 'evicted') {
      this.writes.deletePods(pods, name, node.metadata?.uid ?? '', this.daemonSets(), why);
      return false;
    }
    if (this.nodeEvictionMap.has(name)) this.nodeEvictionMap.set(name, 'toBeEvicted');
    this.legacyWhy.set(name, why);
    return this.zoneQueues.get(getZoneKey(node))?.add(name, node.metadata?.uid ?? '') ?? false;
  }

  /** cancelPodEviction. */
  private cancelPodEviction(node: Node): boolean {
    const name = node.metadata?.name ?? '';
    if (this.nodeEvictionMap.has(name)) this.nodeEvictionMap.set(name, 'unmarked');
    this.legacyWhy.delete(name);
    const removed = this.zoneQueues.get(getZoneKey(node))?.remove(name) ?? false;
    if (removed) this.ctx.log.info({ node: name }, 'cancelled pod eviction');
    return removed;
  }

  /** doEvictionPass: rate-limited DeletePods, zone by zone. */
  private doEvictionPass(): void {
    for (const queue of this.zoneQueues.values()) {
      queue.try((v) => {
        const pods = this.writes.podsOnNode(v.value);
        try {
          this.writes.deletePods(pods, v.value, v.uid, this.daemonSets(), this.legacyWhy.get(v.value));
        } catch (e) {
          // Eviction status is not set: the node is retried by the queue (DeletePods error path).
          this.ctx.log.warn({ node: v.value, err: String(e) }, 'unable to evict node');
          return { ok: false, wait: 0 };
        }
        if (this.nodeEvictionMap.has(v.value)) this.nodeEvictionMap.set(v.value, 'evicted');
        return { ok: true };
      });
    }
  }

  private daemonSets(): DaemonSet[] {
    return this.ctx.store.list<DaemonSet>('DaemonSet');
  }
}
