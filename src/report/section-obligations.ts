/** The obligations checklist: one table per role, each row with its article and date, and owner, evidence and status to fill in. */
import type { ObligationHit } from '../engine/assessment.ts';
import { ROLES } from '../questionnaire/kinds.ts';
import type { Block, Part, ReportSection } from './report-model.ts';
import { dateText, type ReportInput } from './report-input.ts';
import { FRIA_GROUP, TECH_DOC_CITE, TRACK_GROUPS } from './report-anchors.ts';

/** Where an obligation's items are laid out in full, if not in the table. */
export function itemsShownIn(o: ObligationHit): 'fria' | 'documentation' | 'transparency-gpai' | null {
  if (!o.items?.length) return null;
  if (o.group === FRIA_GROUP) return 'fria';
  if (o.who === 'provider' && o.cites.some((c) => TECH_DOC_CITE.test(c.cite))) return 'documentation';
  if (TRACK_GROUPS(o.group)) return 'transparency-gpai';
  return null;
}

function obligationCell(input: ReportInput, o: ObligationHit, sectionTitles: Partial<Record<string, string>>): Part[] {
  const { t } = input;
  const parts: Part[] = [{ text: o.title, bold: true }, { text: o.summary }];
  const elsewhere = itemsShownIn(o);
  const title = elsewhere ? sectionTitles[elsewhere] : undefined;
  if (title) parts.push({ text: t.obligations.seeSection(title), muted: true });
  else for (const item of o.items ?? []) parts.push({ text: item, muted: true, bullet: true });
  if (!o.certain) parts.push({ text: t.obligations.uncertain, muted: true });
  return parts;
}

function dateCell(input: ReportInput, o: ObligationHit): Part[] {
  const d = o.appliesFrom;
  return [{ text: input.date(d.date), bold: true }, ...(d.was ? [{ text: input.t.obligations.was(input.date(d.was)), muted: true }] : []), ...(d.note ? [{ text: d.note, muted: true }] : [])];
}

export function obligationsSection(input: ReportInput, sectionTitles: Partial<Record<string, string>>): ReportSection {
  const { assessment, t } = input;
  const blocks: Block[] = [];
  if (assessment.obligations.length === 0) blocks.push({ type: 'paragraph', text: t.obligations.none });
  else blocks.push({ type: 'paragraph', text: `${t.obligations.intro} ${t.checklist.fillIn}`, muted: true, keepWithNext: true });
  for (const role of ROLES) {
    const list = assessment.obligations.filter((o) => o.who === role);
    if (list.length === 0) continue;
    blocks.push({ type: 'subheading', text: t.roles[role] });
    blocks.push({
      type: 'table',
      fill: true,
      caption: t.checklist.caption(t.roles[role]),
      columns: [
        { header: t.obligations.obligation, width: 0.4 },
        { header: t.obligations.article, width: 0.13 },
        { header: t.obligations.appliesFrom, width: 0.13 },
        { header: t.checklist.owner, width: 0.12 },
        { header: t.checklist.evidence, width: 0.12 },
        { header: t.checklist.status, width: 0.1 },
      ],
      rows: list.map((o) => [obligationCell(input, o, sectionTitles), [{ text: input.cites(o.cites) }], dateCell(input, o), [], [], []]),
    });
  }
  return { id: 'obligations', title: t.sections.obligations, blocks };
}

/** An obligation told in full: title, summary, articles and date, and its items as a checklist. */
export function obligationBlocks(input: ReportInput, o: ObligationHit, withItems = true): Block[] {
  const blocks: Block[] = [
    { type: 'paragraph', text: o.title, bold: true, keepWithNext: true },
    { type: 'paragraph', text: o.summary, keepWithNext: true },
    { type: 'paragraph', text: `${input.cites(o.cites)} · ${input.t.obligations.appliesFrom} ${dateText(input, o.appliesFrom)}`, muted: true, cite: true },
  ];
  if (withItems && o.items?.length) blocks.push({ type: 'checklist', items: o.items.map((i) => [{ text: i }]) });
  return blocks;
}
