/**
 * The report details form: every field a text box ('' for empty), checked with
 * the ReportDetails zod schema once blanks are left out, its messages in the
 * user's language.
 */
import type { FieldErrors, Resolver } from 'react-hook-form';
import type { Strings } from '../../i18n/catalogue.ts';
import { compactDetails, DETAIL_FIELDS, DETAIL_MAX, ReportDetails } from '../../storage/report-details.ts';

export type DetailField = (typeof DETAIL_FIELDS)[number];
export type DetailsForm = Record<DetailField, string>;

export function formValues(details: ReportDetails | undefined): DetailsForm {
  return Object.fromEntries(DETAIL_FIELDS.map((key) => [key, details?.[key] ?? ''])) as DetailsForm;
}

function message(t: Strings, field: DetailField): string {
  if (field === 'assessmentDate') return t.details.badDate;
  if (field === 'status') return t.details.badStatus;
  return t.details.tooLong(DETAIL_MAX);
}

/** Validates with the zod schema; the form's values come back as the details to keep (undefined when all are blank). */
export function detailsResolver(t: Strings): Resolver<DetailsForm, unknown, ReportDetails | undefined> {
  return (values) => {
    const details = compactDetails(values);
    const parsed = ReportDetails.safeParse(details ?? {});
    if (parsed.success) return { values: details, errors: {} };
    const errors: FieldErrors<DetailsForm> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as DetailField;
      if (!errors[field]) errors[field] = { type: issue.code, message: message(t, field) };
    }
    return { values: {}, errors };
  };
}
