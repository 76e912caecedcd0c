/**
 * runCli(argv, io): the CLI without the process around it, so tests can run it.
 * A bad file prints its problems on stderr and exits 2 without a result.
 */
import type { Questionnaire } from '../questionnaire/schema.ts';
import { assess } from '../engine/assess.ts';
import { route } from '../engine/journey.ts';
import { withCiteParts } from '../questionnaire/cite.ts';
import { buildReport } from '../report/build-report.ts';
import { renderDocx } from '../report/render-docx.ts';
import { renderHtml } from '../report/render-html.ts';
import { detailsInFile } from '../report/file-details.ts';
import { parseAssessmentFile, fingerprint } from '../storage/assessment-file.ts';
import { parseCliArgs, USAGE } from './args.ts';
import { formatSummary } from './format-summary.ts';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads a text file; throws with a readable message. */
  readFile: (path: string) => string;
  writeFile: (path: string, data: string | Uint8Array) => void;
  loadQuestionnaire: () => Questionnaire;
  renderPdf: (model: ReturnType<typeof buildReport>) => Promise<Uint8Array>;
  now: () => Date;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCliArgs(argv);
  if (!args.ok) {
    io.stderr(`error: ${args.error}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const { file, json, out, pdf, html, docx } = args.options;
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    io.stderr(`${file}: ${(error as Error).message}\n`);
    return 2;
  }
  const questionnaire = io.loadQuestionnaire();
  const parsed = parseAssessmentFile(text, questionnaire);
  if (!parsed.ok) {
    io.stderr(parsed.errors.map((e) => `${file}: ${e}\n`).join(''));
    return 2;
  }
  for (const w of parsed.warnings) io.stderr(`${file}: warning: ${w}\n`);
  const assessment = assess(questionnaire, parsed.answers);
  const resultJson = `${JSON.stringify(assessment, withCiteParts, 2)}\n`;
  if (json) io.stdout(resultJson);
  else {
    const name = questionnaire.questions.find((q) => q.reportAs === 'system-name');
    const systemName = name ? parsed.answers[name.id] : undefined;
    const current = assessment.complete ? undefined : questionnaire.questions.find((q) => q.id === route(questionnaire, parsed.answers).current)?.text;
    io.stdout(formatSummary(assessment, questionnaire, typeof systemName === 'string' ? systemName : undefined, current));
  }
  if (out) {
    io.writeFile(out, resultJson);
    io.stderr(`assessment written to ${out}\n`);
  }
  if (pdf || html || docx) {
    const details = detailsInFile(text);
    const context = { answers: parsed.answers, generatedAt: io.now().toISOString(), fingerprint: await fingerprint(questionnaire, parsed.answers), locale: parsed.locale ?? questionnaire.locale, ...(details ? { details } : {}) };
    const model = buildReport(assessment, questionnaire, context);
    const write = (path: string, bytes: string | Uint8Array) => {
      io.writeFile(path, bytes);
      io.stderr(`report written to ${path} (${Math.round((typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes).length / 1024)} KB)\n`);
    };
    if (pdf) write(pdf, await io.renderPdf(model));
    if (html) write(html, renderHtml(model));
    if (docx) write(docx, await renderDocx(model));
  }
  return 0;
}
