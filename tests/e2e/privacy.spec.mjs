import { assert, assertEqual, launchPersistent, openApp, test, BASE_URL } from './harness.mjs';
import { acceptanceCase, completeJourney } from './wizard.mjs';

test('no request leaves the page origin and no CSP violation or console error during a journey', async ({ browser }) => {
  const context = await browser.newContext({ acceptDownloads: true });
  try {
    const { page, log } = await openApp(context);
    const { answers, tier } = acceptanceCase('p02-shift-allocation');
    assertEqual(await completeJourney(page, answers), tier, 'journey completes');
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the assessment file' }).click()]);
    const pdf = page.getByRole('button', { name: 'Download PDF report' });
    if ((await pdf.count()) > 0) await Promise.all([page.waitForEvent('download', { timeout: 60000 }), pdf.click()]);
    await page.goto(page.url().replace(/#.*$/, '#/saved'));
    await page.getByRole('heading', { name: 'Your saved assessments' }).waitFor();
    const origin = new URL(BASE_URL).origin;
    const foreign = log.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'));
    assertEqual(foreign, [], 'requests to other origins');
    assertEqual(log.cspViolations, [], 'CSP violations');
    assertEqual(log.console, [], 'console errors and warnings');
    assertEqual(log.pageErrors, [], 'page errors');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert(csp?.includes("script-src 'self'") && csp.includes("object-src 'none'"), 'the CSP meta tag is in place');
  } finally {
    await context.close();
  }
});

test('with the network cut after the first visit, a full journey still completes', async () => {
  const context = await launchPersistent();
  try {
    const { page } = await openApp(context);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // Let the worker finish caching every built file.
    await page.waitForFunction(async () => (await caches.keys()).length > 0 && (await (await caches.open((await caches.keys())[0])).keys()).length > 3);
    await context.setOffline(true);
    await page.reload();
    await page.locator('main h1').waitFor();
    const { answers, tier } = acceptanceCase('p07-jobseeker-profiling');
    assertEqual(await completeJourney(page, answers), tier, 'offline journey completes');
  } finally {
    await context.close();
  }
});

test('a deep link cannot skip questions', async ({ browser }) => {
  const context = await browser.newContext();
  try {
    const { page } = await openApp(context, '#/result');
    await page.waitForURL(/#\/q\/system\.name$/);
    assertEqual(await page.locator('main h1').innerText(), 'About the system', 'the first page is shown');
  } finally {
    await context.close();
  }
});

test('with storage disabled (as in some private windows) the user is told and can still finish', async ({ browser }) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  try {
    const { page, log } = await openApp(context);
    assert(await page.getByText(/does not let the tool save your answers/).isVisible(), 'the storage message is shown');
    const { answers, tier } = acceptanceCase('p14-library-recommender');
    assertEqual(await completeJourney(page, answers), tier, 'journey completes without storage');
    assert(await page.getByRole('button', { name: 'Download the assessment file' }).isVisible(), 'export is offered');
    assertEqual(log.pageErrors, [], 'no page errors');
  } finally {
    await context.close();
  }
});
