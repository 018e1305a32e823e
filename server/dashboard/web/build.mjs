// Builds the dashboard (Preact + TSX) into server/dashboard/public with esbuild: one bundled,
// minified script and stylesheet plus index.html and the icon. Run from the repository root by
// `npm run build` (after tsc, before scripts/copy-assets.mjs); `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = dirname(fileURLToPath(import.meta.url));
const out = join(web, '../public');
const watch = process.argv.includes('--watch');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const f of ['index.html', 'favicon.svg']) copyFileSync(join(web, f), join(out, f));

const options = {
  entryPoints: { app: join(web, 'src/main.tsx'), styles: join(web, 'src/styles.css') },
  outdir: out,
  bundle: true,
  minify: !watch && !process.env.KEMU_DASHBOARD_DEBUG,
  sourcemap: true,
  format: 'esm',
  target: ['es2022', 'chrome110', 'firefox115', 'safari16'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
};

if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
  process.stdout.write(`watching ${web} → ${out}\n`);
} else {
  const r = await esbuild.build(options);
  const sizes = Object.entries(r.metafile.outputs).filter(([f]) => !f.endsWith('.map')).map(([f, o]) => `${f.split('/').pop()} ${(o.bytes / 1024).toFixed(1)} KiB`);
  process.stdout.write(`dashboard: ${sizes.join(', ')}\n`);
}
