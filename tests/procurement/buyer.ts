/** A public library (a deployer) that does not know whether its system falls under Annex I: provisionally high-risk. */
import type { Answers } from '../../src/engine/answers.ts';
import type { Questionnaire } from '../../src/questionnaire/schema.ts';
import { caseAnswers } from '../engine/load.ts';

export const buyerAnswers = (q: Questionnaire): Answers => ({
  ...caseAnswers(q, 'p14-library-recommender'),
  'annex1.legislation': ['unknown'],
  'annex1.component': 'unknown',
  'annex1.third-party': 'unknown',
  'vc.rebrand': 'no',
  'vc.modification': 'no',
  'vc.repurpose': 'no',
  'transition.placed-before': 'unknown',
  'transition.significant-change': 'unknown',
  'transition.public-authorities': 'yes',
  'deploy.workplace': 'no',
  'system.personal-data': 'yes',
  'deploy.real-world-test': 'no',
});

/** What the supplier knows: a safety component of a medical device, assessed by a notified body. */
export const supplierAnswers: Answers = {
  'ai.infers': 'machine-learning',
  'annex1.legislation': ['medical-devices'],
  'annex1.component': 'safety-component',
  'annex1.third-party': 'yes',
  'tr.generates': ['none'],
  'tr.biometric-categorisation': 'no',
  'transition.placed-before': 'after',
};
