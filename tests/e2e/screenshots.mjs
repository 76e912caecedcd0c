/**
 * Screenshots of every page type at 1920 px, 1280 px and 320 px into tests/e2e/out/
 * (git-ignored), for looking at the pages. Needs a build: npm run build first.
 *   node tests/e2e/screenshots.mjs
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser, openApp, startPreview } from './harness.mjs';
import { acceptanceCase, completeJourney } from './wizard.mjs';

const out = resolve(import.meta.dirname, 'out');
mkdirSync(out, { recursive: true });
const server = await startPreview({ cwd: resolve(import.meta.dirname, '../..') });
const browser = await launchBrowser();
try {
  for (const width of [1920, 1280, 320]) {
    const context = await browser.newContext({ viewport: { width, height: width === 320 ? 640 : width === 1920 ? 1080 : 900 } });
    const shot = (page, name, fullPage = false) => page.screenshot({ path: `${out}/${name}-${width}.png`, fullPage });
    const { page } = await openApp(context);
    await shot(page, 'start', true);
    await page.getByRole('button', { name: 'Start a new assessment' }).click();
    await page.waitForURL(/#\/q\//);
    await shot(page, 'question-text');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('alert').waitFor();
    await shot(page, 'question-error');
    await page.getByText('All sections and what is left').click();
    await shot(page, 'question-map', true);
    await completeJourneyFromHere(page);
    await shot(page, 'result-top');
    await shot(page, 'result', true);
    await page.goto(page.url().replace(/#.*$/, '#/check'));
    await page.locator('main h1').waitFor();
    await shot(page, 'check', true);
    await page.goto(page.url().replace(/#.*$/, '#/q/annex3.areas'));
    await page.locator('main h1').waitFor();
    await page.locator('main details summary').first().click();
    await shot(page, 'question-checkboxes', true);
    await page.goto(page.url().replace(/#.*$/, '#/q/org.type'));
    await page.locator('main h1').waitFor();
    await shot(page, 'question-radios', true);
    await page.locator('main input[value="unknown"]').check();
    await shot(page, 'question-unknown-advice', true);
    await page.goto(page.url().replace(/#.*$/, '#/q/scope.military'));
    await page.locator('main h1').waitFor();
    await shot(page, 'question-page-of-several', true);
    await page.goto(page.url().replace(/#.*$/, '#/saved'));
    await page.locator('main h1').waitFor();
    await shot(page, 'saved', true);
    await page.goto(page.url().replace(/#.*$/, '#/'));
    await page.locator('main h1').waitFor();
    await shot(page, 'start-in-progress', true);
    await page.emulateMedia({ media: 'print' });
    await page.goto(page.url().replace(/#.*$/, '#/result'));
    await page.locator('main h1').waitFor();
    await shot(page, 'result-print', true);
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}

async function completeJourneyFromHere(page) {
  const { answers } = acceptanceCase('p18-narrow-task-no-profiling-unknown');
  await page.goto(page.url().replace(/#.*$/, '#/'));
  await page.locator('main h1').waitFor();
  return completeJourney(page, answers);
}
console.log(`screenshots in ${out}`);
