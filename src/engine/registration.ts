/**
 * The EU database registration sheets (Annex VIII): a sheet for each section
 * whose registration obligation the Assessment lists, where the entry goes (the
 * first destination whose obligation applies), and each point filled from the
 * answers on the route where the questionnaire names them, or left to fill.
 */
import type { Citation, Questionnaire } from '../questionnaire/schema.ts';
import type { Destination } from '../questionnaire/procurement-schema.ts';
import type { Assessment } from './assessment.ts';

export interface RegistrationItem {
  id: string;
  point: string;
  label: string;
  cites: Citation[];
  /** The answers that fill it, or null: for the user to fill in. */
  value: string | null;
  /** The questions it is filled from (named in the data, answered or not). */
  sources: string[];
  /** Left out where the entry goes to the secure non-public section. */
  omitted: boolean;
}

export interface RegistrationSheetResult {
  id: string;
  section: 'A' | 'B' | 'C';
  title: string;
  summary: string;
  cites: Citation[];
  goes: Destination;
  goesCites: Citation[];
  /** False when the registration obligation rests on an "I don't know" answer. */
  certain: boolean;
  items: RegistrationItem[];
}

export function registrationSheets(questionnaire: Questionnaire, assessment: Pick<Assessment, 'obligations' | 'answers'>): RegistrationSheetResult[] {
  const obligations = new Map(assessment.obligations.map((o) => [o.id, o]));
  const answers = new Map(assessment.answers.map((a) => [a.questionId, a]));
  return questionnaire.registration.flatMap((sheet) => {
    const destination = sheet.destinations.find((d) => obligations.has(d.obligation));
    if (!destination) return [];
    const items = sheet.entries.map((entry) => {
      const sources = (entry.from ?? []).map((f) => f.q);
      const values = sources.flatMap((id) => {
        const a = answers.get(id);
        const text = a && !a.unknown ? a.answer.join('; ').trim() : '';
        return text ? [text] : [];
      });
      return {
        id: entry.id,
        point: entry.point,
        label: entry.label,
        cites: entry.cites,
        value: values.length > 0 ? values.join('\n') : null,
        sources,
        omitted: destination.goes === 'secure' && entry.notInSecure === true,
      };
    });
    return [{
      id: sheet.id,
      section: sheet.section,
      title: sheet.title,
      summary: sheet.summary,
      cites: sheet.cites,
      goes: destination.goes,
      goesCites: destination.cites,
      certain: obligations.get(destination.obligation)!.certain,
      items,
    }];
  });
}
