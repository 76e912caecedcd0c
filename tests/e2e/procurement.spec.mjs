import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { assert, assertEqual, openApp, test } from './harness.mjs';
import { acceptanceCase, completeJourney, currentStep, fillAnswer, pressContinue } from './wizard.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const axe = async (page, label) => (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);

/** A public library (a deployer) that does not know whether its system falls under Annex I. */
const buyerAnswers = {
  ...acceptanceCase('p14-library-recommender').answers,
  'annex1.legislation': ['unknown'],
  'annex1.component': 'unknown',
  'annex1.third-party': 'unknown',
  'vc.rebrand': 'no',
  'vc.modification': 'no',
  'vc.repurpose': 'no',
  'transition.placed-before': 'unknown',
  'transition.significant-change': 'unknown',
  'transition.public-authorities': 'yes',
  'deploy.workplace': 'no',
  'system.personal-data': 'yes',
  'deploy.real-world-test': 'no',
};

/** The supplier knows: a safety component of a medical device, assessed by a notified body. */
const supplierAnswers = {
  'ai.infers': 'machine-learning',
  'annex1.legislation': ['medical-devices'],
  'annex1.component': 'safety-component',
  'annex1.third-party': 'yes',
  'tr.generates': ['none'],
  'tr.biometric-categorisation': 'no',
  'transition.placed-before': 'after',
};

async function downloaded(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

const open = (page, file) => page.getByLabel('Assessment file').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
const savedEntries = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('/assessment/')).map((k) => JSON.parse(localStorage.getItem(k))));

/** Presses Tab until the focused element passes `match` (its tag, type, value, name or text); fails if it is never reached. */
async function tabTo(page, match, what) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? { id: el.id, tag: el.tagName.toLowerCase(), type: el.getAttribute('type'), value: el.getAttribute('value'), text: (el.textContent ?? '').trim(), label: el.labels?.[0]?.textContent?.trim() ?? '' } : null;
    });
    if (focused && match(focused)) return;
  }
  throw new Error(`could not reach ${what} with the Tab key`);
}

const button = (name) => (f) => f.tag === 'button' && f.text === name;

/** Answers the question on screen with the keyboard alone: Space on each box, arrow keys through radios, Enter on Continue. */
async function answerByKeyboard(page, value) {
  await page.locator('main form').waitFor();
  const values = Array.isArray(value) ? value : [value];
  const radios = await page.locator('main form input[type="radio"]').count();
  if (radios > 0) {
    await tabTo(page, (f) => f.type === 'radio', 'the options');
    for (let i = 0; i < radios && !(await page.locator(`main form input[value="${values[0]}"]`).isChecked()); i++) await page.keyboard.press('ArrowDown');
  } else {
    for (const v of values) {
      await tabTo(page, (f) => f.type === 'checkbox' && f.value === v, `option ${v}`);
      await page.keyboard.press('Space');
    }
  }
  const before = page.url();
  await tabTo(page, button('Continue'), 'Continue');
  await page.keyboard.press('Enter');
  await page.waitForFunction((url) => window.location.href !== url, before, { timeout: 5000 });
}

/** The supplier's side, in its own browser: open the request, answer what is asked, download the reply. */
async function answerAsSupplier(browser, request, problems) {
  const context = await browser.newContext({ acceptDownloads: true });
  try {
    const { page } = await openApp(context);
    await open(page, request);
    await page.waitForURL(/#\/supplier$/);
    await page.getByRole('heading', { level: 1, name: 'Questions from City Library' }).waitFor();
    problems.push(...(await axe(page, 'supplier overview')));
    await page.getByRole('button', { name: 'Start answering' }).click();
    const asked = [];
    for (let i = 0; i < 20 && !page.url().endsWith('#/supplier/reply'); i++) {
      const id = decodeURIComponent(/#\/supplier\/q\/(.+)$/.exec(page.url())?.[1] ?? '');
      assert(id in supplierAnswers, `the supplier is asked only what it knows (asked ${id})`);
      if (i === 0) problems.push(...(await axe(page, 'supplier question')));
      asked.push(id);
      await fillAnswer(page, supplierAnswers[id]);
      await pressContinue(page);
    }
    assertEqual(asked, Object.keys(supplierAnswers), 'the requested questions on the route, in order');
    await page.getByRole('button', { name: 'Download your reply' }).click();
    await page.getByRole('link', { name: 'Enter the name of your organisation' }).waitFor();
    problems.push(...(await axe(page, 'supplier reply with error')));
    await page.getByLabel('Your organisation (the supplier)').fill('MedTech AB');
    return await downloaded(page, () => page.getByRole('button', { name: 'Download your reply' }).click());
  } finally {
    await context.close();
  }
}

test('supplier round trip: request, supplier answers, the buyer compares and accepts, both versions kept', async ({ browser }) => {
  const problems = [];
  const context = await browser.newContext({ acceptDownloads: true });
  try {
    const { page } = await openApp(context);
    await completeJourney(page, buyerAnswers);
    assertEqual(await page.locator('[data-tier]').getAttribute('data-provisional'), 'true', 'provisional before');
    await page.getByRole('link', { name: 'Ask the supplier' }).click();
    await page.waitForURL(/#\/request$/);
    await page.locator('#requested-questions li').first().waitFor();
    const listed = await page.locator('#requested-questions li').allTextContents();
    assert(listed.some((t) => t.includes('What part does the AI play in the product?') && t.includes("Your answer: I don't know")), `the Annex I question is listed with the buyer's answer: ${listed.join(' | ')}`);
    problems.push(...(await axe(page, 'request')));
    await page.getByLabel('Your reference (optional)').fill('PROC-2026-17');
    const request = await downloaded(page, () => page.getByRole('button', { name: 'Download the supplier request' }).click());
    assert(/supplier-request.*\.json$/.test(request.name), `a request file (${request.name})`);
    assertEqual(JSON.parse(request.text).request.reference, 'PROC-2026-17', 'the reference travels');

    const reply = await answerAsSupplier(browser, request, problems);
    assertEqual(JSON.parse(reply.text).reply.supplier, 'MedTech AB', 'the reply names the supplier');

    await open(page, reply);
    await page.waitForURL(/#\/compare$/);
    const result = page.locator('#compare-result');
    await result.locator('[data-tier]').first().waitFor();
    assertEqual(await result.locator('[data-tier]').evaluateAll((els) => els.map((e) => e.getAttribute('data-tier'))), ['high', 'high'], 'high before and after');
    const sides = await result.locator('dd').allTextContents();
    assert(sides[0].includes('provisional') && !sides[1].includes('provisional'), `provisional high becomes high: ${sides.join(' → ')}`);
    const component = await page.locator('tr[data-question="annex1.component"]').textContent();
    assert(component.includes('It is a safety component of the product') && component.includes('Replaces your answer'), `the replaced answer is shown: ${component}`);
    problems.push(...(await axe(page, 'comparison')));
    const before = await savedEntries(page);
    assertEqual(before.length, 1, 'one saved assessment');
    assertEqual(before[0].file.answers['annex1.component'], 'unknown', 'nothing changed before accepting');

    await page.getByRole('button', { name: 'Accept all answers' }).click();
    await page.waitForURL(/#\/check$/);
    await page.getByRole('button', { name: 'See the result' }).click();
    await page.waitForURL(/#\/result$/);
    assertEqual(await page.locator('[data-tier]').getAttribute('data-tier'), 'high', 'high after');
    assertEqual(await page.locator('[data-tier]').getAttribute('data-provisional'), 'false', 'no longer provisional');
    assert((await page.locator('main').textContent()).includes('Annex I'), 'the Annex I route is shown');
    await page.waitForTimeout(400);
    const [entry] = await savedEntries(page);
    assertEqual(entry.file.answers['annex1.component'], 'safety-component', 'the accepted answer is saved');
    assertEqual(entry.history?.length, 1, 'the previous answers are kept as a version');
    assertEqual(entry.history[0].file.answers['annex1.component'], 'unknown', 'the earlier version has the buyer’s answers');
    assertEqual(problems, [], 'axe violations');
  } finally {
    await context.close();
  }
});

test('supplier replies for another assessment, tampered or from a newer questionnaire change nothing', async ({ browser }) => {
  const context = await browser.newContext({ acceptDownloads: true });
  try {
    const { page } = await openApp(context);
    await completeJourney(page, buyerAnswers);
    await page.getByRole('link', { name: 'Ask the supplier' }).click();
    const request = await downloaded(page, () => page.getByRole('button', { name: 'Download the supplier request' }).click());
    const reply = await answerAsSupplier(browser, request, []);
    const variant = (change) => {
      const data = JSON.parse(reply.text);
      change(data);
      return { name: 'reply.json', text: JSON.stringify(data) };
    };
    const cases = [
      ['another assessment', variant((d) => (d.reply.assessmentId = 'someone-else')), 'belongs to another assessment'],
      ['a wrong fingerprint', variant((d) => (d.reply.fingerprint = '0'.repeat(64))), 'does not match the answers it was made for'],
      ['an answer that does not fit', variant((d) => (d.answers['annex1.component'] = 'a-spaceship')), 'cannot be read'],
      ['an answer to a question not asked', variant((d) => (d.answers['org.type'] = 'private')), 'not asked of the supplier'],
      ['a newer questionnaire', variant((d) => (d.questionnaire.version = '9.0.0')), 'newer version of the questionnaire'],
    ];
    const before = JSON.stringify(await savedEntries(page));
    for (const [label, file, message] of cases) {
      await open(page, file);
      const error = page.locator('.error-summary');
      await error.waitFor();
      const text = await error.textContent();
      assert(text.includes(message), `${label}: "${message}" in "${text}"`);
      assertEqual((await currentStep(page)).kind, 'request', `${label}: stays on the page`);
    }
    await page.waitForTimeout(400);
    assertEqual(JSON.stringify(await savedEntries(page)), before, 'nothing saved changed');
  } finally {
    await context.close();
  }
});

test('supplier round trip with the keyboard alone', async ({ browser }) => {
  const context = await browser.newContext({ acceptDownloads: true });
  const supplierContext = await browser.newContext({ acceptDownloads: true });
  try {
    const { page } = await openApp(context);
    await completeJourney(page, buyerAnswers);
    await tabTo(page, (f) => f.tag === 'a' && f.text === 'Ask the supplier', 'Ask the supplier');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/request$/);
    await page.locator('#requested-questions li').first().waitFor();
    const request = await downloaded(page, async () => {
      await tabTo(page, button('Download the supplier request'), 'the request download');
      await page.keyboard.press('Enter');
    });

    const { page: supplier } = await openApp(supplierContext);
    await open(supplier, request);
    await supplier.waitForURL(/#\/supplier$/);
    await tabTo(supplier, button('Start answering'), 'Start answering');
    await supplier.keyboard.press('Enter');
    await supplier.waitForURL(/#\/supplier\/q\//);
    while (!supplier.url().endsWith('#/supplier/reply')) {
      const id = decodeURIComponent(/#\/supplier\/q\/(.+)$/.exec(supplier.url())[1]);
      await answerByKeyboard(supplier, supplierAnswers[id]);
    }
    await tabTo(supplier, (f) => f.tag === 'input' && f.label === 'Your organisation (the supplier)', 'the supplier name');
    await supplier.keyboard.type('MedTech AB');
    const reply = await downloaded(supplier, () => supplier.keyboard.press('Enter'));

    await open(page, reply);
    await page.waitForURL(/#\/compare$/);
    await page.locator('#compare-result [data-tier]').first().waitFor();
    // Decline one answer by keyboard, accept the rest.
    await tabTo(page, (f) => f.id === 'accept-annex1-legislation', 'the Accept box of the Annex I laws');
    await page.keyboard.press('Space');
    await tabTo(page, button('Accept the selected answers'), 'Accept the selected answers');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/check$/);
    await page.waitForTimeout(400);
    const [entry] = await savedEntries(page);
    assertEqual(entry.file.answers['annex1.legislation'], ['unknown'], 'the declined answer stays the buyer’s');
    assertEqual(entry.file.answers['annex1.component'], 'safety-component', 'the accepted answers are taken');
    assertEqual(entry.history?.length, 1, 'the earlier version is kept');
  } finally {
    await supplierContext.close();
    await context.close();
  }
});

test('procurement downloads: the tender annex as a PDF and the registration sheet as CSV and JSON', async ({ browser }) => {
  const context = await browser.newContext({ acceptDownloads: true });
  try {
    const { page } = await openApp(context);
    await completeJourney(page, acceptanceCase('p01-school-admission').answers);
    await page.getByRole('link', { name: 'Ask the supplier' }).click();
    await page.waitForURL(/#\/request$/);
    const csv = await downloaded(page, () => page.getByRole('button', { name: 'Download the EU database registration sheet (CSV)' }).click());
    const lines = csv.text.split('\r\n');
    assertEqual(lines[0], 'section,item_id,point,label,value,source_questions,goes,omitted', 'CSV header');
    assert(lines[1].startsWith('C,c1,1,') && lines[1].includes('Regional Education Authority,system.organisation,public,no'), `Section C point 1 filled: ${lines[1]}`);
    const json = JSON.parse((await downloaded(page, () => page.getByRole('button', { name: 'Download the EU database registration sheet (JSON)' }).click())).text);
    assertEqual(json.items.map((i) => i.itemId), ['c1', 'c2', 'c3', 'c4', 'c5'], 'JSON items');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30000 }), page.getByRole('button', { name: 'Download the tender and contract annex (PDF)' }).click()]);
    assert(/^ai-act-tender-annex-school-place-allocation-model-\d{4}-\d{2}-\d{2}\.pdf$/.test(download.suggestedFilename()), `tender annex file name: ${download.suggestedFilename()}`);
    const bytes = await readFile(await download.path());
    assertEqual(bytes.subarray(0, 5).toString('latin1'), '%PDF-', 'a PDF');
  } finally {
    await context.close();
  }
});
