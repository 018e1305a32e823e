#!/usr/bin/env node
// Runs the compiled CLI (built by `npm ci` through the `prepare` script); no runtime transpiler.
import('../dist/cli/main.js').then((m) => m.main(process.argv)).catch((err) => {
  process.stderr.write(`kemu: ${err && err.message ? err.message : String(err)}\n`);
  process.exit(1);
});
