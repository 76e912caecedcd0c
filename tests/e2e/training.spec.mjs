import { AxeBuilder } from '@axe-core/playwright';
import { resolve } from 'node:path';
import { assert, assertEqual, openApp, test } from './harness.mjs';
import { tsImport } from 'tsx/esm/api';
import { questionnaire, outcomeTitle } from './engine.mjs';

const { walkExample } = await tsImport(resolve(import.meta.dirname, '../../src/training/case-walk.ts'), import.meta.url);

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

test('training: axe finds no violations on the training pages', async ({ browser }) => {
  const problems = [];
  const wide = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
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
  } finally {
    await wide.close();
  }
  assertEqual(problems, [], 'axe violations');
});

const fits = (page) => page.evaluate(() => ({ height: document.scrollingElement.scrollHeight, inner: window.innerHeight, sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth }));

async function tabTo(page, locator, max = 120) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await locator.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error('Tab never reached the element');
}

test('training: the decision path on one 1920 × 1080 screen, a section zoomed by keyboard and back; screenshots', async ({ browser }) => {
  const problems = [];
  const wide = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  try {
    const { page, log } = await openApp(wide, '#/path/p01-school-admission');
    await page.locator('.path-overview--placed').waitFor();
    const size = await fits(page);
    assert(size.height <= size.inner, `the overview fits the screen without scrolling (${size.height} > ${size.inner})`);
    assertEqual(size.sideways, 0, 'no sideways scroll at 1920 px');
    const walk = walkExample(questionnaire, questionnaire.examples.find((e) => e.id === 'p01-school-admission'));
    const asked = await page.locator('.ov-box[data-state="asked"]').evaluateAll((els) => els.map((el) => el.dataset.question));
    assertEqual(asked, walk.route.steps, 'the questions marked as asked are the engine’s route');
    assertEqual(await page.locator('.ov-box[data-mark="decided"]').getAttribute('data-question'), walk.decidedAt, 'the decision marked where the engine decided');
    assertEqual(await page.locator('.ov-section').count(), questionnaire.sections.filter((s) => questionnaire.questions.some((x) => x.section === s.id)).length, 'every section on the screen');
    const clipped = await page.locator('.ov-section__zoom').evaluateAll((els) => els.filter((el) => el.scrollHeight > el.clientHeight + 1).map((el) => el.dataset.section));
    assertEqual(clipped, [], 'no section header cut off');
    const labelSize = await page.locator('.ov-box__text').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    assert(labelSize >= 18, `labels at least 18 px (${labelSize})`);
    assert((await page.locator('main').textContent()).includes(`Outcome: ${outcomeTitle('high')}, decided at question`), 'the outcome shown');
    problems.push(...(await axe(page, 'overview')));
    await page.screenshot({ path: resolve(OUT, 'path-overview-1920.png') });

    const zoom = page.getByRole('button', { name: /^High-risk uses \d+ of \d+ asked/ });
    await tabTo(page, zoom);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/path\/p01-school-admission\/zoom\/use-cases$/);
    const heading = page.getByRole('heading', { name: /^Section \d+ of \d+: High-risk uses$/ });
    await heading.waitFor();
    assert(await heading.evaluate((el) => el === document.activeElement), 'focus on the section’s heading');
    assert((await page.locator('.path-zoom').textContent()).includes('Answer: Education and vocational training'), 'the answers in full');
    problems.push(...(await axe(page, 'section shown large')));
    await page.screenshot({ path: resolve(OUT, 'path-zoom-1920.png') });
    await page.reload();
    await heading.waitFor();
    await page.keyboard.press('Tab');
    const back = page.getByRole('button', { name: 'Back to the overview' });
    await tabTo(page, back);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/path\/p01-school-admission$/);
    await page.locator('.path-overview--placed').waitFor();
    assert(await zoom.evaluate((el) => el === document.activeElement), 'focus back on the section’s button');

    await open(page, '#/path/p11-fee-spreadsheet');
    await page.locator('.path-overview--placed').waitFor();
    assertEqual(await page.locator('.ov-box[data-mark="stopped"]').getAttribute('data-question'), 'ai.infers', 'the early exit marked');
    assert((await page.locator('.ov-section--not-needed').count()) > 5, 'sections not needed are marked');
    await page.screenshot({ path: resolve(OUT, 'path-overview-early-exit-1920.png') });
    assertEqual(log.pageErrors, [], 'no page errors');
  } finally {
    await wide.close();
  }
  for (const [width, height] of [[1280, 800], [320, 640]]) {
    const context = await browser.newContext({ viewport: { width, height } });
    try {
      const { page } = await openApp(context, '#/path/p01-school-admission');
      await page.locator('.ov-section').first().waitFor();
      assertEqual((await fits(page)).sideways, 0, `no sideways scroll at ${width} px`);
      assertEqual(await page.locator('.path-overview--list').count(), width === 320 ? 1 : 0, `a list of sections at ${width} px`);
      problems.push(...(await axe(page, `overview at ${width} px`)));
      await page.screenshot({ path: resolve(OUT, `path-overview-${width}.png`), fullPage: width === 1280 });
      await open(page, '#/path/p01-school-admission/zoom/use-cases');
      await page.locator('.path-zoom').waitFor();
      assertEqual((await fits(page)).sideways, 0, `no sideways scroll in a section at ${width} px`);
      problems.push(...(await axe(page, `section at ${width} px`)));
      await page.screenshot({ path: resolve(OUT, `path-zoom-${width}.png`) });
    } finally {
      await context.close();
    }
  }
  assertEqual(problems, [], 'axe violations');
});
