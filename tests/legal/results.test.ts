// @vitest-environment node
/**
 * The law's hard cases (legal review, wrong results): each answers file in this folder is
 * assessed by the engine and by the CLI, and both must give what the Act gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import type { Assessment } from '../../src/engine/assessment.ts';
import { route } from '../../src/engine/journey.ts';
import { runCli } from '../../src/cli/run.ts';
import { parseAssessmentFile } from '../../src/storage/assessment-file.ts';
import { memoryIo } from '../cli/cli-io.ts';
import { euAiAct } from '../engine/load.ts';
import { answersFiles, isObligationsCase } from './answers-files.ts';

const q = euAiAct();
const dir = import.meta.dirname;
const text = (id: string) => readFileSync(join(dir, `${id}.json`), 'utf8');

function answersOf(id: string) {
  const parsed = parseAssessmentFile(text(id), q);
  if (!parsed.ok) throw new Error(`${id}: ${parsed.errors.join('; ')}`);
  expect(parsed.warnings).toEqual([]);
  return parsed.answers;
}

function engine(id: string): Assessment {
  return assess(q, answersOf(id));
}

async function cli(id: string, ...flags: string[]): Promise<string> {
  const { io, out } = memoryIo(q, { [`${id}.json`]: text(id) });
  expect(await runCli([`${id}.json`, ...flags], io)).toBe(0);
  return out.stdout;
}

interface Expected {
  tier: string;
  provisional?: boolean;
  model?: string;
  routes?: string[];
  roles?: string[];
  rules?: string[];
  notRules?: string[];
  obligations?: string[];
  absent?: string[];
  dates?: Record<string, string>;
  asked?: string[];
  notAsked?: string[];
}

const CASES: Record<string, Expected> = {
  // 1. Art 5(1)(h) bans the use; for a provider the system is high-risk under Annex III 1(a).
  '01-01-provider-rbi': {
    tier: 'high',
    routes: ['Annex III 1(a)'],
    roles: ['provider'],
    rules: ['art5-1-h-provider', 'hr-6-2'],
    notRules: ['art5-1-h'],
    obligations: ['ca-annex3-1', 'oblig-provider-oversight-rbi', 'oblig-provider-logging-rbi', 'oblig-provider-register-secure'],
    absent: ['prohib-provider-rbi', 'prohib-provider'],
    dates: { 'oblig-provider-oversight-rbi': '2027-12-02', 'ca-annex3-1': '2027-12-02' },
    notAsked: ['art5.rbi-objective', 'art5.rbi-safeguards'],
  },
  // 2. The Art 5(2)–(7) conditions bind every use under the exception, whatever the tier, from 2 Feb 2025.
  '02-01-rbi-exception-derogation': {
    tier: 'minimal',
    rules: ['art5-1-h-exception', 'derog-6-3'],
    obligations: ['fria-rbi'],
    dates: { 'fria-rbi': '2025-02-02' },
    asked: ['art5.rbi-objective', 'art5.rbi-safeguards'],
  },
  '02-02-rbi-safeguards-not-yet': {
    tier: 'high',
    routes: ['Annex III 1(a)'],
    roles: ['deployer'],
    rules: ['art5-1-h-exception', 'art5-1-h-safeguards-first'],
    notRules: ['art5-1-h'],
    obligations: ['fria-rbi', 'fria-contents'],
    dates: { 'fria-rbi': '2025-02-02' },
  },
  '02-03-rbi-objective-not-allowed': {
    tier: 'unacceptable',
    routes: ['Art 5(1)(h)'],
    rules: ['art5-1-h'],
    notRules: ['art5-1-h-exception'],
    obligations: ['prohib-deployer'],
    absent: ['fria-rbi'],
    dates: { 'prohib-deployer': '2025-02-02' },
    notAsked: ['art5.rbi-safeguards'],
  },
  // 3. A model provider that also builds a system: both headlines; a prohibited system keeps the model's duties.
  '03-01-both-gpai-systemic': {
    tier: 'minimal',
    model: 'gpai-model',
    rules: ['gpai-53', 'gpai-51-systemic'],
    obligations: ['gpai-53-1-a', 'gpai-55-1', 'gpai-52-notify'],
    dates: { 'gpai-55-1': '2025-08-02' },
  },
  '03-02-both-prohibited-system': {
    tier: 'unacceptable',
    model: 'gpai-model',
    routes: ['Art 5(1)(a)'],
    rules: ['art5-1-a', 'gpai-53'],
    obligations: ['prohib-provider', 'gpai-53-1-a', 'gpai-53-1-c'],
    asked: ['gpai.generality', 'gpai.open-source'],
  },
  // 5. Art 2(8) exempts the research and testing activity, not a buyer's later use.
  '05-01-premarket-buyer': {
    tier: 'minimal',
    roles: ['deployer'],
    notRules: ['scope-excl-pre-market-testing'],
    obligations: ['lit-4-deployer'],
    notAsked: ['scope.pre-market'],
  },
  '05-02-premarket-developer': {
    tier: 'out-of-scope',
    rules: ['scope-excl-pre-market-testing'],
    asked: ['scope.pre-market'],
  },
  // 6. Follow-ups after "I don't know" offer "the system does not do this"; (ba) has a consent answer, (bb) none.
  '06-01-art5-unknown-not-done': {
    tier: 'minimal',
    provisional: false,
    notRules: ['art5-1-a', 'art5-1-e', 'art5-1-f', 'art5-1-g', 'art5-1-h'],
    asked: ['art5.face-scraping', 'art5.rbi-realtime', 'art5.emotion-medical'],
    notAsked: ['art5.rbi-objective'],
  },
  '06-02-intimate-imagery-consented': { tier: 'minimal', notRules: ['art5-1-ba'], absent: ['prohib-provider-new'] },
  '06-03-child-abuse-material-consented': {
    tier: 'unacceptable',
    routes: ['Art 5(1)(bb)'],
    rules: ['art5-1-bb'],
    obligations: ['prohib-provider-new'],
    dates: { 'prohib-provider-new': '2026-12-02' },
  },
  // 7. (the wording; the result of a true "no" stays the 6(3) finding)
  '07-01-derogation-human-review': { tier: 'minimal', rules: ['derog-6-3'], obligations: ['derog-6-4-document', 'derog-6-4-register'] },
  // 8. "None of these" biometric uses.
  '08-01-biometrics-none': { tier: 'minimal', notRules: ['hr-6-2', 'transp-50-3-emotion-biocat'], absent: ['fria-contents'] },
  // 17. Result texts that follow the list.
  '17-01-limited-deployer-only': { tier: 'limited', roles: ['deployer'], rules: ['transp-50-1-interaction'], absent: ['transp-50-1-interaction'] },
  '17-02-high-private-employer-no-fria': { tier: 'high', routes: ['Annex III 4(a)'], notRules: ['fria-27-scope'], absent: ['fria-contents'] },
  '17-03-high-public-deployer-fria': { tier: 'high', rules: ['fria-27-scope'], obligations: ['fria-contents', 'fria-notify-msa'] },
  '17-04-future-ban': { tier: 'unacceptable', routes: ['Art 5(1)(ba)'], rules: ['art5-1-ba'], obligations: ['prohib-provider-new'], dates: { 'prohib-provider-new': '2026-12-02' } },
  '17-05-gpai-open-source': { tier: 'gpai-model', obligations: ['gpai-oss-exemption', 'gpai-53-1-c', 'gpai-53-1-d'], absent: ['gpai-53-1-a', 'gpai-53-1-b'] },
  // A4. Routes come from the facts that decided.
  'a4-01-emotion-safety-route': { tier: 'high', routes: ['Annex III 1(c)'], notRules: ['art5-1-f'] },
  // Issue 11: "I don't know" on the Annex III areas is narrowed by what the system does.
  '11-01-areas-unknown-narrowed': {
    tier: 'high',
    routes: ['Annex III 5(a)'],
    asked: ['annex3.narrowing', 'annex3.services'],
    notAsked: ['annex3.biometrics', 'annex3.critical-infrastructure', 'annex3.education', 'annex3.employment', 'annex3.law-enforcement', 'annex3.migration', 'annex3.justice'],
  },
  '11-02-areas-unknown-narrowing-unknown': {
    tier: 'high',
    routes: ['Annex III 5(a)'],
    asked: ['annex3.narrowing', 'annex3.biometrics', 'annex3.critical-infrastructure', 'annex3.education', 'annex3.employment', 'annex3.services', 'annex3.law-enforcement', 'annex3.migration', 'annex3.justice'],
  },
  // Point 15: a deployer taking part in a provider's test in real-world conditions (Art 60(4)(h)–(k), Art 61).
  '15-01-deployer-real-world-test': {
    tier: 'high',
    roles: ['deployer'],
    obligations: ['rwt-deployer', 'rwt-deployer-plan', 'rwt-deployer-consent', 'rwt-deployer-oversight', 'oblig-deployer-oversight'],
    absent: ['rwt-plan', 'rwt-register', 'rwt-consent', 'rwt-deployer-agreement', 'pen-real-world-testing'],
    dates: { 'rwt-deployer': '2026-08-02', 'rwt-deployer-plan': '2026-08-02', 'rwt-deployer-consent': '2026-08-02', 'rwt-deployer-oversight': '2026-08-02', 'oblig-deployer-oversight': '2027-12-02' },
    asked: ['deploy.real-world-test'],
  },
  '15-02-deployer-real-world-test-unknown': {
    tier: 'high',
    roles: ['deployer'],
    obligations: ['rwt-deployer', 'rwt-deployer-plan', 'rwt-deployer-consent', 'rwt-deployer-oversight'],
    dates: { 'rwt-deployer': '2026-08-02' },
  },
  // Review row A20: "None of these" on the role question.
  'a20-01-role-none': {
    tier: 'out-of-scope',
    roles: [],
    rules: ['scope-no-operator-role'],
    notAsked: ['role.eu-nexus', 'scope.military', 'annex3.areas'],
  },
};

function check(a: Assessment, e: Expected) {
  expect(a.complete).toBe(true);
  expect(a.outcome.tier).toBe(e.tier);
  if (e.provisional !== undefined) expect(a.outcome.provisional).toBe(e.provisional);
  expect(a.modelOutcome?.tier).toBe(e.model);
  if (e.routes) expect(a.routes.map((r) => r.cite)).toEqual(e.routes);
  if (e.roles) expect(a.roles.map((r) => r.role)).toEqual(e.roles);
  const rules = a.rules.map((r) => r.id);
  for (const id of e.rules ?? []) expect(rules, id).toContain(id);
  for (const id of e.notRules ?? []) expect(rules, id).not.toContain(id);
  const obligations = a.obligations.map((o) => o.id);
  for (const id of e.obligations ?? []) expect(obligations, id).toContain(id);
  for (const id of e.absent ?? []) expect(obligations, id).not.toContain(id);
  for (const [id, date] of Object.entries(e.dates ?? {})) expect(a.obligations.find((o) => o.id === id)?.appliesFrom.date, id).toBe(date);
  const asked = a.answers.map((r) => r.questionId);
  for (const id of e.asked ?? []) expect(asked, id).toContain(id);
  for (const id of e.notAsked ?? []) expect(asked, id).not.toContain(id);
}

describe('the hard cases of the legal review, through the engine and the CLI', () => {
  it('has an answers file for every case and a case for every answers file', () => {
    expect(answersFiles().filter((f) => !isObligationsCase(f))).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.entries(CASES))('%s', async (id, expected) => {
    check(engine(id), expected);
    check(JSON.parse(await cli(id, '--json')) as Assessment, expected);
  });
});

describe('the result texts say what the list below them says', () => {
  it('a provider of real-time RBI is warned about the use, not told it is prohibited', async () => {
    const s = await cli('01-01-provider-rbi');
    expect(s).toContain('RESULT: High risk (tier: high)');
    expect(s).toContain('Route: Annex III 1(a)');
    expect(s).toContain('Real-time biometric identification is banned in use, not on the market');
    expect(s).not.toContain('Unacceptable');
  });

  it('a lawful search whose safeguards are not in place is told to put them in place first', () => {
    const a = engine('02-02-rbi-safeguards-not-yet');
    expect(a.rules.find((r) => r.id === 'art5-1-h-safeguards-first')?.summary).toMatch(/Do not start a use until/);
    expect(a.obligations.find((o) => o.id === 'fria-rbi')?.group).toBe('rbi-exception');
  });

  it('a model provider that builds a system sees both headlines, in the CLI text too', async () => {
    const a = engine('03-01-both-gpai-systemic');
    expect(a.outcome.title).toBe('Minimal risk');
    expect(a.modelOutcome?.title).toBe('General-purpose AI model');
    expect(a.modelOutcome?.decidedBy.map((r) => r.id)).toEqual(['gpai-53']);
    const s = await cli('03-02-both-prohibited-system');
    expect(s).toContain('RESULT: Unacceptable risk – prohibited practice (tier: unacceptable)');
    expect(s).toContain('MODEL: General-purpose AI model (tier: gpai-model)');
  });

  it('a system assessed alone has no second headline', () => {
    expect(engine('17-02-high-private-employer-no-fria').modelOutcome).toBeUndefined();
    expect(engine('17-05-gpai-open-source').modelOutcome).toBeUndefined();
  });

  it('a deployer whose transparency duties are the provider\'s is told what to check', () => {
    const a = engine('17-01-limited-deployer-only');
    expect(a.outcome.summary).toMatch(/bind its provider, not you/);
    expect(a.outcome.next.join(' ')).not.toMatch(/listed below in place/);
  });

  it('"minimal" through Article 6(3) names the documentation, registration and re-evaluation', () => {
    const a = engine('07-01-derogation-human-review');
    expect(a.outcome.summary).toMatch(/Art 6\(4\)/);
    expect(a.outcome.summary).toMatch(/Art 49\(2\)/);
    expect(a.outcome.summary).toMatch(/Art 80/);
    expect(engine('05-01-premarket-buyer').outcome.summary).toMatch(/has no transparency duties/);
  });

  it('the high-risk next steps speak of a FRIA only where Article 27 applies', () => {
    expect(engine('17-02-high-private-employer-no-fria').outcome.next.join(' ')).not.toMatch(/fundamental rights impact assessment/);
    expect(engine('17-03-high-public-deployer-fria').outcome.next.join(' ')).toMatch(/fundamental rights impact assessment that Article 27 requires/);
  });

  it('a ban that applies from a later date says from when', () => {
    expect(engine('17-04-future-ban').outcome.summary).toMatch(/from 2 December\s+2026/);
    expect(engine('02-03-rbi-objective-not-allowed').outcome.summary).not.toMatch(/2026/);
  });

  it('an open-source model without systemic risk is not told to do what Article 53(2) exempts', () => {
    const a = engine('17-05-gpai-open-source');
    expect(a.outcome.summary).toMatch(/Article 53\(2\) exempts/);
    expect(a.outcome.next.join(' ')).not.toMatch(/technical documentation/i);
    expect(engine('03-01-both-gpai-systemic').modelOutcome?.next.join(' ')).toMatch(/technical documentation/);
  });

  it('the Article 6(3) answers no longer equate human review with no material influence', () => {
    const ref = engine('07-01-derogation-human-review').answers.find((r) => r.questionId === 'derog.influence');
    expect(ref?.answer.join(' ')).not.toMatch(/reviews every output/);
    const question = q.questions.find((x) => x.id === 'derog.influence');
    expect(question?.help?.body).toMatch(/automation bias/);
  });
});

describe('questionnaire 1.2.0: the last legal gaps', () => {
  /** The FRIA, registration and notification entries that Article 5(2)–(4) makes a condition of each use. */
  const tiedToEachUse = (a: Assessment) => a.obligations.filter((o) => o.group === 'fria' || o.group === 'rbi-exception' || /register/.test(o.id));

  it.each(['02-01-rbi-exception-derogation', '02-02-rbi-safeguards-not-yet'])('%s: every FRIA and registration entry of a use under the Article 5(1)(h) exception applies from 2 February 2025, in the engine and the CLI', async (id) => {
    for (const a of [engine(id), JSON.parse(await cli(id, '--json')) as Assessment]) {
      const tied = tiedToEachUse(a);
      expect(tied.map((o) => o.id)).toContain('fria-rbi');
      for (const o of tied) expect({ id: o.id, date: o.appliesFrom.date }).toEqual({ id: o.id, date: '2025-02-02' });
      for (const o of tied.filter((o) => o.id !== 'fria-rbi')) expect(o.appliesFrom.note, o.id).toMatch(/Article 5\(1\)\(h\) exception/);
    }
    // The rest of the high-risk duties keep the high-risk date.
    const rest = engine(id).obligations.filter((o) => o.group === 'high-risk-deployer' && !/register/.test(o.id));
    for (const o of rest) expect({ id: o.id, date: o.appliesFrom.date }).toEqual({ id: o.id, date: '2027-12-02' });
  });

  it('02-02: the FRIA and registration entries say 2 February 2025 in the CLI text, with the reason', async () => {
    const s = (await cli('02-02-rbi-safeguards-not-yet')).replace(/\s+/g, ' ');
    expect(s).toContain('Carry out a fundamental rights impact assessment before first use (Art 27(1); Art 27(1)(a)–(f); Recital 96); applies from 2 February 2025');
    expect(s).toContain('Keep the impact assessment up to date (Art 27(2)); applies from 2 February 2025');
    expect(s.match(/under the Article 5\(1\)\(h\) exception needs a completed fundamental rights impact assessment/g)?.length).toBe(6);
  });

  it('02-03: without the exception there are no FRIA entries dated 2025', () => {
    expect(tiedToEachUse(engine('02-03-rbi-objective-not-allowed')).filter((o) => o.appliesFrom.date === '2025-02-02' && o.id !== 'fria-rbi')).toEqual([]);
    expect(engine('17-03-high-public-deployer-fria').obligations.find((o) => o.id === 'fria-contents')?.appliesFrom.date).toBe('2027-12-02');
  });

  it('15-02: "I don\'t know" on taking part in a test lists the deployer\'s test duties as uncertain', () => {
    const a = engine('15-02-deployer-real-world-test-unknown');
    for (const id of ['rwt-deployer', 'rwt-deployer-plan', 'rwt-deployer-consent', 'rwt-deployer-oversight']) expect(a.obligations.find((o) => o.id === id)?.certain, id).toBe(false);
    expect(engine('17-03-high-public-deployer-fria').obligations.map((o) => o.id)).not.toContain('rwt-deployer');
  });

  it('15-01: the deployer\'s agreement entry cites Article 60(4)(h) and the consent entry Article 61', () => {
    const a = engine('15-01-deployer-real-world-test');
    expect(a.obligations.find((o) => o.id === 'rwt-deployer')?.cites.map((c) => c.cite)).toContain('Art 60(4)(h)');
    expect(a.obligations.find((o) => o.id === 'rwt-deployer-consent')?.cites.map((c) => c.cite)).toContain('Art 61(1)–(2)');
  });

  it('a20-01: an organisation with none of the roles is told what the roles are and what to answer again', async () => {
    const a = engine('a20-01-role-none');
    expect(a.outcome.summary).toMatch(/does none of the things that give a role/);
    expect(a.outcome.next.join(' ')).toMatch(/answer the role question again/);
    expect(a.obligations).toEqual([]);
    const s = await cli('a20-01-role-none');
    expect(s).toContain('RESULT: Outside the scope of the AI Act (tier: out-of-scope)');
    expect(s).toMatch(/None of the Act's roles/);
  });

  it('a20-01: "None of these" cannot be ticked with a role', () => {
    const both = text('a20-01-role-none').replace('"none"', '"none", "uses"');
    const parsed = parseAssessmentFile(both, q);
    expect(parsed.ok).toBe(false);
  });
});

describe('files from questionnaire 1.0.0', () => {
  const old = (answers: Record<string, unknown>) =>
    JSON.stringify({ format: 'eu-ai-act-assessment', formatVersion: 1, questionnaire: { id: 'eu-ai-act', version: '1.0.0' }, answers });

  it('open with the old real-time RBI answer as the objective, and ask the safeguards again', () => {
    const { 'art5.rbi-objective': _o, 'art5.rbi-safeguards': _s, ...rest } = answersOf('02-02-rbi-safeguards-not-yet');
    const parsed = parseAssessmentFile(old({ ...rest, 'art5.rbi-exception': 'yes' }), q);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    expect(parsed.migratedFrom).toBe('1.0.0');
    expect(parsed.answers['art5.rbi-objective']).toBe('yes');
    expect(parsed.answers).not.toHaveProperty('art5.rbi-exception');
    expect(parsed.warnings.some((w) => w.includes('(art5.rbi-objective)'))).toBe(true);
    expect(route(q, parsed.answers).current).toBe('art5.rbi-safeguards');
  });

  it('name the reworded Article 6(3) answers for review', () => {
    const parsed = parseAssessmentFile(old(answersOf('07-01-derogation-human-review')), q);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    expect(parsed.warnings.filter((w) => /\((derog\.influence|derog\.conditions)\)/.test(w))).toHaveLength(2);
  });
});
