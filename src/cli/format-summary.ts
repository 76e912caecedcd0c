/**
 * The plain-text summary the CLI prints: outcome and tier, route, the rules that
 * applied with the answers behind them, tracks, roles, obligations by role with
 * their dates, open questions and what would change the result.
 */
import type { Assessment, RuleHit } from '../engine/assessment.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { ROLES } from '../questionnaire/kinds.ts';
import { cites, formatDate } from '../report/format.ts';
import { en, type ReportText } from '../report/report-text.ts';
import { oneLine } from './terminal-safe.ts';

const WIDTH = 100;

/** Wraps text to WIDTH columns, every line indented by `indent` spaces (the first by `first`). */
export function wrap(text: string, indent: number, first = indent): string {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let pad = lines.length === 0 ? first : indent;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && pad + line.length + 1 + word.length > WIDTH) {
        lines.push(' '.repeat(pad) + line);
        line = word;
        pad = indent;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(' '.repeat(pad) + line);
  }
  return lines.join('\n');
}

export interface SummaryOptions {
  systemName?: string | undefined;
  /** The next question to answer, when the assessment is unfinished. */
  nextQuestion?: string | undefined;
  /** The questions that may still be asked, and whether the answer to the last decides more. */
  still?: { questions: string[]; more: boolean };
  t?: ReportText;
  locale?: string;
}

function ruleLines(hit: RuleHit, t: ReportText): string[] {
  const out = [wrap(`- ${hit.title} (${cites(hit.cites)})${hit.certain ? '' : ` [${t.uncertainRole}]`}`, 4, 2), wrap(hit.summary, 4)];
  for (const b of hit.because) out.push(wrap(`because "${b.question}" → ${b.answer.join('; ')}${b.cites.length ? ` (${cites(b.cites)})` : ''}`, 8, 4));
  return out;
}

export function formatSummary(a: Assessment, questionnaire: Questionnaire, options: SummaryOptions = {}): string {
  const { systemName, nextQuestion, still, t = en, locale = 'en' } = options;
  const date = (iso: string) => formatDate(iso, locale);
  const rule = (hit: RuleHit) => ruleLines(hit, t);
  const out: string[] = [];
  const head = (title: string) => out.push('', title.toUpperCase());
  // The name comes from the file: one line, control characters visible (see terminal-safe.ts).
  out.push(`${t.kicker}${systemName ? `: ${oneLine(systemName)}` : ''}`);
  out.push(`Questionnaire ${a.questionnaire.id} ${a.questionnaire.version}; law as of ${date(a.questionnaire.lawAsOf)}: ${a.questionnaire.law}`);
  if (a.complete) {
    out.push('', `RESULT: ${a.outcome.title} (tier: ${a.outcome.tier})`);
    if (a.outcome.provisional) out.push(`  ${t.flags.provisional}`);
    out.push(wrap(a.outcome.summary, 2));
  } else {
    out.push('', `RESULT: ${t.draft.headline}`);
    out.push(wrap(t.flags.incomplete, 2));
    head(t.draft.stillToAnswer);
    const list = still?.questions.length ? still.questions : [nextQuestion ?? t.summary.answerRest];
    for (const question of list) out.push(wrap(`- ${question}`, 4, 2));
    if (list.length > 1) out.push(wrap(t.draft.mayFollow, 2));
    if (!still || still.more) out.push(wrap(t.draft.more, 2));
    head(t.draft.soFar);
    out.push(wrap(`${a.outcome.title} (tier: ${a.outcome.tier}): ${t.draft.soFarNote}`, 2));
  }
  if (a.routes.length > 0) out.push(`  Route: ${cites(a.routes)}`);
  if (a.modelOutcome) {
    out.push('', `MODEL: ${a.modelOutcome.title} (tier: ${a.modelOutcome.tier})`);
    if (a.modelOutcome.provisional) out.push(`  ${t.flags.provisional}`);
    out.push(wrap(a.modelOutcome.summary, 2));
  }

  head('Why');
  if (a.rules.length === 0) out.push(wrap(t.why.noRules, 2));
  for (const hit of a.rules) out.push(...rule(hit));

  const tracks = [...a.tracks.transparency, ...a.tracks.gpai];
  if (tracks.length > 0) {
    head('Tracks');
    for (const h of tracks) out.push(wrap(`- ${h.track}: ${h.title} (${cites(h.cites)})${h.certain ? '' : ' [uncertain]'}`, 4, 2));
  }
  head('Roles');
  if (a.roles.length === 0) out.push(`  ${t.summary.none}`);
  for (const r of a.roles) out.push(`  - ${t.roles[r.role]}${r.certain ? '' : ` (${t.uncertainRole})`}`);

  head('Obligations');
  if (a.obligations.length === 0) out.push(wrap(t.obligations.none, 2));
  for (const role of ROLES) {
    const list = a.obligations.filter((o) => o.who === role);
    if (list.length === 0) continue;
    out.push(`  ${t.roles[role]}`);
    for (const o of list) {
      const d = o.appliesFrom;
      const when = `applies from ${date(d.date)}${d.was ? ` (${t.obligations.was(date(d.was))})` : ''}`;
      out.push(wrap(`[ ] ${o.title} (${cites(o.cites)}); ${when}${o.certain ? '' : ' [uncertain]'}`, 8, 4));
      if (d.note) out.push(wrap(d.note, 8));
    }
  }
  if (a.uncertainties.length > 0) {
    head('Open questions');
    for (const u of a.uncertainties) out.push(wrap(`- ${u.question}`, 4, 2), wrap(`find out: ${u.findOut}`, 6, 4));
  }
  if (a.whatWouldChange.length > 0) {
    head('What would change the result');
    for (const c of a.whatWouldChange) {
      const then = c.title === null ? t.why.undecided : `${c.title}${c.provisional ? t.why.provisional : c.confirms ? t.why.confirmed : ''}`;
      out.push(wrap(`- ${t.why.ifAnswer(c.question, c.ifAnswer.join('; '))} ${then}`, 4, 2));
    }
  }
  return `${out.join('\n')}\n`;
}
