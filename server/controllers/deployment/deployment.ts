/**
 * DeploymentController (pkg/controller/deployment/deployment_controller.go, sync.go, rolling.go,
 * recreate.go, progress.go): owns ReplicaSets named <deployment>-<pod-template-hash> and moves
 * replicas from old to new ones (RollingUpdate with maxSurge/maxUnavailable, or Recreate).
 */
import { fromLabelSelector, matchesLabels, type Selector } from '../../../core/labels.js';
import type { Deployment, Mutable, Pod, ReplicaSet } from '../../../core/types.js';
import { refTo } from '../../events/recorder.js';
import { keyOf, StoreError, type WatchEvent } from '../../store/index.js';
import type { Controller, ControllerContext, ControllerFactory } from '../controller.js';
import {
  applyClaims, byCreationTimestamp, claimObjects, controllerRefOf, ensurePodIndexes, newControllerRef, nextAvailableIn,
  POD_CONTROLLER_UID_INDEX, WorkQueue,
} from '../replicaset/index.js';
import {
  oldPodsRunning, reconcileNewReplicaSet, reconcileOldReplicaSets, replicaSetsToCleanUp, scaleDeployment,
  scaleDownOldReplicaSetsForRecreate, type ScaleStep, type Scaler,
} from './rollout.js';
import {
  DEPLOYMENT_PROGRESSING, FAILED_RS_CREATE_REASON, FOUND_NEW_RS_REASON, getCondition, newCondition, NEW_REPLICASET_REASON,
  PAUSED_DEPLOY_REASON, progressRecheckIn, RESUMED_DEPLOY_REASON, rolloutStatus, calculateStatus, setCondition, statusEqual,
  TIMED_OUT_REASON, deploymentComplete,
} from './status.js';
import {
  activeReplicaSets, computeHash, DEFAULT_DEPLOYMENT_UNIQUE_LABEL_KEY, desiredReplicas, desiredReplicasAnnotation, equalIgnoreHash,
  hasProgressDeadline, maxRevision, maxSurge, maxUnavailable, newRSNewReplicas, replicasAnnotationsNeedUpdate, replicasOf,
  revisionOf, setDeploymentRevision, setNewReplicaSetAnnotations, setReplicasAnnotations,
} from './util.js';

export const DEPLOYMENT_CONTROLLER_NAME = 'deployment-controller';
export const SCALING_REPLICASET_REASON = 'ScalingReplicaSet';

export const deploymentController: ControllerFactory = (ctx) => new DeploymentController(ctx);

export class DeploymentController implements Controller {
  readonly name = DEPLOYMENT_CONTROLLER_NAME;
  private readonly queue: WorkQueue;
  private readonly log;
  private unwatch: (() => void) | null = null;

  constructor(private readonly ctx: ControllerContext) {
    this.log = ctx.log.child({ component: DEPLOYMENT_CONTROLLER_NAME });
    this.queue = new WorkQueue(ctx.clock, (k) => this.sync(k), this.log);
  }

  start(): void {
    ensurePodIndexes(this.ctx.store);
    this.unwatch = this.ctx.store.watch(['Deployment', 'ReplicaSet', 'Pod'], {}, (ev) => this.onEvent(ev));
    for (const d of this.ctx.store.list<Deployment>('Deployment')) this.enqueue(d);
  }

  stop(): void {
    this.unwatch?.();
    this.unwatch = null;
    this.queue.shutDown();
  }

  private enqueue(d: Deployment): void {
    this.queue.add(keyOf(d.metadata?.namespace, d.metadata?.name ?? ''));
  }

  private onEvent(ev: WatchEvent): void {
    const ns = ev.object.metadata?.namespace ?? 'default';
    if (ev.kind === 'Deployment') return this.enqueue(ev.object as Deployment);
    if (ev.kind === 'ReplicaSet') {
      for (const rs of [ev.object as ReplicaSet, ev.old as ReplicaSet | undefined]) {
        if (!rs) continue;
        const ref = controllerRefOf(rs);
        if (ref) {
          if (ref.kind === 'Deployment') this.queue.add(keyOf(ns, ref.name));
        } else if (ev.type !== 'DELETED') {
          for (const d of this.ctx.store.list<Deployment>('Deployment', { namespace: ns })) if (selects(d, rs)) this.enqueue(d);
        }
      }
      return;
    }
    // Pods: only deletions matter, for Recreate (deletePod in deployment_controller.go).
    if (ev.type !== 'DELETED') return;
    const rsRef = controllerRefOf(ev.object);
    if (rsRef?.kind !== 'ReplicaSet') return;
    const rs = this.ctx.store.get<ReplicaSet>('ReplicaSet', ns, rsRef.name);
    const dRef = rs && controllerRefOf(rs);
    if (dRef?.kind !== 'Deployment') return;
    const d = this.ctx.store.get<Deployment>('Deployment', ns, dRef.name);
    if (d && d.spec?.strategy?.type === 'Recreate') this.enqueue(d);
  }

  /** syncDeployment. */
  sync(key: string): void {
    const [ns, name] = key.split('/');
    const stored = this.ctx.store.get<Deployment>('Deployment', ns, name);
    if (!stored) return;
    const d = structuredClone(stored) as Mutable<Deployment>;
    let selector: Selector;
    try {
      selector = fromLabelSelector(d.spec?.selector);
    } catch {
      return;
    }
    const rsList = this.claimReplicaSets(d, selector);
    if (d.metadata?.deletionTimestamp) return this.syncStatusOnly(d, rsList);
    this.checkPausedConditions(d);
    if (d.spec?.paused) return this.syncScale(d, rsList);
    if (this.isScalingEvent(d, rsList)) return this.syncScale(d, rsList);
    if (d.spec?.strategy?.type === 'Recreate') return this.rolloutRecreate(d, rsList);
    return this.rolloutRolling(d, rsList);
  }

  private claimReplicaSets(d: Deployment, selector: Selector): ReplicaSet[] {
    const candidates = this.ctx.store.list<ReplicaSet>('ReplicaSet', { namespace: d.metadata?.namespace });
    const ref = newControllerRef(d, 'apps/v1', 'Deployment');
    return applyClaims(this.ctx.store, 'ReplicaSet', d, ref, claimObjects(d, selector, candidates));
  }

  private rolloutRolling(d: Deployment, rsList: ReplicaSet[]): void {
    const { newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(d, rsList, true);
    if (!newRS) return;
    const s = this.scaler(d);
    const allRSs = [...oldRSs, newRS];
    if (reconcileNewReplicaSet(s, allRSs, newRS, d)) return this.syncRolloutStatus(this.refresh([...oldRSs, newRS]), this.fresh(newRS), d);
    if (reconcileOldReplicaSets(s, allRSs, activeReplicaSets(oldRSs), newRS, d)) {
      return this.syncRolloutStatus(this.refresh(allRSs), this.fresh(newRS), d);
    }
    if (deploymentComplete(d, d.status ?? {})) this.cleanupDeployment(oldRSs, d);
    this.syncRolloutStatus(allRSs, newRS, d);
  }

  private rolloutRecreate(d: Deployment, rsList: ReplicaSet[]): void {
    let { newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(d, rsList, false);
    const s = this.scaler(d);
    if (scaleDownOldReplicaSetsForRecreate(s, activeReplicaSets(oldRSs))) {
      return this.syncRolloutStatus(this.refresh([...oldRSs, newRS]), this.fresh(newRS), d);
    }
    if (oldPodsRunning(newRS, oldRSs, this.podMap(rsList))) return this.syncRolloutStatus([...oldRSs, newRS], newRS, d);
    if (!newRS) {
      ({ newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(d, rsList, true));
      if (!newRS) return;
    }
    if (replicasOf(newRS) !== desiredReplicas(d)) newRS = s.scale(newRS, desiredReplicas(d), 'RecreateScaleUp').rs;
    if (deploymentComplete(d, d.status ?? {})) this.cleanupDeployment(oldRSs, d);
    this.syncRolloutStatus([...oldRSs, newRS], newRS, d);
  }

  /** sync (sync.go): scaling events and paused Deployments; no new ReplicaSet is created. */
  private syncScale(d: Deployment, rsList: ReplicaSet[]): void {
    const { newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(d, rsList, false);
    scaleDeployment(this.scaler(d), d, newRS, oldRSs);
    if (d.spec?.paused) this.cleanupDeployment(oldRSs, d);
    this.syncDeploymentStatus(this.refresh([...oldRSs, newRS]), this.fresh(newRS), d);
  }

  private syncStatusOnly(d: Deployment, rsList: ReplicaSet[]): void {
    const { newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(d, rsList, false);
    this.syncDeploymentStatus([...oldRSs, newRS], newRS, d);
  }

  /** isScalingEvent: an active ReplicaSet's desired-replicas annotation differs from spec.replicas. */
  private isScalingEvent(d: Deployment, rsList: ReplicaSet[]): boolean {
    const { newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(d, rsList, false);
    for (const rs of activeReplicaSets([...oldRSs, newRS])) {
      const desired = desiredReplicasAnnotation(rs);
      if (desired !== undefined && desired !== desiredReplicas(d)) return true;
    }
    return false;
  }

  private checkPausedConditions(d: Mutable<Deployment>): void {
    if (!hasProgressDeadline(d)) return;
    const cond = getCondition(d.status, DEPLOYMENT_PROGRESSING);
    if (cond?.reason === TIMED_OUT_REASON) return;
    const pausedCond = cond?.reason === PAUSED_DEPLOY_REASON;
    const status = (d.status ??= {});
    const now = this.ctx.clock.now();
    if (d.spec?.paused && !pausedCond) setCondition(status, newCondition(DEPLOYMENT_PROGRESSING, 'Unknown', PAUSED_DEPLOY_REASON, 'Deployment is paused', now));
    else if (!d.spec?.paused && pausedCond) setCondition(status, newCondition(DEPLOYMENT_PROGRESSING, 'Unknown', RESUMED_DEPLOY_REASON, 'Deployment is resumed', now));
    else return;
    this.writeStatus(d);
  }

  /** getAllReplicaSetsAndSyncRevision / getNewReplicaSet. */
  private getAllReplicaSetsAndSyncRevision(d: Mutable<Deployment>, rsList: ReplicaSet[], create: boolean): { newRS: ReplicaSet | null; oldRSs: ReplicaSet[] } {
    // Re-read: an earlier call in this sync may have updated a ReplicaSet.
    const sorted = rsList
      .map((r) => this.ctx.store.get<ReplicaSet>('ReplicaSet', r.metadata?.namespace, r.metadata?.name ?? ''))
      .filter((r, i): r is ReplicaSet => !!r && r.metadata?.uid === rsList[i].metadata?.uid)
      .sort(byCreationTimestamp);
    const existing = sorted.find((rs) => equalIgnoreHash(rs.spec?.template, d.spec?.template)) ?? null;
    const oldRSs = sorted.filter((rs) => rs !== existing);
    const newRevision = maxRevision(oldRSs) + 1;
    const now = this.ctx.clock.now();
    if (existing) {
      const copy = structuredClone(existing);
      const annotationsUpdated = setNewReplicaSetAnnotations(d, copy, newRevision, true);
      if (annotationsUpdated || (copy.spec?.minReadySeconds ?? 0) !== (d.spec?.minReadySeconds ?? 0)) {
        const updated = this.ctx.store.mutate<ReplicaSet>('ReplicaSet', copy.metadata?.namespace, copy.metadata?.name ?? '', (c) => {
          c.metadata!.annotations = copy.metadata?.annotations;
          c.spec!.minReadySeconds = d.spec?.minReadySeconds;
          if (c.spec!.minReadySeconds === undefined) delete c.spec!.minReadySeconds;
        });
        return { newRS: updated, oldRSs };
      }
      let needsUpdate = setDeploymentRevision(d, String(revisionOf(copy)));
      if (hasProgressDeadline(d) && !getCondition(d.status, DEPLOYMENT_PROGRESSING)) {
        setCondition((d.status ??= {}), newCondition(DEPLOYMENT_PROGRESSING, 'True', FOUND_NEW_RS_REASON, `Found new replica set "${copy.metadata?.name}"`, now));
        needsUpdate = true;
      }
      if (needsUpdate) this.writeStatus(d);
      return { newRS: existing, oldRSs };
    }
    if (!create) return { newRS: null, oldRSs };
    return { newRS: this.createNewReplicaSet(d, oldRSs, newRevision), oldRSs };
  }

  private createNewReplicaSet(d: Mutable<Deployment>, oldRSs: ReplicaSet[], newRevision: number): ReplicaSet | null {
    const now = this.ctx.clock.now();
    const hash = computeHash(d.spec?.template, d.status?.collisionCount);
    const template = structuredClone(d.spec?.template ?? {});
    template.metadata = { ...(template.metadata ?? {}), labels: { ...(template.metadata?.labels ?? {}), [DEFAULT_DEPLOYMENT_UNIQUE_LABEL_KEY]: hash } };
    const selector = structuredClone(d.spec?.selector ?? {});
    selector.matchLabels = { ...(selector.matchLabels ?? {}), [DEFAULT_DEPLOYMENT_UNIQUE_LABEL_KEY]: hash };
    const rs: ReplicaSet = {
      metadata: {
        name: `${d.metadata?.name}-${hash}`, namespace: d.metadata?.namespace, labels: { ...template.metadata.labels },
        ownerReferences: [newControllerRef(d, 'apps/v1', 'Deployment')],
      },
      spec: { replicas: 0, selector, template, ...(d.spec?.minReadySeconds ? { minReadySeconds: d.spec.minReadySeconds } : {}) },
    };
    rs.spec!.replicas = newRSNewReplicas(d, [...oldRSs, rs], rs);
    setNewReplicaSetAnnotations(d, rs, newRevision, false);
    let created: ReplicaSet;
    let alreadyExisted = false;
    try {
      created = this.ctx.registry.create<ReplicaSet>('ReplicaSet', rs);
    } catch (err) {
      if (err instanceof StoreError && err.reason === 'AlreadyExists') {
        const other = this.ctx.store.get<ReplicaSet>('ReplicaSet', d.metadata?.namespace, rs.metadata!.name!);
        if (other && controllerRefOf(other)?.uid === d.metadata?.uid && equalIgnoreHash(d.spec?.template, other.spec?.template)) {
          created = other;
          alreadyExisted = true;
        } else {
          // A hash collision: bump collisionCount so the next sync computes another name.
          (d.status ??= {}).collisionCount = (d.status.collisionCount ?? 0) + 1;
          this.writeStatus(d);
          throw err;
        }
      } else {
        const msg = `Failed to create new replica set "${rs.metadata!.name}": ${(err as Error).message}`;
        if (hasProgressDeadline(d)) {
          setCondition((d.status ??= {}), newCondition(DEPLOYMENT_PROGRESSING, 'False', FAILED_RS_CREATE_REASON, msg, now));
          this.writeStatus(d);
        }
        this.event(d, 'Warning', FAILED_RS_CREATE_REASON, msg);
        throw err;
      }
    }
    const n = replicasOf(created);
    if (!alreadyExisted && n > 0) {
      this.event(d, 'Normal', SCALING_REPLICASET_REASON, `Scaled up replica set ${created.metadata?.name} from 0 to ${n}`,
        this.why(d, 'NewReplicaSetCreated', created, 0, n));
    }
    let needsUpdate = setDeploymentRevision(d, String(newRevision));
    if (!alreadyExisted && hasProgressDeadline(d)) {
      setCondition((d.status ??= {}), newCondition(DEPLOYMENT_PROGRESSING, 'True', NEW_REPLICASET_REASON, `Created new replica set "${created.metadata?.name}"`, now));
      needsUpdate = true;
    }
    if (needsUpdate) this.writeStatus(d);
    return created;
  }

  private scaler(d: Deployment): Scaler {
    return {
      scale: (rs, newScale, step, operation) => {
        const old = replicasOf(rs);
        const sizeChanged = old !== newScale;
        const max = desiredReplicas(d) + maxSurge(d);
        if (step !== 'ProportionalScaling' && !sizeChanged) return { scaled: false, rs };
        if (!sizeChanged && !replicasAnnotationsNeedUpdate(rs, desiredReplicas(d), max)) return { scaled: false, rs };
        const updated = this.ctx.store.mutate<ReplicaSet>('ReplicaSet', rs.metadata?.namespace, rs.metadata?.name ?? '', (c) => {
          c.spec!.replicas = newScale;
          setReplicasAnnotations(c, desiredReplicas(d), max);
        });
        if (sizeChanged) {
          const op = operation ?? (old < newScale ? 'up' : 'down');
          this.event(d, 'Normal', SCALING_REPLICASET_REASON, `Scaled ${op} replica set ${rs.metadata?.name} from ${old} to ${newScale}`,
            this.why(d, step, rs, old, newScale));
        }
        return { scaled: sizeChanged, rs: updated };
      },
    };
  }

  private why(d: Deployment, step: ScaleStep | 'NewReplicaSetCreated', rs: ReplicaSet, from: number, to: number): Record<string, unknown> {
    return {
      step, replicaSet: rs.metadata?.name, from, to, strategy: d.spec?.strategy?.type ?? 'RollingUpdate',
      desired: desiredReplicas(d), maxSurge: maxSurge(d), maxUnavailable: maxUnavailable(d),
      availableInReplicaSet: rs.status?.availableReplicas ?? 0,
    };
  }

  private syncRolloutStatus(allRSs: (ReplicaSet | null)[], newRS: ReplicaSet | null, d: Mutable<Deployment>): void {
    const now = this.ctx.clock.now();
    const status = rolloutStatus(allRSs, newRS, d, now);
    if (statusEqual(d.status, status)) {
      const after = progressRecheckIn(d, status, now);
      const key = keyOf(d.metadata?.namespace, d.metadata?.name ?? '');
      if (after === 0) this.queue.addRateLimited(key);
      else if (after !== undefined) this.queue.addAfter(key, after);
      this.requeueForAvailability(d, allRSs);
      return;
    }
    d.status = status;
    this.writeStatus(d);
    this.requeueForAvailability(d, allRSs);
  }

  private syncDeploymentStatus(allRSs: (ReplicaSet | null)[], newRS: ReplicaSet | null, d: Mutable<Deployment>): void {
    const status = calculateStatus(allRSs, newRS, d, this.ctx.clock.now());
    if (statusEqual(d.status, status)) return;
    d.status = status;
    this.writeStatus(d);
  }

  /** Availability after minReadySeconds shows up through the ReplicaSets' status; nothing to wait for here otherwise. */
  private requeueForAvailability(d: Deployment, allRSs: (ReplicaSet | null)[]): void {
    const minReady = d.spec?.minReadySeconds ?? 0;
    if (!minReady) return;
    const pods = allRSs.flatMap((rs) => (rs ? this.ctx.store.byIndex<Pod>('Pod', POD_CONTROLLER_UID_INDEX, rs.metadata?.uid ?? '') : []));
    const wait = nextAvailableIn(pods, minReady, this.ctx.clock.now());
    if (wait !== undefined) this.queue.addAfter(keyOf(d.metadata?.namespace, d.metadata?.name ?? ''), wait);
  }

  private cleanupDeployment(oldRSs: ReplicaSet[], d: Deployment): void {
    for (const rs of replicaSetsToCleanUp(oldRSs, d)) {
      const cur = this.ctx.store.get<ReplicaSet>('ReplicaSet', rs.metadata?.namespace, rs.metadata?.name ?? '');
      if (cur?.metadata?.uid === rs.metadata?.uid) this.ctx.store.remove('ReplicaSet', rs.metadata?.namespace, rs.metadata?.name ?? '');
    }
  }

  /** getPodMapForDeployment: pods by the uid of the ReplicaSet controlling them. */
  private podMap(rsList: ReplicaSet[]): Map<string, Pod[]> {
    const m = new Map<string, Pod[]>();
    for (const rs of rsList) {
      const uid = rs.metadata?.uid ?? '';
      m.set(uid, this.ctx.store.byIndex<Pod>('Pod', POD_CONTROLLER_UID_INDEX, uid));
    }
    return m;
  }

  private writeStatus(d: Deployment): void {
    const cur = this.ctx.store.get<Deployment>('Deployment', d.metadata?.namespace, d.metadata?.name ?? '');
    if (!cur || cur.metadata?.uid !== d.metadata?.uid) return;
    this.ctx.store.mutate<Deployment>('Deployment', d.metadata?.namespace, d.metadata?.name ?? '', (c) => {
      (c as Mutable<Deployment>).status = structuredClone(d.status);
      if (d.metadata?.annotations) c.metadata!.annotations = { ...(c.metadata!.annotations ?? {}), ...d.metadata.annotations };
    });
  }

  private fresh(rs: ReplicaSet | null): ReplicaSet | null {
    if (!rs) return null;
    return this.ctx.store.get<ReplicaSet>('ReplicaSet', rs.metadata?.namespace, rs.metadata?.name ?? '') ?? rs;
  }

  private refresh(rss: (ReplicaSet | null)[]): (ReplicaSet | null)[] {
    return rss.map((r) => this.fresh(r));
  }

  private event(d: Deployment, type: 'Normal' | 'Warning', reason: string, message: string, why?: unknown): void {
    this.ctx.recorder.record({ involvedObject: refTo(d), type, reason, message, source: { component: DEPLOYMENT_CONTROLLER_NAME }, ...(why ? { why } : {}) });
  }
}

function selects(d: Deployment, rs: ReplicaSet): boolean {
  try {
    const sel = fromLabelSelector(d.spec?.selector);
    return sel.length > 0 && matchesLabels(sel, rs.metadata?.labels);
  } catch {
    return false;
  }
}
