/**
 * The tender and contract annex: the requirements of procurement/*.yaml whose
 * condition holds for these answers, each with the MCC-AI clauses of the version
 * that fits the result (the high-risk version for a high-risk system, the light
 * version otherwise).
 */
import type { Questionnaire } from '../questionnaire/schema.ts';
import type { MccClause } from '../questionnaire/procurement-schema.ts';
import type { Citation } from '../questionnaire/schema.ts';
import type { Evaluator } from './evaluate.ts';

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

/** `evaluator`: the evaluation of the answers on the route with the headline known (assessCore's). */
export function tenderAnnex(questionnaire: Questionnaire, evaluator: Evaluator): TenderAnnex {
  if (questionnaire.tenderAnnex.length === 0) return { version: 'light', items: [] };
  const version = evaluator.headline?.tier === 'high' ? 'high-risk' : 'light';
  const items = questionnaire.tenderAnnex.flatMap((item) => {
    const val = evaluator.condition(item.when);
    if (val.v === 'F') return [];
    return [{ id: item.id, title: item.title, summary: item.summary, cites: item.cites, clauses: item.mcc.filter((c) => c.version === version), certain: val.v === 'T' }];
  });
  return { version, items };
}
