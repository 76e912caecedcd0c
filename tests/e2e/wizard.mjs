/**
 * Drives the wizard like a user: answers whatever question is on screen from an
 * answers map (question id → value), through the real form controls.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '../..');

export function acceptanceCase(id) {
  const cases = parse(readFileSync(resolve(root, 'tests/acceptance/cases.yaml'), 'utf8'));
  const file = JSON.parse(readFileSync(resolve(root, 'tests/acceptance', `${id}.json`), 'utf8'));
  return { ...cases.find((c) => c.id === id), answers: file.answers ?? file };
}

/** The page's step from the address: { kind: 'question', id } or { kind: 'check' | 'result' | 'start' | 'saved' }. */
export async function currentStep(page) {
  const hash = new URL(page.url()).hash;
  const q = /^#\/q\/(.+)$/.exec(hash);
  if (q) return { kind: 'question', id: decodeURIComponent(q[1]) };
  return { kind: hash.replace(/^#\/?/, '') || 'start' };
}

/** Sets the controls of the first question on the page to `value` (without pressing Continue). */
export async function fillAnswer(page, value) {
  await page.locator('main form').waitFor();
  await fillQuestion(page.locator('main form [data-question]').first(), value);
}

/** Sets the controls of one question (its `[data-question]` block) to `value`. */
export async function fillQuestion(form, value) {
  const text = form.locator('input[type="text"], textarea');
  if ((await text.count()) > 0) {
    await text.first().fill(String(value));
    return;
  }
  const values = Array.isArray(value) ? value : [value];
  const boxes = form.locator('input[type="checkbox"]');
  if ((await boxes.count()) > 0) {
    for (const box of await boxes.all()) {
      if ((await box.isChecked()) && !values.includes(await box.getAttribute('value'))) await box.uncheck();
    }
  }
  for (const v of values) await form.locator(`input[value="${v}"]`).check();
}

export async function pressContinue(page) {
  const before = page.url();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.waitForFunction((url) => window.location.href !== url, before, { timeout: 5000 });
}

/** The ids of the questions the page shows now, in order. */
export async function questionsShown(page) {
  return page.$$eval('main form [data-question]', (els) => els.map((e) => e.getAttribute('data-question')));
}

/**
 * Fills in every question the page shows from `answers`, including those that
 * appear once an answer above them is chosen (without pressing Continue).
 * Returns the question ids filled in.
 */
export async function fillPage(page, answers) {
  await page.locator('main form').waitFor();
  const filled = [];
  for (let i = 0; i < 50; i++) {
    const next = (await questionsShown(page)).find((id) => !filled.includes(id));
    if (!next) return filled;
    const block = page.locator(`main form [data-question="${next}"]`);
    const text = (await block.locator('input[type="text"], textarea').count()) > 0;
    if (!(next in answers) && !text) throw new Error(`no answer for question ${next}`);
    await fillQuestion(block, answers[next] ?? '');
    filled.push(next);
  }
  throw new Error('too many questions on one page');
}

/** Answers every page from `answers` until check your answers. Returns the question ids answered. */
export async function answerAll(page, answers, { max = 200 } = {}) {
  const asked = [];
  for (let i = 0; i < max; i++) {
    const step = await currentStep(page);
    if (step.kind !== 'question') return asked;
    asked.push(...(await fillPage(page, answers)));
    await pressContinue(page);
  }
  throw new Error('too many pages');
}

/** From the start page: start a new assessment, answer everything, see the result. Returns the tier shown. */
export async function completeJourney(page, answers) {
  await page.getByRole('button', { name: /Start a new assessment/ }).first().click();
  await page.waitForURL(/#\/q\//);
  await answerAll(page, answers);
  await page.waitForURL(/#\/check$/);
  await page.getByRole('button', { name: 'See the result' }).click();
  await page.waitForURL(/#\/result$/);
  await page.locator('[data-tier]').waitFor();
  return page.locator('[data-tier]').getAttribute('data-tier');
}

/** Presses Tab until the element matching `test` (run in the page with `arg`) has focus. */
export async function tabTo(page, test, arg, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(test, arg)) return;
  }
  throw new Error('could not reach the element with Tab');
}

/** Answers one question of the page (its `[data-question]` block) with the keyboard only. */
export async function answerByKeyboard(page, id, value) {
  const inBlock = (sel) => ({ id, sel });
  const focusedIn = ({ id, sel }) => Boolean(document.activeElement?.closest(`[data-question="${id}"]`) && document.activeElement.matches(sel));
  const kind = await page.evaluate((q) => document.querySelector(`main form [data-question="${q}"] :is(input, textarea)`)?.type, id);
  if (kind === 'text' || kind === 'textarea') {
    await tabTo(page, focusedIn, inBlock('input, textarea'));
    await page.keyboard.press('Control+A');
    await page.keyboard.type(String(value));
  } else if (kind === 'radio') {
    const values = await page.$$eval(`main form [data-question="${id}"] input[type=radio]`, (els) => els.map((e) => e.value));
    const index = values.indexOf(value);
    await tabTo(page, focusedIn, inBlock('input[type=radio]'));
    const at = await page.evaluate((q) => [...document.querySelectorAll(`main form [data-question="${q}"] input[type=radio]`)].indexOf(document.activeElement), id);
    for (let k = at; k < index; k++) await page.keyboard.press('ArrowDown');
    for (let k = at; k > index; k--) await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Space');
  } else {
    const wanted = Array.isArray(value) ? value : [value];
    await tabTo(page, focusedIn, inBlock('input[type=checkbox]'));
    for (let k = 0; k < 40; k++) {
      const [val, checked, inside] = await page.evaluate(
        (q) => [document.activeElement?.value, document.activeElement?.checked, Boolean(document.activeElement?.closest(`[data-question="${q}"]`)) && document.activeElement?.type === 'checkbox'],
        id,
      );
      if (!inside) break;
      if (wanted.includes(val) !== checked) await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
    }
  }
}
