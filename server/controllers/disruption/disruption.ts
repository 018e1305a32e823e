/**
 * DisruptionController (pkg/controller/disruption/disruption.go): keeps every PodDisruptionBudget's
 * status (currentHealthy, desiredHealthy, expectedPods, disruptionsAllowed, disruptedPods,
 * observedGeneration, the DisruptionAllowed condition) up to date as pods change, and resets stale
 * DisruptionTarget pod conditions. The math lives in core/pdb.ts (shared with the Eviction API).
 */
import {
  computePdbStatus, failSafeStatus, pdbSelector, pdbSelectsPod, type PodDisruptionBudgetStatus,
} from '../../../core/pdb.js';
import { parseK8sTime } from '../../../core/time-format.js';
import type { Mutable, Pod, PodDisruptionBudget } from '../../../core/types.js';
import { refTo } from '../../events/recorder.js';
import { keyOf, type Store, type WatchEvent } from '../../store/index.js';
import { matchesLabels } from '../../../core/labels.js';
import type { Controller, ControllerContext, ControllerFactory } from '../controller.js';
import { isPodTerminal, updatePodCondition, WorkQueue } from '../replicaset/index.js';
import { storeScaleFinder } from './finders.js';

export const DISRUPTION_CONTROLLER_NAME = 'disruption-controller';
/** The event source upstream's disruption controller uses. */
export const DISRUPTION_EVENT_COMPONENT = 'controllermanager';
/** disruption.go stalePodDisruptionTimeout. */
export const STALE_POD_DISRUPTION_TIMEOUT_MS = 2 * 60 * 1000;

export const NO_PODS_REASON = 'NoPods';
export const UNMANAGED_PODS_REASON = 'UnmanagedPods';
export const CALCULATE_EXPECTED_POD_COUNT_FAILED_REASON = 'CalculateExpectedPodCountFailed';
export const NOT_DELETED_REASON = 'NotDeleted';
export const MULTIPLE_PDBS_REASON = 'MultiplePodDisruptionBudgets';
const TERMINATION_BY_KUBELET = 'TerminationByKubelet';

export const disruptionController: ControllerFactory = (ctx) => new DisruptionController(ctx);

/** Pods by namespace, so a PDB sync does not scan every pod in the cluster. */
const PODS_BY_NAMESPACE_INDEX = 'disruption/pods-by-namespace';
const indexed = new WeakSet<Store>();
function ensureNamespaceIndex(store: Store): void {
  if (indexed.has(store)) return;
  indexed.add(store);
  store.addIndex('Pod', PODS_BY_NAMESPACE_INDEX, (o) => [o.metadata?.namespace ?? 'default']);
}

export class DisruptionController implements Controller {
  readonly name = DISRUPTION_CONTROLLER_NAME;
  private readonly queue: WorkQueue;
  private readonly staleQueue: WorkQueue;
  private readonly log;
  private unwatch: (() => void) | null = null;

  constructor(private readonly ctx: ControllerContext) {
    this.log = ctx.log.child({ component: DISRUPTION_CONTROLLER_NAME });
    this.queue = new WorkQueue(ctx.clock, (k) => this.sync(k), this.log);
    this.staleQueue = new WorkQueue(ctx.clock, (k) => this.syncStalePodDisruption(k), this.log);
  }

  start(): void {
    ensureNamespaceIndex(this.ctx.store);
    this.unwatch = this.ctx.store.watch(['PodDisruptionBudget', 'Pod'], {}, (ev) => this.onEvent(ev));
    for (const pdb of this.ctx.store.list<PodDisruptionBudget>('PodDisruptionBudget')) this.enqueue(pdb);
    for (const pod of this.ctx.store.list<Pod>('Pod')) this.checkStale(pod);
  }

  stop(): void {
    this.unwatch?.();
    this.unwatch = null;
    this.queue.shutDown();
    this.staleQueue.shutDown();
  }

  private enqueue(pdb: PodDisruptionBudget): void {
    this.queue.add(keyOf(pdb.metadata?.namespace, pdb.metadata?.name ?? ''));
  }

  private onEvent(ev: WatchEvent): void {
    if (ev.kind === 'PodDisruptionBudget') return this.enqueue(ev.object as PodDisruptionBudget);
    const pod = ev.object as Pod;
    const pdb = this.pdbForPod(pod, ev.type !== 'DELETED');
    if (pdb) this.enqueue(pdb);
    if (ev.type !== 'DELETED') this.checkStale(pod);
  }

  /** getPdbForPod: one PDB per pod event; with several, a warning and the first (by name; upstream: arbitrary). */
  private pdbForPod(pod: Pod, warn: boolean): PodDisruptionBudget | undefined {
    const pdbs = this.ctx.store.list<PodDisruptionBudget>('PodDisruptionBudget', { namespace: pod.metadata?.namespace })
      .filter((p) => pdbSelectsPod(p, pod))
      .sort((a, b) => ((a.metadata?.name ?? '') < (b.metadata?.name ?? '') ? -1 : 1));
    if (pdbs.length > 1 && warn) {
      const msg = `Pod "${pod.metadata?.namespace}"/"${pod.metadata?.name}" matches multiple PodDisruptionBudgets.  Chose "${pdbs[0].metadata?.name}" arbitrarily.`;
      this.event(pod, 'Warning', MULTIPLE_PDBS_REASON, msg);
    }
    return pdbs[0];
  }

  /** sync / trySync / failSafe. */
  sync(key: string): void {
    const [ns, name] = key.split('/');
    const pdb = this.ctx.store.get<PodDisruptionBudget>('PodDisruptionBudget', ns, name);
    if (!pdb) return;
    const now = this.ctx.clock.now();
    let pods: Pod[];
    try {
      // getPodsForPdb: the controller's selector semantics (nil: nothing, empty: every pod in the namespace).
      const sel = pdbSelector(pdb);
      pods = sel === null ? [] : this.ctx.store.byIndex<Pod>('Pod', PODS_BY_NAMESPACE_INDEX, ns).filter((p) => matchesLabels(sel, p.metadata?.labels));
    } catch (err) {
      this.event(pdb, 'Warning', NO_PODS_REASON, `Failed to get pods: ${(err as Error).message}`);
      return this.failSafe(pdb, err as Error, now);
    }
    if (pods.length === 0) this.event(pdb, 'Normal', NO_PODS_REASON, 'No matching pods found');
    let result;
    try {
      result = computePdbStatus(pdb, pods, storeScaleFinder(this.ctx.store), now);
    } catch (err) {
      this.event(pdb, 'Warning', CALCULATE_EXPECTED_POD_COUNT_FAILED_REASON, `Failed to calculate the number of expected pods: ${(err as Error).message}`);
      return this.failSafe(pdb, err as Error, now);
    }
    if (result.unmanagedPods.length > 0) {
      this.event(pdb, 'Warning', UNMANAGED_PODS_REASON,
        `Pods selected by this PodDisruptionBudget (selector: ${JSON.stringify(pdb.spec?.selector ?? null)}) were found to be unmanaged. ` +
        'As a result, the status of the PDB cannot be calculated correctly, which may result in undefined behavior. ' +
        'To account for these pods please set ".spec.minAvailable" field of the PDB to an integer value.');
    }
    for (const podName of result.expiredDisruptions) {
      const pod = pods.find((p) => p.metadata?.name === podName);
      // Upstream formats the PDB as namespace/namespace; kept for fidelity.
      if (pod) this.event(pod, 'Warning', NOT_DELETED_REASON, `Pod was expected by PDB ${ns}/${ns} to be deleted but it wasn't`);
    }
    if (result.changed) this.writeStatus(pdb, result.status, result.why);
    // Recheck just past the earliest DeletionTimeout (the entry expires once it is strictly before now).
    if (result.recheckAt !== undefined) this.queue.addAfter(key, Math.max(0, result.recheckAt - now) + 1);
  }

  private failSafe(pdb: PodDisruptionBudget, err: Error, now: number): void {
    this.log.warn({ pdb: pdb.metadata?.name, err: err.message }, 'failed to sync PDB');
    this.writeStatus(pdb, failSafeStatus(pdb, err.message, now));
  }

  private writeStatus(pdb: PodDisruptionBudget, status: PodDisruptionBudgetStatus, why?: unknown): void {
    const cur = this.ctx.store.get<PodDisruptionBudget>('PodDisruptionBudget', pdb.metadata?.namespace, pdb.metadata?.name ?? '');
    if (!cur || cur.metadata?.uid !== pdb.metadata?.uid) return;
    if (JSON.stringify(cur.status ?? null) === JSON.stringify(status)) return;
    this.ctx.store.mutate<PodDisruptionBudget>('PodDisruptionBudget', pdb.metadata?.namespace, pdb.metadata?.name ?? '', (c) => {
      (c as Mutable<PodDisruptionBudget>).status = structuredClone(status);
    });
    this.log.debug({ pdb: pdb.metadata?.name, why }, 'updated PDB status');
  }

  // ---- stale DisruptionTarget conditions ----

  /** nonTerminatingPodHasStaleDisruptionCondition: ms until the condition is stale, or undefined. */
  private staleIn(pod: Pod): number | undefined {
    if (pod.metadata?.deletionTimestamp) return undefined;
    const c = pod.status?.conditions?.find((x) => x.type === 'DisruptionTarget');
    if (!c || c.status !== 'True' || c.reason === TERMINATION_BY_KUBELET || isPodTerminal(pod)) return undefined;
    const since = parseK8sTime(c.lastTransitionTime);
    const elapsed = Number.isNaN(since) ? STALE_POD_DISRUPTION_TIMEOUT_MS : this.ctx.clock.now() - since;
    return Math.max(0, STALE_POD_DISRUPTION_TIMEOUT_MS - elapsed);
  }

  private checkStale(pod: Pod): void {
    const wait = this.staleIn(pod);
    if (wait !== undefined) this.staleQueue.addAfter(keyOf(pod.metadata?.namespace, pod.metadata?.name ?? ''), wait);
  }

  /** syncStalePodDisruption: a DisruptionTarget condition that led to no deletion in 2 minutes goes False. */
  private syncStalePodDisruption(key: string): void {
    const [ns, name] = key.split('/');
    const pod = this.ctx.store.get<Pod>('Pod', ns, name);
    if (!pod) return;
    const wait = this.staleIn(pod);
    if (wait === undefined) return;
    if (wait > 0) return this.staleQueue.addAfter(key, wait);
    const now = this.ctx.clock.now();
    this.ctx.store.mutate<Pod>('Pod', ns, name, (p) => {
      const status = ((p as Mutable<Pod>).status ??= {});
      return updatePodCondition(status, { type: 'DisruptionTarget', status: 'False' }, now);
    });
    this.log.debug({ pod: key }, 'reset stale DisruptionTarget condition to False');
  }

  private event(obj: Pod | PodDisruptionBudget, type: 'Normal' | 'Warning', reason: string, message: string): void {
    this.ctx.recorder.record({ involvedObject: refTo(obj), type, reason, message, source: { component: DISRUPTION_EVENT_COMPONENT } });
  }
}
