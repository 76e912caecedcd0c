/** The engine's entry point: the full Assessment for a set of answers. */
import type { Questionnaire } from '../questionnaire/schema.ts';
import type { Answers } from './answers.ts';
import type { Assessment } from './assessment.ts';
import { assessCore } from './classify.ts';
import { registrationSheets } from './registration.ts';
import { tenderAnnex } from './tender-annex.ts';
import { whatWouldChange } from './what-would-change.ts';

export function assess(questionnaire: Questionnaire, answers: Answers): Assessment {
  const core = assessCore(questionnaire, answers);
  return {
    ...core.assessment,
    whatWouldChange: whatWouldChange(questionnaire, core),
    tenderAnnex: tenderAnnex(questionnaire, core.evaluator),
    registration: registrationSheets(questionnaire, core.assessment),
  };
}
