import { AxeBuilder } from '@axe-core/playwright';
import { assert, assertEqual, openApp, test } from './harness.mjs';
import { acceptanceCase, answerByKeyboard, currentStep, fillPage, pressContinue, questionsShown, tabTo } from './wizard.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function axe(page, label) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

async function withContext(browser, fn) {
  const context = await browser.newContext();
  try {
    return await fn(context);
  } finally {
    await context.close();
  }
}

/** From the start page: answers whole pages until the page that holds `questionId`. */
async function goToPageOf(page, answers, questionId) {
  await page.getByRole('button', { name: 'Start a new assessment' }).click();
  await page.waitForURL(/#\/q\//);
  for (let i = 0; i < 30; i++) {
    await page.locator('main form').waitFor();
    if ((await questionsShown(page)).includes(questionId)) return;
    await fillPage(page, answers);
    await pressContinue(page);
  }
  throw new Error(`never reached ${questionId}`);
}

test('journey: the Article 2 exclusions on one page, by keyboard only, each appearing once the one above is answered', async ({ browser }) => {
  const { answers } = acceptanceCase('p14-library-recommender');
  await withContext(browser, async (context) => {
    const { page } = await openApp(context);
    await goToPageOf(page, answers, 'scope.military');
    assertEqual(await page.locator('main h1').innerText(), 'Scope and exclusions', 'the section is the page heading');
    assertEqual(await questionsShown(page), ['scope.military'], 'only the first exclusion before it is answered');
    const done = [];
    for (let k = 0; k < 10; k++) {
      const next = (await questionsShown(page)).find((id) => !done.includes(id));
      if (!next) break;
      await answerByKeyboard(page, next, answers[next]);
      done.push(next);
    }
    // A user of the system is not asked about research and testing before the market (Art 2(8)).
    assert(done.length >= 3, `several exclusions answered on one page: ${done.join(', ')}`);
    const before = page.url();
    await tabTo(page, () => document.activeElement?.textContent === 'Continue');
    await page.keyboard.press('Enter');
    await page.waitForFunction((url) => location.href !== url, before);
    assertEqual((await currentStep(page)).id, 'art5.screen', 'the next page is the prohibited practices');
    assert(/Page \d+ of about \d+/.test(await page.locator('.progress').innerText()), 'progress shows the page of about how many');
  });
});

test('journey: the map shows a section the answers skip as not needed, and opens in place', async ({ browser }) => {
  const { answers } = acceptanceCase('p09-gpai-api');
  await withContext(browser, async (context) => {
    const { page } = await openApp(context);
    await goToPageOf(page, answers, 'gpai.generality');
    const url = page.url();
    await page.getByText('All sections and what is left').click();
    const row = (id) => page.locator(`.task-list [data-section="${id}"]`);
    assert((await row('system').innerText()).includes('Completed'), 'about the system: completed');
    assert((await row('roles').innerText()).includes('Not needed'), 'your role: not needed for a general-purpose model');
    assert((await row('use-cases').innerText()).includes('Not needed'), 'high-risk uses: not needed');
    assert((await row('gpai').innerText()).includes('In progress'), 'general-purpose AI models: in progress');
    assertEqual(page.url(), url, 'the map does not leave the page');
    const problems = await axe(page, 'map open');
    assertEqual(problems, [], 'axe violations');
  });
});

test('journey: text typed but not submitted survives a reload', async ({ browser }) => {
  await withContext(browser, async (context) => {
    const { page } = await openApp(context);
    await page.getByRole('button', { name: 'Start a new assessment' }).click();
    await page.waitForURL(/#\/q\//);
    await page.getByLabel('What is the AI system called?').fill('Benefits scorer');
    await page.getByLabel('What is the system for?').fill('Scores claims for manual checks.');
    await page.reload();
    await page.locator('main form').waitFor();
    assertEqual(await page.getByLabel('What is the AI system called?').inputValue(), 'Benefits scorer', 'name kept');
    assertEqual(await page.getByLabel('What is the system for?').inputValue(), 'Scores claims for manual checks.', 'purpose kept');
  });
});

test('journey: a glossary definition opens and closes without leaving the question, and the choice stays', async ({ browser }) => {
  const { answers } = acceptanceCase('p14-library-recommender');
  await withContext(browser, async (context) => {
    const { page } = await openApp(context);
    await goToPageOf(page, answers, 'subject.kind');
    await page.locator('main [data-question="subject.kind"] input[value="ai-system"]').check();
    const url = page.url();
    const term = page.getByRole('button', { name: 'AI system', exact: true }).first();
    await term.focus();
    await page.keyboard.press('Enter');
    assertEqual(await term.getAttribute('aria-expanded'), 'true', 'the definition is open');
    const definition = page.locator(`#${(await term.getAttribute('aria-controls')).replace(/:/g, '\\:')}`);
    assert(await definition.isVisible(), 'the definition is shown in place');
    await page.keyboard.press('Enter');
    assert(!(await definition.isVisible()), 'and closes again');
    assertEqual(page.url(), url, 'still on the question');
    assert(await page.locator('main [data-question="subject.kind"] input[value="ai-system"]').isChecked(), 'the choice is kept');
  });
});

test('journey: axe finds nothing on the new page states', async ({ browser }) => {
  const { answers } = acceptanceCase('p18-narrow-task-no-profiling-unknown');
  const problems = [];
  await withContext(browser, async (context) => {
    const { page } = await openApp(context);
    assert(await page.getByRole('heading', { name: 'Before you start' }).isVisible(), 'the start page says what to expect');
    problems.push(...(await axe(page, 'start with before you start')));
    await page.getByRole('button', { name: 'Start a new assessment' }).click();
    await page.locator('main form').waitFor();
    problems.push(...(await axe(page, 'page of several questions')));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('alert').waitFor();
    const summary = await page.getByRole('alert').innerText();
    assert(summary.includes('Enter an answer to “What is the AI system called?”'), `each missing answer is named: ${summary}`);
    problems.push(...(await axe(page, 'page of several questions with errors')));
    await page.goto(page.url().replace(/#.*$/, '#/'));
    await goToPageOf(page, answers, 'org.type');
    await page.locator('main input[value="unknown"]').check();
    assert(await page.getByText('What to find out').isVisible(), '"I don\'t know" shows what to find out at once');
    assert(await page.getByText('Who can answer this').isVisible(), 'and who can answer it');
    problems.push(...(await axe(page, '"I don\'t know" advice')));
    await page.locator('main input[value="public-body"]').check();
    await pressContinue(page);
    for (let i = 0; i < 30 && (await currentStep(page)).kind === 'question'; i++) {
      await fillPage(page, answers);
      await pressContinue(page);
    }
    await page.waitForURL(/#\/check$/);
    await page.getByRole('heading', { level: 1, name: /Check your answers/ }).waitFor();
    const marked = page.locator('.summary-list__row', { hasText: 'Not known yet' });
    assertEqual(await marked.count(), 1, 'check your answers marks the one "I don\'t know"');
    problems.push(...(await axe(page, 'check answers with unknowns marked')));
  });
  assertEqual(problems, [], 'axe violations');
});
