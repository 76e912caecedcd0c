/**
 * The organisation's register: one row per saved assessment, from the engine's
 * result (tier, roles, open points, dated obligations) and the report details.
 * Pure: the register page, its CSV and spreadsheet exports and the CLI's
 * folder mode all read these rows; none of them works out a tier or a date.
 */
import type { Answers } from '../engine/answers.ts';
import { assessCore } from '../engine/classify.ts';
import type { Assessment } from '../engine/assessment.ts';
import { nextDeadline, timeline, type TimelineGroup } from '../engine/timeline.ts';
import { compareVersions } from '../storage/migrations.ts';
import type { Questionnaire, Role, Tier } from '../questionnaire/schema.ts';
import type { ReportDetails } from '../storage/report-details.ts';
import { summarise, summaryKey, type RegisterSummary } from './register-summary.ts';

/** What the register needs of a saved assessment. */
export interface RegisterInput {
  id: string;
  /** The name given in the saved list, if any. */
  name: string | null;
  /** ISO date-time of the last change. */
  savedAt: string;
  questionnaireVersion: string;
  answers: Answers;
  details?: ReportDetails | undefined;
  /** The engine's result kept from an earlier visit (see register-summary.ts); computed when absent. */
  summary?: RegisterSummary | undefined;
}

export interface RegisterDeadline {
  /** ISO date the duties apply from. */
  date: string;
  /** Whole days from the register date. */
  days: number;
  /** Obligation ids due on that date. */
  obligations: string[];
  /** Their titles, in the same order. */
  titles: string[];
}

export interface RegisterRow {
  id: string;
  name: string;
  organisation: string;
  unit: string;
  supplier: string;
  roles: Role[];
  tier: Tier;
  tierTitle: string;
  provisional: boolean;
  complete: boolean;
  /** The first date after the register date on which duties start to apply. */
  nextDeadline: RegisterDeadline | null;
  /** Every later date with its duties, in date order. */
  deadlines: RegisterDeadline[];
  /** Number of duties that already apply. */
  applying: number;
  /** "I don't know" answers still to settle. */
  openPoints: number;
  status: 'draft' | 'final';
  questionnaireVersion: string;
  /** Saved under an older questionnaire version than the current one. */
  outdated: boolean;
  lastChanged: string;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function answerFor(questionnaire: Questionnaire, answers: Answers, reportAs: string): string {
  const question = questionnaire.questions.find((q) => q.reportAs === reportAs);
  return question ? text(answers[question.id]) : '';
}

function deadline(group: TimelineGroup): RegisterDeadline {
  return { date: group.date, days: group.days, obligations: group.entries.map((e) => e.obligationId), titles: group.entries.map((e) => e.title) };
}

/** The engine's result for the register: the classification, without what a list never shows (what would change, the tender annex, the registration sheets). */
export type ListedAssessment = Omit<Assessment, 'whatWouldChange' | 'tenderAnnex' | 'registration'>;

export function registerAssessment(questionnaire: Questionnaire, answers: Answers): ListedAssessment {
  return assessCore(questionnaire, answers).assessment;
}

export function registerRow(questionnaire: Questionnaire, input: RegisterInput, asOf: string, summary = input.summary ?? summarise(summaryKey(questionnaire, input.answers), registerAssessment(questionnaire, input.answers))): RegisterRow {
  const groups = timeline(summary, asOf);
  const next = nextDeadline(groups);
  const details = input.details ?? {};
  return {
    id: input.id,
    name: input.name?.trim() || answerFor(questionnaire, input.answers, 'system-name'),
    organisation: text(details.organisation) || answerFor(questionnaire, input.answers, 'organisation'),
    unit: text(details.unit),
    supplier: text(details.supplier),
    roles: summary.roles,
    tier: summary.tier,
    tierTitle: summary.tierTitle,
    provisional: summary.provisional,
    complete: summary.complete,
    nextDeadline: next ? deadline(next) : null,
    deadlines: groups.filter((g) => g.key !== 'applies').map(deadline),
    applying: groups.find((g) => g.key === 'applies')?.entries.length ?? 0,
    openPoints: summary.openPoints,
    status: details.status ?? 'draft',
    questionnaireVersion: input.questionnaireVersion,
    outdated: input.questionnaireVersion !== '' && compareVersions(input.questionnaireVersion, questionnaire.version) < 0,
    lastChanged: input.savedAt,
  };
}

/** Rows for many assessments; each input's summary is used where it has one. */
export function registerRows(questionnaire: Questionnaire, inputs: readonly RegisterInput[], asOf: string): RegisterRow[] {
  return inputs.map((input) => registerRow(questionnaire, input, asOf));
}

/** Which systems must meet what by each date: the register's cross-system timeline. */
export interface DueDate {
  date: string;
  days: number;
  systems: { id: string; name: string; tier: Tier; obligations: string[]; titles: string[] }[];
}

export function dueDates(rows: readonly RegisterRow[]): DueDate[] {
  const byDate = new Map<string, DueDate>();
  for (const row of rows) {
    for (const d of row.deadlines) {
      const due = byDate.get(d.date) ?? { date: d.date, days: d.days, systems: [] };
      due.systems.push({ id: row.id, name: row.name, tier: row.tier, obligations: d.obligations, titles: d.titles });
      byDate.set(d.date, due);
    }
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}
