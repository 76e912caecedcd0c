/** The plain-language summary: result, tracks, roles and the next steps with their dates. */
import type { Block, Part, ReportSection } from './report-model.ts';
import { cites } from './format.ts';
import type { ReportInput } from './report-input.ts';
import { outcomeFlags } from './section-cover.ts';

const MAX_STEPS = 5;

interface Step {
  when: string;
  text: Part[];
}

function nextSteps(input: ReportInput): Step[] {
  const { assessment, context, t, date } = input;
  const today = context.generatedAt.slice(0, 10);
  const first: Step[] = [];
  if (!assessment.complete) first.push({ when: t.summary.now, text: [{ text: t.summary.answerRest }] });
  for (const u of assessment.uncertainties.slice(0, 1)) first.push({ when: t.summary.now, text: [{ text: t.summary.findOut(u.findOut) }] });
  for (const n of assessment.outcome.next.slice(0, 2)) first.push({ when: t.summary.now, text: [{ text: n }] });
  for (const n of assessment.modelOutcome?.next.slice(0, 1) ?? []) first.push({ when: t.summary.now, text: [{ text: n }] });
  const dated: Step[] = [...assessment.obligations]
    .sort((a, b) => a.appliesFrom.date.localeCompare(b.appliesFrom.date) || Number(b.certain) - Number(a.certain))
    .map((o) => ({
      when: o.appliesFrom.date <= today ? t.summary.now : t.summary.by(date(o.appliesFrom.date)),
      text: [{ text: o.title, bold: true }, { text: cites(o.cites), muted: true }],
    }));
  // Keep at least two dated steps where there are any, and no more than five in all.
  const keepFirst = Math.min(first.length, Math.max(MAX_STEPS - dated.length, MAX_STEPS - 2));
  return [...first.slice(0, keepFirst), ...dated].slice(0, MAX_STEPS);
}

export function summarySection(input: ReportInput): ReportSection {
  const { assessment, t } = input;
  const rows = [{ label: t.summary.outcome, value: [assessment.outcome.title, ...outcomeFlags(input)].join('\n') }];
  if (assessment.routes.length > 0) rows.push({ label: t.why.route, value: cites(assessment.routes) });
  const model = assessment.modelOutcome;
  if (model) rows.push({ label: t.cover.modelOutcome, value: [model.title, ...(model.provisional ? [t.flags.provisional] : [])].join('\n') });
  const tracks = [...assessment.tracks.transparency, ...assessment.tracks.gpai].map((h) => `${h.title} (${cites(h.cites)})`);
  if (tracks.length > 0) rows.push({ label: t.summary.tracks, value: tracks.join('\n') });
  const roles = assessment.roles.map((r) => (r.certain ? t.roles[r.role] : `${t.roles[r.role]} (${t.uncertainRole})`));
  rows.push({ label: t.summary.roles, value: roles.length > 0 ? roles.join(', ') : t.summary.none });
  const blocks: Block[] = [{ type: 'paragraph', text: assessment.outcome.summary }, { type: 'facts', rows }];
  const steps = nextSteps(input);
  if (steps.length > 0) {
    blocks.push({ type: 'subheading', text: t.summary.nextSteps });
    blocks.push({ type: 'table', columns: [{ header: '', width: 0.24 }, { header: '', width: 0.76 }], rows: steps.map((s) => [[{ text: s.when, bold: true }], s.text]) });
  }
  return { id: 'summary', title: t.sections.summary, blocks };
}
