import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { dashboardPlugin, isServableName } from './plugin.js';

describe('dashboard plugin', () => {
  let dir: string;
  let app: FastifyInstance;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kemu-dash-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>kemu</title>');
    writeFileSync(join(dir, 'app.js'), 'console.log(1)');
    writeFileSync(join(dir, 'secret.txt'), 'no');
    app = Fastify();
    dashboardPlugin(app, { dir });
    await app.ready();
  });
  after(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the page at / and its assets under /ui/ with their content types', async () => {
    const page = await app.inject('/');
    assert.equal(page.statusCode, 200);
    assert.match(String(page.headers['content-type']), /^text\/html/);
    const js = await app.inject('/ui/app.js');
    assert.equal(js.statusCode, 200);
    assert.match(String(js.headers['content-type']), /^text\/javascript/);
    assert.equal(js.body, 'console.log(1)');
  });

  it('answers 304 to a revalidation with the same ETag', async () => {
    const first = await app.inject('/ui/app.js');
    const again = await app.inject({ url: '/ui/app.js', headers: { 'if-none-match': String(first.headers.etag) } });
    assert.equal(again.statusCode, 304);
  });

  it('serves nothing but known asset types from its own folder', async () => {
    assert.equal((await app.inject('/ui/secret.txt')).statusCode, 404);
    assert.equal((await app.inject('/ui/..%2Fpackage.json')).statusCode, 404);
    assert.equal((await app.inject('/ui/missing.js')).statusCode, 404);
    assert.equal(isServableName('../x.js'), false);
    assert.equal(isServableName('.hidden.js'), false);
    assert.equal(isServableName('app.js'), true);
  });

  it('explains how to build the dashboard when it is missing', async () => {
    const empty = Fastify();
    dashboardPlugin(empty, { dir: join(dir, 'nothing-here') });
    const r = await empty.inject('/');
    assert.equal(r.statusCode, 503);
    assert.match(r.body, /npm run build/);
    await empty.close();
  });
});
