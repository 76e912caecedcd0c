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

/** Sets the controls on the question page to `value` (without pressing Continue). */
export async function fillAnswer(page, value) {
  const form = page.locator('main form');
  await form.waitFor();
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

/** Answers questions from `answers` until check your answers. Returns the question ids answered. */
export async function answerAll(page, answers, { max = 200 } = {}) {
  const asked = [];
  for (let i = 0; i < max; i++) {
    const step = await currentStep(page);
    if (step.kind !== 'question') return asked;
    await page.locator('main form').waitFor();
    const optionalText = (await page.locator('main form').locator('input[type="text"], textarea').count()) > 0;
    if (!(step.id in answers) && !optionalText) throw new Error(`no answer for question ${step.id}`);
    await fillAnswer(page, answers[step.id] ?? '');
    await pressContinue(page);
    asked.push(step.id);
  }
  throw new Error('too many questions');
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
