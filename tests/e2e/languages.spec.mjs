import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { parse } from 'yaml';
import { assert, assertEqual, openApp, test } from './harness.mjs';
import { acceptanceCase, currentStep, fillPage } from './wizard.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const sv = parse(readFileSync(join(import.meta.dirname, '..', '..', 'questionnaires', 'eu-ai-act', 'locales', 'sv.yaml'), 'utf8'));
const ENGLISH_SECTIONS = ['Summary', 'Why this result', 'Obligations checklist', 'Fundamental rights impact assessment', 'Open questions', 'Questions and answers', 'About this report', 'Contents'];
const SWEDISH_SECTIONS = ['Sammanfattning', 'Varför resultatet blev så', 'Checklista över skyldigheter', 'Frågor och svar', 'Om rapporten', 'Innehåll'];

/** Answers until check your answers, or only the first `count` pages. */
async function answerQuestions(page, answers, continueLabel, { count } = {}) {
  const asked = [];
  for (let i = 0; i < (count ?? 200); i++) {
    const step = await currentStep(page);
    if (step.kind !== 'question') return asked;
    asked.push(...(await fillPage(page, answers)));
    const before = page.url();
    await page.getByRole('button', { name: continueLabel, exact: true }).click();
    await page.waitForFunction((url) => window.location.href !== url, before, { timeout: 5000 });
  }
  if (count === undefined) throw new Error('too many questions');
  return asked;
}

test('switching to Swedish mid-journey keeps the answers; result and PDF are in Swedish', async ({ browser }) => {
  const context = await browser.newContext({ acceptDownloads: true });
  const dir = mkdtempSync(join(tmpdir(), 'languages-e2e-'));
  try {
    const { page, log } = await openApp(context);
    const { answers, tier } = acceptanceCase('p01-school-admission');
    await page.getByRole('button', { name: /Start a new assessment/ }).first().click();
    await page.waitForURL(/#\/q\//);
    const before = await answerQuestions(page, answers, 'Continue', { count: 3 });
    const { id } = await currentStep(page);

    await page.getByRole('navigation', { name: 'Language' }).getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('navigation', { name: 'Språk' }).waitFor();
    assertEqual(await page.evaluate(() => document.documentElement.lang), 'sv', '<html lang>');
    assertEqual((await currentStep(page)).id, id, 'the same question is shown');
    assertEqual((await page.locator(`main [data-question="${id}"] :is(legend, label)`).first().innerText()).trim(), sv[`question.${id}.text`], 'the question in Swedish');
    assertEqual(await page.getByRole('button', { name: 'Svenska' }).getAttribute('aria-current'), 'true', 'Swedish marked as current');
    assertEqual(await page.getByRole('button', { name: 'Svenska' }).getAttribute('lang'), 'sv', 'language name marked with its language');
    const violations = (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations;
    assertEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], 'axe violations with the language switch');

    // The answers given in English are kept: the rest of the journey needs only the remaining ones, and the tier is the case's.
    const after = await answerQuestions(page, answers, 'Fortsätt');
    assertEqual(after.filter((q) => before.includes(q)), [], 'no question answered before the switch is asked again');
    await page.waitForURL(/#\/check$/);
    await page.getByRole('heading', { level: 1, name: 'Kontrollera era svar innan ni ser resultatet' }).waitFor();
    await page.getByRole('button', { name: 'Se resultatet' }).click();
    await page.waitForURL(/#\/result$/);
    await page.locator('[data-tier]').waitFor();
    assertEqual(await page.locator('[data-tier]').getAttribute('data-tier'), tier, 'tier');
    const heading = await page.locator('main h1').first().innerText();
    assert(heading.includes(sv[`outcome.${tier}.title`]), `result heading in Swedish: ${heading}`);
    const main = await page.locator('main').innerText();
    assert(main.includes('Vad som måste göras, och av vem'), 'obligations heading in Swedish');
    assert(!main.includes('What must be done, and by whom'), 'no English obligations heading');

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.getByRole('button', { name: 'Ladda ner rapporten som PDF' }).click()]);
    const file = join(dir, 'report.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const title of SWEDISH_SECTIONS) assert(text.includes(title), `PDF has the Swedish heading “${title}”`);
    for (const title of ENGLISH_SECTIONS) assert(!new RegExp(`\\d+\\. ${title}\\b|^\\s*${title}\\s*$`, 'm').test(text), `PDF has no English section title “${title}”`);
    assert(!text.includes('EU AI Act risk assessment'), 'PDF has no English kicker');
    assert(/\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \d{4}/.test(text), 'PDF dates in Swedish');

    // The choice is remembered: a new visit opens in Swedish.
    await page.goto(page.url().replace(/#.*$/, '#/'));
    await page.getByRole('navigation', { name: 'Språk' }).waitFor();
    assertEqual(await page.evaluate(() => document.documentElement.lang), 'sv', '<html lang> after reload');
    assertEqual(log.pageErrors, [], 'page errors');
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
