/** The assessment file of one piece of work, handed to the user as a download (nothing is uploaded). */
import type { Work } from '../machine/types.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { downloadText, fileNameFor } from '../storage/download-file.ts';
import { serializeFile } from '../storage/file-format.ts';
import { reportField } from './selectors.ts';

export function exportWork(questionnaire: Questionnaire, work: Work, name?: string | null): void {
  const fileName = fileNameFor(name ?? reportField(questionnaire, work.answers, 'system-name') ?? 'assessment');
  downloadText(fileName, serializeFile(questionnaire, work.answers, work.details ? { details: work.details } : {}));
}
