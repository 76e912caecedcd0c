// @vitest-environment node
/**
 * The obligations, dates and organisation types the Act gives, for the hard cases of the
 * legal review (questionnaire 1.1.0). Each answers file in this folder is read through the
 * file parser and assessed by the engine, and run through the CLI (`--json`); both must agree
 * with what the Act says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import type { Assessment } from '../../src/engine/assessment.ts';
import { runCli } from '../../src/cli/run.ts';
import { parseAssessmentFile } from '../../src/storage/assessment-file.ts';
import { memoryIo } from '../cli/cli-io.ts';
import { euAiAct } from '../engine/load.ts';
import { answersFiles, isObligationsCase } from './answers-files.ts';

const questionnaire = euAiAct();
const dir = import.meta.dirname;
const text = (file: string) => readFileSync(join(dir, `${file}.json`), 'utf8');

function viaEngine(file: string): Assessment {
  const parsed = parseAssessmentFile(text(file), questionnaire);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  expect(parsed.warnings).toEqual([]);
  return assess(questionnaire, parsed.answers);
}

async function viaCli(file: string): Promise<Assessment> {
  const { io, out } = memoryIo(questionnaire, { [`${file}.json`]: text(file) });
  expect(await runCli([`${file}.json`, '--json'], io)).toBe(0);
  return JSON.parse(out.stdout) as Assessment;
}

interface Expected {
  file: string;
  /** What a user would notice, in the Act's words. */
  says: string;
  tier: string;
  provisional?: boolean;
  roles: string[];
  present?: string[];
  absent?: string[];
  /** Obligation id → the date it applies from. */
  dates?: Record<string, string>;
  /** Every obligation of this role applies from this date. */
  roleDates?: Record<string, string>;
  /** Obligations that apply only because of an "I don't know". */
  uncertain?: string[];
  /** Words the date note of these obligations must contain. */
  notes?: Record<string, string>;
}

const cases: Expected[] = [
  // Point 4: purely personal use (Art 2(10), Art 3(4)).
  { file: '08-04-personal-use', says: 'a private individual using AI at home is outside the Act and no deployer', tier: 'out-of-scope', roles: [], absent: ['lit-4-deployer'] },
  { file: '08-04-personal-use-role-unknown', says: '"I don\'t know" on the role question keeps the personal-use exit', tier: 'out-of-scope', roles: [] },
  // Point 9: Art 49(4) secure section only in law enforcement, migration, asylum and border control.
  { file: '08-09-retail-emotion-provider', says: 'a retail emotion-recognition provider registers in the public section', tier: 'high', roles: ['provider'], present: ['oblig-provider-register'], absent: ['oblig-provider-register-secure'] },
  { file: '08-09-police-remote-identification', says: 'police biometrics in law enforcement register in the secure section', tier: 'high', roles: ['deployer'], present: ['oblig-deployer-public-register', 'oblig-deployer-public-register-secure'] },
  // Point 10: Art 26(8)/49(3) registration circle vs the Art 27 FRIA circle.
  { file: '08-10-private-public-service-registration', says: 'a private provider of a public service in its own right does the FRIA but does not register its use', tier: 'high', roles: ['deployer'], present: ['fria-contents'], absent: ['oblig-deployer-public-register'] },
  { file: '08-10-private-on-behalf-registration', says: 'a private entity acting on behalf of a public authority registers its use and does the FRIA', tier: 'high', roles: ['deployer'], present: ['oblig-deployer-public-register', 'fria-contents'] },
  { file: '08-10-eu-agency-registration', says: 'an EU agency registers its use', tier: 'high', roles: ['deployer'], present: ['oblig-deployer-public-register', 'fria-contents'] },
  { file: '08-10-orgtype-unknown', says: 'an unknown organisation type keeps registration and FRIA, provisionally', tier: 'high', provisional: false, roles: ['deployer'], present: ['oblig-deployer-public-register', 'fria-contents'], uncertain: ['oblig-deployer-public-register', 'fria-contents'] },
  // Point 11: Art 26(7), 26(10), 50(3), 14(5).
  { file: '08-11-emotion-safety-workplace', says: 'an employer using emotion recognition on its drivers informs the workers (Art 26(7))', tier: 'high', roles: ['deployer'], present: ['oblig-deployer-inform-workers', 'transp-50-3-emotion-biocat'] },
  { file: '08-11-post-remote-identification', says: 'every post-remote biometric identification deployer gets Art 26(10) and the two-person verification', tier: 'high', roles: ['deployer'], present: ['oblig-deployer-post-rbi', 'oblig-deployer-rbi-verification', 'oblig-deployer-public-register'], absent: ['oblig-deployer-public-register-secure'] },
  { file: '08-11-age-estimation', says: 'age and sex estimation is biometric categorisation under Art 50(3)', tier: 'limited', roles: ['deployer'], present: ['transp-50-3-emotion-biocat', 'pen-transparency-deployer'] },
  // Point 12: dates.
  {
    file: '08-12-annex1-dormant', says: 'an Annex I system already on the market: 2 August 2028, and no duties without a significant change', tier: 'high', roles: ['provider'],
    roleDates: { provider: '2028-08-02' }, dates: { 'lit-4-provider': '2025-02-02' }, notes: { 'oblig-provider-rms': 'do not apply to this system unless its design changes significantly', 'ca-annex1-a': 'do not apply to this system unless its design changes significantly' },
  },
  {
    file: '08-12-annex1-public-long-stop', says: 'an existing Annex I system for public authorities: every entry 2 August 2030', tier: 'high', roles: ['provider'],
    roleDates: { provider: '2030-08-02' }, dates: { 'lit-4-provider': '2025-02-02' }, notes: { 'ca-annex1-a': 'interpretation of Article 111(2)' },
  },
  { file: '08-12-deployer-marking-grace', says: 'a deployer\'s report shows the Art 111(4) grace for marking', tier: 'limited', roles: ['deployer'] },
  // Point 13: Annex I Section B only (Art 2(2) as amended).
  { file: '08-13-section-b-only', says: 'a Section B product gets no Art 4 or Art 50 entries', tier: 'high', roles: ['provider', 'deployer'], present: ['scope-annex1-sectionb', 'scope-annex1-sectionb-deployer'], absent: ['lit-4-provider', 'lit-4-deployer', 'transp-50-1-interaction', 'pub-dpia', 'pen-transparency-provider'] },
  // Point 14: open source and Art 6(3) (Art 2(12)).
  { file: '08-14-open-source-article-6-3', says: 'an open-source Article 6(3) system is out of scope, with no 6(4) or 49(2) entries', tier: 'out-of-scope', roles: ['provider'], absent: ['derog-6-4-document', 'derog-6-4-register', 'pen-derogation'] },
  { file: '08-14-open-source-minimal', says: 'an open-source minimal system is out of scope with no entries', tier: 'out-of-scope', roles: ['provider'] },
  // Point 15: testing in real-world conditions (Arts 60, 61).
  {
    file: '08-15-real-world-testing', says: 'a pilot on real applicants gets the real-world testing duties from 2 August 2026', tier: 'high', roles: ['provider'],
    present: ['rwt-plan', 'rwt-register', 'rwt-duration', 'rwt-consent', 'rwt-safeguards', 'rwt-deployer-agreement', 'pen-real-world-testing'], absent: ['rwt-60a', 'rwt-deployer'],
    dates: { 'rwt-plan': '2026-08-02', 'rwt-consent': '2026-08-02', 'oblig-provider-rms': '2027-12-02' },
  },
  // Point 16: penalties, Art 25(2)/(4), Art 80/85, DPIA only with personal data.
  { file: '08-16-repurposed-chatbot', says: 'a municipality that repurposes a chatbot sees the penalties and what it can demand of the original provider', tier: 'high', roles: ['provider', 'deployer'], present: ['pen-high-risk-provider', 'pen-high-risk-deployer', 'pen-transparency-provider', 'vc-25-1-became-provider', 'pub-dpia', 'transp-50-2-marking'] },
  { file: '08-16-no-personal-data', says: 'no personal data: no GDPR DPIA entry; Art 26(11) without the point 2 exception', tier: 'high', roles: ['deployer'], present: ['oblig-deployer-inform-persons', 'pen-high-risk-deployer'], absent: ['pub-dpia', 'oblig-deployer-dpia', 'pub-gdpr-22', 'oblig-deployer-public-register', 'fria-contents'] },
  { file: '08-16-article-6-3-provider', says: 'Art 80 and 85 beside the Art 6(3) finding', tier: 'minimal', roles: ['provider', 'deployer'], present: ['derog-6-4-document', 'derog-6-4-register', 'pen-derogation'] },
  // Point 18: the smaller points.
  { file: '08-18-gpai-designated', says: 'a model designated by the Commission is not told to notify it (Art 52(1))', tier: 'gpai-model', roles: ['provider'], present: ['gpai-55-1', 'pen-gpai'], absent: ['gpai-52-notify'] },
  { file: '08-18-representative-banned', says: 'an authorised representative of a banned system is told what to do', tier: 'unacceptable', roles: ['authorised-representative'], present: ['prohib-authrep'] },
];

function check(a: Assessment, e: Expected) {
  expect(a.complete).toBe(true);
  expect(a.outcome.tier).toBe(e.tier);
  expect(a.outcome.provisional).toBe(e.provisional ?? (e.uncertain ?? []).length > 0);
  expect(a.roles.map((r) => r.role).sort()).toEqual([...e.roles].sort());
  const ids = a.obligations.map((o) => o.id);
  for (const id of e.present ?? []) expect(ids).toContain(id);
  for (const id of e.absent ?? []) expect(ids).not.toContain(id);
  for (const [id, date] of Object.entries(e.dates ?? {})) expect(a.obligations.find((o) => o.id === id)?.appliesFrom.date).toBe(date);
  for (const [role, date] of Object.entries(e.roleDates ?? {})) {
    const dated = a.obligations.filter((o) => o.who === role && o.group !== 'general');
    expect(dated.length).toBeGreaterThan(0);
    for (const o of dated) expect({ id: o.id, date: o.appliesFrom.date }).toEqual({ id: o.id, date });
  }
  for (const id of e.uncertain ?? []) expect(a.obligations.find((o) => o.id === id)?.certain).toBe(false);
  for (const [id, words] of Object.entries(e.notes ?? {})) expect(a.obligations.find((o) => o.id === id)?.appliesFrom.note).toContain(words);
  if (e.tier === 'out-of-scope') expect(ids).toEqual([]);
}

describe('obligations, dates and organisation types (legal review, questionnaire 1.1.0)', () => {
  it('has an expectation for every answers file here', () => {
    expect(answersFiles().filter(isObligationsCase)).toEqual(cases.map((c) => c.file).sort());
  });

  describe.each(cases)('$file: $says', (e) => {
    it('in the engine', () => check(viaEngine(e.file), e));
    it('in the CLI', async () => check(await viaCli(e.file), e));
  });

  it('a deployer\'s report dates the Art 50(2) marking of a system on the market before 2 August 2026 to 2 December 2026 (Art 111(4))', async () => {
    for (const a of [viaEngine('08-12-deployer-marking-grace'), await viaCli('08-12-deployer-marking-grace')]) {
      const marking = a.tracks.transparency.find((t) => t.id === 'transp-50-2-marking');
      expect(marking?.appliesFrom.date).toBe('2026-12-02');
      expect(marking?.appliesFrom.cites.map((c) => c.cite)).toContain('Art 111(4)');
    }
  });

  it('the Section B finding says which articles apply instead', () => {
    const a = viaEngine('08-13-section-b-only');
    expect(a.rules.find((r) => r.id === 'annex1-section-b-only')?.summary).toContain('Articles 6(1), 60a and 102 to 112');
  });

  it('the CLI prints the dormant Annex I note and the interpretation warning beside the dates', async () => {
    const { io, out } = memoryIo(questionnaire, { 'a.json': text('08-12-annex1-dormant') });
    expect(await runCli(['a.json'], io)).toBe(0);
    expect(out.stdout).toContain('applies from 2 August 2028 (was 2 August 2027)');
    expect(out.stdout).not.toMatch(/applies from\s+2\s+December\s+2027/);
    expect(out.stdout).toMatch(/These duties do not apply to this system unless its design changes significantly/);
    expect(out.stdout).toMatch(/interpretation of Article\s+111\(2\); have it\s+checked by your legal service/);
  });
});
