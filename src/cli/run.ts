/**
 * runCli(argv, io): the CLI without the process around it, so tests can run it.
 * A bad file prints its problems on stderr and exits 2 without a result; an
 * unfinished assessment prints an "incomplete" headline and exits 3.
 */
import type { Questionnaire } from '../questionnaire/schema.ts';
import { assess } from '../engine/assess.ts';
import { route } from '../engine/journey.ts';
import { withCiteParts } from '../questionnaire/cite.ts';
import { buildReport } from '../report/build-report.ts';
import { reportText } from '../report/report-text.ts';
import { renderDocx } from '../report/render-docx.ts';
import { renderHtml } from '../report/render-html.ts';
import { detailsInFile } from '../report/file-details.ts';
import { parseAssessmentFile, fingerprint } from '../storage/assessment-file.ts';
import { decodeFileBytes } from '../storage/file-text.ts';
import type { FileLocale } from '../storage/file-locale.ts';
import { EXIT, outputsOf, parseCliArgs, USAGE } from './args.ts';
import { formatSummary } from './format-summary.ts';
import { runRegister } from './register-run.ts';
import { stillToAnswer } from './still-to-answer.ts';
import { jsonSafe, terminalSafe } from './terminal-safe.ts';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads a file's bytes (or its text); throws with a readable message. */
  readFile: (path: string) => Uint8Array | string;
  writeFile: (path: string, data: string | Uint8Array) => void;
  /** The questionnaire, in `locale` when given (its texts from the locale file). */
  loadQuestionnaire: (locale?: FileLocale) => Questionnaire;
  renderPdf: (model: ReturnType<typeof buildReport>) => Promise<Uint8Array>;
  now: () => Date;
  /** The names in a folder, or null when the path is not a folder (folder mode). */
  listDir?: (path: string) => string[] | null;
  /** The real path of a file (links resolved; for a file not yet written, its folder's), to compare two names. */
  realPath?: (path: string) => string;
}

export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const io: CliIo = { ...rawIo, stdout: (t) => rawIo.stdout(terminalSafe(t)), stderr: (t) => rawIo.stderr(terminalSafe(t)) };
  const args = parseCliArgs(argv);
  if (!args.ok) {
    io.stderr(`error: ${args.error}\n\n${USAGE}\n`);
    return EXIT.bad;
  }
  if (args.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT.done;
  }
  const { file, json, out, pdf, html, docx, lang } = args.options;
  const folder = rawIo.listDir?.(file) ?? null;
  if (folder !== null) {
    const listDir = (path: string) => (path === file ? folder : (rawIo.listDir?.(path) ?? []));
    return runRegister({ dir: file, csv: args.options.csv, xlsx: args.options.xlsx }, { ...io, listDir });
  }
  if (args.options.csv || args.options.xlsx) {
    io.stderr(`error: --csv and --xlsx take a folder of assessment files, not one file\n\n${USAGE}\n`);
    return EXIT.bad;
  }
  const real = rawIo.realPath ?? ((p: string) => p);
  for (const [flag, path] of outputsOf(args.options)) {
    if (real(path) === real(file)) {
      io.stderr(`error: --${flag} ${path} is the input file; it would be overwritten. Choose another name.\n`);
      return EXIT.bad;
    }
  }
  const outputs = outputsOf(args.options);
  const clash = outputs.find(([, p], i) => outputs.some(([, o], j) => j < i && real(o) === real(p)));
  if (clash) {
    io.stderr(`error: --${clash[0]} ${clash[1]} is also another output file; give each output its own name.\n`);
    return EXIT.bad;
  }
  let bytes: Uint8Array | string;
  try {
    bytes = io.readFile(file);
  } catch (error) {
    io.stderr(`${file}: ${(error as Error).message}\n`);
    return EXIT.bad;
  }
  const parsed = parseAssessmentFile(bytes, io.loadQuestionnaire());
  if (!parsed.ok) {
    io.stderr(parsed.errors.map((e) => `${file}: ${e}\n`).join(''));
    return EXIT.bad;
  }
  for (const w of parsed.warnings) io.stderr(`${file}: warning: ${w}\n`);
  const decoded = typeof bytes === 'string' ? { ok: true as const, text: bytes } : decodeFileBytes(bytes);
  const decodedText = decoded.ok ? decoded.text : '';
  const locale: FileLocale = lang ?? (parsed.locale as FileLocale | undefined) ?? 'en';
  const questionnaire = locale === 'en' ? io.loadQuestionnaire() : io.loadQuestionnaire(locale);
  const assessment = assess(questionnaire, parsed.answers);
  const resultJson = `${JSON.stringify(assessment, withCiteParts, 2)}\n`;
  const next = assessment.complete ? undefined : questionnaire.questions.find((q) => q.id === route(questionnaire, parsed.answers).current);
  if (json) io.stdout(jsonSafe(resultJson));
  else {
    const name = questionnaire.questions.find((q) => q.reportAs === 'system-name');
    const systemName = name ? parsed.answers[name.id] : undefined;
    const still = assessment.complete ? undefined : stillToAnswer(questionnaire, parsed.answers);
    const options = { systemName: typeof systemName === 'string' ? systemName : undefined, nextQuestion: next?.text, t: reportText(locale), locale };
    io.stdout(formatSummary(assessment, questionnaire, still ? { ...options, still: { questions: still.questions.map((q) => q.text), more: still.more } } : options));
  }
  if (out) {
    io.writeFile(out, resultJson);
    io.stderr(`assessment written to ${out}\n`);
  }
  if (pdf || html || docx) {
    const details = detailsInFile(decodedText);
    const context = { answers: parsed.answers, generatedAt: io.now().toISOString(), fingerprint: await fingerprint(questionnaire, parsed.answers), locale, ...(details ? { details } : {}) };
    const model = buildReport(assessment, questionnaire, context);
    const draft = assessment.complete ? '' : ', marked as a draft: the assessment is incomplete';
    const write = (path: string, bytes: string | Uint8Array) => {
      io.writeFile(path, bytes);
      io.stderr(`report written to ${path} (${Math.round((typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes).length / 1024)} KB)${draft}\n`);
    };
    if (pdf) write(pdf, await io.renderPdf(model));
    if (html) write(html, renderHtml(model));
    if (docx) write(docx, await renderDocx(model));
  }
  if (!assessment.complete) io.stderr(`incomplete: questions are still to answer${next ? `, starting with "${next.text}"` : ''}; exit code ${EXIT.incomplete}\n`);
  return assessment.complete ? EXIT.done : EXIT.incomplete;
}
