import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import { timeline } from '../../src/engine/timeline.ts';
import { REGISTER_COLUMNS } from '../../src/register/register-columns.ts';
import { registerCsv } from '../../src/register/register-csv.ts';
import { filterRows, sortRows } from '../../src/register/register-filter.ts';
import { dueDates, registerRows, type RegisterInput } from '../../src/register/register-rows.ts';
import { registerXlsx } from '../../src/register/register-xlsx.ts';
import { caseAnswers, caseFiles, euAiAct } from '../engine/load.ts';

const questionnaire = euAiAct();
const AS_OF = '2026-12-01';

function inputs(): RegisterInput[] {
  return caseFiles().map((f, i) => {
    const id = f.replace(/\.json$/, '');
    return {
      id,
      name: null,
      savedAt: `2026-11-${String(10 + (i % 19)).padStart(2, '0')}T09:00:00.000Z`,
      questionnaireVersion: questionnaire.version,
      answers: caseAnswers(questionnaire, id),
      details: i % 2 === 0 ? { unit: `Unit ${i}`, supplier: 'Acme AB', status: 'final' as const } : undefined,
    };
  });
}

describe('register rows', () => {
  const rows = registerRows(questionnaire, inputs(), AS_OF);

  it('takes tier, roles, open points and the next deadline from the engine', () => {
    for (const [i, input] of inputs().entries()) {
      const a = assess(questionnaire, input.answers);
      const row = rows[i]!;
      expect(row.tier).toBe(a.outcome.tier);
      expect(row.provisional).toBe(a.outcome.provisional);
      expect(row.roles).toEqual(a.roles.map((r) => r.role));
      expect(row.openPoints).toBe(a.uncertainties.length);
      const later = timeline(a, AS_OF).filter((g) => g.key !== 'applies');
      expect(row.nextDeadline?.date ?? null).toBe(later[0]?.date ?? null);
    }
  });

  it('gives the school-admission system (high risk) its 2 Dec 2027 deadline with the duties due then', () => {
    const row = rows.find((r) => r.id === 'p01-school-admission')!;
    expect(row.tier).toBe('high');
    expect(row.name).not.toBe('');
    const dec = row.deadlines.find((d) => d.date === '2027-12-02')!;
    expect(dec.obligations.length).toBeGreaterThan(3);
    expect(dec.days).toBe(366);
  });

  it('reads unit, supplier and status from the report details; draft without them', () => {
    expect(rows[0]!.unit).toBe('Unit 0');
    expect(rows[0]!.status).toBe('final');
    expect(rows[1]!.status).toBe('draft');
    expect(rows[1]!.supplier).toBe('');
  });

  it('flags an assessment saved under an older questionnaire version', () => {
    const [first] = inputs();
    const [row] = registerRows(questionnaire, [{ ...first!, questionnaireVersion: '0.9.0' }], AS_OF);
    expect(row!.outdated).toBe(true);
    expect(rows[0]!.outdated).toBe(false);
  });

  it('filters high-risk systems with a deadline before 2 Dec 2027 and searches names', () => {
    const high = filterRows(rows, { tier: 'high', deadlineBefore: '2027-12-02' });
    expect(high.length).toBeGreaterThan(0);
    expect(high.every((r) => r.tier === 'high' && r.nextDeadline!.date <= '2027-12-02')).toBe(true);
    expect(filterRows(rows, { tier: 'high', deadlineBefore: '2026-12-01' })).toEqual([]);
    const named = filterRows(rows, { search: rows[3]!.name.split(' ')[0] });
    expect(named).toContain(rows[3]);
    expect(filterRows(rows, { role: 'distributor' }).every((r) => r.roles.includes('distributor'))).toBe(true);
  });

  it('sorts by next deadline, rows without one last', () => {
    const sorted = sortRows(rows, 'nextDeadline');
    const dates = sorted.map((r) => r.nextDeadline?.date ?? '9999');
    expect(dates).toEqual([...dates].sort());
  });

  it('lists across systems what falls due on each date', () => {
    const due = dueDates(rows);
    expect(due.map((d) => d.date)).toEqual([...due.map((d) => d.date)].sort());
    const dec2027 = due.find((d) => d.date === '2027-12-02')!;
    expect(dec2027.systems.map((s) => s.id)).toContain('p01-school-admission');
  });
});

describe('register exports', () => {
  const rows = registerRows(questionnaire, inputs(), AS_OF);

  it('writes a CSV with the documented columns, one line per system', () => {
    const csv = registerCsv(rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(REGISTER_COLUMNS.map((c) => c.id).join(','));
    expect(lines).toHaveLength(rows.length + 1);
    const readme = readFileSync(join(import.meta.dirname, '../../src/register/README.md'), 'utf8');
    for (const c of REGISTER_COLUMNS) expect(readme).toContain(`\`${c.id}\``);
  });

  it('quotes commas and quotes, and defuses cells a spreadsheet would run as formulas', () => {
    const [row] = rows;
    const csv = registerCsv([{ ...row!, name: '=HYPERLINK("http://x")', supplier: 'Acme, "AB"' }]);
    const line = csv.trimEnd().split('\r\n')[1]!;
    expect(line).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(line).toContain('"Acme, ""AB"""');
  });

  it('writes a spreadsheet that opens and has every row', async () => {
    const bytes = await registerXlsx(rows, { systems: 'Systems', due: 'Due dates' });
    const sheets = await readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const systems = sheets.find((s) => s.sheet === 'Systems')!.data;
    expect(systems[0]).toEqual(REGISTER_COLUMNS.map((c) => c.id));
    expect(systems).toHaveLength(rows.length + 1);
    const p01 = systems.find((r) => r[0] === 'p01-school-admission')!;
    expect(p01[REGISTER_COLUMNS.findIndex((c) => c.id === 'tier')]).toBe('high');
    const due = sheets.find((s) => s.sheet === 'Due dates')!.data;
    expect(due.length).toBe(1 + dueDates(rows).reduce((n, d) => n + d.systems.length, 0));
  });
});

describe('register summaries (a cache of the engine result)', () => {
  it('are used only for exactly the same questionnaire and answers, and with the right shape', async () => {
    const { summarise, summaryKey, usableSummary } = await import('../../src/register/register-summary.ts');
    const { registerAssessment } = await import('../../src/register/register-rows.ts');
    const answers = caseAnswers(questionnaire, 'p01-school-admission');
    const key = summaryKey(questionnaire, answers);
    const summary = summarise(key, registerAssessment(questionnaire, answers));
    expect(usableSummary(JSON.parse(JSON.stringify(summary)), key)).toEqual(summary);
    expect(usableSummary(summary, summaryKey(questionnaire, { ...answers, 'org.type': 'private' }))).toBeNull();
    expect(usableSummary(summary, summaryKey({ ...questionnaire, version: '9.9.9' }, answers))).toBeNull();
    expect(usableSummary({ ...summary, tier: 'harmless' }, key)).toBeNull();
    expect(usableSummary({ ...summary, obligations: [{ id: 'x' }] }, key)).toBeNull();
    // A row from the summary is the row from the engine.
    const input = { id: 'a', name: null, savedAt: '', questionnaireVersion: questionnaire.version, answers };
    expect(registerRows(questionnaire, [{ ...input, summary }], AS_OF)).toEqual(registerRows(questionnaire, [input], AS_OF));
  });
});
