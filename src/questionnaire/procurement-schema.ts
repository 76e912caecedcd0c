/**
 * The procurement data beside the obligations: what a buyer puts in the tender
 * and contract (procurement/*.yaml) and the EU database registration sheets of
 * Annex VIII (registration/*.yaml). Validated here, checked against the rest of
 * the questionnaire in check-integrity.ts, evaluated by src/engine/.
 */
import { z } from 'zod';
import { Condition } from './condition.ts';

const Slug = z.string().regex(/^[a-z0-9]+([.-][a-z0-9]+)*$/, 'use lower-case letters, digits, dots and hyphens');
const Text = z.string().trim().min(1);
const Cite = z.strictObject({ cite: z.string().min(1), ref: z.string().optional() });

/** A clause of the EU model contractual clauses for AI procurement (MCC-AI) that covers a requirement. */
export const MccClause = z.strictObject({
  /** The high-risk version (for high-risk systems) or the light version (for the others). */
  version: z.enum(['high-risk', 'light']),
  clause: z.string().regex(/^Art \d+(\.\d+)*$/, 'write the clause as "Art 4" or "Art 4.2"'),
  /** False where the numbering was not checked against the published clauses: shown as an interpretation to check. */
  verified: z.boolean(),
});
export type MccClause = z.infer<typeof MccClause>;

/** A requirement for the tender and contract: what the supplier must deliver or do. */
export const TenderItem = z.strictObject({
  id: Slug,
  title: Text,
  /** The requirement, in the buyer's words, ready to adapt for a tender. */
  summary: Text,
  cites: z.array(Cite).min(1),
  mcc: z.array(MccClause).min(1),
  when: Condition,
});
export type TenderItem = z.infer<typeof TenderItem>;

export const DESTINATIONS = ['public', 'secure', 'national'] as const;
export type Destination = (typeof DESTINATIONS)[number];

/** Where a filled item comes from: the answer to a question. */
const EntrySource = z.strictObject({ q: Slug });

/** One numbered point of an Annex VIII section. */
export const RegistrationEntry = z.strictObject({
  id: Slug,
  point: z.string().regex(/^\d+$/, 'the point number of the Annex, e.g. "4"'),
  label: Text,
  cites: z.array(Cite).min(1),
  from: z.array(EntrySource).optional(),
  /** Left out of an entry in the secure non-public section. */
  notInSecure: z.boolean().optional(),
});
export type RegistrationEntry = z.infer<typeof RegistrationEntry>;

/** One section of Annex VIII, produced when one of its registration obligations applies. */
export const RegistrationSheet = z.strictObject({
  id: Slug,
  section: z.enum(['A', 'B', 'C']),
  title: Text,
  summary: Text,
  cites: z.array(Cite).min(1),
  /** The obligations that require this registration, each with where the entry goes; the first that applies decides. */
  destinations: z.array(z.strictObject({ obligation: Slug, goes: z.enum(DESTINATIONS), cites: z.array(Cite).min(1) })).min(1),
  entries: z.array(RegistrationEntry).min(1),
});
export type RegistrationSheet = z.infer<typeof RegistrationSheet>;
