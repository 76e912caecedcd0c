/**
 * Runs every tests/e2e/*.spec.mjs (and *.spec.ts through tsx) against the built
 * app (dist/, served by `vite preview`; this script builds nothing). Prints
 * "N passed, M failed" and exits non-zero on any failure.
 *   node tests/e2e/run.mjs [name filter]
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser, registeredTests, startPreview, BASE_URL } from './harness.mjs';

const dir = import.meta.dirname;
const filter = process.argv[2] ?? '';
const specs = readdirSync(dir).filter((f) => /\.spec\.(mjs|ts)$/.test(f)).sort();
if (specs.some((f) => f.endsWith('.ts'))) {
  const { register } = await import('tsx/esm/api');
  register();
}
for (const spec of specs) await import(pathToFileURL(join(dir, spec)).href);

const tests = registeredTests().filter((t) => t.name.includes(filter));
let passed = 0;
let failed = 0;
let server;
let browser;
try {
  server = await startPreview({ cwd: join(dir, '../..') });
  browser = await launchBrowser();
  for (const t of tests) {
    const started = Date.now();
    try {
      await t.fn({ browser, baseURL: BASE_URL });
      passed++;
      console.log(`  ✓ ${t.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      console.log(`  ✗ ${t.name}\n    ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n    ')}`);
    }
  }
} catch (error) {
  failed++;
  console.log(`  ✗ setup: ${error?.message ?? error}`);
} finally {
  await browser?.close().catch(() => undefined);
  server?.stop();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
