/**
 * Nothing lost, nothing misstated: a deployment while a page is open, full
 * storage, two tabs on one assessment, replacing work that cannot be kept.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { assert, launchPersistent, openApp, pressContinueOn, test } from './reliability-helpers.mjs';
import { swappableServer, twoBuilds } from './two-builds.mjs';
import { fillAnswer, fillPage, pressContinue } from './wizard.mjs';

const NAME_QUESTION = 'What is the AI system called?';

async function nameTheSystem(page, name) {
  await page.getByRole('button', { name: /Start a new assessment/ }).first().click();
  await page.getByLabel(NAME_QUESTION).waitFor();
  // The system's description is one page: its other required fields are filled in too.
  await fillPage(page, { 'system.name': name, 'system.organisation': 'Test organisation', 'system.purpose': 'Testing the tool' });
  await pressContinue(page);
}

test('reliability: after a deployment, an open page still loads its own pages from the old build (service worker)', async () => {
  const builds = await twoBuilds();
  const server = await swappableServer(builds.a);
  const context = await launchPersistent();
  try {
    const { page, log } = await openApp(context, '', { baseURL: server.url });
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    server.swap(builds.b);
    // The new build's worker is fetched and installed while the old page is open.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const [cacheA, cacheB] = [builds.cacheOf(builds.a), builds.cacheOf(builds.b)];
    await page.waitForFunction((b) => caches.has(b), cacheB, { timeout: 30000 });
    await page.waitForFunction(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return r.installing === null;
    });
    // Give a worker that takes over at once the time to do so (and to delete the old cache).
    await page.waitForTimeout(2000);
    assert(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting !== null), 'the new build’s worker waits while a page of the old build is open');
    assert(await page.evaluate((a) => caches.has(a), cacheA), 'the running build’s cache is kept while its page is open');
    // The question page's code was never loaded by this page: it must come from build A's cache.
    await nameTheSystem(page, 'Deployed twice');
    await page.locator('main h1').first().waitFor();
    assert(!(await page.getByRole('heading', { name: 'This page could not be loaded' }).isVisible()), 'no failure notice');
    assert(log.pageErrors.length === 0, `no page errors: ${log.pageErrors.join('; ')}`);
    // Reloading the only open page takes the new build, with the answers kept.
    await page.reload();
    // The reloaded page may be the old build's until the new worker takes over; then it reloads itself into the new build.
    await settledOnNewBuild(page);
    await page.evaluate(() => (window.location.hash = '#/'));
    // The start page of the new build loads its own code through the new worker: on a busy machine that can take a while.
    const resumed = page.locator('.notice p.user-text-block', { hasText: 'Deployed twice' });
    await resumed.waitFor({ timeout: 30000 }).catch(async (error) => {
      throw new Error(`${error.message}\n    page state: ${JSON.stringify(await pageState(page))}`);
    });
    assert(!(await page.evaluate((a) => caches.has(a), cacheA)), 'the old build’s cache is removed once no page uses it');
  } finally {
    await context.close();
    await server.close();
  }
});

/** Waits until the page runs the new build under the new worker and has stopped reloading itself. */
async function settledOnNewBuild(page, timeout = 45000) {
  let navigations = 0;
  const count = (frame) => void (frame === page.mainFrame() && navigations++);
  page.on('framenavigated', count);
  try {
    for (const end = Date.now() + timeout; Date.now() < end; ) {
      const seen = navigations;
      const ready = await page
        .evaluate(async () => {
          if (document.readyState !== 'complete' || document.querySelector('script[src*="-b.js"]') === null) return false;
          const r = await navigator.serviceWorker.getRegistration();
          return r?.waiting === null && r?.installing === null && r?.active?.state === 'activated' && navigator.serviceWorker.controller === r.active;
        })
        .catch(() => false);
      await page.waitForTimeout(ready ? 1000 : 250);
      if (ready && navigations === seen) return;
    }
    throw new Error(`the page did not settle on the new build within ${timeout} ms: ${JSON.stringify(await pageState(page))}`);
  } finally {
    page.off('framenavigated', count);
  }
}

/** What a page shows and runs, for a failure message. */
function pageState(page) {
  return page
    .evaluate(async () => {
      const p = [...document.querySelectorAll('p.user-text-block')].map((el) => {
        const chain = [];
        for (let e = el; e; e = e.parentElement) if (!e.checkVisibility()) chain.push(`${e.tagName}.${e.className}:${getComputedStyle(e).display}`);
        return { text: el.textContent, box: el.getBoundingClientRect().height, invisible: chain };
      });
      const r = await navigator.serviceWorker.getRegistration();
      return {
        url: location.href,
        readyState: document.readyState,
        visibility: document.visibilityState,
        scripts: [...document.scripts].map((s) => s.src.replace(/.*\//, '')),
        sheets: [...document.styleSheets].map((s) => `${(s.href ?? 'inline').replace(/.*\//, '')}:${s.cssRules.length}`),
        controller: navigator.serviceWorker.controller?.scriptURL ?? null,
        waiting: Boolean(r?.waiting),
        h1: document.querySelector('h1')?.textContent ?? null,
        p,
      };
    })
    .catch((error) => ({ unavailable: String(error) }));
}

test('reliability: a page whose code is gone says so, offers a reload, and the answers survive it', async ({ browser }) => {
  const builds = await twoBuilds();
  const server = await swappableServer(builds.a);
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const { page } = await openApp(context, '', { baseURL: server.url });
    await nameTheSystem(page, 'Kept across a deployment');
    server.swap(builds.b);
    await page.evaluate(() => (window.location.hash = '#/saved'));
    const heading = page.getByRole('heading', { name: 'This page could not be loaded' });
    await heading.waitFor({ timeout: 10000 });
    assert(await page.getByRole('alert').filter({ hasText: 'A new version of the tool may have been published' }).isVisible(), 'says what happened');
    assert(await page.getByText('Your answers are saved in this browser').isVisible(), 'says the answers are kept');
    await page.getByRole('button', { name: 'Reload the page' }).click();
    await page.getByRole('heading', { name: 'Your saved assessments' }).waitFor();
    assert(await page.getByText('Kept across a deployment').first().isVisible(), 'the answers are there after the reload');
  } finally {
    await context.close();
    await server.close();
  }
});

/** Fills this origin's storage until only a few bytes are left. */
async function fillStorage(page) {
  return page.evaluate(() => {
    let size = 1 << 20;
    let i = 0;
    while (size >= 1) {
      try {
        localStorage.setItem(`filler-${i}`, 'x'.repeat(size));
        i++;
      } catch {
        size = Math.floor(size / 2);
      }
    }
    return i;
  });
}

test('reliability: with storage full, saved assessments and the open one are still offered', async ({ browser }) => {
  const context = await browser.newContext();
  try {
    const { page } = await openApp(context);
    await nameTheSystem(page, 'Saved before the storage filled');
    await page.waitForTimeout(400);
    assert((await fillStorage(page)) > 0, 'storage filled');
    await page.evaluate(() => (window.location.hash = '#/'));
    await page.reload();
    await page.getByText('The browser’s storage is full').waitFor();
    // The name is isolated (FSI … PDI) inside the sentence.
    await page.getByText(/Saved before the storage filled\u2069?, last saved/).waitFor({ timeout: 5000 });
    await page.getByRole('link', { name: 'See your saved assessments' }).click();
    await page.getByRole('heading', { name: 'Your saved assessments' }).waitFor();
    assert(!(await page.getByText('You have no saved assessments yet.').isVisible()), 'not "no saved assessments"');
    assert(await page.getByText('Saved before the storage filled').first().isVisible(), 'the saved assessment is listed');
  } finally {
    await context.close();
  }
});

test('reliability: two tabs on one assessment — the second is told, and keeps its answers as a copy', async ({ browser }) => {
  const context = await browser.newContext();
  try {
    const { page: a } = await openApp(context);
    await nameTheSystem(a, 'Shared system');
    await a.waitForTimeout(400);
    const { page: b } = await openApp(context);
    await b.getByRole('button', { name: 'Continue this assessment' }).click();
    await b.locator('main form').waitFor();
    // Tab A answers the next question (the kind of organisation); tab B still shows the earlier state.
    await fillAnswer(a, 'public-body');
    await pressContinue(a);
    const notice = b.getByRole('alert').filter({ hasText: 'This assessment was changed in another tab' });
    await notice.waitFor({ timeout: 5000 });
    // Tab B answers too: its answer must not overwrite tab A's.
    await fillAnswer(b, 'private');
    await pressContinueOn(b);
    await b.waitForTimeout(400);
    const stored = await b.evaluate(() => Object.entries(localStorage).filter(([k]) => k.includes('/assessment/')).map(([, v]) => JSON.parse(v)));
    assert(stored.length === 1 && stored[0].file.answers['org.type'] === 'public-body', `tab A's answers are kept: ${JSON.stringify(stored.map((s) => s.file.answers))}`);
    await b.getByRole('button', { name: 'Keep mine as a copy' }).click();
    await b.waitForTimeout(400);
    const after = await b.evaluate(() => Object.entries(localStorage).filter(([k]) => k.includes('/assessment/')).map(([, v]) => JSON.parse(v)));
    const organisations = after.map((s) => s.file.answers['org.type']).sort();
    assert(JSON.stringify(organisations) === JSON.stringify(['private', 'public-body']), `both versions saved: ${organisations}`);
    assert(after.some((s) => s.name === 'Shared system (my copy)'), 'the copy is named');
  } finally {
    await context.close();
  }
});

test('reliability: with storage disabled, opening a file or starting anew says the answers would be lost and offers a download', async ({ browser }) => {
  const context = await browser.newContext({ acceptDownloads: true });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  try {
    const { page } = await openApp(context);
    await nameTheSystem(page, 'Work that cannot be saved');
    await page.evaluate(() => (window.location.hash = '#/'));
    await page.locator('#import-file').setInputFiles(join(import.meta.dirname, '../acceptance/p01-school-admission.json'));
    const prompt = page.getByRole('region', { name: 'Replace your current answers?' });
    await prompt.waitFor();
    const text = await prompt.innerText();
    assert(!text.includes('stay in your saved assessments'), `no false promise: ${text}`);
    assert(text.includes('This browser cannot save them, so they will be lost unless you download them first.'), text);
    const [download] = await Promise.all([page.waitForEvent('download'), prompt.getByRole('button', { name: 'Download my current answers first' }).click()]);
    const saved = await readFile(await download.path(), 'utf8');
    assert(JSON.parse(saved).answers['system.name'] === 'Work that cannot be saved', 'the download holds the current answers');
    await prompt.getByRole('button', { name: 'No, keep my current answers' }).click();
    await page.getByRole('button', { name: 'Start a new assessment instead' }).click();
    const ask = page.getByRole('region', { name: 'Start a new assessment?' });
    await ask.waitFor();
    assert((await ask.innerText()).includes('they will be lost unless you download them first'), 'start anew warns too');
    await ask.getByRole('button', { name: 'No, keep my current answers' }).click();
    assert(await page.getByText(/Work that cannot be saved/).first().isVisible(), 'the work is still open');
  } finally {
    await context.close();
  }
});

/** Does `before` come visually left of `after` in the first element matching `selector` that holds both? */
async function readsLeftToRight(page, selector, before, after) {
  return page.evaluate(
    ({ selector, before, after }) => {
      const element = [...document.querySelectorAll(selector)].find((e) => e.textContent.includes(before) && e.textContent.includes(after));
      if (!element) return `no ${selector} holds “${before}” and “${after}”`;
      const x = (word) => {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.data.indexOf(word);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          return range.getBoundingClientRect().left;
        }
        return NaN;
      };
      return x(before) < x(after);
    },
    { selector, before, after },
  );
}

test('reliability: long and right-to-left names neither scroll the page sideways nor reverse the app’s labels (320 and 1280 px)', async ({ browser }) => {
  const long = 'W'.repeat(190);
  const file = JSON.parse(await readFile(join(import.meta.dirname, '../acceptance/p01-school-admission.json'), 'utf8'));
  file.answers['system.name'] = `\u202Eevil ${long}`;
  file.answers['system.organisation'] = `\u202EAgency ${long}`;
  const context = await browser.newContext();
  try {
    const { page } = await openApp(context);
    await page.locator('#import-file').setInputFiles({ name: 'long-name.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await page.waitForURL(/#\/check$/);
    await page.evaluate(() => (window.location.hash = '#/'));
    await page.locator('main h1').first().waitFor();
    assert((await readsLeftToRight(page, 'main p', 'last', 'saved')) === true, 'start page: “last saved” reads left to right after the name');
    await page.evaluate(() => (window.location.hash = '#/saved'));
    await page.getByRole('heading', { name: 'Your saved assessments' }).waitFor();
    assert((await readsLeftToRight(page, 'main h2', 'open', 'now')) === true, 'saved list: the app’s “open now” label reads left to right after the name');
    const pages = ['#/check', '#/result', '#/saved', '#/'];
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const hash of pages) {
        await page.evaluate((h) => (window.location.hash = h), hash);
        await page.locator('main h1').first().waitFor();
        await page.waitForTimeout(300);
        const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        assert(scroll <= client, `${hash} at ${width} px scrolls sideways: ${scroll} > ${client}`);
      }
    }
  } finally {
    await context.close();
  }
});

test('reliability: the browser opens UTF-16 files as the CLI does, and says when a file is not UTF-8', async ({ browser }) => {
  const file = JSON.parse(await readFile(join(import.meta.dirname, '../acceptance/p01-school-admission.json'), 'utf8'));
  file.answers['system.name'] = 'Åtgärdsmodell élève';
  const text = JSON.stringify(file, null, 2);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const cp1252 = Buffer.from(text, 'latin1');
  const context = await browser.newContext();
  try {
    const { page } = await openApp(context);
    await page.locator('#import-file').setInputFiles({ name: 'utf16.json', mimeType: 'application/json', buffer: utf16 });
    await page.waitForURL(/#\/check$/);
    await page.getByText('Åtgärdsmodell élève').first().waitFor({ timeout: 5000 });
    await page.evaluate(() => (window.location.hash = '#/saved'));
    await page.locator('#import-file').setInputFiles({ name: 'cp1252.json', mimeType: 'application/json', buffer: cp1252 });
    await page.getByRole('button', { name: 'Yes, open the file' }).click();
    await page.waitForURL(/#\/check$/);
    await page.getByText('the file is not UTF-8; it was read as Windows-1252').waitFor();
    await page.getByText('Åtgärdsmodell élève').first().waitFor({ timeout: 5000 });
    assert(!(await page.getByText('\uFFFD').count()), 'no replacement characters');
  } finally {
    await context.close();
  }
});

test('reliability: the app’s PDF, built without html2canvas, canvg and dompurify, is byte for byte the CLI’s', async ({ browser, baseURL }) => {
  const at = '2026-11-25T10:00:00Z';
  const dir = await mkdtemp(join(tmpdir(), 'same-pdf-'));
  const answers = join(import.meta.dirname, '../acceptance/p01-school-admission.json');
  const context = await browser.newContext({ acceptDownloads: true });
  try {
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(at));
    await page.goto(baseURL);
    await page.locator('main h1').first().waitFor();
    await page.locator('#import-file').setInputFiles(answers);
    await page.waitForURL(/#\/check$/);
    await page.getByRole('button', { name: 'See the result' }).click();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.getByRole('button', { name: 'Download PDF report' }).click()]);
    const fromApp = await readFile(await download.path());
    await promisify(execFile)('npx', ['tsx', join(import.meta.dirname, 'cli-pdf-at.mts'), answers, join(dir, 'cli.pdf'), at]);
    const fromCli = await readFile(join(dir, 'cli.pdf'));
    assert(fromApp.subarray(0, 5).toString() === '%PDF-' && fromApp.length > 20000, 'the app made a PDF');
    assert(Buffer.compare(fromApp, fromCli) === 0, `the PDFs differ (${fromApp.length} and ${fromCli.length} bytes)`);
  } finally {
    await context.close();
  }
});
