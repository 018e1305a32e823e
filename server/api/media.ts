/**
 * Content negotiation (apiserver/pkg/endpoints/handlers/negotiation): what to answer (plain
 * JSON, a meta.k8s.io Table, PartialObjectMetadata) from Accept, and how to read a request body
 * from its Content-Type. kemu always answers JSON; protobuf request bodies are accepted only for
 * DeleteOptions (kubectl drain's DELETE fallback sends them, spec kube-api-compat §1.4).
 */
import { parse as parseYaml } from 'yaml';
import type { FastifyRequest } from 'fastify';
import { decodeDeleteOptionsProtobuf } from './protobuf.js';
import { decodeObjectProtobuf, PROTOBUF_KINDS } from './protobuf-objects.js';
import { ACCEPTED_PATCH_TYPES, apiError, badRequest, notAcceptable, REASON, unsupportedMediaType } from './status.js';
import type { DeleteOptions } from 'kubernetes-types/meta/v1.js';

export type OutputKind =
  | { as: 'json' }
  | { as: 'Table'; version: 'v1' | 'v1beta1' }
  | { as: 'PartialObjectMetadata'; version: 'v1' | 'v1beta1' };

interface MediaRange { type: string; params: Record<string, string>; q: number }

export function parseAccept(header: string | undefined): MediaRange[] {
  if (!header || header.trim() === '') return [];
  const out: MediaRange[] = [];
  for (const part of header.split(',')) {
    const [type, ...rest] = part.split(';').map((s) => s.trim());
    if (!type) continue;
    const params: Record<string, string> = {};
    for (const p of rest) {
      const eq = p.indexOf('=');
      if (eq > 0) params[p.slice(0, eq).trim().toLowerCase()] = p.slice(eq + 1).trim().replace(/^"|"$/g, '');
    }
    const q = params.q !== undefined ? Number(params.q) : 1;
    out.push({ type: type.toLowerCase(), params, q: Number.isFinite(q) ? q : 1 });
  }
  // Stable sort by quality, as negotiation.go does.
  return out.map((m, i) => ({ m, i })).sort((a, b) => b.m.q - a.m.q || a.i - b.i).map((x) => x.m);
}

const JSONISH = new Set(['application/json', 'application/*', '*/*', 'application/yaml']);

/**
 * What a GET/list/watch should answer. `transform` is false for endpoints that never convert
 * (discovery, subresources). Throws 406 when nothing acceptable is offered.
 */
export function negotiateOutput(accept: string | undefined, transform = true): OutputKind {
  const ranges = parseAccept(accept);
  if (ranges.length === 0) return { as: 'json' };
  for (const r of ranges) {
    if (r.q <= 0 || !JSONISH.has(r.type)) continue;
    const as = r.params.as;
    if (!as) return { as: 'json' };
    if (!transform || r.params.g !== 'meta.k8s.io') continue;
    const version = r.params.v === 'v1beta1' ? 'v1beta1' : r.params.v === 'v1' ? 'v1' : undefined;
    if (!version) continue;
    if (as === 'Table') return { as: 'Table', version };
    if (as === 'PartialObjectMetadata' || as === 'PartialObjectMetadataList') return { as: 'PartialObjectMetadata', version };
  }
  throw notAcceptable();
}

/** The essence of a Content-Type header: `application/json; charset=utf-8` → `application/json`. */
export function mediaType(req: FastifyRequest): string {
  const ct = req.headers['content-type'];
  return (Array.isArray(ct) ? ct[0] : ct ?? '').split(';')[0].trim().toLowerCase();
}

function rawBody(req: FastifyRequest): Buffer | undefined {
  const b = req.body;
  if (b === undefined || b === null) return undefined;
  if (Buffer.isBuffer(b)) return b;
  if (typeof b === 'string') return Buffer.from(b);
  return Buffer.from(JSON.stringify(b));
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw badRequest(`${what}: ${(e as Error).message}`);
  }
}

function parseYamlText(text: string): unknown {
  try {
    return parseYaml(text);
  } catch (e) {
    throw badRequest(`error converting YAML to JSON: yaml: ${(e as Error).message.split('\n')[0]}`);
  }
}

function asObject(v: unknown, what: string): Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    throw badRequest(`${what}: the body must be a JSON object, got ${v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v}`);
  }
  return v as Record<string, unknown>;
}

/**
 * A create/update body (JSON, YAML, or protobuf for the kinds kubectl's typed clients send) as an
 * object; 415 for other media types, 400 when malformed or empty.
 */
export function decodeObjectBody(req: FastifyRequest, expectKind?: string): Record<string, unknown> {
  const type = mediaType(req);
  const buf = rawBody(req);
  if (type === 'application/vnd.kubernetes.protobuf' && expectKind && PROTOBUF_KINDS.has(expectKind)) {
    if (!buf || buf.length === 0) throw badRequest('the body of the request was empty');
    try {
      return decodeObjectProtobuf(buf, expectKind);
    } catch (e) {
      throw badRequest(`unable to decode ${expectKind} from protobuf: ${(e as Error).message}`);
    }
  }
  if (type !== '' && type !== 'application/json' && type !== 'application/yaml') {
    throw unsupportedMediaType(['application/json', 'application/yaml']);
  }
  if (!buf || buf.length === 0) throw badRequest('the body of the request was empty');
  const text = buf.toString('utf8');
  const what = "couldn't get version/kind; json parse error";
  const v = type === 'application/yaml' ? parseYamlText(text) : parseJson(text, what);
  return asObject(v, what);
}

/** DeleteOptions from a DELETE body: JSON, YAML, protobuf (kubectl drain) or nothing. */
export function decodeDeleteOptions(req: FastifyRequest): DeleteOptions {
  const buf = rawBody(req);
  if (!buf || buf.length === 0) return {};
  const type = mediaType(req);
  if (type === 'application/vnd.kubernetes.protobuf') {
    try {
      return decodeDeleteOptionsProtobuf(buf);
    } catch (e) {
      throw badRequest(`unable to decode DeleteOptions from protobuf: ${(e as Error).message}`);
    }
  }
  if (type === 'application/yaml') return asObject(parseYamlText(buf.toString('utf8')), 'DeleteOptions') as DeleteOptions;
  if (type === '' || type === 'application/json') {
    return asObject(parseJson(buf.toString('utf8'), "couldn't get version/kind; json parse error"), 'DeleteOptions') as DeleteOptions;
  }
  throw unsupportedMediaType();
}

export type PatchType = 'json' | 'merge' | 'strategic' | 'apply';

const PATCH_TYPES: Record<string, PatchType> = {
  'application/json-patch+json': 'json',
  'application/merge-patch+json': 'merge',
  'application/strategic-merge-patch+json': 'strategic',
  'application/apply-patch+yaml': 'apply',
};

/** The patch document and its type; 415 for any other Content-Type (handlers/patch.go). */
export function decodePatch(req: FastifyRequest): { type: PatchType; patch: unknown } {
  const type = PATCH_TYPES[mediaType(req)];
  if (!type) throw unsupportedMediaType(ACCEPTED_PATCH_TYPES);
  const buf = rawBody(req);
  if (!buf || buf.length === 0) throw badRequest('the body of the request was empty');
  const text = buf.toString('utf8');
  const patch = type === 'apply' ? parseYamlText(text) : parseJson(text, 'error decoding patch');
  if (type === 'json') {
    if (!Array.isArray(patch)) throw apiError(400, REASON.BadRequest, 'json: cannot unmarshal object into Go value of type jsonpatch.Patch');
  } else {
    asObject(patch, 'error decoding patch');
  }
  return { type, patch };
}
