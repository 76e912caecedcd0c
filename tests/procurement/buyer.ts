/** The supplier round trip's answers (round-trip-answers.json, shared with the browser test). */
import type { Answers } from '../../src/engine/answers.ts';
import type { Questionnaire } from '../../src/questionnaire/schema.ts';
import { caseAnswers } from '../engine/load.ts';
import roundTrip from './round-trip-answers.json';

/** A public library (a deployer) that does not know whether its system falls under Annex I: provisionally high-risk. */
export const buyerAnswers = (q: Questionnaire): Answers => ({ ...caseAnswers(q, roundTrip.buyerCase), ...(roundTrip.buyer as Answers) });

/** What the supplier knows: a safety component of a medical device, assessed by a notified body. */
export const supplierAnswers: Answers = roundTrip.supplier as Answers;
