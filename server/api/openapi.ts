/**
 * The OpenAPI v3 documents `kubectl apply` / `create` need to validate server-side (spec
 * kube-api-compat §3; kubectl pkg/resource/query_param_verifier_v3.go): one document per
 * group-version listing, for every kind that can be patched, a PATCH operation tagged with its
 * x-kubernetes-group-version-kind and a `fieldValidation` query parameter. Without a requestBody,
 * so apply builds its strategic merge patch from compiled-in types (patcher.go). Schemas are
 * empty (`kubectl explain` is out of scope). /openapi/v2 is not served.
 */
import { createHash } from 'node:crypto';
import { GROUP_VERSIONS, type GroupVersionDef } from './resources.js';

export interface OpenAPIDoc {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, unknown>;
  components: { schemas: Record<string, unknown> };
}

/** The path key of a group-version: `api/v1`, `apis/apps/v1`. */
export function gvPath(gv: Pick<GroupVersionDef, 'group' | 'version'>): string {
  return gv.group ? `apis/${gv.group}/${gv.version}` : `api/${gv.version}`;
}

function operationId(gv: GroupVersionDef, kind: string, namespaced: boolean): string {
  const group = gv.group ? gv.group.split('.')[0].replace(/^./, (c) => c.toUpperCase()) : 'Core';
  const version = gv.version.replace(/^./, (c) => c.toUpperCase());
  return `patch${group}${version}${namespaced ? 'Namespaced' : ''}${kind}`;
}

/** Group-versions with objects people apply (stored resources with the patch verb). */
export function openapiGroupVersions(): GroupVersionDef[] {
  return GROUP_VERSIONS.filter((gv) => gv.resources.some((r) => r.storeKind && r.verbs.includes('patch')));
}

export function openapiDocument(gv: GroupVersionDef): OpenAPIDoc {
  const paths: Record<string, unknown> = {};
  for (const r of gv.resources) {
    if (!r.storeKind || !r.verbs.includes('patch')) continue;
    const base = `/${gvPath(gv)}`;
    const path = r.namespaced ? `${base}/namespaces/{namespace}/${r.resource}/{name}` : `${base}/${r.resource}/{name}`;
    paths[path] = {
      patch: {
        operationId: operationId(gv, r.kind, r.namespaced),
        'x-kubernetes-action': 'patch',
        'x-kubernetes-group-version-kind': { group: gv.group, version: gv.version, kind: r.kind },
        parameters: [
          { name: 'dryRun', in: 'query', schema: { type: 'string', uniqueItems: true } },
          { name: 'fieldManager', in: 'query', schema: { type: 'string', uniqueItems: true } },
          { name: 'fieldValidation', in: 'query', schema: { type: 'string', uniqueItems: true } },
          { name: 'force', in: 'query', schema: { type: 'boolean', uniqueItems: true } },
        ],
        responses: { 200: { description: 'OK' }, 201: { description: 'Created' } },
      },
    };
  }
  return { openapi: '3.0.0', info: { title: 'Kubernetes', version: 'v1.32.0' }, paths, components: { schemas: {} } };
}

export function documentHash(doc: OpenAPIDoc): string {
  return createHash('sha512').update(JSON.stringify(doc)).digest('hex').toUpperCase();
}

/** GET /openapi/v3: where each group-version's document is, with a hash that changes with it. */
export function openapiRoot(): { paths: Record<string, { serverRelativeURL: string }> } {
  const paths: Record<string, { serverRelativeURL: string }> = {};
  for (const gv of openapiGroupVersions()) {
    const key = gvPath(gv);
    paths[key] = { serverRelativeURL: `/openapi/v3/${key}?hash=${documentHash(openapiDocument(gv))}` };
  }
  return { paths };
}

export function findOpenapiGroupVersion(path: string): GroupVersionDef | undefined {
  return openapiGroupVersions().find((gv) => gvPath(gv) === path);
}

