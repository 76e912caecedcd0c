/**
 * The few questionnaire ids and citations the report lays out specially. They
 * say where to show things, never whether something applies: that is the
 * engine's decision, taken from the Assessment.
 */
/** Obligation group of the fundamental rights impact assessment. */
export const FRIA_GROUP = 'fria';
/** Obligation groups shown under "Transparency and general-purpose AI duties". */
export const TRACK_GROUPS = (group: string) => group === 'transparency' || group === 'gpai' || group.startsWith('gpai-');
/** The provider obligation whose items are the technical documentation checklist is the one citing this. */
export const TECH_DOC_CITE = /^Annex IV\b/;
/** Guidance groups. */
export const SUPPLIER_DOCUMENTS = 'supplier-documents';
export const GOOD_PRACTICE = 'good-practice';
/** Answers the cover and the FRIA outline use, by the questions' `reportAs`. */
export const REPORT_AS = {
  systemName: 'system-name',
  organisation: 'organisation',
  assessor: 'assessor',
} as const;
