/**
 * The tender and contract annex: what the buyer asks of the supplier, each with
 * its article and the MCC-AI clause that covers it (Assessment.tenderAnnex).
 */
import type { TenderAnnexItem } from '../engine/tender-annex.ts';
import type { Part, ReportSection } from './report-model.ts';
import { cites } from './format.ts';
import type { ReportInput } from './report-input.ts';

function clauseCell(input: ReportInput, item: TenderAnnexItem): Part[] {
  const { t } = input;
  if (item.clauses.length === 0) return [{ text: t.tenderAnnex.noClause, muted: true }];
  return item.clauses.flatMap((c) => [{ text: `MCC-AI ${t.tenderAnnex.version[c.version]} ${c.clause}` }, ...(c.verified ? [] : [{ text: t.tenderAnnex.toCheck, muted: true }])]);
}

export function tenderAnnexSection(input: ReportInput): ReportSection | null {
  const { assessment, t } = input;
  const { items, version } = assessment.tenderAnnex;
  if (items.length === 0) return null;
  return {
    id: 'tender-annex',
    title: t.sections.tenderAnnex,
    blocks: [
      { type: 'paragraph', text: t.tenderAnnex.intro(t.tenderAnnex.version[version]), muted: true },
      {
        type: 'table',
        columns: [
          { header: t.tenderAnnex.requirement, width: 0.58 },
          { header: t.tenderAnnex.article, width: 0.17 },
          { header: t.tenderAnnex.clause, width: 0.25 },
        ],
        rows: items.map((item) => [
          [{ text: item.title, bold: true }, { text: item.summary }, ...(item.certain ? [] : [{ text: t.obligations.uncertain, muted: true }])],
          [{ text: cites(item.cites) }],
          clauseCell(input, item),
        ]),
      },
    ],
  };
}
