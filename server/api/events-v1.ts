/**
 * events.k8s.io/v1 Events are the same stored objects as core/v1 Events, converted field by
 * field (pkg/apis/events/v1/conversion.go): involvedObject ↔ regarding, message ↔ note,
 * source ↔ deprecatedSource, first/lastTimestamp ↔ deprecatedFirst/LastTimestamp,
 * count ↔ deprecatedCount, reportingComponent ↔ reportingController.
 */
import type { Event as EventV1 } from 'kubernetes-types/events/v1.js';
import type { Event, KObject } from '../../core/types.js';
import { EVENTS_V1 } from './resources.js';
import type { Backend } from './rest/context.js';

export function coreToEventsV1(e: Event): EventV1 {
  const out: EventV1 = {
    apiVersion: 'events.k8s.io/v1', kind: 'Event', metadata: e.metadata,
    eventTime: e.eventTime as string,
  };
  const set = <K extends keyof EventV1>(k: K, v: EventV1[K] | undefined) => {
    if (v !== undefined && v !== null && v !== '') out[k] = v;
  };
  set('series', e.series ? { count: e.series.count ?? 0, lastObservedTime: e.series.lastObservedTime ?? '' } : undefined);
  set('reportingController', e.reportingComponent);
  set('reportingInstance', e.reportingInstance);
  set('action', e.action);
  set('reason', e.reason);
  set('regarding', e.involvedObject);
  set('related', e.related);
  set('note', e.message);
  set('type', e.type);
  set('deprecatedSource', e.source && (e.source.component || e.source.host) ? e.source : undefined);
  set('deprecatedFirstTimestamp', e.firstTimestamp);
  set('deprecatedLastTimestamp', e.lastTimestamp);
  set('deprecatedCount', e.count);
  return out;
}

export function eventsV1ToCore(e: EventV1): Event {
  const out: Event = { apiVersion: 'v1', kind: 'Event', metadata: e.metadata ?? {}, involvedObject: e.regarding ?? {} };
  const set = <K extends keyof Event>(k: K, v: Event[K] | undefined) => {
    if (v !== undefined && v !== null && v !== '') out[k] = v;
  };
  set('eventTime', e.eventTime);
  set('series', e.series);
  set('reportingComponent', e.reportingController);
  set('reportingInstance', e.reportingInstance);
  set('action', e.action);
  set('reason', e.reason);
  set('related', e.related);
  set('message', e.note);
  set('type', e.type);
  set('source', e.deprecatedSource);
  set('firstTimestamp', e.deprecatedFirstTimestamp);
  set('lastTimestamp', e.deprecatedLastTimestamp);
  set('count', e.deprecatedCount);
  return out;
}

export const eventsV1Backend: Backend = {
  def: EVENTS_V1.resources[0],
  kind: 'Event',
  toServed: (o: KObject) => coreToEventsV1(o as Event) as KObject,
  fromServed: (o: Record<string, unknown>) => eventsV1ToCore(o as unknown as EventV1) as KObject,
};
