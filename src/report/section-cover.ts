/** The cover: what was assessed, by whom, against which law, and the headline result. */
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

export function coverSection(input: ReportInput): ReportSection {
  const { assessment, context, t, date } = input;
  const q = assessment.questionnaire;
  const rows: { label: string; value: string }[] = [];
  const add = (label: string, value: string | undefined) => value && rows.push({ label, value });
  const details = context.details;
  add(t.cover.organisation, details?.organisation ?? input.reportAs(REPORT_AS.organisation));
  add(t.cover.assessor, details?.assessedBy ?? input.reportAs(REPORT_AS.assessor));
  add(t.cover.date, date(details?.assessmentDate ?? context.generatedAt));
  add(t.cover.questionnaire, `${q.title}, version ${q.version}`);
  add(t.cover.law, q.law);
  add(t.cover.lawAsOf, date(q.lawAsOf));
  const amendment = (a: (typeof q.amendments)[number]) => `${a.act}: ${a.title} (${date(a.inForce)})`;
  add(t.cover.amendments, q.amendments.filter((a) => a.inForce <= q.lawAsOf).map(amendment).join('\n'));
  add(t.cover.pending, q.amendments.filter((a) => a.inForce > q.lawAsOf).map(amendment).join('\n'));
  const blocks: Block[] = [
    { type: 'title', kicker: t.kicker, text: systemName(input) },
    { type: 'facts', rows },
    {
      type: 'outcome',
      label: t.cover.outcome,
      title: assessment.outcome.title,
      summary: assessment.outcome.summary,
      tier: assessment.outcome.tier,
      flags: outcomeFlags(input),
    },
    { type: 'contents', heading: t.cover.contents },
  ];
  return { id: 'cover', title: '', blocks };
}
