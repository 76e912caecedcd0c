/**
 * The test oracle for assess(): the same Assessment worked out the plain way.
 * Every condition is evaluated from the questionnaire each time it is read
 * (nothing compiled, nothing remembered), the route is walked with a fresh
 * evaluation at every step, and each alternative of "what would change" is
 * classified again from scratch. Slow, and meant to be obviously right; the
 * engine's indexes, memos and incremental evaluation must give exactly this.
 */
import type { Condition } from '../../src/questionnaire/condition.ts';
import type { Questionnaire, Rule, Tier } from '../../src/questionnaire/schema.ts';
import { ROLES, isChoice } from '../../src/questionnaire/kinds.ts';
import type { Answers, AnswerValue } from '../../src/engine/answers.ts';
import { answerProblem, optionLabels, UNKNOWN } from '../../src/engine/answers.ts';
import type { AnswerRef, Assessment, Change, DateInfo, ObligationHit, Outcome, RuleHit, Uncertainty } from '../../src/engine/assessment.ts';
import type { Citation } from '../../src/questionnaire/schema.ts';
import { compile } from '../../src/engine/compile.ts';
import { onUnknown } from '../../src/engine/evaluate.ts';
import { TIER_ORDER } from '../../src/engine/classify.ts';
import { registrationSheets } from '../../src/engine/registration.ts';
// Which alternatives are tried is the engine's definition, not its speed: the reference uses the same list.
import { alternatives } from '../../src/engine/what-would-change.ts';

type Truth = 'T' | 'F' | 'U';
interface Val {
  v: Truth;
  why: readonly string[];
}
interface Headline {
  tier: Tier;
  provisional: boolean;
}

function union(vals: readonly Val[], v: Truth | null): string[] {
  const out = new Set<string>();
  for (const val of vals) if (v === null || val.v === v) val.why.forEach((id) => out.add(id));
  return [...out];
}
const all = (vals: readonly Val[]): Val => vals.find((x) => x.v === 'F') ?? { v: vals.some((x) => x.v === 'U') ? 'U' : 'T', why: union(vals, null) };
function any(vals: readonly Val[]): Val {
  if (vals.some((x) => x.v === 'T')) return { v: 'T', why: union(vals, 'T') };
  if (vals.some((x) => x.v === 'U')) return { v: 'U', why: union(vals, 'U') };
  return { v: 'F', why: union(vals, null) };
}
const not = (val: Val): Val => ({ v: val.v === 'T' ? 'F' : val.v === 'F' ? 'T' : 'U', why: val.why });

/** Three-valued evaluation of a condition against answers, straight from the questionnaire. */
class Plain {
  headline: Headline | undefined;
  constructor(
    readonly q: Questionnaire,
    readonly answers: Answers,
  ) {}

  condition(c: Condition): Val {
    if ('q' in c) return this.answer(c);
    if ('fact' in c) return this.condition(this.q.facts.find((f) => f.id === c.fact)!.when);
    if ('rule' in c) return this.applied(this.q.rules.find((r) => r.id === c.rule)!);
    if ('tier' in c) {
      if (!this.headline) throw new Error('tier read before it is known');
      return this.headline.tier !== c.tier ? { v: 'F', why: [] } : { v: this.headline.provisional ? 'U' : 'T', why: [] };
    }
    if ('role' in c) return this.role(c.role);
    if ('all' in c) return all(c.all.map((x) => this.condition(x)));
    if ('any' in c) return any(c.any.map((x) => this.condition(x)));
    return not(this.condition(c.not));
  }

  private answer(c: Extract<Condition, { q: string }>): Val {
    const value = this.answers[c.q];
    if (value === undefined) return { v: 'F', why: [] };
    const why = [c.q];
    const wanted: readonly string[] = 'is' in c ? [c.is] : 'isOneOf' in c ? c.isOneOf : 'includes' in c ? [c.includes] : c.includesAny;
    const values = Array.isArray(value) ? value : [value];
    if (('is' in c || 'isOneOf' in c) && typeof value !== 'string') return { v: 'F', why };
    if (values.some((v) => wanted.includes(v))) return { v: 'T', why };
    return { v: values.includes(UNKNOWN) ? 'U' : 'F', why };
  }

  role(role: string): Val {
    return any(this.q.rules.filter((r) => r.effect === 'role' && r.role === role).map((r) => this.applied(r)));
  }

  applied(rule: Rule): Val {
    const val = this.condition(rule.when);
    return val.v === 'U' && onUnknown(rule) === 'does-not-apply' ? { v: 'F', why: val.why } : val;
  }
}

interface PlainRoute {
  steps: string[];
  current: string | null;
  relevant: Record<string, AnswerValue>;
  stoppedBy: string | null;
}

/** The route, evaluated afresh after every answer. */
function plainRoute(q: Questionnaire, answers: Answers): PlainRoute {
  const relevant: Record<string, AnswerValue> = {};
  const steps: string[] = [];
  const { stopRules } = compile(q);
  let added = false;
  const stops = (before: number) => {
    if (!added) return null;
    added = false;
    const e = new Plain(q, relevant);
    return stopRules.find((s) => s.after < before && e.condition(s.rule.when).v === 'T')?.rule.id ?? null;
  };
  for (let i = 0; i < q.questions.length; i++) {
    const question = q.questions[i]!;
    if (question.showIf && new Plain(q, relevant).condition(question.showIf).v === 'F') continue;
    const stoppedBy = stops(i);
    if (stoppedBy) return { steps, current: null, relevant, stoppedBy };
    const value = answers[question.id];
    if (answerProblem(question, value) !== null) return { steps, current: question.id, relevant, stoppedBy: null };
    relevant[question.id] = value!;
    steps.push(question.id);
    added = true;
  }
  return { steps, current: null, relevant, stoppedBy: stops(q.questions.length) };
}

function headlineOf<T extends { tier?: Tier; certain: boolean }>(fired: T[]): Headline & { decidedBy: T[] } {
  for (const tier of TIER_ORDER) {
    const decidedBy = fired.filter((r) => r.tier === tier);
    if (decidedBy.length > 0) return { tier, provisional: !decidedBy.some((r) => r.certain), decidedBy };
  }
  return { tier: 'minimal', provisional: false, decidedBy: [] };
}

function plainHeadline(q: Questionnaire, answers: Answers): Headline & { complete: boolean } {
  const r = plainRoute(q, answers);
  const e = new Plain(q, r.relevant);
  const fired = q.rules.flatMap((rule) => {
    if (rule.effect !== 'tier') return [];
    const v = e.applied(rule).v;
    return v === 'F' ? [] : [{ tier: rule.tier, certain: v === 'T' }];
  });
  const { tier, provisional } = headlineOf(fired);
  return { tier, provisional, complete: r.current === null };
}

function answerRef(q: Questionnaire, id: string, answers: Answers): AnswerRef | null {
  const question = q.questions.find((x) => x.id === id);
  const value = answers[id];
  if (!question || value === undefined) return null;
  const values = Array.isArray(value) ? value : [value];
  return {
    questionId: id,
    section: question.section,
    question: question.text,
    answer: optionLabels(question, value, q.unknownLabel),
    cites: isChoice(question) ? values.flatMap((v) => question.options.find((o) => o.value === v)?.cites ?? []) : [],
    unknown: values.includes(UNKNOWN),
  };
}

function dateOf(q: Questionnaire, e: Plain, id: string): DateInfo {
  const date = q.dates.find((d) => d.id === id)!;
  const variant = date.variants?.find((v) => e.condition(v.when).v === 'T');
  const chosen = variant ?? date;
  return { id, label: date.label, date: chosen.date, ...(chosen.was ? { was: chosen.was } : {}), ...(variant?.note ? { note: variant.note } : {}), cites: chosen.cites };
}

function outcomeOf(q: Questionnaire, e: Plain, tier: Tier, provisional: boolean, decidedBy: RuleHit[]): Outcome {
  const text = q.outcomes.find((o) => o.tier === tier)!;
  const variant = text.variants?.find((v) => e.condition(v.when).v === 'T');
  return { tier, provisional, title: text.title, summary: variant?.summary ?? text.summary, next: variant?.next ?? text.next, cites: variant?.cites ?? text.cites, decidedBy };
}

/** The legal points behind the deciding rules: the parts of their conditions that held. */
function routesOf(q: Questionnaire, e: Plain, decidedBy: readonly RuleHit[]): Citation[] {
  const out = new Map<string, Citation>();
  const add = (cites: readonly Citation[] | undefined) => cites?.forEach((c) => out.has(c.cite) || out.set(c.cite, c));
  const walk = (cond: Condition, depth: number): void => {
    if (depth > 100 || e.condition(cond).v === 'F') return;
    if ('q' in cond) {
      const question = q.questions.find((x) => x.id === cond.q);
      const value = e.answers[cond.q];
      if (!question || !isChoice(question) || value === undefined) return;
      const wanted = 'is' in cond ? [cond.is] : 'isOneOf' in cond ? cond.isOneOf : 'includes' in cond ? [cond.includes] : cond.includesAny;
      for (const v of (Array.isArray(value) ? value : [value]).filter((x) => wanted.includes(x))) add(question.options.find((o) => o.value === v)?.cites);
    } else if ('fact' in cond) {
      const fact = q.facts.find((f) => f.id === cond.fact);
      if (fact?.cites) add(fact.cites);
      else if (fact) walk(fact.when, depth + 1);
    } else if ('rule' in cond) {
      const rule = q.rules.find((r) => r.id === cond.rule);
      if (rule) walk(rule.when, depth + 1);
    } else if ('all' in cond) cond.all.forEach((c) => walk(c, depth + 1));
    else if ('any' in cond) cond.any.forEach((c) => walk(c, depth + 1));
  };
  for (const hit of decidedBy) walk(q.rules.find((r) => r.id === hit.id)!.when, 0);
  return [...out.values()];
}

export function referenceAssess(q: Questionnaire, answers: Answers): Assessment {
  const r = plainRoute(q, answers);
  const e = new Plain(q, r.relevant);
  const ref = (id: string) => answerRef(q, id, r.relevant) ?? [];
  const hit = (rule: Rule) => {
    const val = e.applied(rule);
    if (val.v === 'F') return [];
    return [{
      id: rule.id,
      title: rule.title,
      summary: rule.summary,
      effect: rule.effect,
      ...(rule.effect === 'tier' ? { tier: rule.tier } : {}),
      ...(rule.effect === 'track' ? { track: rule.track } : {}),
      ...(rule.effect === 'role' ? { role: rule.role } : {}),
      cites: rule.cites,
      certain: val.v === 'T',
      because: val.why.flatMap(ref),
      dateId: rule.appliesFrom,
    }];
  };
  const candidates = q.rules.filter((x) => x.effect !== 'role').flatMap(hit);
  e.headline = headlineOf(candidates);
  const dated = ({ dateId, ...h }: ReturnType<typeof hit>[number]): RuleHit => ({ ...h, appliesFrom: dateOf(q, e, dateId) });
  const fired = candidates.map(dated);
  const headline = headlineOf(fired);
  const roleHits = q.rules.filter((x) => x.effect === 'role').flatMap(hit).map(dated);
  const roles = ROLES.flatMap((role) => {
    const val = e.role(role);
    return val.v === 'F' ? [] : [{ role, certain: val.v === 'T', because: roleHits.filter((h) => h.role === role).map((h) => h.id) }];
  });
  const obligations: ObligationHit[] = [];
  const obligationWhy = new Map<string, readonly string[]>();
  for (const o of q.obligations) {
    const group = q.obligationGroups.find((g) => g.id === o.group)!;
    const val = e.condition(group.when ? { all: [group.when, o.when] } : o.when);
    if (val.v === 'F') continue;
    obligationWhy.set(o.id, val.v === 'U' ? val.why : []);
    obligations.push({
      id: o.id, title: o.title, summary: o.summary, who: o.who, group: o.group, groupTitle: group.title, cites: o.cites,
      appliesFrom: dateOf(q, e, o.appliesFrom), certain: val.v === 'T', ...(o.items ? { items: o.items } : {}),
    });
  }
  const guidance = q.guidance.filter((g) => e.condition(g.when).v !== 'F').map(({ id, group, title, summary, cites }) => ({ id, group, title, summary, cites }));
  const rules = [...fired, ...roleHits];
  const uncertainties: Uncertainty[] = [];
  for (const id of r.steps) {
    const value = r.relevant[id]!;
    const question = q.questions.find((x) => x.id === id)!;
    if (!(Array.isArray(value) ? value : [value]).includes(UNKNOWN) || !('unknown' in question)) continue;
    const affects = [
      ...rules.filter((h) => !h.certain && h.because.some((b) => b.questionId === id)).map((h) => h.id),
      ...[...obligationWhy].filter(([, why]) => why.includes(id)).map(([oid]) => oid),
    ];
    uncertainties.push({ questionId: id, question: question.text, findOut: question.unknown?.findOut ?? '', whoKnows: [...(question.unknown?.whoKnows ?? [])], affects });
  }
  const outcome = outcomeOf(q, e, headline.tier, headline.provisional, headline.decidedBy);
  const modelHits = fired.filter((h) => h.track === 'gpai');
  const modelOutcome = headline.tier !== 'gpai-model' && modelHits.length > 0 ? outcomeOf(q, e, 'gpai-model', !modelHits.some((h) => h.certain), modelHits) : undefined;
  const complete = r.current === null;
  const answerRefs = r.steps.flatMap(ref);

  const changes: Change[] = [];
  if (complete) {
    const ids = new Set([...outcome.decidedBy.flatMap((h) => h.because.map((b) => b.questionId)), ...uncertainties.map((u) => u.questionId)]);
    for (const id of ids) {
      const question = q.questions.find((x) => x.id === id);
      const current = r.relevant[id];
      if (!question || current === undefined || !isChoice(question)) continue;
      for (const alt of alternatives(question.options, question.type, current)) {
        const other = plainHeadline(q, { ...r.relevant, [id]: alt });
        const tier = other.complete ? other.tier : null;
        if (tier === outcome.tier && other.provisional === outcome.provisional) continue;
        changes.push({
          questionId: id, question: question.text, ifAnswer: optionLabels(question, alt, q.unknownLabel), tier,
          title: tier ? q.outcomes.find((o) => o.tier === tier)!.title : null, provisional: other.provisional,
          confirms: tier === outcome.tier && !other.provisional,
        });
      }
    }
  }

  const version = q.tenderAnnex.length > 0 && e.headline.tier === 'high' ? 'high-risk' : 'light';
  const annexItems = q.tenderAnnex.length === 0 ? [] : q.tenderAnnex.flatMap((item) => {
    const val = e.condition(item.when);
    return val.v === 'F' ? [] : [{ id: item.id, title: item.title, summary: item.summary, cites: item.cites, clauses: item.mcc.filter((c) => c.version === version), certain: val.v === 'T' }];
  });

  return {
    questionnaire: { id: q.id, version: q.version, title: q.title, lawAsOf: q.lawAsOf, law: q.law, amendments: q.amendments },
    complete,
    outcome,
    ...(modelOutcome ? { modelOutcome } : {}),
    routes: routesOf(q, e, headline.decidedBy),
    tracks: { transparency: fired.filter((h) => h.track === 'transparency'), gpai: fired.filter((h) => h.track === 'gpai' || h.track === 'gpai-systemic-risk') },
    roles,
    rules,
    obligations,
    guidance,
    uncertainties,
    answers: answerRefs,
    stoppedBy: r.stoppedBy,
    whatWouldChange: changes,
    tenderAnnex: { version, items: annexItems },
    registration: registrationSheets(q, { obligations, answers: answerRefs }),
  };
}
