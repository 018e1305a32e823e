/**
 * RealPodControl (pkg/controller/controller_utils.go): creates pods through the registry (so
 * admission runs) and deletes them gracefully, recording SuccessfulCreate / FailedCreate /
 * SuccessfulDelete / FailedDelete events on the owning workload, with the decision's why.
 */
import type { KObject, Pod } from '../../../core/types.js';
import { refTo } from '../../events/recorder.js';
import { deletePod } from '../../registry/index.js';
import { StoreError } from '../../store/index.js';
import type { ControllerContext } from '../controller.js';
import {
  FAILED_CREATE_POD_REASON, FAILED_DELETE_POD_REASON, SUCCESSFUL_CREATE_POD_REASON, SUCCESSFUL_DELETE_POD_REASON,
} from './controller-utils.js';
import { slowStartBatches } from './replicas.js';
import { TokenBucket } from '../../../core/token-bucket.js';

export interface CreateResult {
  created: Pod[];
  /** The first error, when a batch failed (later batches are skipped, like slowStartBatch). */
  error?: Error;
  /** Creations left undone because the client rate limit ran out: retry after this many ms. */
  throttledMs?: number;
}

/**
 * kube-controller-manager's API client limits: --kube-api-qps 20, --kube-api-burst 30, per
 * controller client. Without it a pod the kubelet rejects at once (e.g. under memory pressure,
 * before the node's taint appears) would be replaced in a tight loop at a single instant.
 */
export const KUBE_API_QPS = 20;
export const KUBE_API_BURST = 30;

export class PodControl {
  /**
   * One bucket per owning workload, not one per controller as in kube-controller-manager: there the
   * limiter blocks a worker goroutine; here a throttled sync is requeued, and with one shared
   * bucket every waiting workload would wake at each refill (a herd that costs O(workloads) per
   * token). Per workload, a single ReplicaSet in a rejection storm is still held to 20/s.
   */
  private readonly limiters = new Map<string, TokenBucket>();

  constructor(private readonly ctx: ControllerContext, private readonly component: string) {}

  private limiterFor(owner: KObject): TokenBucket {
    const uid = owner.metadata?.uid ?? '';
    let b = this.limiters.get(uid);
    if (!b) {
      if (this.limiters.size > 10_000) this.limiters.clear();
      b = new TokenBucket(this.ctx.clock, KUBE_API_QPS, KUBE_API_BURST);
      this.limiters.set(uid, b);
    }
    return b;
  }

  /**
   * Creates pods in slow-start batches (1, 2, 4, …); stops after the first batch with a failure.
   * `pods` may be a count and a factory: a throttled sync then builds only the pods it creates.
   */
  createPods(owner: KObject, pods: Pod[] | { count: number; make: () => Pod }, why?: unknown): CreateResult {
    const created: Pod[] = [];
    const limiter = this.limiterFor(owner);
    const count = Array.isArray(pods) ? pods.length : pods.count;
    const podAt = (i: number): Pod => (Array.isArray(pods) ? pods[i] : pods.make());
    let next = 0;
    for (const size of slowStartBatches(count)) {
      let error: Error | undefined;
      for (let i = 0; i < size; i++) {
        if (!limiter.tryAccept()) return { created, throttledMs: Math.max(1, limiter.waitMs()) };
        const pod = podAt(next++);
        try {
          const stored = this.ctx.registry.create<Pod>('Pod', pod);
          created.push(stored);
          this.event(owner, 'Normal', SUCCESSFUL_CREATE_POD_REASON, `Created pod: ${stored.metadata?.name}`, why);
        } catch (err) {
          const e = err instanceof Error ? err : new Error(String(err));
          error ??= e;
          this.event(owner, 'Warning', FAILED_CREATE_POD_REASON, `Error creating: ${e.message}`, why);
        }
      }
      if (error) return { created, error };
    }
    return { created };
  }

  /** Graceful delete with the pod's own grace period; NotFound counts as done. */
  deletePod(owner: KObject, pod: Pod, why?: unknown): Error | undefined {
    const ns = pod.metadata?.namespace ?? 'default';
    const name = pod.metadata?.name ?? '';
    try {
      deletePod(this.ctx.store, ns, name, { preconditions: { uid: pod.metadata?.uid } });
      this.event(owner, 'Normal', SUCCESSFUL_DELETE_POD_REASON, `Deleted pod: ${name}`, why);
      return undefined;
    } catch (err) {
      if (err instanceof StoreError && err.reason === 'NotFound') return undefined;
      const e = err instanceof Error ? err : new Error(String(err));
      this.event(owner, 'Warning', FAILED_DELETE_POD_REASON, `Error deleting: ${e.message}`, why);
      return e;
    }
  }

  private event(owner: KObject, type: 'Normal' | 'Warning', reason: string, message: string, why: unknown): void {
    this.ctx.recorder.record({ involvedObject: refTo(owner), type, reason, message, source: { component: this.component }, ...(why !== undefined ? { why } : {}) });
  }
}
