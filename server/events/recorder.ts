/**
 * Records Kubernetes Events (core/v1) in the store, like client-go's record.EventRecorder:
 * repeats of the same (object, reason, message, source) within 10 minutes bump `count` and
 * `lastTimestamp` on one Event instead of creating another (tools/record/events_cache.go).
 *
 * The "why" of a decision (signal, threshold, ranking, toleration, candidates) travels with the
 * Event in the `kemu.dev/why` annotation as JSON, for the report, the dashboard and `kemu explain`.
 */
import type { Clock } from '../../core/clock/index.js';
import type { Event, KObject, ObjectReference } from '../../core/types.js';
import { toK8sTime, toMicroTime } from '../../core/time-format.js';
import type { Store } from '../store/index.js';

export const WHY_ANNOTATION = 'kemu.dev/why';

export interface EventInput {
  involvedObject: ObjectReference;
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  source: { component: string; host?: string };
  /** Structured reasons for the decision; stored as JSON in the kemu.dev/why annotation. */
  why?: unknown;
  /** Extra annotations (upstream kubelet puts offending containers/usage on Evicted events). */
  annotations?: Record<string, string>;
}

const AGGREGATE_WINDOW_MS = 10 * 60 * 1000;

export function refTo(obj: KObject): ObjectReference {
  const m = obj.metadata ?? {};
  return {
    apiVersion: obj.apiVersion, kind: obj.kind, namespace: m.namespace, name: m.name, uid: m.uid,
    resourceVersion: m.resourceVersion,
  };
}

export class EventRecorder {
  private seq = 0;
  private readonly recent = new Map<string, { name: string; namespace: string; at: number }>();

  constructor(private readonly store: Store, private readonly clock: Clock) {}

  record(input: EventInput): Event {
    const now = this.clock.now();
    const ns = input.involvedObject.namespace || 'default';
    const key = [ns, input.involvedObject.kind, input.involvedObject.name, input.involvedObject.uid,
      input.reason, input.message, input.source.component, input.source.host ?? ''].join('\u0000');
    const prev = this.recent.get(key);
    if (prev && now - prev.at < AGGREGATE_WINDOW_MS && this.store.get('Event', prev.namespace, prev.name)) {
      prev.at = now;
      this.recent.delete(key);
      this.recent.set(key, prev);
      return this.store.mutate<Event>('Event', prev.namespace, prev.name, (e) => {
        e.count = (e.count ?? 1) + 1;
        e.lastTimestamp = toK8sTime(now);
        if (input.why !== undefined) e.metadata!.annotations = { ...e.metadata!.annotations, [WHY_ANNOTATION]: JSON.stringify(input.why) };
      });
    }
    // Upstream names events <object>.<hex unix nanos>; a sequence number keeps them unique here.
    const name = `${input.involvedObject.name ?? 'unknown'}.${Math.floor(now).toString(16)}${(this.seq++).toString(16).padStart(4, '0')}`;
    const annotations: Record<string, string> = { ...input.annotations };
    if (input.why !== undefined) annotations[WHY_ANNOTATION] = JSON.stringify(input.why);
    const ev: Event = {
      metadata: { name, namespace: ns, ...(Object.keys(annotations).length ? { annotations } : {}) },
      involvedObject: input.involvedObject,
      reason: input.reason,
      message: input.message,
      type: input.type,
      source: input.source,
      firstTimestamp: toK8sTime(now),
      lastTimestamp: toK8sTime(now),
      eventTime: toMicroTime(now),
      count: 1,
      reportingComponent: input.source.component,
      reportingInstance: input.source.host ?? '',
      action: input.reason,
    } as Event;
    const stored = this.store.create('Event', ev);
    this.recent.set(key, { name: stored.metadata!.name!, namespace: ns, at: now });
    if (this.recent.size > 4096) this.prune(now);
    return stored;
  }

  /** Drops the oldest entries (Map keeps insertion order; a re-recorded key moves to the end). */
  private prune(now: number): void {
    for (const [k, v] of this.recent) {
      if (this.recent.size <= 2048 && now - v.at < AGGREGATE_WINDOW_MS) break;
      this.recent.delete(k);
    }
  }
}
