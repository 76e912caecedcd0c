import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import { reportModelFor } from '../../src/report/lazy-pdf.ts';
import { highRiskPublic, loadMini } from '../fixtures/report-mini.ts';
import { section } from './report-helpers.ts';

const q = loadMini();

describe('report details on the report', () => {
  it('the result page hands them to the report, whose cover states them', async () => {
    const assessment = assess(q, highRiskPublic);
    const details = { organisation: 'Region North procurement', assessedBy: 'A. Berg', assessmentDate: '2026-12-01', status: 'final' as const };
    const cover = section(await reportModelFor(q, highRiskPublic, assessment, new Date('2026-12-05T10:00:00Z'), details), 'cover');
    const rows = cover.blocks.find((b) => b.type === 'facts')!;
    expect(rows.type === 'facts' && Object.fromEntries(rows.rows.map((r) => [r.label, r.value]))).toMatchObject({ Organisation: 'Region North procurement', 'Assessed by': 'A. Berg', 'Date of assessment': '1 December 2026' });
    const without = section(await reportModelFor(q, highRiskPublic, assessment, new Date('2026-12-05T10:00:00Z')), 'cover');
    const plain = without.blocks.find((b) => b.type === 'facts')!;
    expect(plain.type === 'facts' && plain.rows.find((r) => r.label === 'Date of assessment')?.value).toBe('5 December 2026');
  });
});
