/**
 * Serves the built dashboard (server/dashboard/web → public/, see web/build.mjs): `/` is the page,
 * `/ui/<file>` its scripts, styles and icons. Everything is local: no CDN.
 */
import type { FastifyInstance } from 'fastify';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** dist/server/dashboard/public when compiled, server/dashboard/public under tsx. */
export const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));
export const UI_PREFIX = '/ui/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>kemu</title>
<body style="font:15px system-ui;margin:3em;color:#333"><h1>kemu dashboard is not built</h1>
<p>Run <code>npm run build</code> (or <code>npm ci</code>), then reload. The API, <code>/events</code> and <code>/metrics</code> work without it.</p></body>`;

/** A file name the dashboard may serve: no directories, no dot files. */
export function isServableName(name: string): boolean {
  return /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(name) && !name.includes('..') && TYPES[extname(name)] !== undefined;
}

async function load(dir: string, name: string): Promise<Buffer | undefined> {
  try {
    return await readFile(join(dir, name));
  } catch {
    return undefined;
  }
}

export function dashboardPlugin(app: FastifyInstance, opts: { dir?: string } = {}): void {
  const dir = opts.dir ?? PUBLIC_DIR;
  const serve = async (name: string, reply: import('fastify').FastifyReply, ifNoneMatch: string | undefined) => {
    const body = await load(dir, name);
    if (!body) return undefined;
    const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`;
    reply.header('etag', etag).header('cache-control', 'no-cache').header('x-content-type-options', 'nosniff');
    if (ifNoneMatch === etag) return reply.code(304).send();
    return reply.type(TYPES[extname(name)]).send(body);
  };

  app.get('/', async (req, reply) => {
    const r = await serve('index.html', reply, req.headers['if-none-match']);
    if (r === undefined) return reply.code(503).type(TYPES['.html']).send(NOT_BUILT);
    return r;
  });

  app.get<{ Params: { file: string } }>(`${UI_PREFIX}:file`, async (req, reply) => {
    const name = req.params.file;
    const r = isServableName(name) ? await serve(name, reply, req.headers['if-none-match']) : undefined;
    if (r === undefined) return reply.code(404).type('text/plain').send(`${UI_PREFIX}${name}: not found`);
    return r;
  });
}
