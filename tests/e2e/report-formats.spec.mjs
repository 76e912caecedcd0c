/**
 * The HTML and Word reports: the HTML file made by the CLI opens in Chromium
 * with no axe violation and no script; the result page offers both formats,
 * downloads them, and loads the Word renderer only when asked for.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assert, assertEqual, openApp, test } from './harness.mjs';
import { acceptanceCase, completeJourney } from './wizard.mjs';

const root = resolve(import.meta.dirname, '../..');
const out = join(import.meta.dirname, 'out');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The CLI's HTML report for an acceptance case, with report details, as a file. */
function htmlReport(id) {
  mkdirSync(out, { recursive: true });
  const file = JSON.parse(readFileSync(join(root, 'tests/acceptance', `${id}.json`), 'utf8'));
  file.details = { supplier: 'EduSoft AB', contractRef: 'UPH-2026-114', assessedBy: 'Åsa Öberg', status: 'draft' };
  const input = join(out, `${id}-details.json`);
  writeFileSync(input, JSON.stringify(file));
  const html = join(out, `${id}.html`);
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), input, '--html', html], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  return html;
}

for (const id of ['p01-school-admission', 'p18-narrow-task-no-profiling-unknown']) {
  test(`the HTML report of ${id} has no axe violations and no script, on screen and in print`, async ({ browser }) => {
    const file = htmlReport(id);
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(pathToFileURL(file).href);
      assertEqual(await page.locator('script').count(), 0, 'no script elements');
      assertEqual(await page.evaluate(() => document.documentElement.lang), 'en', '<html lang>');
      const text = await page.locator('main').innerText();
      for (const s of ['EduSoft AB', 'UPH-2026-114', 'Åsa Öberg', 'Owner', 'Evidence']) assert(text.includes(s), `shows ${s}`);
      assert(!/\bNow\b/.test(text), 'no step labelled "Now"');
      await page.screenshot({ path: join(out, `${id}-html.png`), fullPage: true });
      for (const media of ['screen', 'print']) {
        await page.emulateMedia({ media });
        const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const found = result.violations.map((v) => `${media}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        assertEqual(found, [], 'axe violations');
      }
      await page.pdf({ path: join(out, `${id}-html-print.pdf`), format: 'A4' }).catch(() => undefined);
    } finally {
      await context.close();
    }
  });
}

test('the result page downloads the report as HTML and as Word, loading the Word renderer only then', async ({ browser }) => {
  const context = await browser.newContext({ acceptDownloads: true });
  try {
    const { page, log } = await openApp(context);
    const docxChunk = (u) => /render-docx[^/]*\.js$/.test(u);
    const { answers } = acceptanceCase('p01-school-admission');
    await completeJourney(page, answers);
    assertEqual(log.requests.filter(docxChunk), [], 'no Word renderer before it is asked for');
    const [html] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.getByRole('button', { name: 'Download HTML report' }).click()]);
    assert(/^ai-act-assessment-.+\.html$/.test(html.suggestedFilename()), `HTML file name: ${html.suggestedFilename()}`);
    const htmlText = readFileSync(await html.path(), 'utf8');
    assert(htmlText.startsWith('<!doctype html>') && !htmlText.includes('<script'), 'a static HTML file');
    const [docx] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.getByRole('button', { name: 'Download Word report' }).click()]);
    assert(/^ai-act-assessment-.+\.docx$/.test(docx.suggestedFilename()), `Word file name: ${docx.suggestedFilename()}`);
    assertEqual(readFileSync(await docx.path()).subarray(0, 2).toString(), 'PK', 'a zip (docx) file');
    assert(log.requests.some(docxChunk), 'the Word renderer was loaded on demand');
    assertEqual(log.pageErrors, [], 'page errors');
  } finally {
    await context.close();
  }
});
