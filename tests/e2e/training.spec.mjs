import { AxeBuilder } from '@axe-core/playwright';
import { resolve } from 'node:path';
import { assert, assertEqual, openApp, test } from './harness.mjs';
import { questionnaire, outcomeTitle } from './engine.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const OUT = resolve(import.meta.dirname, 'out');

async function axe(page, label) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

async function open(page, hash) {
  await page.goto(page.url().replace(/#.*$/, '') + hash);
  await page.locator('main h1').first().waitFor();
}

test('training: a worked example shows its answers and outcome, and starts the wizard', async ({ browser }) => {
  const context = await browser.newContext();
  try {
    const { page, log } = await openApp(context);
    await page.getByRole('navigation', { name: 'Training' }).getByRole('link', { name: 'Worked examples' }).click();
    await page.getByRole('heading', { level: 1, name: 'Worked examples' }).waitFor();
    assertEqual(await page.locator('.example-card').count(), questionnaire.examples.length, 'every example listed');
    await page.getByRole('link', { name: 'School place allocation' }).click();
    await page.waitForURL(/#\/examples\/p01-school-admission$/);
    await page.getByRole('heading', { level: 1, name: 'School place allocation' }).waitFor();
    assertEqual(await page.locator('main [data-tier]').getAttribute('data-tier'), 'high', 'outcome tier');
    assert((await page.locator('main').textContent()).includes(outcomeTitle('high')), 'outcome title shown');
    const answers = page.locator('.walk-step');
    assert((await answers.count()) > 10, 'the answers are listed question by question');
    const admission = answers.filter({ hasText: 'Answer:' }).filter({ hasText: 'admission' });
    assert((await admission.count()) >= 1 || (await page.locator('.walk-step', { hasText: 'Why we ask' }).count()) > 10, 'answers and reasons shown');
    await page.getByRole('button', { name: 'Start the wizard from this example' }).click();
    await page.waitForURL(/#\/check$/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert((await page.locator('main').textContent()).includes('School place allocation model'), 'the example’s answers are in the wizard');
    assertEqual(log.pageErrors, [], 'no page errors');
  } finally {
    await context.close();
  }
});

test('training: complete one quiz case and see the score', async ({ browser }) => {
  const context = await browser.newContext();
  try {
    const { page } = await openApp(context, '#/quiz');
    await page.getByRole('heading', { level: 1, name: 'Quiz' }).waitFor();
    await page.getByText('Score: no cases answered yet').waitFor();
    await page.getByRole('button', { name: 'Walk through the answers' }).click();
    await page.getByRole('alert').waitFor();
    await page.getByRole('radio', { name: outcomeTitle('high') }).check();
    await page.getByRole('button', { name: 'Walk through the answers' }).click();
    await page.getByRole('heading', { name: /^Question 1 of \d+$/ }).waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: /^Question 2 of \d+$/ }).waitFor();
    for (let i = 0; i < 80 && (await page.getByRole('button', { name: 'Continue' }).count()) > 0; i++) {
      await page.getByRole('button', { name: 'Continue' }).click();
    }
    await page.getByRole('heading', { name: 'Right' }).waitFor();
    await page.getByText('Score: 1 of 1 case right').waitFor();
    await page.getByRole('button', { name: 'Next case' }).click();
    await page.getByRole('heading', { name: /^Case 2 of/ }).waitFor();
    await page.getByRole('radio', { name: outcomeTitle('minimal') }).check();
    await page.getByRole('button', { name: 'Walk through the answers' }).click();
    await page.getByRole('button', { name: 'Skip to the result' }).click();
    await page.getByRole('heading', { name: 'Not quite' }).waitFor();
    await page.getByText('Score: 1 of 2 cases right').waitFor();
    await page.getByRole('button', { name: 'Reset score' }).click();
    await page.getByText('Score: no cases answered yet').waitFor();
  } finally {
    await context.close();
  }
});

test('training: a glossary definition is reachable by keyboard from a question', async ({ browser }) => {
  const context = await browser.newContext();
  try {
    const { page } = await openApp(context);
    await page.getByRole('button', { name: 'Start a new assessment' }).click();
    await page.waitForURL(/#\/q\//);
    const term = page.getByRole('button', { name: 'AI system', exact: true });
    await term.waitFor();
    assertEqual(await term.getAttribute('aria-expanded'), 'false', 'closed at first');
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await term.evaluate((el) => el === document.activeElement);
    }
    assert(reached, 'Tab reaches the term');
    await page.keyboard.press('Enter');
    assertEqual(await term.getAttribute('aria-expanded'), 'true', 'open after Enter');
    const definition = page.locator(`#${(await term.getAttribute('aria-controls')).replace(/:/g, '\\:')}`);
    assert(await definition.isVisible(), 'definition visible');
    assert((await definition.textContent()).includes('Art 3(1)'), 'definition cites the law');
  } finally {
    await context.close();
  }
});

test('training: axe finds no violations on the training pages; diagram screenshots', async ({ browser }) => {
  const problems = [];
  const wide = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const narrow = await browser.newContext({ viewport: { width: 320, height: 800 } });
  try {
    const { page } = await openApp(wide, '#/examples');
    problems.push(...(await axe(page, 'examples')));
    await open(page, '#/examples/p18-narrow-task-no-profiling-unknown');
    problems.push(...(await axe(page, 'example')));
    await open(page, '#/quiz');
    problems.push(...(await axe(page, 'quiz')));
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Walk through the answers' }).click();
    problems.push(...(await axe(page, 'quiz step')));
    await page.getByRole('button', { name: 'Skip to the result' }).click();
    problems.push(...(await axe(page, 'quiz result')));
    await open(page, '#/glossary/deployer');
    problems.push(...(await axe(page, 'glossary')));
    await open(page, '#/path/p01-school-admission');
    await page.locator('svg.path-svg').waitFor();
    problems.push(...(await axe(page, 'diagram')));
    assert((await page.locator('[data-mark="decided"]').count()) === 1, 'one decision mark');
    await page.screenshot({ path: resolve(OUT, 'path-1920.png'), fullPage: false });
    await page.locator('.path-figure').screenshot({ path: resolve(OUT, 'path-1920-figure.png') });
    const decided = page.locator('[data-mark="decided"]');
    await decided.scrollIntoViewIfNeeded();
    await page.screenshot({ path: resolve(OUT, 'path-1920-decided.png') });
    await open(page, '#/path/p11-fee-spreadsheet');
    assert((await page.locator('[data-mark="stopped"]').count()) === 1, 'early exit marked');
    await page.locator('[data-mark="stopped"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: resolve(OUT, 'path-1920-early-exit.png') });

    const small = (await openApp(narrow, '#/path/p01-school-admission')).page;
    await small.locator('svg.path-svg').waitFor();
    problems.push(...(await axe(small, 'diagram at 320 px')));
    const overflow = await small.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert(overflow <= 0, `the page itself does not scroll sideways at 320 px (${overflow})`);
    await small.screenshot({ path: resolve(OUT, 'path-320.png'), fullPage: false });
    await small.locator('.path-figure').scrollIntoViewIfNeeded();
    await small.screenshot({ path: resolve(OUT, 'path-320-figure.png') });
  } finally {
    await wide.close();
    await narrow.close();
  }
  assertEqual(problems, [], 'axe violations');
});
