/** Builds report models for tests. */
import type { Answers } from '../../src/engine/answers.ts';
import { assess } from '../../src/engine/assess.ts';
import type { Questionnaire } from '../../src/questionnaire/schema.ts';
import { buildReport } from '../../src/report/build-report.ts';
import type { Block, ReportModel, SectionId } from '../../src/report/report-model.ts';
import { fingerprint } from '../../src/storage/assessment-file.ts';
import type { ReportDetails } from '../../src/storage/report-details.ts';

export const GENERATED_AT = '2026-11-25T10:00:00.000Z';

export async function modelFor(q: Questionnaire, answers: Answers, locale = 'en', details?: ReportDetails): Promise<ReportModel> {
  return buildReport(assess(q, answers), q, { answers, generatedAt: GENERATED_AT, fingerprint: await fingerprint(q, answers), locale, ...(details ? { details } : {}) });
}

export const sectionIds = (m: ReportModel): SectionId[] => m.sections.map((s) => s.id);

export function section(m: ReportModel, id: SectionId) {
  const found = m.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id} in ${sectionIds(m).join(', ')}`);
  return found;
}

/** Every text of a block list, flattened, for "does the report say X" checks. */
export function textOf(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.type) {
      case 'title': out.push(b.kicker, b.text); break;
      case 'outcome': out.push(b.label, b.title, b.summary, ...b.flags); break;
      case 'paragraph': case 'subheading': out.push(b.text); break;
      case 'bullets': case 'checklist': out.push(...b.items.flat().map((p) => p.text)); break;
      case 'facts': out.push(...b.rows.flatMap((r) => [r.label, r.value])); break;
      case 'table': out.push(...b.columns.map((c) => c.header), ...b.rows.flat(2).map((p) => p.text)); break;
      case 'write-in': out.push(b.label, b.value ?? '', b.note ?? ''); break;
      case 'qa': out.push(b.question, ...b.answer); break;
      case 'contents': out.push(b.heading); break;
      case 'path': out.push(b.caption, ...b.nodes.flatMap((n) => [n.text, n.answer ?? '', n.mark?.text ?? ''])); break;
    }
  }
  return out.join('\n');
}
