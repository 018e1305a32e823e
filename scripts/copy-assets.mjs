// Copies non-TypeScript runtime files into dist/ after tsc (the generated protobuf module,
// the built dashboard).
import { cpSync, existsSync, mkdirSync } from 'node:fs';

mkdirSync('dist/proto/gen', { recursive: true });
cpSync('proto/gen/kemu.js', 'dist/proto/gen/kemu.js');
if (existsSync('server/dashboard/public')) cpSync('server/dashboard/public', 'dist/server/dashboard/public', { recursive: true });
