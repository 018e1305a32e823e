// Bundles the agent program (dist/cli/agent-main.js, compiled by tsc) into one minified file,
// dist/kemu-agent.mjs, run by `bin/kemu-agent.js`, `kemu up` and docker compose. Why: every
// emulated kubelet is its own process, and what it keeps in memory is mostly code (source strings
// and bytecode of every module it loads) — one minified file without the control plane's modules
// takes ~2 MB less RSS than `kemu agent` (see README, Performance, agent-rss-single).
//
// Besides minifying, it defers modules the agent needs only in rare cases:
//   tls, https   only for a wss:// control plane (ws loads them at start-up)
//   zlib         only if the server accepts permessage-deflate (the gateway does not)
//   thread-stream  only for pino transports (KEMU_LOG_PRETTY=1 in a terminal)
// and leaves out `long`, which proto/no-long.ts disables anyway (int64 fields decode as numbers).
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const LAZY_BUILTINS = ['tls', 'https', 'zlib'];
const LAZY_PACKAGES = ['thread-stream'];

/** A module whose exports are the real module's, loaded at the first property access. */
function lazyModule(spec, callable) {
  const load = `let real; const load = () => (real ??= require(${JSON.stringify(spec)}));`;
  return callable
    ? `${load} module.exports = function lazy(...args) { const C = load(); return new.target ? new C(...args) : C(...args); };`
    : `${load} module.exports = new Proxy({}, { get: (_t, k) => load()[k], has: (_t, k) => k in load(), ownKeys: () => Reflect.ownKeys(load()), getOwnPropertyDescriptor: (_t, k) => Reflect.getOwnPropertyDescriptor(load(), k) });`;
}

const lazy = {
  name: 'kemu-agent-lazy',
  setup(build) {
    const builtins = new RegExp(`^(node:)?(${LAZY_BUILTINS.join('|')})$`);
    build.onResolve({ filter: builtins }, (a) => (a.namespace === 'lazy' ? { path: a.path, external: true } : { path: a.path.replace(/^node:/, ''), namespace: 'lazy', pluginData: 'object' }));
    const packages = new RegExp(`^(${LAZY_PACKAGES.join('|')})$`);
    build.onResolve({ filter: packages }, (a) => (a.namespace === 'lazy' ? undefined : { path: a.path, namespace: 'lazy', pluginData: 'class' }));
    build.onResolve({ filter: /^long$/ }, () => ({ path: 'long', namespace: 'absent' }));
    build.onLoad({ filter: /.*/, namespace: 'absent' }, () => ({ contents: 'module.exports = null;', loader: 'js' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, (a) => ({
      // A package is required by a name esbuild cannot follow, so it stays a runtime require.
      contents: LAZY_BUILTINS.includes(a.path) ? lazyModule(`node:${a.path}`, false) : lazyModule(a.path, true).replace(`require(${JSON.stringify(a.path)})`, `require([${JSON.stringify(a.path)}][0])`),
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
};

export async function bundleAgent() {
  if (!existsSync('dist/cli/agent-main.js')) throw new Error('dist/cli/agent-main.js is missing: run tsc first (npm run build)');
  await esbuild.build({
    stdin: { contents: "import { main } from './cli/agent-main.js';\nvoid main(process.argv);\n", resolveDir: 'dist', sourcefile: 'agent-entry.js', loader: 'js' },
    outfile: 'dist/kemu-agent.mjs',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    // CommonJS dependencies (pino, ws, protobufjs) call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as kemuCreateRequire } from 'node:module'; const require = kemuCreateRequire(import.meta.url);" },
    plugins: [lazy],
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await bundleAgent();
