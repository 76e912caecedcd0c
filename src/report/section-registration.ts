/**
 * The EU database registration sheets (Assessment.registration): per Annex VIII
 * section, where the entry goes and each point, filled from the answers or left
 * to fill.
 */
import type { RegistrationItem } from '../engine/registration.ts';
import type { Block, Part, ReportSection } from './report-model.ts';
import { cites } from './format.ts';
import type { ReportInput } from './report-input.ts';

function valueCell(input: ReportInput, item: RegistrationItem): Part[] {
  const { t } = input;
  if (item.omitted) return [{ text: t.registration.omitted, muted: true }];
  if (item.value === null) return [{ text: t.registration.toFill, bold: true }];
  return [{ text: item.value }, { text: t.registration.fromAnswers, muted: true }];
}

export function registrationSection(input: ReportInput): ReportSection | null {
  const { assessment, t } = input;
  if (assessment.registration.length === 0) return null;
  const blocks: Block[] = [{ type: 'paragraph', text: t.registration.intro, muted: true }];
  for (const sheet of assessment.registration) {
    blocks.push({ type: 'subheading', text: sheet.title });
    blocks.push({ type: 'paragraph', text: `${sheet.summary} (${cites(sheet.cites)})` });
    blocks.push({ type: 'facts', rows: [{ label: t.registration.goes, value: `${t.registration.where[sheet.goes]} (${cites(sheet.goesCites)})` }] });
    if (!sheet.certain) blocks.push({ type: 'paragraph', text: t.obligations.uncertain, muted: true });
    blocks.push({
      type: 'table',
      columns: [
        { header: t.registration.point, width: 0.1 },
        { header: t.registration.item, width: 0.45 },
        { header: t.registration.value, width: 0.45 },
      ],
      rows: sheet.items.map((item) => [[{ text: item.point }], [{ text: item.label }, { text: cites(item.cites), muted: true }], valueCell(input, item)]),
    });
  }
  return { id: 'registration', title: t.sections.registration, blocks };
}
