import { assertEqual, assert, openApp, test } from './harness.mjs';
import { acceptanceCase, completeJourney } from './wizard.mjs';
import { outcomeTitle } from './engine.mjs';

const CASES = ['p01-school-admission', 'p03-tax-chatbot', 'p05-face-unlock', 'p06-debt-exploitation', 'p09-gpai-api', 'p10-national-security', 'p11-fee-spreadsheet', 'p18-narrow-task-no-profiling-unknown'];

for (const id of CASES) {
  test(`acceptance ${id}: the result page shows the expected outcome`, async ({ browser }) => {
    const c = acceptanceCase(id);
    const context = await browser.newContext();
    try {
      const { page } = await openApp(context);
      const tier = await completeJourney(page, c.answers);
      assertEqual(tier, c.tier, `${id}: tier shown`);
      const heading = await page.locator('main h1').innerText();
      assert(heading.includes(outcomeTitle(c.tier)), `${id}: heading "${heading}" names the outcome`);
      if (id.includes('unknown')) {
        assert(await page.getByRole('heading', { name: 'This result is provisional' }).isVisible(), 'provisional flag shown');
        assert(await page.getByRole('heading', { name: 'What to find out' }).isVisible(), 'what to find out shown');
      }
    } finally {
      await context.close();
    }
  });
}
