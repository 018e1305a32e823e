/**
 * RFC 6902 JSON Patch (add, remove, replace, move, copy, test), as github.com/evanphx/json-patch
 * applies it for kube-apiserver (apiserver/pkg/endpoints/handlers/patch.go applyJSPatch).
 * Pure: returns a new document; throws PatchError with the library's wording.
 */

export class PatchError extends Error {}

type Json = unknown;

interface Op {
  op: string;
  path: string;
  from?: string;
  value?: Json;
}

function unescape(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function parsePointer(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new PatchError(`JSON pointer must start with "/": ${path}`);
  return path.slice(1).split('/').map(unescape);
}

function isContainer(v: Json): v is Record<string, Json> | Json[] {
  return v !== null && typeof v === 'object';
}

/** The parent container and last token of a pointer; throws when the parent does not exist. */
function locate(doc: Json, tokens: string[], path: string): { parent: Record<string, Json> | Json[]; key: string } {
  let cur: Json = doc;
  for (const t of tokens.slice(0, -1)) {
    if (Array.isArray(cur)) {
      const i = Number(t);
      if (!/^\d+$/.test(t) || i >= cur.length) throw new PatchError(`doc is missing path: "${path}": missing value`);
      cur = cur[i];
    } else if (isContainer(cur) && Object.prototype.hasOwnProperty.call(cur, t)) {
      cur = (cur as Record<string, Json>)[t];
    } else {
      throw new PatchError(`doc is missing path: "${path}": missing value`);
    }
  }
  if (!isContainer(cur)) throw new PatchError(`doc is missing path: "${path}": missing value`);
  return { parent: cur, key: tokens[tokens.length - 1] };
}

function get(doc: Json, path: string): Json {
  let cur = doc;
  for (const t of parsePointer(path)) {
    if (Array.isArray(cur) && /^\d+$/.test(t) && Number(t) < cur.length) cur = cur[Number(t)];
    else if (isContainer(cur) && !Array.isArray(cur) && Object.prototype.hasOwnProperty.call(cur, t)) cur = cur[t];
    else throw new PatchError(`doc is missing path: "${path}": missing value`);
  }
  return cur;
}

function arrayIndex(arr: Json[], key: string, forInsert: boolean): number {
  if (forInsert && key === '-') return arr.length;
  if (!/^\d+$/.test(key)) throw new PatchError(`Unable to access invalid index: ${key}: invalid index referenced`);
  const i = Number(key);
  if (i > arr.length || (!forInsert && i === arr.length)) throw new PatchError(`Unable to access invalid index: ${i}: invalid index referenced`);
  return i;
}

function add(doc: Json, path: string, value: Json): Json {
  const tokens = parsePointer(path);
  if (tokens.length === 0) return value;
  const { parent, key } = locate(doc, tokens, path);
  if (Array.isArray(parent)) parent.splice(arrayIndex(parent, key, true), 0, value);
  else parent[key] = value;
  return doc;
}

function remove(doc: Json, path: string): Json {
  const tokens = parsePointer(path);
  if (tokens.length === 0) throw new PatchError('unable to remove the whole document');
  const { parent, key } = locate(doc, tokens, path);
  if (Array.isArray(parent)) {
    parent.splice(arrayIndex(parent, key, false), 1);
  } else {
    if (!Object.prototype.hasOwnProperty.call(parent, key)) throw new PatchError(`Unable to remove nonexistent key: ${key}: missing value`);
    delete parent[key];
  }
  return doc;
}

function replace(doc: Json, path: string, value: Json): Json {
  const tokens = parsePointer(path);
  if (tokens.length === 0) return value;
  const { parent, key } = locate(doc, tokens, path);
  if (Array.isArray(parent)) parent[arrayIndex(parent, key, false)] = value;
  else {
    if (!Object.prototype.hasOwnProperty.call(parent, key)) throw new PatchError(`replace operation does not apply: doc is missing key: ${path}: missing value`);
    parent[key] = value;
  }
  return doc;
}

function deepEqual(a: Json, b: Json): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(v: Json): Json {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (isContainer(v)) return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, Json>)[k])]));
  return v;
}

/** Applies a JSON Patch to a deep copy of doc. */
export function applyJsonPatch(doc: Json, ops: unknown): Json {
  if (!Array.isArray(ops)) throw new PatchError('json: cannot unmarshal object into Go value of type jsonpatch.Patch');
  let out = structuredClone(doc);
  for (const raw of ops) {
    if (!isContainer(raw) || Array.isArray(raw)) throw new PatchError('json: cannot unmarshal into Go value of type jsonpatch.Operation');
    const op = raw as unknown as Op;
    if (typeof op.path !== 'string') throw new PatchError(`operation missing path field`);
    switch (op.op) {
      case 'add':
        if (!('value' in op)) throw new PatchError('add operation missing value field');
        out = add(out, op.path, structuredClone(op.value));
        break;
      case 'remove':
        out = remove(out, op.path);
        break;
      case 'replace':
        if (!('value' in op)) throw new PatchError('replace operation missing value field');
        out = replace(out, op.path, structuredClone(op.value));
        break;
      case 'move': {
        if (typeof op.from !== 'string') throw new PatchError('move operation missing from field');
        const v = get(out, op.from);
        out = remove(out, op.from);
        out = add(out, op.path, v);
        break;
      }
      case 'copy': {
        if (typeof op.from !== 'string') throw new PatchError('copy operation missing from field');
        out = add(out, op.path, structuredClone(get(out, op.from)));
        break;
      }
      case 'test':
        if (!deepEqual(get(out, op.path), op.value)) throw new PatchError(`testing value ${op.path} failed: test failed`);
        break;
      default:
        throw new PatchError(`Unexpected kind: ${String(op.op)}`);
    }
  }
  return out;
}
