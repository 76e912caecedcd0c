/**
 * The cover: what was assessed, for which contract, by whom, against which law,
 * the headline result and a sign-off block. Report details left empty are
 * lines to fill in, so a printed report can be completed by hand.
 */
import { DETAIL_FIELDS } from '../storage/report-details.ts';
import type { Block, ReportSection } from './report-model.ts';
import { REPORT_AS } from './report-anchors.ts';
import type { ReportInput } from './report-input.ts';

export function systemName(input: ReportInput): string {
  return input.reportAs(REPORT_AS.systemName) ?? input.t.unnamed;
}

export function outcomeFlags(input: ReportInput): string[] {
  const { assessment, t } = input;
  return [...(assessment.outcome.provisional ? [t.flags.provisional] : []), ...(assessment.complete ? [] : [t.flags.incomplete])];
}

/** Each report detail with its label; a field without a value is an empty line to fill in. */
export function detailRows(input: ReportInput): { label: string; value: string }[] {
  const { details, t, date } = input;
  const d = t.details;
  return DETAIL_FIELDS.map((field) => {
    if (field === 'assessmentDate') return { label: d.assessmentDate, value: date(input.asOf) };
    if (field === 'status') return { label: d.status, value: details.status ? d[details.status] : '' };
    // The file's details come first; the answers marked reportAs fill in what they leave out.
    const fromAnswers = field === 'organisation' ? input.reportAs(REPORT_AS.organisation) : field === 'assessedBy' ? input.reportAs(REPORT_AS.assessor) : undefined;
    return { label: d[field], value: (details[field]?.trim() || fromAnswers) ?? '' };
  });
}

/** Name, role, date and signature for whoever assessed, reviewed and approved. */
export function signOffTable(input: ReportInput): Block {
  const { details, t } = input;
  const s = t.signOff;
  const who = [
    [t.details.assessedBy, details.assessedBy ?? input.reportAs(REPORT_AS.assessor)],
    [t.details.reviewedBy, details.reviewedBy],
    [t.details.approvedBy, details.approvedBy],
  ] as const;
  return {
    type: 'table',
    fill: true,
    caption: s.caption,
    columns: [
      { header: s.step, width: 0.2 },
      { header: s.name, width: 0.26 },
      { header: s.role, width: 0.18 },
      { header: s.date, width: 0.14 },
      { header: s.signature, width: 0.22 },
    ],
    rows: who.map(([step, name]) => [[{ text: step, bold: true }], name?.trim() ? [{ text: name.trim() }] : [], [], [], []]),
  };
}

export function coverSection(input: ReportInput): ReportSection {
  const { assessment, t, date } = input;
  const q = assessment.questionnaire;
  const rows: { label: string; value: string }[] = [];
  const add = (label: string, value: string | undefined) => value && rows.push({ label, value });
  add(t.cover.questionnaire, `${q.title}, version ${q.version}`);
  add(t.cover.law, q.law);
  add(t.cover.lawAsOf, date(q.lawAsOf));
  const amendment = (a: (typeof q.amendments)[number]) => `${a.act}: ${a.title} (${date(a.inForce)})`;
  add(t.cover.amendments, q.amendments.filter((a) => a.inForce <= q.lawAsOf).map(amendment).join('\n'));
  add(t.cover.pending, q.amendments.filter((a) => a.inForce > q.lawAsOf).map(amendment).join('\n'));
  const blocks: Block[] = [
    { type: 'title', kicker: assessment.complete ? t.kicker : `${t.kicker} · ${t.draft.label}`, text: systemName(input) },
    { type: 'subheading', text: t.details.heading },
    { type: 'facts', rows: detailRows(input), fill: true },
    { type: 'facts', rows },
    // An unfinished assessment is a draft: its cover never states a result.
    assessment.complete
      ? { type: 'outcome', label: t.cover.outcome, title: assessment.outcome.title, summary: assessment.outcome.summary, tier: assessment.outcome.tier, flags: outcomeFlags(input) }
      : { type: 'outcome', label: t.draft.label, title: t.draft.title, summary: t.draft.summary(assessment.outcome.title), tier: 'incomplete', flags: outcomeFlags(input) },
    ...(assessment.complete ? modelOutcomeBlocks(input) : []),
    { type: 'subheading', text: t.signOff.heading },
    signOffTable(input),
    { type: 'contents', heading: t.cover.contents },
  ];
  return { id: 'cover', title: '', blocks };
}

/** The model's own headline, beside the system's, when a model provider also builds a system on it. */
function modelOutcomeBlocks(input: ReportInput): Block[] {
  const { assessment, t } = input;
  const model = assessment.modelOutcome;
  if (!model) return [];
  return [{ type: 'outcome', label: t.cover.modelOutcome, title: model.title, summary: model.summary, tier: model.tier, flags: model.provisional ? [t.flags.provisional] : [] }];
}
