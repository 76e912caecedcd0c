import { AxeBuilder } from '@axe-core/playwright';
import { assertEqual, openApp, test } from './harness.mjs';
import { acceptanceCase, completeJourney } from './wizard.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function axe(page, label) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = result.violations.map((v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  return found;
}

test('axe finds no violations on any page type', async ({ browser }) => {
  const context = await browser.newContext();
  const problems = [];
  try {
    const { page } = await openApp(context);
    problems.push(...(await axe(page, 'start')));
    await page.getByRole('button', { name: 'Start a new assessment' }).click();
    await page.waitForURL(/#\/q\//);
    await page.locator('main form').waitFor();
    problems.push(...(await axe(page, 'question (text)')));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('alert').waitFor();
    problems.push(...(await axe(page, 'question with error')));
    await page.getByLabel('What is the AI system called?').fill('Library recommender');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.goto(page.url().replace(/#.*$/, '#/'));
    const { answers } = acceptanceCase('p16-retail-emotion');
    await completeJourney(page, answers);
    problems.push(...(await axe(page, 'result')));
    await page.getByRole('link', { name: 'Check your answers' }).click();
    await page.waitForURL(/#\/check$/);
    await page.locator('main h1').waitFor();
    problems.push(...(await axe(page, 'check answers')));
    await page.goto(page.url().replace(/#.*$/, '#/q/org.type'));
    await page.locator('main h1').waitFor();
    problems.push(...(await axe(page, 'question (radios)')));
    await page.locator('main details summary').first().click();
    problems.push(...(await axe(page, 'question with help open')));
    await page.goto(page.url().replace(/#.*$/, '#/saved'));
    await page.getByRole('heading', { name: 'Your saved assessments' }).waitFor();
    problems.push(...(await axe(page, 'saved list')));
    await page.getByLabel('Assessment file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('nope') });
    await page.getByRole('alert').waitFor();
    problems.push(...(await axe(page, 'saved list with import error')));
  } finally {
    await context.close();
  }
  assertEqual(problems, [], 'axe violations');
});
