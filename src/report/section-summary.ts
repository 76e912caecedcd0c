/** The plain-language summary: result, tracks, roles and the next steps with their dates. */
import type { Block, Part, ReportSection } from './report-model.ts';
import { timeline } from '../engine/timeline.ts';
import type { ReportInput } from './report-input.ts';
import { outcomeFlags } from './section-cover.ts';

/** How many duties a date's row names before pointing to the checklist. */
const PER_DATE = 4;

interface Step {
  when: Part[];
  text: Part[];
}

/**
 * What to do first (answer the rest, settle the open questions once, the
 * outcome's own next steps), then the duties by the date they apply from, as
 * the engine's timeline() groups them: "Applies since …", "From … (in N days)".
 */
function nextSteps(input: ReportInput, sectionTitles: Partial<Record<string, string>>): Step[] {
  const { assessment, t, date } = input;
  const first: Part[] = [];
  if (!assessment.complete) first.push({ text: t.summary.answerRest, bullet: true });
  const open = sectionTitles['open-questions'];
  if (assessment.uncertainties.length > 0 && open) first.push({ text: t.steps.openPoints(assessment.uncertainties.length, open), bullet: true });
  for (const n of assessment.outcome.next) first.push({ text: n, bullet: true });
  for (const n of assessment.modelOutcome?.next.slice(0, 1) ?? []) first.push({ text: n, bullet: true });
  const steps: Step[] = first.length > 0 ? [{ when: [{ text: t.steps.first, bold: true }], text: first }] : [];
  const checklist = sectionTitles.obligations ?? t.sections.obligations;
  for (const group of timeline(assessment, input.asOf)) {
    const shown = group.entries.slice(0, PER_DATE);
    const text: Part[] = shown.map((e) => ({ text: group.key === 'applies' && e.date !== group.date ? `${e.title} (${t.steps.since(date(e.date))})` : e.title, bullet: true }));
    if (group.entries.length > shown.length) text.push({ text: t.steps.more(group.entries.length - shown.length, checklist), muted: true });
    if (group.hasUncertain) text.push({ text: t.steps.uncertain, muted: true });
    const when: Part[] =
      group.key === 'applies' ? [{ text: t.steps.appliesSince(date(group.date)), bold: true }] : [{ text: t.steps.from(date(group.date)), bold: true }, { text: t.steps.inDays(group.days), muted: true }];
    steps.push({ when, text });
  }
  return steps;
}

export function summarySection(input: ReportInput, sectionTitles: Partial<Record<string, string>> = {}): ReportSection {
  const { assessment, t } = input;
  const rows = [{ label: t.summary.outcome, value: [assessment.outcome.title, ...outcomeFlags(input)].join('\n') }];
  if (assessment.routes.length > 0) rows.push({ label: t.why.route, value: input.cites(assessment.routes) });
  const model = assessment.modelOutcome;
  if (model) rows.push({ label: t.cover.modelOutcome, value: [model.title, ...(model.provisional ? [t.flags.provisional] : [])].join('\n') });
  const tracks = [...assessment.tracks.transparency, ...assessment.tracks.gpai].map((h) => `${h.title} (${input.cites(h.cites)})`);
  if (tracks.length > 0) rows.push({ label: t.summary.tracks, value: tracks.join('\n') });
  const roles = assessment.roles.map((r) => (r.certain ? t.roles[r.role] : `${t.roles[r.role]} (${t.uncertainRole})`));
  rows.push({ label: t.summary.roles, value: roles.length > 0 ? roles.join(', ') : t.summary.none });
  const blocks: Block[] = [{ type: 'paragraph', text: assessment.outcome.summary }, { type: 'facts', rows }];
  const steps = nextSteps(input, sectionTitles);
  if (steps.length > 0) {
    blocks.push({ type: 'subheading', text: t.summary.nextSteps });
    blocks.push({
      type: 'table',
      caption: t.summary.nextSteps,
      columns: [{ header: '', width: 0.3 }, { header: '', width: 0.7 }],
      rows: steps.map((s) => [s.when, s.text]),
    });
  }
  return { id: 'summary', title: t.sections.summary, blocks };
}
