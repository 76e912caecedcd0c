/**
 * Two real builds of the app and a server whose files can be swapped while a
 * page is open, as a deployment does: build A is the current dist/ (copied
 * aside), build B the same source built again with a change to every chunk
 * (second-build.config.mjs), so every file name and the worker's cache differ.
 * The server listens on a free port of its own (it runs beside run.mjs's preview).
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';

const root = resolve(import.meta.dirname, '../..');
let builds;

/** { a, b }: the folders of the two builds (built once per run). */
export async function twoBuilds() {
  if (builds) return builds;
  const dir = mkdtempSync(join(tmpdir(), 'two-builds-'));
  const a = join(dir, 'a');
  const b = join(dir, 'b');
  if (!existsSync(join(root, 'dist', 'sw.js'))) throw new Error('run npm run build first');
  cpSync(join(root, 'dist'), a, { recursive: true });
  await promisify(execFile)('npx', ['vite', 'build', '--config', 'tests/e2e/second-build.config.mjs', '--outDir', b, '--emptyOutDir', '--logLevel', 'error'], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
  builds = { a, b, cacheOf: (build) => /const CACHE = "([^"]+)"/.exec(readFileSync(join(build, 'sw.js'), 'utf8'))[1] };
  return builds;
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.ttf': 'font/ttf', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon' };

/** Serves `dir`; swap(other) changes what it serves from the next request on. */
export async function swappableServer(dir) {
  let current = dir;
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(current, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(current)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    swap: (other) => void (current = other),
    close: () => new Promise((r) => server.close(r)),
  };
}
