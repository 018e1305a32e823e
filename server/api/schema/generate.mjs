// Generates known-fields.gen.ts: the field names of every API type kemu serves, read from the
// `kubernetes-types` declarations (generated from the upstream OpenAPI), plus the few fields
// Kubernetes 1.31/1.32 added after that package's release. Used for fieldValidation=Strict
// ("unknown field") and to find strategic-merge-patch list metadata by type.
//
//   node server/api/schema/generate.mjs        (rewrites known-fields.gen.ts)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const typesRoot = join(here, '../../../node_modules/kubernetes-types');
const pkgVersion = JSON.parse(readFileSync(join(typesRoot, 'package.json'), 'utf8')).version;

/** Root types: the objects, subresource bodies and options the API accepts. */
const ROOTS = [
  'core/v1.Pod', 'core/v1.Node', 'core/v1.Namespace', 'core/v1.Event', 'core/v1.Binding',
  'apps/v1.ReplicaSet', 'apps/v1.Deployment', 'apps/v1.DaemonSet',
  'policy/v1.PodDisruptionBudget', 'policy/v1.Eviction', 'scheduling/v1.PriorityClass',
  'coordination/v1.Lease', 'events/v1.Event', 'autoscaling/v1.Scale', 'meta/v1.DeleteOptions',
];

/** Fields added upstream after kubernetes-types ${pkgVersion} (types.go of v1.31 / v1.32). */
const EXTRA = {
  'core/v1.PodSpec': { resources: 'core/v1.ResourceRequirements' },
  'core/v1.PodSecurityContext': { supplementalGroupsPolicy: '', seLinuxChangePolicy: '' },
  'core/v1.Volume': { image: 'core/v1.ImageVolumeSource' },
  'core/v1.ImageVolumeSource': { reference: '', pullPolicy: '' },
  'core/v1.ContainerStatus': { user: '*', allocatedResourcesStatus: '*' },
  'core/v1.NodeStatus': { features: '*' },
  'core/v1.NodeSystemInfo': { swap: '*' },
  'core/v1.ResourceClaim': { request: '' },
  'core/v1.PodStatus': { resize: '' },
  'coordination/v1.LeaseSpec': { strategy: '', preferredHolder: '' },
  'meta/v1.DeleteOptions': { ignoreStoreReadErrorWithClusterBreakingPotential: '' },
};

const SCALARS = new Set(['string', 'boolean', 'number', 'number | string', 'Quantity', 'Time', 'MicroTime']);
const ANY = new Set(['RawExtension', 'JSON', 'any', 'unknown', 'object']);

const files = new Map();
function parseModule(mod) {
  if (files.has(mod)) return files.get(mod);
  const text = readFileSync(join(typesRoot, `${mod}.d.ts`), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const imports = new Map();
  for (const m of text.matchAll(/^import \{([^}]*)\} from "\.\.\/([^"]+)";/gm)) {
    for (const name of m[1].split(',').map((s) => s.trim()).filter(Boolean)) imports.set(name, m[2]);
  }
  const interfaces = new Map();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const head = /^export interface (\w+) \{/.exec(lines[i]);
    if (!head) continue;
    const fields = new Map();
    for (i++; i < lines.length && lines[i] !== '}'; i++) {
      const f = /^ {4}(?:readonly )?([\w$-]+|"[^"]+")\??: (.*?);?$/.exec(lines[i]);
      if (!f) continue;
      let type = f[2];
      if (type === '{') {
        // { [name: string]: T; }
        const inner = /\[name: string\]: (.*);/.exec(lines[i + 1] ?? '');
        type = `{${inner ? inner[1] : 'any'}}`;
        while (i < lines.length && lines[i] !== '    };') i++;
      }
      fields.set(f[1].replace(/"/g, ''), type);
    }
    interfaces.set(head[1], fields);
  }
  const mod2 = { mod, imports, interfaces };
  files.set(mod, mod2);
  return mod2;
}

/** Resolves a type name used in `mod` to its qualified `module.Name`, or null for scalars/any. */
function qualify(mod, name) {
  const m = parseModule(mod);
  if (m.interfaces.has(name)) return `${mod}.${name}`;
  const from = m.imports.get(name);
  if (from && parseModule(from).interfaces.has(name)) return `${from}.${name}`;
  return null;
}

const out = new Map();
function encode(mod, type) {
  type = type.trim();
  if (SCALARS.has(type) || /^"[^"]*"$/.test(type)) return '';
  if (ANY.has(type)) return '*';
  let m = /^Array<(.*)>$/.exec(type);
  if (m) {
    const inner = encode(mod, m[1]);
    return inner === '' ? '[]' : inner === '*' ? '*' : `[]${inner}`;
  }
  m = /^\{(.*)\}$/.exec(type);
  if (m) {
    const inner = encode(mod, m[1]);
    return inner === '' || inner === '[]' ? '{}' : inner === '*' ? '*' : `{}${inner}`;
  }
  const q = qualify(mod, type);
  // Unknown names and field-less interfaces (FieldsV1) are free-form.
  if (!q || parseModule(q.slice(0, q.lastIndexOf('.'))).interfaces.get(q.slice(q.lastIndexOf('.') + 1)).size === 0) return '*';
  visit(q);
  return q;
}

function visit(qname) {
  if (out.has(qname)) return;
  const dot = qname.lastIndexOf('.');
  const mod = qname.slice(0, dot);
  const name = qname.slice(dot + 1);
  const fields = parseModule(mod).interfaces.get(name);
  const entry = {};
  out.set(qname, entry);
  if (fields) for (const [f, t] of fields) entry[f] = encode(mod, t);
  for (const [f, t] of Object.entries(EXTRA[qname] ?? {})) {
    entry[f] = t;
    if (t && t !== '*' && !/^(\[\]|\{\})/.test(t) && t.includes('.')) visit(t);
  }
}

for (const r of ROOTS) visit(r);
for (const [q, fields] of Object.entries(EXTRA)) if (!out.has(q)) out.set(q, { ...fields });

const body = [...out.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([q, fields]) => {
  const parts = Object.entries(fields).sort(([a], [b]) => a.localeCompare(b))
    .map(([f, t]) => `${/^[A-Za-z_$][\w$]*$/.test(f) ? f : `'${f}'`}: '${t}'`);
  return `  '${q}': { ${parts.join(', ')} },`;
});

const file = `// Generated by server/api/schema/generate.mjs from kubernetes-types ${pkgVersion} (+ v1.31/v1.32
// additions listed there). Do not edit by hand: run \`node server/api/schema/generate.mjs\`.
//
// Encoding of a field's type: '' scalar, '*' anything, 'mod.Type' object, '[]' list of scalars,
// '[]mod.Type' list of objects, '{}' map of scalars, '{}mod.Type' map of objects.
/* eslint-disable */
export const KNOWN_TYPES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
${body.join('\n')}
};
`;
writeFileSync(join(here, 'known-fields.gen.ts'), file);
process.stdout.write(`known-fields.gen.ts: ${out.size} types\n`);
