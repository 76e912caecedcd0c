/**
 * The Assessment: the one result that the result page, the PDF report, the CLI
 * and the JSON export all render. Plain data, no functions.
 */
import type { Citation, Role, Tier, Track } from '../questionnaire/schema.ts';
import type { RegistrationSheetResult } from './registration.ts';
import type { TenderAnnex } from './tender-annex.ts';
import type { WHO_KNOWS } from '../questionnaire/kinds.ts';

export type WhoKnows = (typeof WHO_KNOWS)[number];

export interface AnswerRef {
  questionId: string;
  section: string;
  question: string;
  /** Option labels, or the text typed. */
  answer: string[];
  /** The legal points the chosen options stand for (e.g. Annex III 3(a)). */
  cites: Citation[];
  unknown: boolean;
}

export interface DateInfo {
  id: string;
  label: string;
  date: string;
  /** The original date, where an amendment moved it. */
  was?: string;
  note?: string;
  cites: Citation[];
}

export interface RuleHit {
  id: string;
  title: string;
  summary: string;
  effect: 'tier' | 'track' | 'role' | 'finding';
  tier?: Tier;
  track?: Track;
  role?: Role;
  cites: Citation[];
  appliesFrom: DateInfo;
  /** False when it applies only because an answer was "I don't know". */
  certain: boolean;
  because: AnswerRef[];
}

export interface ObligationHit {
  id: string;
  title: string;
  summary: string;
  who: Role;
  group: string;
  groupTitle: string;
  cites: Citation[];
  appliesFrom: DateInfo;
  certain: boolean;
  items?: string[];
}

export interface GuidanceHit {
  id: string;
  group: 'good-practice' | 'supplier-documents';
  title: string;
  summary: string;
  cites: Citation[];
}

export interface Uncertainty {
  questionId: string;
  question: string;
  findOut: string;
  /** Who can usually answer it (the question's `unknown.whoKnows`); empty when the questionnaire does not say. */
  whoKnows: WhoKnows[];
  /** Rules and obligations that stay uncertain until this is answered. */
  affects: string[];
}

export interface Change {
  questionId: string;
  question: string;
  ifAnswer: string[];
  /** The outcome then, or null when further questions would decide it. */
  tier: Tier | null;
  /** Its title, or null with the tier. */
  title: string | null;
  provisional: boolean;
  /** The same outcome, no longer provisional: the answer would only confirm it. */
  confirms: boolean;
}

export interface Outcome {
  tier: Tier;
  /** True when the outcome rests on an "I don't know" answer. */
  provisional: boolean;
  title: string;
  summary: string;
  next: string[];
  cites: Citation[];
  decidedBy: RuleHit[];
}

export interface Assessment {
  questionnaire: { id: string; version: string; title: string; lawAsOf: string; law: string; amendments: { act: string; title: string; inForce: string }[] };
  /** False while questions on the route are unanswered. */
  complete: boolean;
  /** The headline for the AI system (or, when only a model is assessed, for the model). */
  outcome: Outcome;
  /**
   * The model's own headline (tier `gpai-model`) when a general-purpose AI model provider also
   * builds a system on it: Chapters III and V apply side by side.
   */
  modelOutcome?: Outcome;
  /** The legal points that decided the outcome (e.g. "Annex III 3(a)", "Art 5(1)(b)"). */
  routes: Citation[];
  tracks: { transparency: RuleHit[]; gpai: RuleHit[] };
  roles: { role: Role; certain: boolean; because: string[] }[];
  rules: RuleHit[];
  obligations: ObligationHit[];
  guidance: GuidanceHit[];
  uncertainties: Uncertainty[];
  whatWouldChange: Change[];
  /** What to put in the tender and contract (procurement/*.yaml). */
  tenderAnnex: TenderAnnex;
  /** The EU database registration sheets that apply (Annex VIII). */
  registration: RegistrationSheetResult[];
  answers: AnswerRef[];
  stoppedBy: string | null;
}
