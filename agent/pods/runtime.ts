/**
 * The emulated container runtime + pod workers of one kubelet: pods start after a short delay,
 * run, and stop with their grace period on deletion or eviction (all in cluster time). It reports
 * every status change through hooks; it decides nothing about eviction itself.
 */
import type { Clock, Timer } from '../../core/clock/index.js';
import type { Pod } from '../../core/types.js';
import type { PodUpsertMsg } from '../../proto/codec.js';
import { podFromUpsert } from './from-frame.js';
import { isTerminal, refreshReadiness, setCondition, type PodState } from './pod-state.js';

export interface AdmitResult { admit: boolean; reason?: string; message?: string }

export interface StopRequest {
  gracePeriodSeconds: number;
  /** Final status for a kill that is not a deletion (eviction): phase Failed + reason/message. */
  status?: { phase: 'Failed'; reason: string; message: string };
  condition?: { type: string; status: 'True'; reason: string; message: string };
}

export interface RuntimeHooks {
  admit(pod: Pod): AdmitResult;
  statusChanged(ps: PodState): void;
  /** A pod with a deletionTimestamp finished terminating: the API object may go. */
  terminated(ps: PodState): void;
  event(ps: PodState | null, type: 'Normal' | 'Warning', reason: string, message: string): void;
  /** A pod started or stopped running (usage/OOM scheduling hooks). */
  lifecycle?(ps: PodState, what: 'started' | 'stopped'): void;
}

/**
 * Container restart back-off (pkg/kubelet/kubelet.go: backOffPeriod 10 s doubling to
 * MaxContainerBackOff 300 s; reset after the container ran for 2 × the max without failing).
 */
export const CONTAINER_BACKOFF_INITIAL_MS = 10_000;
export const CONTAINER_BACKOFF_MAX_MS = 300_000;

export function containerBackoffMs(restartCount: number): number {
  return Math.min(CONTAINER_BACKOFF_MAX_MS, CONTAINER_BACKOFF_INITIAL_MS * 2 ** Math.max(0, restartCount - 1));
}

export class PodRuntime {
  private readonly pods = new Map<string, PodState>();
  private readonly byRef = new Map<number, PodState>();
  private readonly timers = new Map<string, Timer>();
  private readonly staticByName = new Map<string, PodState>();
  /** Mirror pod uid (API) → the static pod it mirrors. */
  private readonly mirrorUid = new Map<string, PodState>();
  private frozen = false;

  private readonly hooks: RuntimeHooks;
  private changes = 0;

  constructor(
    private readonly nodeName: string,
    private readonly clock: Clock,
    hooks: RuntimeHooks,
    private readonly startDelayMs: number,
  ) {
    // Every change to a pod's state is reported through statusChanged or lifecycle (or is an
    // upsert/removal): counting those gives `version`.
    this.hooks = {
      ...hooks,
      statusChanged: (ps) => { this.changes++; hooks.statusChanged(ps); },
      terminated: (ps) => { this.changes++; hooks.terminated(ps); },
      lifecycle: (ps, what) => { this.changes++; hooks.lifecycle?.(ps, what); },
    };
  }

  /**
   * Changes whenever a pod is added, removed or replaced, or its state (phase, containers, ref)
   * changes: stats collections reuse their per-pod work while it stays the same.
   */
  get version(): number {
    return this.changes;
  }

  get(uid: string): PodState | undefined {
    return this.pods.get(uid);
  }

  byRefId(ref: number): PodState | undefined {
    return this.byRef.get(ref);
  }

  all(): IterableIterator<PodState> {
    return this.pods.values();
  }

  /** Pods the eviction manager may consider: admitted and not terminal (kubelet's GetActivePods). */
  activePods(): Pod[] {
    const out: Pod[] = [];
    for (const ps of this.pods.values()) if (!isTerminal(ps) && !ps.terminating) out.push(ps.pod);
    return out;
  }

  /**
   * A static pod from the kubelet's manifest directory (kubernetes.io/config.source: file): it
   * runs without the API server; its mirror pod, once created, gives it a ref for status updates.
   */
  addStatic(pod: Pod): PodState {
    this.changes++;
    const uid = pod.metadata?.uid ?? '';
    const existing = this.pods.get(uid);
    if (existing) return existing;
    const ps = this.newState(0, uid, pod);
    this.pods.set(uid, ps);
    this.staticByName.set(`${pod.metadata?.namespace}/${pod.metadata?.name}`, ps);
    this.admitAndStart(ps);
    return ps;
  }

  /** Static pods whose mirror pod the API server does not have (yet, or any more). */
  unmirroredStatic(): PodState[] {
    return [...this.staticByName.values()].filter((ps) => ps.ref === 0);
  }

  /** A pod arrived or changed on the API server. */
  upsert(m: PodUpsertMsg): PodState {
    this.changes++;
    const mirrorOf = m.annotations?.['kubernetes.io/config.mirror'] ? this.staticByName.get(`${m.namespace}/${m.name}`) : undefined;
    if (mirrorOf) {
      // The mirror of one of our static pods: link it (its status goes to the mirror), do not run it twice.
      this.mirrorUid.set(m.uid ?? '', mirrorOf);
      if (mirrorOf.ref !== m.ref && !m.deletion_timestamp) {
        this.byRef.delete(mirrorOf.ref);
        mirrorOf.ref = m.ref ?? 0;
        this.byRef.set(mirrorOf.ref, mirrorOf);
        // A new mirror: the status manager reports the static pod's status to it.
        this.hooks.statusChanged(mirrorOf);
      }
      if (m.deletion_timestamp) {
        // Someone deleted the mirror pod: let it go at once (the static pod keeps running); the
        // kubelet creates a new mirror when the API server reports it gone.
        this.hooks.terminated({ ...mirrorOf, ref: m.ref ?? 0, uid: m.uid ?? '' });
      }
      return mirrorOf;
    }
    const uid = m.uid ?? '';
    const existing = this.pods.get(uid);
    const pod = podFromUpsert(m, this.nodeName);
    if (existing) {
      if (existing.ref !== m.ref) {
        this.byRef.delete(existing.ref);
        existing.ref = m.ref ?? 0;
        this.byRef.set(existing.ref, existing);
      }
      existing.pod = { ...pod, status: existing.pod.status };
      if (pod.metadata?.deletionTimestamp && !existing.terminating && !existing.stopped) {
        this.beginStop(existing, { gracePeriodSeconds: pod.metadata.deletionGracePeriodSeconds ?? 30 });
      } else if (pod.metadata?.deletionTimestamp && existing.stopped) {
        this.hooks.terminated(existing);
      }
      return existing;
    }
    const now = this.clock.now();
    const ps = this.newState(m.ref ?? 0, uid, pod);
    this.pods.set(uid, ps);
    this.byRef.set(ps.ref, ps);
    if (m.phase === 'Failed' || m.phase === 'Succeeded') {
      // Terminal pods are never run again (a restarted kubelet keeps them as they are).
      ps.phase = m.phase;
      ps.stopped = true;
      ps.startTime = m.start_time || undefined;
      for (const c of ps.containers) Object.assign(c, { phase: 'terminated', exitCode: 0, terminatedReason: 'Completed', waitingReason: undefined });
      if (pod.metadata?.deletionTimestamp) this.hooks.terminated(ps);
      return ps;
    }
    if (pod.metadata?.deletionTimestamp) {
      ps.stopped = true;
      ps.phase = 'Failed';
      this.hooks.terminated(ps);
      return ps;
    }
    if (m.phase === 'Running' && m.start_time) {
      // A restarted agent: the container runtime still runs this pod.
      ps.startTime = m.start_time;
      this.markScheduled(ps, now);
      this.run(ps, m.start_time);
      return ps;
    }
    this.admitAndStart(ps);
    return ps;
  }

  private newState(ref: number, uid: string, pod: Pod): PodState {
    return {
      ref, uid, pod, phase: 'Pending', containers: (pod.spec?.containers ?? []).map((c) => ({ name: c.name, phase: 'waiting', waitingReason: 'ContainerCreating', restartCount: 0 })),
      conditions: new Map(), stopped: false,
    };
  }

  private admitAndStart(ps: PodState): void {
    const now = this.clock.now();
    const { pod, uid } = ps;
    const verdict = this.hooks.admit(pod);
    if (!verdict.admit) {
      // kubelet rejectPod (pkg/kubelet/kubelet.go): phase Failed with the handler's reason/message.
      ps.phase = 'Failed';
      ps.reason = verdict.reason;
      // kubelet rejectPod: status message "Pod was rejected: <msg>", the event keeps the bare message.
      ps.message = `Pod was rejected: ${verdict.message ?? ''}`;
      ps.stopped = true;
      this.markScheduled(ps, now);
      refreshReadiness(ps, now);
      this.hooks.event(ps, 'Warning', verdict.reason ?? 'Rejected', verdict.message ?? '');
      this.hooks.statusChanged(ps);
      return;
    }
    ps.startTime = now;
    this.markScheduled(ps, now);
    setCondition(ps, 'PodReadyToStartContainers', 'False', now);
    setCondition(ps, 'Initialized', 'True', now);
    refreshReadiness(ps, now);
    this.hooks.statusChanged(ps);
    this.schedule(uid, this.startDelayMs, () => this.run(ps, this.clock.now()));
  }

  /** The pod is gone from the API server (force-deleted or deleted while away): stop it silently. */
  remove(uid: string): void {
    this.changes++;
    const mirrored = this.mirrorUid.get(uid);
    if (mirrored) {
      // A deleted mirror pod: the static pod keeps running and its mirror is created again.
      this.mirrorUid.delete(uid);
      this.byRef.delete(mirrored.ref);
      mirrored.ref = 0;
      return;
    }
    const ps = this.pods.get(uid);
    if (!ps) return;
    this.cancel(uid);
    if (!ps.stopped) this.hooks.lifecycle?.(ps, 'stopped');
    this.pods.delete(uid);
    this.byRef.delete(ps.ref);
  }

  /** After a (re)sync: pods this runtime has that the API server no longer binds here are removed. */
  reconcile(known: Set<string>): void {
    for (const [uid, ps] of [...this.pods]) if (!known.has(uid) && !this.isStatic(ps)) this.remove(uid);
    for (const [mirror, ps] of [...this.mirrorUid]) {
      if (!known.has(mirror)) {
        this.mirrorUid.delete(mirror);
        this.byRef.delete(ps.ref);
        ps.ref = 0;
      }
    }
  }

  isStatic(ps: PodState): boolean {
    return this.staticByName.get(`${ps.pod.metadata?.namespace}/${ps.pod.metadata?.name}`) === ps;
  }

  /** Stops a pod with a grace period, e.g. an eviction (killPodFunc in pkg/kubelet/eviction). */
  stop(uid: string, req: StopRequest): void {
    const ps = this.pods.get(uid);
    if (!ps || ps.stopped || ps.terminating) return;
    this.beginStop(ps, req);
  }

  /**
   * The kernel OOM killer ended a container (memory above its limit). With restartPolicy Always
   * or OnFailure the kubelet restarts it after the CrashLoopBackOff delay; with Never the
   * container stays terminated and the pod fails once no container runs.
   */
  oomKill(uid: string, container: string): void {
    const ps = this.pods.get(uid);
    if (!ps || ps.stopped || ps.terminating || ps.phase !== 'Running') return;
    const c = ps.containers.find((x) => x.name === container);
    if (!c || c.phase !== 'running') return;
    const now = this.clock.now();
    c.lastTerminated = { exitCode: 137, reason: 'OOMKilled', startedAt: c.startedAt ?? now, finishedAt: now };
    const policy = ps.pod.spec?.restartPolicy ?? 'Always';
    if (policy === 'Never') {
      Object.assign(c, { phase: 'terminated', exitCode: 137, terminatedReason: 'OOMKilled', finishedAt: now });
      c.lastTerminated = undefined;
      if (ps.containers.every((x) => x.phase === 'terminated')) {
        ps.phase = 'Failed';
        ps.stopped = true;
      }
    } else {
      // The container shows Terminated/OOMKilled until the back-off expires, then restarts.
      c.restartCount++;
      Object.assign(c, { phase: 'waiting', waitingReason: 'CrashLoopBackOff', startedAt: undefined });
      const delay = containerBackoffMs(c.restartCount);
      c.waitingMessage = `back-off ${Math.round(delay / 1000)}s restarting failed container=${c.name} pod=${ps.pod.metadata?.name}_${ps.pod.metadata?.namespace}(${uid})`;
      this.hooks.event(ps, 'Warning', 'BackOff', `Back-off restarting failed container ${c.name} in pod ${ps.pod.metadata?.name}_${ps.pod.metadata?.namespace}(${uid})`);
      this.scheduleContainer(uid, c.name, delay, () => this.restartContainer(ps, c.name));
    }
    refreshReadiness(ps, now);
    this.hooks.lifecycle?.(ps, ps.stopped ? 'stopped' : 'started');
    this.hooks.statusChanged(ps);
  }

  private restartContainer(ps: PodState, name: string): void {
    const c = ps.containers.find((x) => x.name === name);
    if (!c || ps.stopped || ps.terminating || c.phase !== 'waiting') return;
    const now = this.clock.now();
    Object.assign(c, { phase: 'running', startedAt: now, waitingReason: undefined, waitingMessage: undefined });
    refreshReadiness(ps, now);
    this.hooks.lifecycle?.(ps, 'started');
    this.hooks.statusChanged(ps);
  }

  private scheduleContainer(uid: string, container: string, delay: number, fn: () => void): void {
    if (this.frozen) return;
    const key = `${uid}/${container}`;
    this.timers.get(key)?.cancel();
    this.timers.set(key, this.clock.setTimer(delay, () => {
      this.timers.delete(key);
      fn();
    }));
  }

  /** The agent died: timers stop, nothing moves until thaw (used by stopNode). */
  freeze(): void {
    this.frozen = true;
    for (const t of this.timers.values()) t.cancel();
    this.timers.clear();
  }

  private markScheduled(ps: PodState, now: number): void {
    setCondition(ps, 'PodScheduled', 'True', now);
  }

  private run(ps: PodState, startedAt: number): void {
    if (ps.stopped || ps.terminating) return;
    const now = this.clock.now();
    ps.phase = 'Running';
    for (const c of ps.containers) {
      c.phase = 'running';
      c.startedAt = startedAt;
      c.waitingReason = undefined;
    }
    setCondition(ps, 'PodReadyToStartContainers', 'True', now);
    setCondition(ps, 'Initialized', 'True', now);
    refreshReadiness(ps, now);
    this.hooks.lifecycle?.(ps, 'started');
    this.hooks.statusChanged(ps);
  }

  private beginStop(ps: PodState, req: StopRequest): void {
    const now = this.clock.now();
    this.cancel(ps.uid);
    const grace = Math.max(0, req.gracePeriodSeconds);
    ps.terminating = { deadline: now + grace * 1000, evicted: !!req.status };
    // An eviction's DisruptionTarget condition reaches the API with the Failed phase, once the
    // containers stopped (status_manager.go mergePodStatus); other stops may show it at once.
    if (req.condition && !req.status) setCondition(ps, req.condition.type, 'True', now, req.condition.reason, req.condition.message);
    if (ps.phase === 'Pending' || grace === 0) return this.finishStop(ps, req);
    // Containers receive SIGTERM and exit within the grace period (they exit at its end here).
    refreshReadiness(ps, now);
    this.hooks.statusChanged(ps);
    this.schedule(ps.uid, grace * 1000, () => this.finishStop(ps, req));
  }

  private finishStop(ps: PodState, req: StopRequest): void {
    const now = this.clock.now();
    const wasRunning = ps.phase === 'Running';
    for (const c of ps.containers) {
      if (c.phase === 'running') {
        c.phase = 'terminated';
        c.finishedAt = now;
        // An evicted container is killed (SIGKILL after grace: 137); a deleted one exits on SIGTERM.
        c.exitCode = req.status ? 137 : 0;
        c.terminatedReason = req.status ? 'Error' : 'Completed';
      } else if (c.phase === 'waiting') {
        c.phase = 'terminated';
        c.finishedAt = now;
        c.exitCode = 137;
        c.terminatedReason = 'ContainerStatusUnknown';
      }
    }
    if (req.status) {
      ps.phase = req.status.phase;
      ps.reason = req.status.reason;
      ps.message = req.status.message;
      if (req.condition) setCondition(ps, req.condition.type, 'True', now, req.condition.reason, req.condition.message);
    } else {
      // Deleted pods reach a terminal phase from their containers' exit codes (kubelet ≥ 1.27).
      ps.phase = ps.containers.every((c) => c.exitCode === 0) ? 'Succeeded' : 'Failed';
    }
    ps.stopped = true;
    ps.terminating = undefined;
    refreshReadiness(ps, now);
    if (wasRunning) this.hooks.lifecycle?.(ps, 'stopped');
    this.hooks.statusChanged(ps);
    if (ps.pod.metadata?.deletionTimestamp) this.hooks.terminated(ps);
  }

  private schedule(uid: string, delay: number, fn: () => void): void {
    if (this.frozen) return;
    this.cancel(uid);
    this.timers.set(uid, this.clock.setTimer(delay, () => {
      this.timers.delete(uid);
      fn();
    }));
  }

  private cancel(uid: string): void {
    for (const [key, t] of this.timers) {
      if (key === uid || key.startsWith(`${uid}/`)) {
        t.cancel();
        this.timers.delete(key);
      }
    }
  }
}

export type { PodState } from './pod-state.js';
