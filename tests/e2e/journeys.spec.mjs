import { assert, assertEqual, openApp, test } from './harness.mjs';
import { acceptanceCase, answerAll, answerByKeyboard, completeJourney, currentStep, fillAnswer, fillPage, pressContinue, tabTo } from './wizard.mjs';
import { expectedTier } from './engine.mjs';

async function withContext(browser, fn, options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  try {
    return await fn(context);
  } finally {
    await context.close();
  }
}

test('a complete journey with the keyboard only', async ({ browser }) => {
  const { answers, tier } = acceptanceCase('p03-tax-chatbot');
  await withContext(browser, async (context) => {
    const { page } = await openApp(context);
    await tabTo(page, () => document.activeElement?.textContent === 'Start a new assessment');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/q\//);
    let grouped = 0;
    for (let i = 0; i < 200; i++) {
      const step = await currentStep(page);
      if (step.kind !== 'question') break;
      await page.locator('main form').waitFor();
      // Questions that depend on an answer on the page appear once it is chosen: take them in turn.
      const done = [];
      for (let k = 0; k < 20; k++) {
        const shown = await page.$$eval('main form [data-question]', (els) => els.map((e) => e.getAttribute('data-question')));
        const next = shown.find((id) => !done.includes(id));
        if (!next) break;
        await answerByKeyboard(page, next, answers[next] ?? '');
        done.push(next);
      }
      if (done.length > 1) grouped++;
      const before = page.url();
      await tabTo(page, () => document.activeElement?.textContent === 'Continue');
      await page.keyboard.press('Enter');
      await page.waitForFunction((url) => location.href !== url, before);
    }
    assert(grouped >= 3, `went through pages of several questions (${grouped})`);
    assertEqual((await currentStep(page)).kind, 'check', 'reached check your answers');
    await page.locator('main h1').waitFor();
    await tabTo(page, () => document.activeElement?.textContent === 'See the result');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/result$/);
    assertEqual(await page.locator('[data-tier]').getAttribute('data-tier'), tier, 'tier shown');
  });
});

test('reloading in the middle resumes on the same question with the answers kept', async ({ browser }) => {
  const { answers } = acceptanceCase('p01-school-admission');
  await withContext(browser, async (context) => {
    const { page } = await openApp(context);
    await page.getByRole('button', { name: 'Start a new assessment' }).click();
    for (let i = 0; i < 4; i++) {
      await fillPage(page, answers);
      await pressContinue(page);
    }
    const url = page.url();
    const heading = await page.locator('main h1').innerText();
    await page.reload();
    await page.locator('main h1').waitFor();
    assertEqual(page.url(), url, 'same address after reload');
    assertEqual(await page.locator('main h1').innerText(), heading, 'same question after reload');
    await page.getByRole('link', { name: 'Back' }).click();
    await page.waitForFunction((u) => location.href !== u, url);
    const previous = await currentStep(page);
    const kept = answers[previous.id] ?? '';
    const text = page.locator('main form').locator('input[type="text"], textarea');
    const shown = (await text.count()) > 0 ? await text.first().inputValue() : await page.locator(`main input[value="${Array.isArray(kept) ? kept[0] : kept}"]`).isChecked();
    assertEqual(shown, (await text.count()) > 0 ? kept : true, `the answer to ${previous.id} is kept after reload`);
  });
});

test('the browser Back and Forward buttons move between questions', async ({ browser }) => {
  const { answers } = acceptanceCase('p01-school-admission');
  await withContext(browser, async (context) => {
    const { page } = await openApp(context);
    await page.getByRole('button', { name: 'Start a new assessment' }).click();
    const seen = [];
    for (let i = 0; i < 4; i++) {
      const step = await currentStep(page);
      seen.push(step.id);
      await fillPage(page, answers);
      await pressContinue(page);
    }
    await page.goBack();
    assertEqual((await currentStep(page)).id, seen[3], 'Back shows the previous question');
    await page.goBack();
    assertEqual((await currentStep(page)).id, seen[2], 'Back again');
    await page.goForward();
    assertEqual((await currentStep(page)).id, seen[3], 'Forward');
    assertEqual(await page.locator('main h1').count(), 1, 'one heading');
  });
});

test('changing an answer on check your answers changes the result', async ({ browser }) => {
  const school = acceptanceCase('p01-school-admission');
  const library = acceptanceCase('p14-library-recommender');
  await withContext(browser, async (context) => {
    const { page } = await openApp(context);
    assertEqual(await completeJourney(page, school.answers), 'high', 'first result');
    await page.getByRole('link', { name: 'Check your answers' }).click();
    await page.waitForURL(/#\/check$/);
    await page.getByRole('link', { name: /Change .*areas/i }).first().click();
    await page.waitForURL(/#\/q\/annex3\.areas$/);
    await fillAnswer(page, library.answers['annex3.areas']);
    await pressContinue(page);
    const merged = { ...school.answers, 'annex3.areas': library.answers['annex3.areas'] };
    await answerAll(page, { ...library.answers, ...merged });
    assertEqual((await currentStep(page)).kind, 'check', 'back on check your answers');
    await page.getByRole('button', { name: 'See the result' }).click();
    await page.waitForURL(/#\/result$/);
    const tier = await page.locator('[data-tier]').getAttribute('data-tier');
    assert(tier !== 'high', 'the result changed');
    assertEqual(tier, expectedTier(merged), 'the result matches the engine for the changed answers');
  });
});

test('a corrupt file gives a specific error and leaves the current work alone', async ({ browser }) => {
  const { answers } = acceptanceCase('p03-tax-chatbot');
  await withContext(browser, async (context) => {
    const { page } = await openApp(context);
    await completeJourney(page, answers);
    await page.goto(page.url().replace(/#.*$/, '#/saved'));
    await page.getByLabel('Assessment file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "eu-ai-act-assessment", "answers": {') });
    const summary = page.getByRole('alert');
    await summary.waitFor();
    const text = await summary.innerText();
    assert(text.includes('broken.json') && /JSON/.test(text), `error names the file and the problem: ${text}`);
    assert(await page.evaluate(() => document.activeElement?.classList.contains('error-summary')), 'the error summary has focus');
    await page.waitForFunction(() => document.title.startsWith('Error: '), undefined, { timeout: 2000 });
    await page.goto(page.url().replace(/#.*$/, '#/result'));
    assertEqual(await page.locator('[data-tier]').getAttribute('data-tier'), 'limited', 'current work intact');
  });
});

test('export then import gives back the same answers and result', async ({ browser }) => {
  const { answers, tier } = acceptanceCase('p07-jobseeker-profiling');
  const file = await withContext(browser, async (context) => {
    const { page } = await openApp(context);
    await completeJourney(page, answers);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the assessment file' }).click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: await (await import('node:fs/promises')).readFile(path, 'utf8') };
  });
  assert(file.name.endsWith('.json'), 'a .json file');
  const saved = JSON.parse(file.text);
  assertEqual(saved.format, 'eu-ai-act-assessment', 'format');
  await withContext(browser, async (context) => {
    const { page } = await openApp(context);
    await page.getByLabel('Assessment file').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
    await page.waitForURL(/#\/check$/);
    await page.getByRole('button', { name: 'See the result' }).click();
    await page.waitForURL(/#\/result$/);
    assertEqual(await page.locator('[data-tier]').getAttribute('data-tier'), tier, 'same result after import');
    const again = await page.evaluate(() => Object.keys(localStorage).length);
    assert(again > 0, 'the imported assessment is saved');
  });
});

test('importing over current work asks first, and "no" keeps the current answers', async ({ browser }) => {
  const chatbot = acceptanceCase('p03-tax-chatbot');
  const school = acceptanceCase('p01-school-admission');
  await withContext(browser, async (context) => {
    const { page } = await openApp(context);
    await completeJourney(page, chatbot.answers);
    await page.goto(page.url().replace(/#.*$/, '#/'));
    const text = JSON.stringify({ format: 'eu-ai-act-assessment', formatVersion: 1, questionnaire: { id: 'eu-ai-act', version: '1.0.0' }, answers: school.answers });
    await page.getByLabel('Assessment file').setInputFiles({ name: 'school.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.getByRole('heading', { name: 'Replace your current answers?' }).waitFor();
    await page.getByRole('button', { name: 'No, keep my current answers' }).click();
    await page.getByRole('button', { name: 'Continue this assessment' }).click();
    await page.waitForURL(/#\/check$/);
    await page.getByRole('button', { name: 'See the result' }).click();
    assertEqual(await page.locator('[data-tier]').getAttribute('data-tier'), chatbot.tier, 'kept the current work');
  });
});

test('the back link after "Change" returns to check your answers, like the browser Back button', async ({ browser }) => {
  const { answers } = acceptanceCase('p03-tax-chatbot');
  await withContext(browser, async (context) => {
    const { page } = await openApp(context);
    await completeJourney(page, answers);
    await page.getByRole('link', { name: 'Check your answers' }).click();
    await page.waitForURL(/#\/check$/);
    await page.getByRole('link', { name: 'Change What kind of organisation is yours?' }).click();
    await page.waitForURL(/#\/q\/org\.type$/);
    await page.getByRole('link', { name: 'Back', exact: true }).click();
    await page.waitForURL(/#\/check$/);
    await page.goForward();
    await page.waitForURL(/#\/q\/org\.type$/);
    assertEqual(await page.locator('main h1').innerText(), 'What kind of organisation is yours?', 'Forward returns to the question');
  });
});

test('a file from an older questionnaire version opens with a list of answers to check', async ({ browser }) => {
  const { answers } = acceptanceCase('p14-library-recommender');
  await withContext(browser, async (context) => {
    const { page } = await openApp(context);
    const old = { ...answers, 'annex3.areas': ['a-value-that-no-longer-exists'] };
    const text = JSON.stringify({ format: 'eu-ai-act-assessment', formatVersion: 1, questionnaire: { id: 'eu-ai-act', version: '0.9.0' }, answers: old });
    await page.getByLabel('Assessment file').setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    const notice = page.getByRole('region', { name: 'Check these answers' });
    await notice.waitFor();
    const listed = await notice.innerText();
    assert(/0\.9\.0/.test(listed), `says which version the file came from: ${listed}`);
    assert(/areas/i.test(listed), `names the answer to check: ${listed}`);
    assertEqual((await currentStep(page)).id, 'annex3.areas', 'asks the question whose answer no longer fits');
  });
});

test('"I don\'t know" on the Annex III areas asks what the system does, on its own page, and opens only the matching area question', async ({ browser }) => {
  const { answers } = acceptanceCase('p17-private-social-housing');
  const narrowed = { ...answers, 'annex3.areas': ['unknown'], 'annex3.narrowing': ['people-services'] };
  await withContext(browser, async (context) => {
    const { page } = await openApp(context);
    await page.getByRole('button', { name: /Start a new assessment/ }).first().click();
    await page.waitForURL(/#\/q\//);
    for (let i = 0; i < 60 && (await currentStep(page)).id !== 'annex3.narrowing'; i++) {
      await fillPage(page, narrowed);
      await pressContinue(page);
    }
    assertEqual((await currentStep(page)).id, 'annex3.narrowing', 'the narrowing question follows "I don\'t know"');
    assertEqual(JSON.stringify(await page.$$eval('main form [data-question]', (els) => els.map((e) => e.getAttribute('data-question')))), '["annex3.narrowing"]', 'on a page of its own');
    await fillPage(page, narrowed);
    await pressContinue(page);
    const next = await page.$$eval('main form [data-question]', (els) => els.map((e) => e.getAttribute('data-question')));
    assertEqual(next[0], 'annex3.services', 'opens the services question');
    assert(!next.some((id) => ['annex3.biometrics', 'annex3.education', 'annex3.employment', 'annex3.justice'].includes(id)), `no other area question: ${next}`);
  });
});
