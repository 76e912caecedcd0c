import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { AxeBuilder } from '@axe-core/playwright';
import { assert, assertEqual, openApp, test } from './harness.mjs';
import { acceptanceCase, completeJourney, currentStep, fillPage, pressContinue } from './wizard.mjs';
import { questionnaire } from './engine.mjs';

const src = (path) => tsImport(resolve(import.meta.dirname, '../../src', path), import.meta.url);
const { assess } = await src('engine/assess.ts');
const { withSkippedOptional } = await src('engine/journey.ts');
/** The engine's assessment of the answers as the wizard holds them (optional questions left empty count as answered). */
const assessCase = (answers) => assess(questionnaire, { ...answers, ...withSkippedOptional(questionnaire, answers) });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const VIEWPORT = { width: 1280, height: 800 };

/** p01 with six answers changed to "I don't know": a provisional high-risk result with several open points. */
function severalUnknowns() {
  const { answers } = acceptanceCase('p01-school-admission');
  return { ...answers, 'org.type': 'unknown', 'ai.infers': 'unknown', 'annex3.education': ['unknown'], 'vc.rebrand': 'unknown', 'tr.interacts': 'unknown', 'tr.deepfake': 'unknown' };
}

async function withContext(browser, fn, options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, viewport: VIEWPORT, ...options });
  try {
    return await fn(context);
  } finally {
    await context.close();
  }
}

async function axe(page, label) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** Whether the whole element lies inside the first screen (no scrolling). */
async function onFirstScreen(locator) {
  await locator.waitFor();
  const box = await locator.boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= VIEWPORT.height;
}

async function downloadText(page, name = 'Download the assessment file') {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

for (const [label, answers] of [
  ['high risk (p01)', () => acceptanceCase('p01-school-admission').answers],
  ['provisional, several unknowns', severalUnknowns],
]) {
  test(`the result summary fits the first screen at 1280×800: ${label}`, async ({ browser }) => {
    await withContext(browser, async (context) => {
      const { page } = await openApp(context);
      await completeJourney(page, answers());
      await page.evaluate(() => window.scrollTo(0, 0));
      const main = page.locator('main');
      const checks = {
        outcome: main.getByRole('heading', { level: 1 }),
        roles: main.locator('.outcome__facts dt', { hasText: 'Your role' }).locator('xpath=following-sibling::dd'),
        'first group': main.locator('.timeline__group h3').first(),
        'first dated group': main.locator('.timeline__group:not([data-group="applies"]) h3').first(),
        'its first duty': main.locator('.timeline__group:not([data-group="applies"]) .timeline__entry').first(),
        'PDF button': main.getByRole('button', { name: 'Download PDF report' }),
      };
      const off = [];
      for (const [name, locator] of Object.entries(checks)) if (!(await onFirstScreen(locator))) off.push(name);
      assertEqual(off, [], 'below the first screen');
      const height = await page.evaluate(() => document.body.scrollHeight);
      console.log(`    ${label}: page height ${height} px at 1280 px`);
    });
  });
}

test('a provisional result lists each open point once, with who can answer it', async ({ browser }) => {
  const answers = severalUnknowns();
  const assessment = assessCase(answers);
  await withContext(browser, async (context) => {
    const { page } = await openApp(context);
    await completeJourney(page, answers);
    assertEqual(await page.locator('.open-points > li').count(), assessment.uncertainties.length, 'one entry per open point');
    const text = await page.locator('main').innerText();
    for (const u of assessment.uncertainties) assertEqual(text.split(u.findOut).length - 1, 1, `"${u.findOut}" listed once`);
    assert(!text.includes('depends on the points under'), 'the repeated sentence is gone');
    assertEqual(await page.locator('.open-points > li').filter({ hasText: 'Who can answer this:' }).count(), assessment.uncertainties.filter((u) => u.whoKnows.length > 0).length, 'who can answer each');
  });
});

test('an unfinished assessment downloads from a question page and opens again where it stopped', async ({ browser }) => {
  const { answers } = acceptanceCase('p01-school-admission');
  const { file, stoppedAt } = await withContext(browser, async (context) => {
    const { page } = await openApp(context);
    await page.getByRole('button', { name: 'Start a new assessment' }).click();
    // Five answers, then on to the next question that must be answered (a file counts an optional question left out as skipped).
    const optional = (step) => questionnaire.questions.find((q) => q.id === step.id)?.optional === true;
    // A page can hold several questions (the system's description is one page): fill each page from the answers.
    for (let i = 0; i < 3 || optional(await currentStep(page)); i++) {
      await fillPage(page, answers);
      await pressContinue(page);
    }
    const stoppedAt = await currentStep(page);
    return { file: await downloadText(page), stoppedAt };
  });
  assert(file.name.endsWith('.json'), 'a .json file');
  const saved = JSON.parse(file.text);
  assert(Object.keys(saved.answers).length >= 5, 'the answers given');
  assert(!(stoppedAt.id in saved.answers), 'nothing for the open question');
  await withContext(browser, async (context) => {
    const { page } = await openApp(context);
    await page.getByLabel('Assessment file').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
    await page.waitForURL(/#\/q\//);
    assertEqual(await currentStep(page), stoppedAt, 'opens on the question where the work stopped');
  });
});

test('report details survive a reload, the exported file and an import', async ({ browser }) => {
  const { answers, tier } = acceptanceCase('p01-school-admission');
  const values = { Organisation: 'Regional Education Authority', Supplier: 'Acme Schools AB', 'Contract or tender reference': 'REA-2026-114', 'Approved by': 'K. Lind' };
  const file = await withContext(browser, async (context) => {
    const { page } = await openApp(context);
    await completeJourney(page, answers);
    await page.getByRole('link', { name: 'Report details' }).click();
    await page.waitForURL(/#\/details$/);
    for (const [label, value] of Object.entries(values)) await page.getByLabel(label).fill(value);
    await page.getByLabel('Assessment date').fill('2026-12-01');
    await page.getByRole('radio', { name: 'Final' }).check();
    await page.getByRole('button', { name: 'Save the details' }).click();
    await page.waitForURL(/#\/result$/);
    await page.getByText('6 details filled in').waitFor();
    await page.reload();
    await page.locator('[data-tier]').waitFor();
    await page.getByText('6 details filled in').waitFor();
    await page.getByText('Counted from the assessment date, 1 December 2026.').waitFor();
    return downloadText(page);
  });
  const saved = JSON.parse(file.text);
  assertEqual(saved.details, { organisation: values.Organisation, supplier: values.Supplier, contractRef: values['Contract or tender reference'], approvedBy: values['Approved by'], assessmentDate: '2026-12-01', status: 'final' }, 'details in the file');
  await withContext(browser, async (context) => {
    const { page } = await openApp(context);
    await page.getByLabel('Assessment file').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
    await page.waitForURL(/#\/check$/);
    await page.getByRole('link', { name: 'Report details' }).click();
    await page.waitForURL(/#\/details$/);
    for (const [label, value] of Object.entries(values)) assertEqual(await page.getByLabel(label).inputValue(), value, `${label} after import`);
    assert(await page.getByRole('radio', { name: 'Final' }).isChecked(), 'status after import');
    await page.getByRole('button', { name: 'Save the details' }).click();
    await page.waitForURL(/#\/result$/);
    assertEqual(await page.locator('[data-tier]').getAttribute('data-tier'), tier, 'same result');
  });
});

test('axe finds no violations on the result page, report details and the download link', async ({ browser }) => {
  const problems = [];
  await withContext(browser, async (context) => {
    const { page } = await openApp(context);
    await completeJourney(page, severalUnknowns());
    problems.push(...(await axe(page, 'result (provisional)')));
    await page.locator('.timeline__more summary').first().click();
    await page.locator('.obligation details summary').first().click();
    problems.push(...(await axe(page, 'result with disclosures open')));
    await page.getByRole('link', { name: 'Report details' }).click();
    await page.waitForURL(/#\/details$/);
    await page.locator('main h1').waitFor();
    problems.push(...(await axe(page, 'report details')));
    await page.getByLabel('Assessed by').fill('x'.repeat(301));
    await page.getByRole('button', { name: 'Save the details' }).click();
    await page.getByRole('alert').waitFor();
    problems.push(...(await axe(page, 'report details with error')));
    await page.goto(page.url().replace(/#.*$/, '#/check'));
    await page.locator('main h1').waitFor();
    problems.push(...(await axe(page, 'check answers with download')));
    await page.goto(page.url().replace(/#.*$/, '#/q/org.type'));
    await page.getByRole('button', { name: 'Download the assessment file' }).waitFor();
    problems.push(...(await axe(page, 'question with download')));
  });
  await withContext(browser, async (context) => {
    const { page } = await openApp(context);
    await completeJourney(page, acceptanceCase('p01-school-admission').answers);
    problems.push(...(await axe(page, 'result (high risk)')));
  }, { viewport: { width: 320, height: 640 } });
  assertEqual(problems, [], 'axe violations');
});
