/**
 * The tender and contract annex: the requirements of procurement/*.yaml whose
 * condition holds for these answers, each with the MCC-AI clauses of the version
 * that fits the result (the high-risk version for a high-risk system, the light
 * version otherwise).
 */
import type { Questionnaire } from '../questionnaire/schema.ts';
import type { MccClause } from '../questionnaire/procurement-schema.ts';
import type { Answers } from './answers.ts';
import type { Citation } from '../questionnaire/schema.ts';
import { evaluatorFor } from './classify.ts';

export interface TenderAnnexItem {
  id: string;
  title: string;
  summary: string;
  cites: Citation[];
  /** The clauses of the chosen MCC-AI version; empty where that version has none for it. */
  clauses: MccClause[];
  /** False when it is included only because an answer was "I don't know". */
  certain: boolean;
}

export interface TenderAnnex {
  version: MccClause['version'];
  items: TenderAnnexItem[];
}

export function tenderAnnex(questionnaire: Questionnaire, answers: Answers): TenderAnnex {
  if (questionnaire.tenderAnnex.length === 0) return { version: 'light', items: [] };
  const { evaluator } = evaluatorFor(questionnaire, answers);
  const version = evaluator.headline?.tier === 'high' ? 'high-risk' : 'light';
  const items = questionnaire.tenderAnnex.flatMap((item) => {
    const val = evaluator.condition(item.when);
    if (val.v === 'F') return [];
    return [{ id: item.id, title: item.title, summary: item.summary, cites: item.cites, clauses: item.mcc.filter((c) => c.version === version), certain: val.v === 'T' }];
  });
  return { version, items };
}
