/**
 * GET of one object and of a collection (apiserver/pkg/endpoints/handlers/get.go), with
 * selectors, `limit`/`continue` paging in key order (the order etcd returns), and the three
 * response shapes: the object / XxxList, a meta.k8s.io Table, or PartialObjectMetadata(List).
 */
import type { KObject } from '../../../core/types.js';
import type { OutputKind } from '../media.js';
import { apiVersionOf } from '../resources.js';
import type { ListQuery } from '../query.js';
import { badRequest, apiError } from '../status.js';
import { buildTable, partialObjectMetadata, type Table } from '../tables/index.js';
import { byKey, notFoundFor, objectSortKey, type ApiContext, type Backend } from './context.js';

interface ContinueToken { v: string; rv: number; start: string }

export function encodeContinue(rv: number, lastKey: string): string {
  const token: ContinueToken = { v: 'meta.k8s.io/v1', rv, start: `${lastKey}\u0000` };
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

export function decodeContinue(s: string): ContinueToken {
  let token: ContinueToken;
  try {
    token = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as ContinueToken;
  } catch {
    throw badRequest('continue key is not valid: illegal base64 data at input byte 0');
  }
  if (token?.v !== 'meta.k8s.io/v1' || typeof token.start !== 'string' || typeof token.rv !== 'number') {
    throw badRequest('continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)');
  }
  return token;
}

export interface ListPage {
  items: KObject[];
  resourceVersion: string;
  continue?: string;
  remainingItemCount?: number;
}

/** The matching objects of one page, sorted by namespace/name. */
export function listPage(ctx: ApiContext, backend: Backend, namespace: string | undefined, q: ListQuery): ListPage {
  const store = ctx.cp.store;
  let rv = store.resourceVersion;
  if (q.resourceVersionMatch === 'Exact' && q.resourceVersion && Number(q.resourceVersion) !== rv) {
    throw apiError(410, 'Expired', `too old resource version: ${q.resourceVersion} (${rv})`);
  }
  let items = store.list(backend.kind, { namespace, labelSelector: q.labelSelector, fieldSelector: q.fieldSelector }).slice().sort(byKey);
  if (q.continue) {
    const token = decodeContinue(q.continue);
    rv = token.rv;
    const after = token.start.replace(/\u0000$/, '');
    items = items.filter((o) => objectSortKey(o) > after);
  }
  if (q.limit !== undefined && items.length > q.limit) {
    const page = items.slice(0, q.limit);
    return {
      items: page, resourceVersion: String(rv),
      continue: encodeContinue(rv, objectSortKey(page[page.length - 1])),
      remainingItemCount: items.length - q.limit,
    };
  }
  return { items, resourceVersion: String(rv) };
}

/** The response body of a list in the negotiated shape. */
export function listResponse(ctx: ApiContext, backend: Backend, page: ListPage, output: OutputKind, q: ListQuery): unknown {
  const listMeta: Table['metadata'] = { resourceVersion: page.resourceVersion };
  if (page.continue) listMeta.continue = page.continue;
  if (page.remainingItemCount !== undefined) listMeta.remainingItemCount = page.remainingItemCount;
  if (output.as === 'Table') {
    const rows = page.items.map((o) => ({ stored: o, served: backend.toServed(o) }));
    return buildTable(backend.kind, rows, ctx.cp.clock.now(), { version: output.version, includeObject: q.includeObject }, listMeta);
  }
  if (output.as === 'PartialObjectMetadata') {
    return {
      kind: 'PartialObjectMetadataList', apiVersion: `meta.k8s.io/${output.version}`, metadata: listMeta,
      items: page.items.map((o) => partialObjectMetadata(backend.toServed(o), output.version)),
    };
  }
  return {
    kind: `${backend.def.kind}List`, apiVersion: apiVersionOf(backend.def), metadata: listMeta,
    items: page.items.map((o) => backend.toServed(o)),
  };
}

export function getObject(ctx: ApiContext, backend: Backend, namespace: string | undefined, name: string): KObject {
  const obj = ctx.cp.store.get(backend.kind, namespace, name);
  if (!obj) throw notFoundFor(backend.def, name);
  return obj;
}

/** One object in the negotiated shape (a Table with one row for kubectl get NAME). */
export function objectResponse(ctx: ApiContext, backend: Backend, stored: KObject, output: OutputKind, q: Pick<ListQuery, 'includeObject'>): unknown {
  const served = backend.toServed(stored);
  if (output.as === 'Table') {
    return buildTable(backend.kind, [{ stored, served }], ctx.cp.clock.now(), { version: output.version, includeObject: q.includeObject },
      { resourceVersion: stored.metadata?.resourceVersion });
  }
  if (output.as === 'PartialObjectMetadata') return partialObjectMetadata(served, output.version);
  return served;
}
