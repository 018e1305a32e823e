/**
 * The Eviction subresource, POST /api/v1/namespaces/{ns}/pods/{name}/eviction
 * (pkg/registry/core/pod/storage/eviction.go EvictionREST.Create; spec kube-api-compat §7.2).
 * This is the HTTP shell: the body checks (kind, apiVersion, name in URL), dry-run propagation
 * and preconditions, then the shared write path server/registry/eviction.ts (decision from
 * core/pdb.ts `checkEviction`, PDB status write, DisruptionTarget condition, graceful delete),
 * and the Status: 201 Success, 429 TooManyRequests with the budget cause, 404 for a missing pod,
 * 500 for a pod with several PDBs, 403 for a broken budget.
 */
import type { DeleteOptions } from 'kubernetes-types/meta/v1.js';
import type { EvictionDecision } from '../../core/pdb.js';
import type { Eviction, Pod } from '../../core/types.js';
import { evictPod as evictThroughRegistry } from '../registry/index.js';
import { isDryRun, qsAll, type Query } from './query.js';
import { resourceForKind } from './resources.js';
import { notFoundFor, type ApiContext } from './rest/context.js';
import { apiError, badRequest, failure, REASON, success, type Status } from './status.js';
import { canonicalJson } from './validation/index.js';

export const EVICTION_NAME_MISMATCH = 'name in URL does not match name in Eviction object';
const EVICTION_API_VERSIONS = ['policy/v1', 'policy/v1beta1'];

export interface EvictionResult {
  code: number;
  status: Status;
  /** Why the eviction was allowed or refused (the decision and its reasons). */
  decision: EvictionDecision;
}

/** propagateDryRun: the body's deleteOptions.dryRun and the query's must agree when both are set. */
function propagateDryRun(opts: DeleteOptions, q: Query | undefined): boolean {
  const fromQuery = qsAll(q, 'dryRun');
  const fromBody = (opts.dryRun ?? []) as string[];
  if (fromQuery.length && fromBody.length && canonicalJson(fromQuery) !== canonicalJson(fromBody)) {
    throw badRequest(`Non-matching dry-run options in request and content: [${fromQuery.join(' ')}] and [${fromBody.join(' ')}]`);
  }
  return isDryRun(undefined, fromBody.length ? fromBody : fromQuery);
}

/** The Status of a refused eviction (errors.NewTooManyRequests / NewForbidden, or the bare 500). */
export function refusalStatus(decision: Extract<EvictionDecision, { allowed: false }>): Status {
  if (decision.code === 500) return failure(500, '', decision.message);
  if (decision.code === 403) {
    return failure(403, decision.reason, decision.message, { name: decision.pdb, group: 'policy', kind: 'poddisruptionbudget' });
  }
  return failure(decision.code, decision.reason, decision.message, {
    ...(decision.retryAfterSeconds ? { retryAfterSeconds: decision.retryAfterSeconds } : {}),
    causes: decision.causes ?? [],
  });
}

export function evictPod(ctx: ApiContext, namespace: string, name: string, body: Record<string, unknown>, q: Query | undefined): EvictionResult {
  if (body.kind !== undefined && body.kind !== 'Eviction') throw badRequest(`not a Eviction object: ${String(body.kind)}`);
  if (body.apiVersion !== undefined && !EVICTION_API_VERSIONS.includes(String(body.apiVersion))) {
    throw badRequest(`the API version in the data (${String(body.apiVersion)}) does not match the expected API version (policy/v1)`);
  }
  const eviction = body as Eviction;
  if (eviction.metadata?.name !== name) throw badRequest(EVICTION_NAME_MISMATCH);
  const opts: DeleteOptions = eviction.deleteOptions ?? {};
  const dryRun = propagateDryRun(opts, q);
  const pod = ctx.cp.store.get<Pod>('Pod', namespace, name);
  if (!pod) throw notFoundFor(resourceForKind('Pod'), name);
  if (opts.preconditions?.uid && opts.preconditions.uid !== pod.metadata?.uid) {
    throw apiError(409, REASON.Conflict, `Precondition failed: UID in precondition: ${opts.preconditions.uid}, UID in object meta: ${pod.metadata?.uid ?? ''}`);
  }
  const decision = evictThroughRegistry(ctx.cp.store, namespace, name, {
    dryRun, gracePeriodSeconds: opts.gracePeriodSeconds ?? undefined,
    resourceVersion: opts.preconditions?.resourceVersion ?? undefined, recorder: dryRun ? undefined : ctx.cp.recorder,
  });
  ctx.log.debug({ pod: `${namespace}/${name}`, why: decision }, decision.allowed ? 'pod evicted' : 'eviction refused');
  if (!decision.allowed) return { code: decision.code, status: refusalStatus(decision), decision };
  return { code: 201, status: success(201), decision };
}
