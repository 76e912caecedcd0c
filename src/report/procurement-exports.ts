/**
 * The procurement exports of one assessment: the tender annex as a report of
 * its own (cover and annex, drawn by any renderer of the report model), and the
 * registration sheets as CSV and JSON rows.
 */
import type { Assessment } from '../engine/assessment.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { buildReport } from './build-report.ts';
import type { ReportContext, ReportModel } from './report-model.ts';

/** The report with only its cover and the tender annex; null when the annex is empty. */
export function tenderAnnexReport(assessment: Assessment, questionnaire: Questionnaire, context: ReportContext): ReportModel | null {
  const full = buildReport(assessment, questionnaire, context);
  const annex = full.sections.find((s) => s.id === 'tender-annex');
  if (!annex) return null;
  const cover = full.sections[0]!;
  return {
    ...full,
    fileName: full.fileName.replace(/^ai-act-assessment-/, 'ai-act-tender-annex-'),
    sections: [{ ...cover, blocks: cover.blocks.filter((b) => b.type !== 'contents') }, { ...annex, title: annex.title.replace(/^\d+\.\s*/, '') }],
  };
}

export interface RegistrationRow {
  section: string;
  itemId: string;
  point: string;
  label: string;
  /** The filled value, or empty: to fill. */
  value: string;
  sourceQuestions: string[];
  goes: string;
  omitted: boolean;
}

export function registrationRows(assessment: Pick<Assessment, 'registration'>): RegistrationRow[] {
  return assessment.registration.flatMap((sheet) =>
    sheet.items.map((item) => ({
      section: sheet.section,
      itemId: item.id,
      point: item.point,
      label: item.label,
      value: item.omitted ? '' : (item.value ?? ''),
      sourceQuestions: item.sources,
      goes: sheet.goes,
      omitted: item.omitted,
    })),
  );
}

const CSV_COLUMNS = ['section', 'item_id', 'point', 'label', 'value', 'source_questions', 'goes', 'omitted'] as const;

function csvCell(value: string): string {
  // A leading =, +, - or @ would be read as a formula by a spreadsheet.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One line per point of every sheet that applies; an empty value means "to fill". */
export function registrationCsv(assessment: Pick<Assessment, 'registration'>): string {
  const lines = registrationRows(assessment).map((r) =>
    [r.section, r.itemId, r.point, r.label, r.value, r.sourceQuestions.join(' '), r.goes, r.omitted ? 'yes' : 'no'].map(csvCell).join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
}

export function registrationJson(assessment: Pick<Assessment, 'registration' | 'questionnaire'>): string {
  return `${JSON.stringify({ questionnaire: { id: assessment.questionnaire.id, version: assessment.questionnaire.version }, items: registrationRows(assessment) }, null, 2)}\n`;
}
