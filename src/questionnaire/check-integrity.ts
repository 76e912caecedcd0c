/**
 * What a schema cannot say: every id referred to exists, every answer value named
 * in a condition is an option of its question, each stage reads only what is known
 * at that stage, questions depend only on earlier questions (so the question graph
 * has no cycles), facts and rules do not go round in circles, and every fact is used.
 */
import type { Condition } from './condition.ts';
import { Role, Tier, type Questionnaire } from './schema.ts';
import { isChoice } from './kinds.ts';
import { answerProblem } from '../engine/answers.ts';

type Kind = 'q' | 'fact' | 'rule' | 'tier' | 'role';

interface Stage {
  name: string;
  allowed: ReadonlySet<Kind>;
  /** Only questions before this position may be read (for showIf). */
  before?: number;
  /** Only these rules may be read. */
  rules?: ReadonlySet<string>;
}

export function checkIntegrity(q: Questionnaire): string[] {
  const errors: string[] = [];
  const seen = new Map<string, string>();
  const unique = (kind: string, id: string) => {
    const key = `${kind}:${id}`;
    if (seen.has(key)) errors.push(`${kind} "${id}" is defined twice`);
    seen.set(key, kind);
  };
  q.sections.forEach((s) => unique('section', s.id));
  q.questions.forEach((x) => unique('question', x.id));
  q.facts.forEach((x) => unique('fact', x.id));
  q.rules.forEach((x) => unique('rule', x.id));
  q.obligations.forEach((x) => unique('obligation', x.id));
  q.dates.forEach((x) => unique('date', x.id));
  q.guidance.forEach((x) => unique('guidance', x.id));
  q.obligationGroups.forEach((x) => unique('obligation group', x.id));

  const questions = new Map(q.questions.map((x, i) => [x.id, { question: x, position: i }]));
  const facts = new Map(q.facts.map((f) => [f.id, f]));
  const rules = new Map(q.rules.map((r) => [r.id, r]));
  const sections = new Set(q.sections.map((s) => s.id));
  const dates = new Set(q.dates.map((d) => d.id));
  const groups = new Set(q.obligationGroups.map((g) => g.id));
  const classification = new Set(q.rules.filter((r) => r.effect !== 'role').map((r) => r.id));
  const usedFacts = new Set<string>();

  /** The latest question position a fact reads, for the showIf order check. */
  const factReach = new Map<string, number>();
  const reach = (cond: Condition, trail: string[] = []): number => {
    if ('q' in cond) return questions.get(cond.q)?.position ?? -1;
    if ('fact' in cond) {
      if (trail.includes(cond.fact)) return -1;
      if (!factReach.has(cond.fact)) {
        const fact = facts.get(cond.fact);
        factReach.set(cond.fact, fact ? reach(fact.when, [...trail, cond.fact]) : -1);
      }
      return factReach.get(cond.fact)!;
    }
    if ('all' in cond) return Math.max(-1, ...cond.all.map((c) => reach(c, trail)));
    if ('any' in cond) return Math.max(-1, ...cond.any.map((c) => reach(c, trail)));
    if ('not' in cond) return reach(cond.not, trail);
    return -1;
  };

  const check = (cond: Condition, where: string, stage: Stage) => {
    const deny = (kind: Kind) => errors.push(`${where}: a ${stage.name} cannot read { ${kind}: ... }`);
    if ('q' in cond) {
      if (!stage.allowed.has('q')) return deny('q');
      const entry = questions.get(cond.q);
      if (!entry) return void errors.push(`${where}: unknown question "${cond.q}"`);
      const question = entry.question;
      if (stage.before !== undefined && entry.position >= stage.before) {
        errors.push(`${where}: reads question "${cond.q}", which is not asked before it`);
      }
      if (!isChoice(question)) {
        return void errors.push(`${where}: question "${cond.q}" is free text and cannot be tested`);
      }
      const multi = 'includes' in cond || 'includesAny' in cond;
      if (multi !== (question.type === 'multi')) {
        errors.push(`${where}: use ${question.type === 'multi' ? 'includes/includesAny' : 'is/isOneOf'} with ${question.type}-choice question "${cond.q}"`);
      }
      const values = 'is' in cond ? [cond.is] : 'isOneOf' in cond ? cond.isOneOf : 'includes' in cond ? [cond.includes] : cond.includesAny;
      const { options, unknown } = question;
      for (const v of values) {
        const ok = options.some((o) => o.value === v) || (v === 'unknown' && unknown);
        if (!ok) errors.push(`${where}: "${v}" is not an answer of question "${cond.q}"`);
      }
      return;
    }
    if ('fact' in cond) {
      if (!stage.allowed.has('fact')) return deny('fact');
      usedFacts.add(cond.fact);
      if (!facts.has(cond.fact)) return void errors.push(`${where}: unknown fact "${cond.fact}"`);
      if (stage.before !== undefined && reach(cond) >= stage.before) {
        errors.push(`${where}: fact "${cond.fact}" reads a question that is not asked before it`);
      }
      return;
    }
    if ('rule' in cond) {
      if (!stage.allowed.has('rule')) return deny('rule');
      if (!rules.has(cond.rule)) return void errors.push(`${where}: unknown rule "${cond.rule}"`);
      if (stage.rules && !stage.rules.has(cond.rule)) errors.push(`${where}: cannot read role rule "${cond.rule}" at this stage`);
      return;
    }
    if ('tier' in cond) {
      if (!stage.allowed.has('tier')) return deny('tier');
      if (!Tier.safeParse(cond.tier).success) errors.push(`${where}: unknown tier "${cond.tier}"`);
      return;
    }
    if ('role' in cond) {
      if (!stage.allowed.has('role')) return deny('role');
      if (!Role.safeParse(cond.role).success) errors.push(`${where}: unknown role "${cond.role}"`);
      return;
    }
    const children = 'all' in cond ? cond.all : 'any' in cond ? cond.any : [cond.not];
    children.forEach((c) => check(c, where, stage));
  };

  const early = new Set<Kind>(['q', 'fact']);
  q.questions.forEach((question, position) => {
    if (!sections.has(question.section)) errors.push(`question "${question.id}": unknown section "${question.section}"`);
    if (isChoice(question)) {
      const values = question.options.map((o) => o.value);
      if (new Set(values).size !== values.length) errors.push(`question "${question.id}": two options share a value`);
      if (values.includes('unknown')) errors.push(`question "${question.id}": "unknown" is reserved; use the unknown: field`);
      if (question.cites.length === 0) errors.push(`question "${question.id}": a choice question needs at least one citation`);
    }
    if (question.showIf) check(question.showIf, `question "${question.id}" showIf`, { name: 'showIf', allowed: early, before: position });
  });
  // A page is a run of consecutive questions of one section.
  const pageRuns = new Map<string, { last: number; section: string }>();
  q.questions.forEach((question, position) => {
    if (!question.page) return;
    const run = pageRuns.get(question.page);
    if (run && run.last !== position - 1) errors.push(`question "${question.id}": page "${question.page}" is split; the questions of a page must be consecutive`);
    if (run && run.section !== question.section) errors.push(`question "${question.id}": page "${question.page}" spans sections "${run.section}" and "${question.section}"`);
    if (questions.has(question.page) && question.page !== question.id) errors.push(`question "${question.id}": page id "${question.page}" is also a question id`);
    pageRuns.set(question.page, { last: position, section: run?.section ?? question.section });
  });
  q.facts.forEach((fact) => check(fact.when, `fact "${fact.id}"`, { name: 'fact', allowed: early }));
  for (const rule of q.rules) {
    const where = `rule "${rule.id}"`;
    if (!dates.has(rule.appliesFrom)) errors.push(`${where}: unknown date "${rule.appliesFrom}"`);
    if (rule.stops) check(rule.when, where, { name: 'rule that stops the questions', allowed: early });
    else if (rule.effect === 'role') check(rule.when, where, { name: 'role rule', allowed: new Set(['q', 'fact', 'rule', 'tier']), rules: classification });
    else check(rule.when, where, { name: 'classification rule', allowed: new Set(['q', 'fact', 'rule']), rules: classification });
  }
  const everything = new Set<Kind>(['q', 'fact', 'rule', 'tier', 'role']);
  for (const group of q.obligationGroups) if (group.when) check(group.when, `obligation group "${group.id}"`, { name: 'obligation', allowed: everything });
  for (const o of q.obligations) {
    const where = `obligation "${o.id}"`;
    if (!dates.has(o.appliesFrom)) errors.push(`${where}: unknown date "${o.appliesFrom}"`);
    if (!groups.has(o.group)) errors.push(`${where}: unknown group "${o.group}"`);
    check(o.when, where, { name: 'obligation', allowed: everything });
  }
  for (const g of q.guidance) check(g.when, `guidance "${g.id}"`, { name: 'guidance', allowed: everything });
  q.tenderAnnex.forEach((x) => unique('tender annex item', x.id));
  for (const item of q.tenderAnnex) check(item.when, `tender annex item "${item.id}"`, { name: 'tender annex item', allowed: everything });
  const obligationIds = new Set(q.obligations.map((o) => o.id));
  for (const sheet of q.registration) {
    unique('registration sheet', sheet.id);
    sheet.entries.forEach((e) => unique(`registration entry of "${sheet.id}"`, e.id));
    for (const d of sheet.destinations) if (!obligationIds.has(d.obligation)) errors.push(`registration sheet "${sheet.id}": unknown obligation "${d.obligation}"`);
    for (const e of sheet.entries) {
      for (const from of e.from ?? []) if (!questions.has(from.q)) errors.push(`registration sheet "${sheet.id}" entry "${e.id}": unknown question "${from.q}"`);
    }
  }
  for (const d of q.dates) d.variants?.forEach((v, i) => check(v.when, `date "${d.id}" variant ${i + 1}`, { name: 'date', allowed: everything }));
  for (const o of q.outcomes) o.variants?.forEach((v, i) => check(v.when, `outcome "${o.tier}" variant ${i + 1}`, { name: 'outcome', allowed: everything }));

  // Circular references between facts, and between rules.
  const cycles = (kind: 'fact' | 'rule', deps: (id: string) => Condition | undefined, ids: string[]) => {
    const state = new Map<string, 'visiting' | 'done'>();
    const refs = (cond: Condition, out: string[] = []): string[] => {
      if (kind in cond) out.push((cond as Record<string, string>)[kind]!);
      else if ('all' in cond) cond.all.forEach((c) => refs(c, out));
      else if ('any' in cond) cond.any.forEach((c) => refs(c, out));
      else if ('not' in cond) refs(cond.not, out);
      return out;
    };
    const visit = (id: string, path: string[]) => {
      if (state.get(id) === 'done') return;
      if (state.get(id) === 'visiting') return void errors.push(`${kind}s refer to each other in a circle: ${[...path, id].join(' → ')}`);
      state.set(id, 'visiting');
      const cond = deps(id);
      if (cond) for (const next of refs(cond)) visit(next, [...path, id]);
      state.set(id, 'done');
    };
    ids.forEach((id) => visit(id, []));
  };
  cycles('fact', (id) => facts.get(id)?.when, [...facts.keys()]);
  cycles('rule', (id) => rules.get(id)?.when, [...rules.keys()]);

  for (const example of q.examples) {
    for (const [id, value] of Object.entries(example.answers)) {
      const entry = questions.get(id);
      if (!entry) errors.push(`example "${example.id}": unknown question "${id}"`);
      else if (answerProblem(entry.question, value) !== null) errors.push(`example "${example.id}": ${id}: ${answerProblem(entry.question, value)}`);
    }
  }
  q.examples.forEach((x) => unique('example', x.id));
  q.glossary.forEach((x) => unique('glossary term', x.id));
  for (const fact of q.facts) if (!usedFacts.has(fact.id)) errors.push(`fact "${fact.id}" is never used`);
  for (const tier of Tier.options) {
    if (!q.outcomes.some((o) => o.tier === tier)) errors.push(`outcomes: no text for tier "${tier}"`);
  }
  return errors;
}
