/** Runs the CLI in this process with the real files and questionnaire (node-io.ts), recording what it prints. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeIo } from '../../src/cli/node-io.ts';
import { runCli } from '../../src/cli/run.ts';
import type { Answers } from '../../src/engine/answers.ts';
import { serializeAssessmentFile } from '../../src/storage/assessment-file.ts';
import { realQuestionnaire } from '../report/acceptance.ts';

export const tmp = mkdtempSync(join(tmpdir(), 'cli-reliability-'));

/** Writes a file into the test folder and returns its path. */
export function put(name: string, data: string | Uint8Array): string {
  const path = join(tmp, name);
  writeFileSync(path, data);
  return path;
}

/** An assessment file for these answers, as the wizard exports it. */
export function exported(answers: Answers, locale?: string): string {
  return serializeAssessmentFile(realQuestionnaire(), answers, { savedAt: '2026-11-25T10:00:00Z', ...(locale ? { locale } : {}) });
}

export async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { ...nodeIo, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), now: () => new Date('2026-11-25T10:00:00Z') });
  return { code, stdout, stderr };
}
