/**
 * Report details: who assessed the system, for which contract, and its status.
 * The engine never reads them; the report's cover, the register and the
 * supplier request do. Kept in the assessment file as `details`, beside the
 * answers, so they never change the questionnaire or its version.
 */
import { z } from 'zod';

export const DETAIL_MAX = 300;

const Line = z.string().max(DETAIL_MAX, `expected at most ${DETAIL_MAX} characters`).optional();

export const ReportDetails = z.strictObject({
  systemVersion: Line,
  organisation: Line,
  unit: Line,
  supplier: Line,
  contractRef: Line,
  assessedBy: Line,
  reviewedBy: Line,
  approvedBy: Line,
  /** ISO date of the assessment the report states (defaults to the date it is made). */
  assessmentDate: z.iso.date({ error: 'expected a date such as 2026-12-01' }).optional(),
  status: z.enum(['draft', 'final'], { error: 'expected "draft" or "final"' }).optional(),
});
export type ReportDetails = z.infer<typeof ReportDetails>;

/** The fields in the order the form and the cover show them. */
export const DETAIL_FIELDS = ['systemVersion', 'organisation', 'unit', 'supplier', 'contractRef', 'assessedBy', 'reviewedBy', 'approvedBy', 'assessmentDate', 'status'] as const satisfies readonly (keyof ReportDetails)[];

/** The details with blank fields left out and text trimmed; undefined when none is filled in. */
export function compactDetails(details: Partial<Record<keyof ReportDetails, string | undefined>> | undefined): ReportDetails | undefined {
  if (!details) return undefined;
  const kept = Object.fromEntries(DETAIL_FIELDS.flatMap((key) => {
    const value = details[key]?.trim();
    return value ? [[key, value]] : [];
  }));
  return Object.keys(kept).length > 0 ? (kept as ReportDetails) : undefined;
}
