/**
 * The start page needs the questions and the rules' conditions, not the
 * obligations catalogue, the guidance, the tender annex, the registration sheets, the worked examples, the glossary or the
 * texts that explain rules and facts (only the result and training pages show
 * them). The build ships those as a second part that the pages using them load
 * on demand; `withExtras` joins the two.
 */
import type { Questionnaire } from './schema.ts';
import { examplePageCounts } from '../engine/pages.ts';

export const EXTRA_PARTS = ['obligations', 'guidance', 'examples', 'glossary', 'rules', 'facts', 'tenderAnnex', 'registration'] as const;

export type Extras = Pick<Questionnaire, (typeof EXTRA_PARTS)[number]>;

/** The questionnaire without its extras: enough to ask the questions and classify. */
export function leanOf(q: Questionnaire): Questionnaire {
  return {
    ...q,
    obligations: [],
    guidance: [],
    examples: [],
    glossary: [],
    tenderAnnex: [],
    registration: [],
    rules: q.rules.map((r) => ({ ...r, title: '', summary: '' })),
    facts: q.facts.map((f) => ({ ...f, label: '' })),
    lean: true,
    pageCounts: examplePageCounts(q),
  };
}

export function extrasOf(q: Questionnaire): Extras {
  return { obligations: q.obligations, guidance: q.guidance, examples: q.examples, glossary: q.glossary, rules: q.rules, facts: q.facts, tenderAnnex: q.tenderAnnex, registration: q.registration };
}

export function withExtras(lean: Questionnaire, extras: Extras): Questionnaire {
  const { lean: _lean, pageCounts: _counts, ...rest } = lean;
  return { ...rest, ...extras };
}
