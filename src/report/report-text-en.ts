/**
 * The report's own words in English: headings, labels and connecting phrases.
 * The other languages (report-text-sv.ts, report-text-de.ts) have the same keys;
 * report-text.ts picks one by the report's locale.
 */

import { en as ui } from '../i18n/en.ts';

export const en = {
  kicker: 'EU AI Act risk assessment',
  unnamed: 'Unnamed AI system',
  cover: {
    organisation: 'Organisation',
    assessor: 'Assessed by',
    date: 'Date of report',
    questionnaire: 'Questionnaire',
    law: 'Law applied',
    lawAsOf: 'Law as of',
    amendments: 'Amendments in force',
    pending: 'Amendments not yet in force',
    fingerprint: 'Answers fingerprint (SHA-256)',
    outcome: 'Result',
    contents: 'Contents',
  },
  flags: {
    provisional: 'Provisional: this result rests on an “I don’t know” answer.',
    incomplete: 'Incomplete: not every question has been answered yet.',
  },
  sections: {
    summary: 'Summary',
    why: 'Why this result',
    obligations: 'Obligations checklist',
    fria: 'Fundamental rights impact assessment',
    documentation: 'Documentation',
    transparencyGpai: 'Transparency and general-purpose AI duties',
    goodPractice: 'Good practice for public bodies',
    openQuestions: 'Open questions',
    answers: 'Questions and answers',
    disclaimer: 'About this report',
  },
  summary: {
    outcome: 'Result',
    tracks: 'Also applies',
    roles: 'Your roles',
    nextSteps: 'Next steps',
    now: 'Now',
    by: (date: string) => `From ${date}`,
    answerRest: 'Answer the remaining questions to complete the assessment.',
    findOut: (what: string) => `Find out: ${what}`,
    none: 'None',
  },
  why: {
    intro: 'Each rule below applied because of the answers listed under it.',
    noRules: 'No rule of the questionnaire applied to these answers, so no specific tier was reached.',
    route: 'Legal route',
    rule: 'Rule',
    articles: 'Articles',
    appliesFrom: 'Applies from',
    because: 'Because you answered',
    uncertain: 'Uncertain: this rests on an “I don’t know” answer.',
    decisive: 'What decided the result',
    tracksAndRoles: 'Other rules that applied',
    change: 'What would change the result',
    changeIntro: 'A different answer to these questions would lead to another result.',
    ifAnswer: (question: string, answer: string) => `If the answer to “${question}” were “${answer}”:`,
    undecided: 'further questions would decide the result',
    provisional: ' (provisional)',
    confirmed: ' (no longer provisional)',
  },
  obligations: {
    intro: 'Dates are when the obligation applies under the law as amended.',
    none: 'No obligations of the AI Act follow from these answers.',
    done: 'Done',
    obligation: 'Obligation',
    article: 'Article',
    appliesFrom: 'Applies from',
    was: (date: string) => `was ${date}`,
    uncertain: 'Applies unless an open question is answered otherwise.',
    seeSection: (title: string) => `Checklist: see “${title}”.`,
  },
  fria: {
    intro: 'An outline to fill in. Where your answers already say something, it is filled in; the rest is left blank for you.',
    elements: 'Elements of the assessment',
    toWrite: 'To be written.',
    fromAnswer: (question: string) => `From your answer to “${question}”`,
    alsoRequired: 'Also required',
  },
  documentation: {
    provider: 'Technical documentation to draw up',
    deployer: 'Documents to request from the supplier',
    deployerIntro: 'As a deployer you depend on the provider’s documents. Ask for these before you put the system into use.',
  },
  transparency: {
    tracks: 'Why these duties apply',
    duties: 'Duties',
  },
  goodPractice: { intro: 'Not obligations of the AI Act, but expected of public bodies using AI.' },
  open: {
    intro: 'These answers were “I don’t know”. The result is marked provisional until they are answered.',
    findOut: 'What to find out',
    affects: 'Affects',
    incomplete: 'Not yet answered',
    nextQuestion: (question: string) => `The next question to answer is “${question}”.`,
  },
  answers: { notAnswered: 'Not answered', intro: 'Every question asked, with the answer given.' },
  footer: { page: 'Page {page} of {pages}', fingerprint: 'Fingerprint' },
  /** The role names are the interface's, so each language names them once. */
  roles: ui.roles,
  uncertainRole: 'uncertain',
  /** Report details, sign-off, dated next steps and the checklist's columns to fill in. */
  details: {
    blank: 'to be filled in',
    heading: 'Report details',
    systemVersion: 'System and version',
    organisation: 'Organisation',
    unit: 'Unit',
    supplier: 'Supplier',
    contractRef: 'Contract or tender reference',
    assessedBy: 'Assessed by',
    reviewedBy: 'Reviewed by',
    approvedBy: 'Approved by',
    assessmentDate: 'Date of assessment',
    status: 'Status',
    draft: 'Draft',
    final: 'Final',
  },
  signOff: {
    heading: 'Sign-off',
    caption: 'Sign-off: name, role, date and signature of each person',
    step: 'Step',
    name: 'Name',
    role: 'Role',
    date: 'Date',
    signature: 'Signature',
  },
  steps: {
    since: (date: string) => `since ${date}`,
    first: 'First',
    appliesSince: (date: string) => `Applies since ${date}`,
    from: (date: string) => `From ${date}`,
    inDays: (days: number) => `(in ${days} ${days === 1 ? 'day' : 'days'})`,
    more: (count: number, section: string) => `and ${count} more: see “${section}”`,
    uncertain: 'Some of these apply only if an open question is answered that way.',
    openPoints: (count: number, section: string) => `Settle the ${count === 1 ? 'open question' : `${count} open questions`}: see “${section}”.`,
  },
  checklist: {
    owner: 'Owner',
    evidence: 'Evidence',
    status: 'Status',
    caption: (role: string) => `Obligations as ${role}: article, date, and owner, evidence and status to fill in`,
    fillIn: 'Fill in the owner, the evidence and the status of each obligation.',
  },
  unprintable: 'Some characters could not be printed with the font of this PDF and are shown by their code instead (such as U+4E2D): {chars}. The HTML and Word versions of this report show them as written.',
};

type Widen<T> = T extends string ? string : T extends (...args: infer A) => string ? (...args: A) => string : { [K in keyof T]: Widen<T[K]> };

/** The shape every language supplies: the English keys, with any wording. */
export type ReportText = Widen<typeof en>;
