/**
 * The report details an assessment file carries (`details`), for the CLI: the
 * file has already passed parseAssessmentFile, which checks them, so anything
 * unreadable here simply means the file has none.
 */
import { ReportDetails } from '../storage/report-details.ts';

export function detailsInFile(text: string): ReportDetails | undefined {
  try {
    const data = JSON.parse(text) as { details?: unknown };
    const parsed = ReportDetails.safeParse(data?.details);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
