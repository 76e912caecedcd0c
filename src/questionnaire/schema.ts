/**
 * The shape of a questionnaire: questions, facts, rules, obligations, dates and outcomes.
 *
 * The YAML files under `questionnaires/<id>/` are parsed into this shape. Every
 * condition is typed data with a closed set of operators (see `condition.ts`);
 * nothing in a questionnaire is ever evaluated as code.
 */
import { z } from 'zod';
import { Condition } from './condition.ts';
import { ROLES, TIERS, TRACKS, WHO_KNOWS } from './kinds.ts';
import { RegistrationSheet, TenderItem } from './procurement-schema.ts';

export const Slug = z
  .string()
  .regex(/^[a-z0-9]+([.-][a-z0-9]+)*$/, 'use lower-case letters, digits, dots and hyphens (e.g. "scope.military")');

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date written YYYY-MM-DD');

/** A pointer into the law: the printed citation and, where it has one, the id from the legal reference. */
export const Citation = z.strictObject({
  cite: z.string().min(1),
  ref: z.string().optional(),
});
export type Citation = z.infer<typeof Citation>;

const Text = z.string().trim().min(1);

export const Tier = z.enum(TIERS);
export type Tier = z.infer<typeof Tier>;

export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const Track = z.enum(TRACKS);
export type Track = z.infer<typeof Track>;

export const Option = z.strictObject({
  value: Slug,
  label: Text,
  hint: Text.optional(),
  /** Ticking this option clears every other one (e.g. "None of these"). Multi-choice only. */
  exclusive: z.boolean().optional(),
  /** The legal point this option stands for, shown as the route when the option is decisive. */
  cites: z.array(Citation).optional(),
});
export type Option = z.infer<typeof Option>;

export const Help = z.strictObject({
  body: Text.optional(),
  counts: z.array(Text).optional(),
  doesNotCount: z.array(Text).optional(),
});

/** Adds an "I don't know" answer; `findOut` tells the user what to establish. */
export const Unknown = z.strictObject({
  label: Text.optional(),
  findOut: Text,
  /** Who can usually answer it: the supplier, your data protection officer, your legal service, the procurement file, your project team. */
  whoKnows: z.array(z.enum(WHO_KNOWS)).min(1).optional(),
});

const QuestionBase = {
  id: Slug,
  section: Slug,
  text: Text,
  why: Text,
  hint: Text.optional(),
  help: Help.optional(),
  cites: z.array(Citation),
  showIf: Condition.optional(),
  /** Where the report uses the answer (system name on the cover, FRIA fields, ...). */
  reportAs: Slug.optional(),
  /** The provider knows the answer better than a buyer: offered in a request to the supplier. */
  askSupplier: z.boolean().optional(),
  /**
   * Questions with the same page id are shown together on one page (they must be consecutive and
   * in one section). Only the page changes: each question keeps its own answer and condition.
   */
  page: Slug.optional(),
};

export const ChoiceQuestion = z.strictObject({
  ...QuestionBase,
  type: z.enum(['single', 'multi']),
  options: z.array(Option).min(2),
  unknown: Unknown.optional(),
});

export const TextQuestion = z.strictObject({
  ...QuestionBase,
  type: z.enum(['text', 'longtext']),
  optional: z.boolean().optional(),
  maxLength: z.number().int().positive().max(20000).optional(),
});

export const Question = z.discriminatedUnion('type', [ChoiceQuestion, TextQuestion]);
export type Question = z.infer<typeof Question>;
export type ChoiceQuestion = z.infer<typeof ChoiceQuestion>;
export type TextQuestion = z.infer<typeof TextQuestion>;

export const Section = z.strictObject({
  id: Slug,
  title: Text,
  intro: Text.optional(),
});
export type Section = z.infer<typeof Section>;

/** A named fact derived from answers (or other facts), e.g. "the organisation is a public body". */
export const Fact = z.strictObject({
  id: Slug,
  label: Text,
  when: Condition,
  /**
   * The legal point this fact stands for; when it decides an outcome, the route names it instead of
   * the answers behind it (an empty list: the fact decides but is no legal point of the route).
   */
  cites: z.array(Citation).optional(),
});
export type Fact = z.infer<typeof Fact>;

export const RuleEffect = z.discriminatedUnion('effect', [
  z.strictObject({ effect: z.literal('tier'), tier: Tier }),
  z.strictObject({ effect: z.literal('track'), track: Track }),
  z.strictObject({ effect: z.literal('role'), role: Role }),
  z.strictObject({ effect: z.literal('finding') }),
]);

const RuleBase = z.strictObject({
  id: Slug,
  title: Text,
  summary: Text,
  when: Condition,
  cites: z.array(Citation).min(1),
  appliesFrom: Slug,
  /** When the answers leave the rule uncertain: does it apply? Defaults to the stricter reading. */
  onUnknown: z.enum(['applies', 'does-not-apply']).optional(),
  /** A rule that, once certain, ends the questions (an early exit). */
  stops: z.boolean().optional(),
});

export const Rule = z.intersection(RuleBase, RuleEffect);
export type Rule = z.infer<typeof Rule>;

export const Obligation = z.strictObject({
  id: Slug,
  title: Text,
  summary: Text,
  who: Role,
  group: Slug,
  cites: z.array(Citation).min(1),
  appliesFrom: Slug,
  when: Condition,
  /** Checklist points, e.g. the Annex IV contents. */
  items: z.array(Text).optional(),
});
export type Obligation = z.infer<typeof Obligation>;

export const DateVariant = z.strictObject({
  when: Condition,
  date: IsoDate,
  was: IsoDate.optional(),
  note: Text.optional(),
  cites: z.array(Citation).min(1),
});

/** A date the law sets, with the original date where an amendment moved it, and conditional variants. */
export const LawDate = z.strictObject({
  id: Slug,
  label: Text,
  date: IsoDate,
  was: IsoDate.optional(),
  cites: z.array(Citation).min(1),
  variants: z.array(DateVariant).optional(),
});
export type LawDate = z.infer<typeof LawDate>;

/** A wording of an outcome for a narrower case (e.g. "minimal" reached through Article 6(3)); the first that holds is used. */
export const OutcomeVariant = z.strictObject({
  when: Condition,
  summary: Text.optional(),
  next: z.array(Text).min(1).optional(),
  cites: z.array(Citation).min(1).optional(),
});
export type OutcomeVariant = z.infer<typeof OutcomeVariant>;

export const OutcomeText = z.strictObject({
  tier: Tier,
  title: Text,
  summary: Text,
  /** What still applies or what to do next, in plain words. */
  next: z.array(Text).min(1),
  cites: z.array(Citation).min(1),
  variants: z.array(OutcomeVariant).optional(),
});
export type OutcomeText = z.infer<typeof OutcomeText>;

/** A heading in the obligations list; its condition is added to each of its obligations'. */
/**
 * Good practice that is not an obligation of the AI Act (public-sector guidance,
 * documents to ask a supplier for). Shown in the report under its group.
 */
export const Guidance = z.strictObject({
  id: Slug,
  group: z.enum(['good-practice', 'supplier-documents']),
  title: Text,
  summary: Text,
  cites: z.array(Citation),
  when: Condition,
});
export type Guidance = z.infer<typeof Guidance>;

export const ObligationGroup = z.strictObject({ id: Slug, title: Text, when: Condition.optional() });
export type ObligationGroup = z.infer<typeof ObligationGroup>;

export const Amendment = z.strictObject({
  act: Text,
  title: Text,
  inForce: IsoDate,
});

/** A worked example for training: a story, its answers and the outcome the law gives. */
export const Example = z.strictObject({
  id: Slug,
  title: Text,
  story: Text,
  expected: z.strictObject({ tier: Tier, provisional: z.boolean().optional(), decisive: Text }),
  answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
});
export type Example = z.infer<typeof Example>;

/** A term of the Act in plain words, linked wherever a question uses it. */
export const Term = z.strictObject({
  id: Slug,
  term: Text,
  definition: Text,
  cites: z.array(Citation).min(1),
  /** The words that link to this term in question texts (matched without regard to case); the term itself by default. */
  matches: z.array(Text).optional(),
});
export type Term = z.infer<typeof Term>;

export const Questionnaire = z.strictObject({
  id: Slug,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'use a semantic version such as 1.2.0'),
  title: Text,
  lawAsOf: IsoDate,
  law: Text,
  amendments: z.array(Amendment),
  locale: z.string().min(2),
  disclaimer: Text,
  /** The label of the "I don't know" answer. */
  unknownLabel: Text.default("I don't know"),
  sections: z.array(Section).min(1),
  questions: z.array(Question).min(1),
  facts: z.array(Fact),
  rules: z.array(Rule).min(1),
  obligationGroups: z.array(ObligationGroup).min(1),
  obligations: z.array(Obligation),
  guidance: z.array(Guidance),
  dates: z.array(LawDate).min(1),
  outcomes: z.array(OutcomeText).min(1),
  examples: z.array(Example).default([]),
  glossary: z.array(Term).default([]),
  /** Requirements for the tender and contract (procurement/*.yaml). */
  tenderAnnex: z.array(TenderItem).default([]),
  /** The EU database registration sheets of Annex VIII (registration/*.yaml). */
  registration: z.array(RegistrationSheet).default([]),
  /** Set by the build on the start page's copy, whose extras ship separately (parts.ts). */
  lean: z.boolean().optional(),
  /** Set by the build on the start page's copy: how many pages each worked example takes (for "about n pages"). */
  pageCounts: z.array(z.number().int().nonnegative()).optional(),
});
export type Questionnaire = z.infer<typeof Questionnaire>;
