/**
 * What a newer questionnaire version changes for an assessment saved under an
 * older one, before anything is changed: the engine run on both versions
 * (the old one from its snapshot in questionnaires/history/), the answers
 * carried forward by the migrations, and the changelog's entries between the
 * two versions.
 */
import type { Answers } from '../engine/answers.ts';
import { route } from '../engine/journey.ts';
import type { ObligationHit } from '../engine/assessment.ts';
import type { Questionnaire, Tier } from '../questionnaire/schema.ts';
import { parseAssessmentFile } from '../storage/assessment-file.ts';
import { compareVersions, migrateAnswers, MIGRATIONS } from '../storage/migrations.ts';
import { registerAssessment, type ListedAssessment } from './register-rows.ts';

export interface Headline {
  tier: Tier;
  title: string;
  provisional: boolean;
  complete: boolean;
}

export interface MovedDate {
  id: string;
  title: string;
  from: string;
  to: string;
}

export interface ReassessDiff {
  fromVersion: string;
  toVersion: string;
  before: Headline;
  after: Headline;
  /** Obligations the new version adds or removes (id and title). */
  added: { id: string; title: string }[];
  removed: { id: string; title: string }[];
  /** Obligations kept whose date moved. */
  moved: MovedDate[];
  /** Questions whose answers the migration flags, and the next question on the route left without an answer. */
  answerAgain: { id: string; text: string }[];
  /** The migration's messages (answers dropped, renamed options). */
  warnings: string[];
  /** The changelog's entries for the versions after `fromVersion` up to `toVersion`. */
  changes: { version: string; lines: string[] }[];
  /** The answers under the new version, ready to re-assess with. */
  answers: Answers;
}

function headline(a: ListedAssessment): Headline {
  return { tier: a.outcome.tier, title: a.outcome.title, provisional: a.outcome.provisional, complete: a.complete };
}

const byId = (list: readonly ObligationHit[]) => new Map(list.map((o) => [o.id, o]));

/** "## 1.1.0" sections of a changelog in Markdown, each with its bullet lines (sub-headings kept as lines). */
export function changelogEntries(markdown: string): { version: string; lines: string[] }[] {
  const out: { version: string; lines: string[] }[] = [];
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^##\s+(\d+\.\d+\.\d+)\b/.exec(line);
    if (heading) out.push({ version: heading[1]!, lines: [] });
    else if (out.length > 0 && /^\s*([-*]|###)\s+/.test(line)) out.at(-1)!.lines.push(line.replace(/^\s*([-*]|###)\s+/, '').trim());
    else if (out.length > 0 && /^\s{2,}\S/.test(line) && out.at(-1)!.lines.length > 0) {
      const lines = out.at(-1)!.lines;
      lines[lines.length - 1] += ` ${line.trim()}`;
    }
  }
  return out;
}

/**
 * `file` is the saved assessment file object; `old` the questionnaire it was
 * saved under (its snapshot); `current` today's questionnaire.
 */
export function reassessDiff(file: Record<string, unknown>, old: Questionnaire, current: Questionnaire, changelog = ''): ReassessDiff | { error: string } {
  const text = JSON.stringify(file);
  const before = parseAssessmentFile(text, old);
  if (!before.ok) return { error: before.errors.join(' ') };
  const after = parseAssessmentFile(text, current);
  if (!after.ok) return { error: after.errors.join(' ') };
  const oldResult = registerAssessment(old, before.answers);
  const newResult = registerAssessment(current, after.answers);
  const oldOb = byId(oldResult.obligations);
  const newOb = byId(newResult.obligations);
  const migrated = migrateAnswers(before.answers as Record<string, unknown>, old.version, current.version, MIGRATIONS[current.id] ?? []);
  const onRoute = route(current, after.answers);
  const textOf = (id: string) => current.questions.find((q) => q.id === id)?.text ?? id;
  const again = new Set<string>(migrated.review.filter((id) => onRoute.steps.includes(id)));
  if (onRoute.current) again.add(onRoute.current);
  return {
    fromVersion: old.version,
    toVersion: current.version,
    before: headline(oldResult),
    after: headline(newResult),
    added: [...newOb.values()].filter((o) => !oldOb.has(o.id)).map((o) => ({ id: o.id, title: o.title })),
    removed: [...oldOb.values()].filter((o) => !newOb.has(o.id)).map((o) => ({ id: o.id, title: o.title })),
    moved: [...newOb.values()]
      .filter((o) => oldOb.has(o.id) && oldOb.get(o.id)!.appliesFrom.date !== o.appliesFrom.date)
      .map((o) => ({ id: o.id, title: o.title, from: oldOb.get(o.id)!.appliesFrom.date, to: o.appliesFrom.date })),
    answerAgain: [...again].map((id) => ({ id, text: textOf(id) })),
    warnings: [...migrated.warnings],
    changes: changelogEntries(changelog).filter((c) => compareVersions(c.version, old.version) > 0 && compareVersions(c.version, current.version) <= 0),
    answers: after.answers,
  };
}
