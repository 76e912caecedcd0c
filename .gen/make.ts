import { readFileSync, writeFileSync } from 'node:fs';
import { euAiAct } from '../tests/engine/load.ts';
import { route } from '../src/engine/journey.ts';
import { assess } from '../src/engine/assess.ts';
const q = euAiAct();
const c = (name: string) => JSON.parse(readFileSync(`/work/shared/legal-review-cases/${name}.json`, 'utf8')).answers as Record<string, unknown>;
const defaults: Record<string, unknown> = {
  'system.assessor': 'A. Jansen, legal adviser', 'system.affected-persons': 'The people the system is used on', 'system.use-period': 'Daily, from 2027',
  'tr.biometric-categorisation': 'no', 'deploy.workplace': 'no', 'system.personal-data': 'yes', 'tr.placed-before-aug-2026': 'no',
  'scope.open-source': 'no', 'derog.profiling': 'no', 'derog.conditions': ['none'], 'transition.placed-before': 'after',
};
type Spec = { file: string; name: string; purpose: string; base: string; set?: Record<string, unknown>; drop?: string[] };
const specs: Spec[] = [
  { file: '08-04-personal-use', name: 'Photo sorting app at home', purpose: 'A private individual sorts family photos with an AI app.', base: 'c17-foss-minimal', set: { 'org.type': 'individual', 'role.activities': ['uses'], 'scope.personal': 'yes' } },
  { file: '08-04-personal-use-role-unknown', name: 'Chatbot at home', purpose: 'A private individual uses a chatbot at home and is not sure how to describe their role.', base: 'c17-foss-minimal', set: { 'org.type': 'individual', 'role.activities': ['unknown'], 'scope.personal': 'yes' } },
  { file: '08-09-retail-emotion-provider', name: 'Shop emotion analytics', purpose: 'A private company provides emotion recognition for shops.', base: 'c04-provider-retail-emotion' },
  { file: '08-09-police-remote-identification', name: 'Police face search', purpose: 'A police force uses post-remote biometric identification in criminal investigations.', base: 'c01-police-postrbi', set: { 'annex3.areas': ['biometrics', 'law-enforcement'], 'annex3.law-enforcement': ['none'] } },
  { file: '08-10-private-public-service-registration', name: 'Recruitment at a private care provider', purpose: 'A private care provider that offers public healthcare in its own right screens job applicants.', base: 'c03-private-public-service-hr', set: { 'org.type': 'private-public-service' } },
  { file: '08-10-private-on-behalf-registration', name: 'Housing allocation for a municipality', purpose: 'A private company allocates social housing on behalf of a municipality.', base: 'c03-private-public-service-hr', set: { 'org.type': 'private-on-behalf' } },
  { file: '08-10-eu-agency-registration', name: 'Recruitment at an EU agency', purpose: 'An EU agency screens job applicants.', base: 'c03-private-public-service-hr', set: { 'org.type': 'eu-institution' } },
  { file: '08-10-orgtype-unknown', name: 'Recruitment, organisation type unknown', purpose: 'An organisation that does not know its legal type screens job applicants.', base: 'c10-orgtype-unknown' },
  { file: '08-11-emotion-safety-workplace', name: 'Driver alertness monitoring', purpose: 'An employer monitors the alertness of its drivers with emotion recognition for safety reasons.', base: 'c02-emotion-safety-work', set: { 'deploy.workplace': 'yes' } },
  { file: '08-11-post-remote-identification', name: 'Police face search (biometrics only)', purpose: 'A police force uses post-remote biometric identification; only the biometrics area was ticked.', base: 'c01-police-postrbi' },
  { file: '08-11-age-estimation', name: 'Age estimation at a kiosk', purpose: 'A shop estimates customers\u2019 age and sex from a camera for advertising.', base: 'c17-foss-minimal', set: { 'role.activities': ['uses'], 'scope.open-source': undefined, 'tr.biometric-categorisation': 'yes' } },
  { file: '08-12-annex1-dormant', name: 'Lift safety component already on the market', purpose: 'An AI safety component for lifts, on the market since 2025, with no change in design planned.', base: 'c05-annex1-dormant' },
  { file: '08-12-annex1-public-long-stop', name: 'Lift safety component for public buildings', purpose: 'An AI safety component for lifts in public buildings, already on the market.', base: 'c05b-annex1-public' },
  { file: '08-12-deployer-marking-grace', name: 'Letter drafting assistant', purpose: 'A municipality drafts letters with a text generator that was on the market before 2 August 2026.', base: 'c17-foss-minimal', set: { 'org.type': 'public-body', 'role.activities': ['uses'], 'scope.open-source': undefined, 'tr.generates': ['text'], 'tr.generates-exception': 'no', 'tr.placed-before-aug-2026': 'yes' } },
  { file: '08-13-section-b-only', name: 'Vehicle safety component', purpose: 'An AI safety component in a motor vehicle, with a chatbot for the driver.', base: 'c13-sectionB-only' },
  { file: '08-14-open-source-article-6-3', name: 'Open-source exam indexing tool', purpose: 'An open-source tool that indexes exam scripts for teachers, relying on Article 6(3).', base: 'c16-foss-derog' },
  { file: '08-14-open-source-minimal', name: 'Open-source spell checker', purpose: 'An open-source tool with no high-risk use.', base: 'c17-foss-minimal' },
  { file: '08-15-real-world-testing', name: 'Recruitment pilot', purpose: 'A provider tests a recruitment tool on real applicants before placing it on the market.', base: 'c09-real-world-testing' },
  { file: '08-16-repurposed-chatbot', name: 'Chatbot repurposed for CV screening', purpose: 'A municipality uses a general chatbot to screen job applications.', base: 'c03-private-public-service-hr', set: { 'org.type': 'public-body', 'vc.repurpose': 'yes', 'tr.interacts': 'yes', 'tr.generates': ['text'], 'tr.generates-exception': 'no' } },
  { file: '08-16-no-personal-data', name: 'Traffic signal control', purpose: 'A city controls traffic lights; no personal data is processed.', base: 'c17-foss-minimal', set: { 'org.type': 'public-body', 'role.activities': ['uses'], 'scope.open-source': undefined, 'annex3.areas': ['critical-infrastructure'], 'annex3.critical-infrastructure': 'yes', 'system.personal-data': 'no' } },
  { file: '08-16-article-6-3-provider', name: 'Exam indexing tool of a school authority', purpose: 'A school authority builds and uses a tool that indexes exam scripts, relying on Article 6(3).', base: 'c12-derog-ok-public-deployer' },
  { file: '08-18-gpai-designated', name: 'Designated model', purpose: 'A general-purpose AI model designated by the Commission as having systemic risk.', base: 'c07-gpai-oss-systemic', set: { 'gpai.compute': 'below', 'gpai.designated': 'yes', 'gpai.open-source': 'no', 'gpai.established': 'eu' } },
  { file: '08-18-representative-banned', name: 'Social scoring app', purpose: 'An authorised representative of a non-EU provider of a social scoring system.', base: 'c17-foss-minimal', set: { 'role.activities': ['represents'], 'role.eu-nexus': 'established', 'scope.open-source': undefined, 'art5.screen': ['social-scoring'], 'art5.social-scoring-treatment': 'yes' } },
];
for (const s of specs) {
  const answers: Record<string, unknown> = { ...c(s.base), 'system.name': s.name, 'system.organisation': 'Example organisation', 'system.purpose': s.purpose };
  for (const [k, v] of Object.entries(s.set ?? {})) if (v === undefined) delete answers[k]; else answers[k] = v;
  for (;;) {
    const r = route(q, answers as never);
    if (r.current === null) break;
    if (!(r.current in defaults)) throw new Error(`${s.file}: ${r.current}`);
    answers[r.current] = defaults[r.current];
  }
  // keep only the answers on the route
  const r = route(q, answers as never);
  const kept = Object.fromEntries(Object.entries(answers).filter(([k]) => k in r.relevant));
  const file = { format: 'eu-ai-act-assessment', formatVersion: 1, questionnaire: { id: 'eu-ai-act', version: '1.1.0' }, answers: kept };
  writeFileSync(`tests/legal/${s.file}.json`, JSON.stringify(file, null, 2) + '\n');
  const a = assess(q, kept as never);
  console.log(s.file, a.outcome.tier, a.outcome.provisional ? 'prov' : '', a.roles.map((x) => x.role).join(','), '|', a.obligations.map((o) => o.id + (o.certain ? '' : '?')).join(' '));
}
