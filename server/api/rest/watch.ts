/**
 * Watch streams (apiserver/pkg/endpoints/handlers/watch.go, storage/cacher/cache_watcher.go):
 * newline-delimited WatchEvents on a chunked 200 whose headers are flushed at once (client-node's
 * informer waits for them). resourceVersion unset or "0": synthetic ADDED events for the current
 * state, then live changes; "N": every retained change after N, or one ERROR event with a 410
 * Expired Status when N is older than the store's history. An object that stops matching the
 * selectors is a DELETED event carrying its previous state. Bookmarks only when asked for (and not
 * for Tables), newline heartbeats every 10 s, `timeoutSeconds` ends the stream.
 */
import type { FastifyReply } from 'fastify';
import type { ServerResponse } from 'node:http';
import type { KObject } from '../../../core/types.js';
import type { WatchEvent } from '../../store/index.js';
import type { OutputKind } from '../media.js';
import type { ListQuery } from '../query.js';
import { apiVersionOf } from '../resources.js';
import { badRequest, toStatus } from '../status.js';
import { buildTable, partialObjectMetadata } from '../tables/index.js';
import { byKey, type ApiContext, type Backend } from './context.js';

export const HEARTBEAT_MS = 10_000;
export const BOOKMARK_MS = 60_000;
/** A watcher this far behind is dropped (the client reconnects from its last resourceVersion). */
export const MAX_BUFFERED_BYTES = 64 * 1024 * 1024;
export const INITIAL_EVENTS_END_ANNOTATION = 'k8s.io/initial-events-end';

type EventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';

export interface WatchRequest {
  namespace?: string;
  query: ListQuery;
  output: OutputKind;
}

/**
 * A DELETED event is a real removal when the object is its previous state with a new
 * resourceVersion (store.remove); otherwise it changed and stopped matching the watch's selectors.
 */
function leftSelector(obj: KObject, old: KObject): boolean {
  const rvless = (o: KObject) => JSON.stringify({ ...o, metadata: { ...o.metadata, resourceVersion: undefined } });
  return rvless(obj) !== rvless(old);
}

function parseRV(rv: string | undefined): number | undefined {
  if (rv === undefined || rv === '' || rv === '0') return undefined;
  if (!/^\d+$/.test(rv)) throw badRequest(`resourceVersion: Invalid value: "${rv}": must be a non-negative integer`);
  return Number(rv);
}

/** Serves one watch on the hijacked reply until the client goes away, timeoutSeconds passes or the server stops. */
export function serveWatch(ctx: ApiContext, backend: Backend, reply: FastifyReply, req: WatchRequest): void {
  const { query: q, output } = req;
  const sinceRV = parseRV(q.resourceVersion);
  const store = ctx.cp.store;
  reply.hijack();
  const res: ServerResponse = reply.raw;
  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, private', 'Transfer-Encoding': 'chunked' });
  res.flushHeaders();

  let closed = false;
  let headersSent = false;
  const timers: Array<{ cancel(): void }> = [];
  let unwatch: (() => void) | undefined;
  const handle = { close: () => close() };
  const close = () => {
    if (closed) return;
    closed = true;
    ctx.watches.delete(handle);
    unwatch?.();
    for (const t of timers) t.cancel();
    if (!res.writableEnded) res.end();
  };
  ctx.watches.add(handle);
  res.on('close', close);
  res.on('error', close);

  const write = (line: string) => {
    if (closed) return;
    res.write(line);
    if (res.writableLength > MAX_BUFFERED_BYTES) {
      ctx.log.warn({ resource: backend.def.resource }, 'dropping a watch whose client does not keep up');
      close();
    }
  };

  const send = (type: EventType, stored: KObject) => {
    let object: unknown = backend.toServed(stored);
    if (output.as === 'Table' && type !== 'BOOKMARK' && type !== 'ERROR') {
      object = buildTable(backend.kind, [{ stored, served: object as KObject }], ctx.cp.clock.now(),
        { version: output.version, includeObject: q.includeObject, noHeaders: headersSent }, { resourceVersion: stored.metadata?.resourceVersion });
      headersSent = true;
    } else if (output.as === 'PartialObjectMetadata' && type !== 'BOOKMARK' && type !== 'ERROR') {
      object = partialObjectMetadata(object as KObject, output.version);
    }
    write(`${JSON.stringify({ type, object })}\n`);
  };

  const bookmark = (annotations?: Record<string, string>) => {
    if (output.as === 'Table') return;
    const object = {
      kind: backend.def.kind, apiVersion: apiVersionOf(backend.def),
      metadata: { resourceVersion: String(store.resourceVersion), ...(annotations ? { annotations } : {}) },
    };
    write(`${JSON.stringify({ type: 'BOOKMARK', object })}\n`);
  };

  const onEvent = (ev: WatchEvent) => {
    if (closed) return;
    let obj = ev.object;
    if (ev.type === 'DELETED' && ev.old && leftSelector(ev.object, ev.old)) {
      // The object changed out of the selectors: cacheWatcher sends its previous state at this version.
      obj = { ...ev.old, metadata: { ...ev.old.metadata, resourceVersion: String(ev.rv) } };
    }
    send(ev.type, obj);
  };

  const selectors = { namespace: req.namespace, labelSelector: q.labelSelector, fieldSelector: q.fieldSelector };
  try {
    if (sinceRV === undefined || q.sendInitialEvents === true) {
      if (q.sendInitialEvents !== false) {
        for (const o of store.list(backend.kind, selectors).slice().sort(byKey)) send('ADDED', o);
      }
      if (q.sendInitialEvents === true && q.allowWatchBookmarks) bookmark({ [INITIAL_EVENTS_END_ANNOTATION]: 'true' });
      unwatch = store.watch([backend.kind], selectors, onEvent);
    } else {
      unwatch = store.watch([backend.kind], { ...selectors, sinceRV }, onEvent);
    }
  } catch (e) {
    write(`${JSON.stringify({ type: 'ERROR', object: toStatus(e) })}\n`);
    close();
    return;
  }
  if (closed) {
    unwatch?.();
    return;
  }
  timers.push(ctx.transport.every(HEARTBEAT_MS, () => write('\n')));
  if (q.allowWatchBookmarks) timers.push(ctx.transport.every(BOOKMARK_MS, () => bookmark()));
  if (q.timeoutSeconds) timers.push(ctx.transport.setTimer(q.timeoutSeconds * 1000, close));
}

/** Ends every open watch (on server close; fastify would otherwise wait for the hijacked responses). */
export function closeAllWatches(ctx: ApiContext): void {
  for (const w of [...ctx.watches]) w.close();
}
