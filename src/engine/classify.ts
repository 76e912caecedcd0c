/**
 * assessCore(questionnaire, answers): the classification. The only place that decides anything.
 *
 *   answers ─ route() ─▶ relevant answers ─▶ facts ─▶ classification rules ─▶ headline tier
 *                                                     └▶ role rules ─▶ obligations (with dates)
 *
 * Prohibited beats everything but the two exits (not an AI system, out of scope),
 * which can only be certain. An uncertain rule applies unless it is lenient (see
 * `onUnknown`), and then the outcome is marked provisional.
 */
import type { Citation, Questionnaire, Rule, Tier } from '../questionnaire/schema.ts';
import { ROLES } from '../questionnaire/kinds.ts';
import type { Answers } from './answers.ts';
import { optionLabels, UNKNOWN } from './answers.ts';
import type { AnswerRef, Assessment, DateInfo, ObligationHit, RuleHit, Uncertainty } from './assessment.ts';
import { compile, type Compiled } from './compile.ts';
import { Evaluator, type Headline } from './evaluate.ts';
import { walk } from './journey.ts';
import { outcomeFor } from './outcome-text.ts';
import { routesOf } from './routes.ts';

/** Highest first. */
export const TIER_ORDER: readonly Tier[] = ['not-ai-system', 'out-of-scope', 'unacceptable', 'high', 'gpai-model', 'limited', 'minimal'];

function answerRef(compiled: Compiled, questionId: string, answers: Answers): AnswerRef | null {
  const question = compiled.questions.get(questionId);
  const value = answers[questionId];
  if (!question || value === undefined) return null;
  const values = Array.isArray(value) ? value : [value];
  const options = compiled.options.get(questionId);
  const cites: Citation[] = [];
  if (options) for (const v of values) for (const c of options.get(v)?.cites ?? []) cites.push(c);
  return {
    questionId,
    section: question.section,
    question: question.text,
    answer: optionLabels(question, value, compiled.questionnaire.unknownLabel),
    cites,
    unknown: values.includes(UNKNOWN),
  };
}

/** The date `id` as it applies to these answers; `memo` keeps each date's once it is resolved. */
function resolveDate(compiled: Compiled, evaluator: Evaluator, id: string, memo: Map<string, DateInfo>): DateInfo {
  const known = memo.get(id);
  if (known) return copyDate(known);
  const date = compiled.dates.get(id);
  if (!date) throw new Error(`unknown date ${id}`);
  const variant = date.variants?.find((v) => evaluator.condition(v.when).v === 'T');
  const chosen = variant ?? date;
  const made = copyDate({ id, label: date.label, date: chosen.date, was: chosen.was, note: variant?.note, cites: chosen.cites });
  memo.set(id, made);
  return made;
}

/** A DateInfo of its own for each hit, without the keys that are not set (in the order the Assessment has always had). */
function copyDate({ id, label, date, was, note, cites }: { id: string; label: string; date: string; was?: string | undefined; note?: string | undefined; cites: DateInfo['cites'] }): DateInfo {
  if (was) return note ? { id, label, date, was, note, cites } : { id, label, date, was, cites };
  return note ? { id, label, date, note, cites } : { id, label, date, cites };
}

export function headlineOf<T extends { tier?: Tier; certain: boolean }>(fired: T[]): Headline & { decidedBy: T[] } {
  for (const tier of TIER_ORDER) {
    const decidedBy = fired.filter((r) => r.tier === tier);
    if (decidedBy.length > 0) return { tier, provisional: !decidedBy.some((r) => r.certain), decidedBy };
  }
  return { tier: 'minimal', provisional: false, decidedBy: [] };
}

const tierRulesOf = new WeakMap<Compiled, { index: number; rank: number }[]>();

/**
 * The headline from the tier rules alone, as headlineOf() chooses it from
 * them: the highest tier with a rule that applies, provisional unless one of
 * them is certain. A rule of a lower tier than one already found is not read.
 */
export function tierHeadline(compiled: Compiled, evaluator: Evaluator): Headline {
  let tierRules = tierRulesOf.get(compiled);
  if (!tierRules) {
    tierRules = compiled.ruleList.flatMap((rule, index) => (rule.effect === 'tier' ? [{ index, rank: TIER_ORDER.indexOf(rule.tier) }] : []));
    tierRulesOf.set(compiled, tierRules);
  }
  let best = TIER_ORDER.length;
  let certain = false;
  for (const { index, rank } of tierRules) {
    if (rank > best) continue;
    const v = evaluator.appliedAt(index).v;
    if (v === 'F') continue;
    if (rank < best) {
      best = rank;
      certain = v === 'T';
    } else if (v === 'T') certain = true;
  }
  return best < TIER_ORDER.length ? { tier: TIER_ORDER[best]!, provisional: !certain } : { tier: 'minimal', provisional: false };
}

/** An evaluator for the answers on the route, with the headline known: it can read every condition. */
export function evaluatorFor(questionnaire: Questionnaire, answers: Answers): { evaluator: Evaluator; complete: boolean } {
  const compiled = compile(questionnaire);
  const { route: r, evaluator } = walk(questionnaire, answers);
  evaluator.headline = tierHeadline(compiled, evaluator);
  return { evaluator, complete: r.current === null };
}

/** Only the headline (for comparisons): no reasons, roles or obligations. */
export function headlineFor(questionnaire: Questionnaire, answers: Answers): Headline & { complete: boolean } {
  const { evaluator, complete } = evaluatorFor(questionnaire, answers);
  return { ...evaluator.headline!, complete };
}

export interface CoreResult {
  assessment: Omit<Assessment, 'whatWouldChange' | 'tenderAnnex' | 'registration'>;
  relevant: Answers;
  /** The evaluation of the relevant answers, with the headline known (for the parts of assess() that read conditions). */
  evaluator: Evaluator;
}

/** The assessment without the "what would change" comparisons (which call this again). */
export function assessCore(questionnaire: Questionnaire, answers: Answers): CoreResult {
  const compiled = compile(questionnaire);
  const { route: r, evaluator } = walk(questionnaire, answers);
  const refs = new Map<string, AnswerRef>();
  /** The references of these questions' answers, made once each (a question without an answer has none). */
  const refsOf = (ids: readonly string[]): AnswerRef[] => {
    const out: AnswerRef[] = [];
    for (const id of ids) {
      let made = refs.get(id);
      if (!made) {
        const fresh = answerRef(compiled, id, r.relevant);
        if (!fresh) continue;
        refs.set(id, (made = fresh));
      }
      out.push(made);
    }
    return out;
  };

  // Dates may read the headline tier, so they are resolved once it is known.
  const hit = (rule: Rule): (Omit<RuleHit, 'appliesFrom'> & { dateId: string }) | null => {
    const val = evaluator.applied(rule);
    if (val.v === 'F') return null;
    return {
      dateId: rule.appliesFrom,
      id: rule.id,
      title: rule.title,
      summary: rule.summary,
      effect: rule.effect,
      ...(rule.effect === 'tier' ? { tier: rule.tier } : {}),
      ...(rule.effect === 'track' ? { track: rule.track } : {}),
      ...(rule.effect === 'role' ? { role: rule.role } : {}),
      cites: rule.cites,
      certain: val.v === 'T',
      because: refsOf(val.why),
    };
  };

  const candidates = compiled.classificationRules.flatMap((rule) => hit(rule) ?? []);
  evaluator.headline = headlineOf(candidates);
  const dates = new Map<string, DateInfo>();
  const dated = ({ dateId, ...h }: Omit<RuleHit, 'appliesFrom'> & { dateId: string }): RuleHit => ({
    ...h,
    appliesFrom: resolveDate(compiled, evaluator, dateId, dates),
  });
  const fired = candidates.map(dated);
  const headline = headlineOf(fired);
  const roleHits = compiled.roleRules.flatMap((rule) => hit(rule) ?? []).map(dated);

  const roles = ROLES.flatMap((role) => {
    const val = evaluator.role(role);
    if (val.v === 'F') return [];
    return [{ role, certain: val.v === 'T', because: roleHits.filter((h) => h.role === role).map((h) => h.id) }];
  });

  const obligations: ObligationHit[] = [];
  const obligationsResting = new Map<string, string[]>();
  // A group whose own condition is false holds none of its obligations (their condition is "all" of the group's and their own).
  const groupFalse = new Map<object, boolean>();
  for (let i = 0; i < questionnaire.obligations.length; i++) {
    const o = questionnaire.obligations[i]!;
    const group = compiled.obligationGroupOf[i]!;
    if (group.when) {
      let off = groupFalse.get(group);
      if (off === undefined) groupFalse.set(group, (off = evaluator.condition(group.when).v === 'F'));
      if (off) continue;
    }
    const val = evaluator.condition(compiled.obligationWhen[i]!);
    if (val.v === 'F') continue;
    // An uncertain obligation, under each question its uncertainty rests on.
    if (val.v === 'U') for (const id of val.why) (obligationsResting.get(id) ?? obligationsResting.set(id, []).get(id)!).push(o.id);
    obligations.push({
      id: o.id,
      title: o.title,
      summary: o.summary,
      who: o.who,
      group: o.group,
      groupTitle: group.title,
      cites: o.cites,
      appliesFrom: resolveDate(compiled, evaluator, o.appliesFrom, dates),
      certain: val.v === 'T',
      ...(o.items ? { items: o.items } : {}),
    });
  }

  const guidance = questionnaire.guidance
    .filter((g) => evaluator.condition(g.when).v !== 'F')
    .map(({ id, group, title, summary, cites }) => ({ id, group, title, summary, cites }));

  const rules = [...fired, ...roleHits];
  const uncertainties: Uncertainty[] = [];
  for (const id of r.steps) {
    const value = r.relevant[id];
    const values = Array.isArray(value) ? value : [value];
    const question = compiled.questions.get(id)!;
    if (!values.includes(UNKNOWN) || !('unknown' in question)) continue;
    const affects = [
      ...rules.filter((h) => !h.certain && h.because.some((b) => b.questionId === id)).map((h) => h.id),
      ...(obligationsResting.get(id) ?? []),
    ];
    uncertainties.push({ questionId: id, question: question.text, findOut: question.unknown?.findOut ?? '', whoKnows: [...(question.unknown?.whoKnows ?? [])], affects });
  }

  const outcome = outcomeFor(questionnaire, evaluator, headline.tier, headline.provisional, headline.decidedBy);
  // A model provider that also builds a system on the model: the model's outcome stands beside the system's.
  const modelHits = fired.filter((h) => h.track === 'gpai');
  const modelOutcome = headline.tier !== 'gpai-model' && modelHits.length > 0
    ? outcomeFor(questionnaire, evaluator, 'gpai-model', !modelHits.some((h) => h.certain), modelHits)
    : undefined;
  const routes = routesOf(compiled, evaluator, headline.decidedBy);

  return {
    relevant: r.relevant,
    evaluator,
    assessment: {
      questionnaire: {
        id: questionnaire.id,
        version: questionnaire.version,
        title: questionnaire.title,
        lawAsOf: questionnaire.lawAsOf,
        law: questionnaire.law,
        amendments: questionnaire.amendments,
      },
      complete: r.current === null,
      outcome,
      ...(modelOutcome ? { modelOutcome } : {}),
      routes,
      tracks: {
        transparency: fired.filter((h) => h.track === 'transparency'),
        gpai: fired.filter((h) => h.track === 'gpai' || h.track === 'gpai-systemic-risk'),
      },
      roles,
      rules,
      obligations,
      guidance,
      uncertainties,
      answers: refsOf(r.steps),
      stoppedBy: r.stoppedBy,
    },
  };
}
