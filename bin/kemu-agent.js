#!/usr/bin/env node
// `kemu-agent`: one or more emulated kubelets (same flags as `kemu agent`), from the bundled
// dist/kemu-agent.mjs that `npm run build` makes (small RSS per agent process).
import '../dist/kemu-agent.mjs';
