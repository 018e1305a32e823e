// Regenerates proto/gen/kemu.js (+ .d.ts) from proto/kemu.proto with protobufjs-cli.
// The output is committed so `npm ci` needs no generator; a test checks it is up to date.
// Types come from a commented build (pbts reads the JSDoc); the runtime module has no comments,
// which keeps it small in every agent process.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (n) => `node_modules/protobufjs-cli/bin/${n}`;
const common = ['-t', 'static-module', '-w', 'es6', '--force-number', '--no-verify', '--no-delimited',
  '--no-convert', '--no-service', '--keep-case'];
const fix = (s) => s.replace(/from "protobufjs\/minimal"/, 'from "protobufjs/minimal.js"');

export function generate() {
  const tmp = mkdtempSync(join(tmpdir(), 'kemu-proto-'));
  const commented = join(tmp, 'kemu.js');
  writeFileSync(commented, fix(execFileSync('node', [bin('pbjs'), ...common, 'proto/kemu.proto'], { encoding: 'utf8' })));
  const dts = execFileSync('node', [bin('pbts'), '--no-comments', commented], { encoding: 'utf8' })
    .replace(/import Long = require\("long"\);\n/, '');
  const js = fix(execFileSync('node', [bin('pbjs'), ...common, '--no-comments', 'proto/kemu.proto'], { encoding: 'utf8' }));
  return { js, dts };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { js, dts } = generate();
  mkdirSync('proto/gen', { recursive: true });
  writeFileSync('proto/gen/kemu.js', js);
  writeFileSync('proto/gen/kemu.d.ts', dts);
  process.stdout.write(`proto/gen/kemu.js ${js.length} bytes, kemu.d.ts ${dts.length} bytes\n`);
}
