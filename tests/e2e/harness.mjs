/**
 * A small e2e harness for real Chromium (playwright-core + Debian's /usr/bin/chromium).
 * Spec files call test(name, fn); run.mjs runs them. Helpers for other specs:
 * startPreview(), launchBrowser(), openApp(), and the answer helpers in wizard.mjs.
 */
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** E2E_PORT lets several checkouts run their browser tests side by side. */
export const PORT = Number(process.env.E2E_PORT ?? 4173);
export const BASE_URL = `http://127.0.0.1:${PORT}/`;
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const registered = [];
/** Registers a test. fn receives { browser, baseURL } and may open its own contexts. */
export function test(name, fn) {
  registered.push({ name, fn });
}
export const registeredTests = () => registered;

/** Starts `npm run preview` (serving dist/) in its own process group and waits until it answers. */
export async function startPreview({ cwd = process.cwd(), timeoutMs = 30000 } = {}) {
  const child = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(BASE_URL);
      if (res.ok) return { url: BASE_URL, stop };
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`the preview server did not start:\n${output}`);
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/** A persistent profile (for service-worker tests that need a real profile directory). */
export async function launchPersistent(options = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'wizard-e2e-'));
  return chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, acceptDownloads: true, ...options });
}

/**
 * Opens the app in a fresh page and records what a privacy check needs: every
 * request URL, console errors and warnings, CSP violations and page errors.
 */
export async function openApp(context, path = '', { baseURL = BASE_URL } = {}) {
  const page = await context.newPage();
  const log = { requests: [], console: [], cspViolations: [], pageErrors: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') log.console.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  await page.exposeBinding('__cspViolation', (_source, text) => log.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  await page.goto(new URL(path, baseURL).href);
  await page.locator('main h1').first().waitFor();
  return { page, log };
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export function assertEqual(actual, expected, message) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message}\n  expected: ${e}\n  actual:   ${a}`);
}
