import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { assert, assertEqual, openApp, test } from './harness.mjs';
import { questionnaire } from './engine.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const dir = join(import.meta.dirname, '..', 'acceptance');
const cases = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

/** 30 assessments: the 18 acceptance cases, and 12 of them again under other ids and names, some marked final. */
function backup() {
  const assessments = [];
  for (let i = 0; i < 30; i++) {
    const f = cases[i % cases.length];
    const file = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    file.details = { unit: `Unit ${i % 4}`, supplier: i % 3 === 0 ? 'Acme AB' : 'Nordsoft GmbH', status: i % 5 === 0 ? 'final' : 'draft' };
    assessments.push({ id: `sys-${String(i).padStart(2, '0')}`, name: i < cases.length ? null : `System ${i}`, file });
  }
  return JSON.stringify({ format: 'eu-ai-act-backup', formatVersion: 1, createdAt: '2026-12-01T09:00:00Z', assessments });
}

async function axe(page, label) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

test('register: 30 assessments restored from a backup, filtered, exported; axe clean', async ({ browser }) => {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const problems = [];
  try {
    const { page, log } = await openApp(context, '#/register');
    await page.getByRole('heading', { name: 'Your AI register' }).waitFor();
    problems.push(...(await axe(page, 'empty register')));
    await page.getByLabel('Backup file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"eu-ai-act-backup","formatVersion":1,"assessments":[{"id":"x","file":{}}]}') });
    await page.getByRole('button', { name: 'Check the backup' }).click();
    await page.getByRole('alert').waitFor();
    assert((await page.getByRole('alert').innerText()).includes('nothing was changed'), 'a bad backup is refused whole');
    problems.push(...(await axe(page, 'restore error')));

    await page.getByLabel('Backup file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup()) });
    await page.getByRole('button', { name: 'Check the backup' }).click();
    await page.getByText('The backup holds 30 new, 0 identical and 0 conflicting assessments.').waitFor();
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByText('30 assessments restored.').waitFor();
    await page.getByText('30 systems', { exact: true }).waitFor();
    problems.push(...(await axe(page, 'register with 30 systems')));

    // Restoring the same backup again with one assessment changed here: a conflict, kept both by default.
    await page.getByLabel('Backup file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup().replace('"Unit 1"', '"Unit 9"')) });
    await page.getByRole('button', { name: 'Check the backup' }).click();
    await page.getByText(/The backup holds 0 new, 29 identical and 1 conflicting assessments\./).waitFor();
    problems.push(...(await axe(page, 'restore conflict')));
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByText('31 systems', { exact: true }).waitFor();

    await page.getByLabel('Risk tier').selectOption('high');
    await page.getByLabel('Next deadline on or before').fill('2027-12-02');
    const count = await page.locator('.register-count').innerText();
    const shown = Number(/Showing (\d+) of 31/.exec(count)?.[1]);
    assert(shown > 0 && shown < 31, `filtered count: ${count}`);
    const tiers = await page.locator('.register-table tbody td:nth-of-type(2)').allInnerTexts();
    assertEqual(tiers.length, shown, 'one row per shown system');
    const high = questionnaire.outcomes.find((o) => o.tier === 'high').title;
    assert(tiers.every((t) => t.includes(high)), `only high-risk rows: ${tiers.join(' | ')}`);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the register (CSV)' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    assertEqual(lines.length, shown + 1, 'CSV has the shown rows');
    assert(lines[0].startsWith('id,name,organisation,unit,supplier,roles,tier'), 'CSV header');
    assert(lines.slice(1).every((l) => l.includes(',high,')), 'CSV rows are high-risk');

    const xlsx = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the register (spreadsheet)' }).click();
    const bytes = readFileSync(await (await xlsx).path());
    assertEqual(bytes.subarray(0, 2).toString('latin1'), 'PK', 'the spreadsheet is a zip (xlsx)');

    await page.getByRole('button', { name: /Sort by|Next deadline/ }).first().focus();
    await page.keyboard.press('Enter');
    assertEqual(log.requests.filter((u) => !u.startsWith('http://127.0.0.1')).length, 0, 'nothing leaves the browser');
  } finally {
    await context.close();
  }
  assertEqual(problems, [], 'axe violations');
});

test('register: an assessment saved under questionnaire 1.0.0 is flagged, its diff shown, then re-assessed', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  try {
    const { page } = await openApp(context, '#/register');
    const old = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'register', 'p01-saved-1.0.0.json'), 'utf8'));
    const file = JSON.stringify({ format: 'eu-ai-act-backup', formatVersion: 1, assessments: [{ id: 'old-one', name: 'School places (2026)', file: old }] });
    await page.getByLabel('Backup file').setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.getByRole('button', { name: 'Check the backup' }).click();
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByText('1 system', { exact: true }).waitFor();
    await page.getByLabel('Only assessments to re-assess (older questionnaire version)').check();
    await page.getByText('Questionnaire 1.0.0').waitFor();
    await page.getByRole('link', { name: /Re-assess/ }).click();
    await page.getByRole('heading', { name: 'Re-assess “School places (2026)”' }).waitFor();
    await page.getByText(`This assessment was saved under questionnaire version 1.0.0. This tool uses version ${questionnaire.version}.`).waitFor();
    await page.getByRole('heading', { name: 'Questions to answer again' }).waitFor();
    await page.getByRole('heading', { name: 'What changed in the questionnaire' }).waitFor();
    problems.push(...(await axe(page, 're-assessment diff')));
    await page.getByRole('button', { name: 'Re-assess with the new version' }).click();
    await page.waitForURL(/#\/(q\/|check)/);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('ai-act-wizard/v1/assessment/old-one')));
    assertEqual(stored.file.questionnaire.version, questionnaire.version, 'saved under the new version');
    assertEqual(stored.history?.[0]?.questionnaireVersion, '1.0.0', 'the old result is kept as history');
    assertEqual(stored.history?.[0]?.outcome?.tier, 'high', 'with its tier');
  } finally {
    await context.close();
  }
  assertEqual(problems, [], 'axe violations');
});
