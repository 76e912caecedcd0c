/**
 * `assess <folder> --csv register.csv [--xlsx register.xlsx]`: every answers
 * file in a folder assessed and written as the register (src/register/). A file
 * that cannot be read or is not a valid assessment is listed with its reason
 * and does not stop the others.
 */
import { parseAssessmentFile } from '../storage/assessment-file.ts';
import { decodeFileBytes } from '../storage/file-text.ts';
import { registerCsv } from '../register/register-csv.ts';
import { registerRows, type RegisterInput } from '../register/register-rows.ts';
import { registerXlsx } from '../register/register-xlsx.ts';
import { EXIT } from './args.ts';
import type { CliIo } from './run.ts';

export interface RegisterOptions {
  dir: string;
  csv?: string | undefined;
  xlsx?: string | undefined;
}

/** Exit code when some files failed but the register was written for the others. */
export const EXIT_SOME_FAILED = EXIT.someFailed;

function fileId(name: string): string {
  return name.replace(/\.json$/i, '').replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 100) || 'assessment';
}

export async function runRegister(options: RegisterOptions, io: Omit<CliIo, 'listDir'> & { listDir: (path: string) => string[] }): Promise<number> {
  const questionnaire = io.loadQuestionnaire();
  const names = io.listDir(options.dir).filter((n) => n.toLowerCase().endsWith('.json')).sort();
  const inputs: RegisterInput[] = [];
  const failed: string[] = [];
  for (const name of names) {
    const path = `${options.dir.replace(/\/+$/, '')}/${name}`;
    let input: string | Uint8Array;
    try {
      input = io.readFile(path);
    } catch (error) {
      failed.push(`${name}: ${(error as Error).message}`);
      continue;
    }
    const parsed = parseAssessmentFile(input, questionnaire);
    if (!parsed.ok) {
      failed.push(`${name}: ${parsed.errors.slice(0, 3).join('; ')}`);
      continue;
    }
    let version = questionnaire.version;
    let details: RegisterInput['details'];
    try {
      const decoded = typeof input === 'string' ? { ok: true as const, text: input } : decodeFileBytes(input);
      if (!decoded.ok) throw new Error(decoded.error);
      const raw = JSON.parse(decoded.text.replace(/^\uFEFF/, '')) as { questionnaire?: { version?: unknown }; details?: RegisterInput['details'] };
      if (typeof raw.questionnaire?.version === 'string') version = raw.questionnaire.version;
      details = raw.details;
    } catch {
      /* parseAssessmentFile has read it already */
    }
    inputs.push({ id: fileId(name), name: null, savedAt: parsed.savedAt ?? '', questionnaireVersion: version, answers: parsed.answers, details });
  }
  const rows = registerRows(questionnaire, inputs, io.now().toISOString().slice(0, 10));
  for (const row of rows) {
    const next = row.nextDeadline ? `next deadline ${row.nextDeadline.date} (${row.nextDeadline.obligations.length} duties)` : 'no later deadline';
    io.stdout(`${row.id}: ${row.tier}${row.provisional ? ' (provisional)' : ''}${row.complete ? '' : ' (unfinished)'}, ${next}\n`);
  }
  if (options.csv) {
    io.writeFile(options.csv, registerCsv(rows));
    io.stderr(`register of ${rows.length} assessments written to ${options.csv}\n`);
  }
  if (options.xlsx) {
    io.writeFile(options.xlsx, await registerXlsx(rows, { systems: 'Systems', due: 'Due dates' }));
    io.stderr(`register of ${rows.length} assessments written to ${options.xlsx}\n`);
  }
  for (const f of failed) io.stderr(`not in the register: ${f}\n`);
  if (names.length === 0) {
    io.stderr(`${options.dir}: no .json files in this folder\n`);
    return 2;
  }
  return failed.length > 0 ? EXIT_SOME_FAILED : 0;
}
