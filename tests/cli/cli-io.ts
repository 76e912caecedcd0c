/** An in-memory CliIo over the fixture questionnaire, recording what the CLI prints and writes. */
import type { CliIo } from '../../src/cli/run.ts';
import type { Questionnaire } from '../../src/questionnaire/schema.ts';
import { renderPdfInNode } from '../../src/report/pdf-node.ts';

export function memoryIo(questionnaire: Questionnaire, files: Record<string, string> = {}) {
  const out = { stdout: '', stderr: '', written: new Map<string, string | Uint8Array>() };
  const io: CliIo = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readFile: (path) => {
      if (!(path in files)) throw new Error('no such file');
      return files[path]!;
    },
    writeFile: (path, data) => void out.written.set(path, data),
    loadQuestionnaire: () => questionnaire,
    renderPdf: renderPdfInNode,
    now: () => new Date('2026-11-25T10:00:00Z'),
  };
  return { io, out };
}
