/**
 * The command line's arguments, from one table of flags: the parser, the usage
 * text and the checks all read FLAGS, so a new output format is one more row.
 */
import { parseArgs } from 'node:util';
import { FILE_LOCALES, isFileLocale, type FileLocale } from '../storage/file-locale.ts';

export interface Flag {
  name: string;
  /** A flag that takes a value names it here ("file", "lang"); a switch has none. */
  value?: string;
  /** The value is an output file: it must be a name and must not be the input file. */
  output?: boolean;
  short?: string;
  help: string;
}

export const FLAGS: readonly Flag[] = [
  { name: 'json', help: 'print the full assessment as JSON instead of the summary' },
  { name: 'out', value: 'file', output: true, help: 'also write the assessment as JSON to <file>' },
  { name: 'pdf', value: 'file', output: true, help: 'also write the PDF report to <file>' },
  { name: 'html', value: 'file', output: true, help: 'also write the report as one self-contained HTML file to <file>' },
  { name: 'docx', value: 'file', output: true, help: 'also write the report as a Word document to <file>' },
  { name: 'csv', value: 'file', output: true, help: 'folder mode: write the register as CSV to <file>' },
  { name: 'xlsx', value: 'file', output: true, help: 'folder mode: write the register as a spreadsheet to <file>' },
  { name: 'lang', value: 'lang', help: `write the summary and report in this language (${FILE_LOCALES.join(', ')}); default: the file's language` },
  { name: 'help', short: 'h', help: 'show this help' },
];

export interface CliOptions {
  file: string;
  json: boolean;
  out?: string;
  pdf?: string;
  /** Folder mode: the register as CSV / spreadsheet. */
  csv?: string;
  xlsx?: string;
  lang?: FileLocale;
  html?: string;
  docx?: string;
}

export type ParsedArgs = { ok: true; help: true } | { ok: true; help: false; options: CliOptions } | { ok: false; error: string };

/** Exit codes, as documented in --help and the README. */
export const EXIT = { done: 0, failed: 1, bad: 2, incomplete: 3, someFailed: 4 } as const;

const flagUsage = (f: Flag) => `${f.short ? `-${f.short}, ` : ''}--${f.name}${f.value ? ` <${f.value}>` : ''}`;

export const USAGE = `Usage: npm run assess -- <answers.json> [--json] [--out result.json] [--pdf report.pdf] [--html report.html] [--docx report.docx] [--lang sv]
       npm run assess -- <folder> [--csv register.csv] [--xlsx register.xlsx]

Reads an assessment file (as exported by the wizard) and prints the result.
Given a folder, assesses every .json file in it and writes the register
(columns: src/register/README.md); files that fail are listed and skipped.

${FLAGS.map((f) => `  ${flagUsage(f).padEnd(16)}${f.help}`).join('\n')}

Exit codes: ${EXIT.done} done; ${EXIT.incomplete} the assessment is unfinished (questions still to answer; the result
is incomplete and any report is marked as a draft); ${EXIT.bad} bad usage or a bad assessment file; ${EXIT.someFailed} folder
mode: some files were not valid assessments (the register holds the others); ${EXIT.failed} anything else.`;

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(FLAGS.map((f) => [f.name, { type: f.value ? ('string' as const) : ('boolean' as const), ...(f.short ? { short: f.short } : {}) }])),
    });
  } catch (error) {
    return { ok: false, error: (error as Error).message.split(/\n|\. /)[0]! };
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const { positionals } = parsed;
  if (values.help) return { ok: true, help: true };
  if (positionals.length === 0) return { ok: false, error: 'no answers file given' };
  if (positionals.length > 1) return { ok: false, error: `expected one answers file, got ${positionals.length}: ${positionals.join(', ')}` };
  for (const f of FLAGS.filter((x) => x.value)) {
    const value = values[f.name];
    if (typeof value === 'string' && (value === '' || value.startsWith('-'))) return { ok: false, error: `--${f.name} needs a ${f.value === 'file' ? 'file name' : f.value}` };
  }
  const lang = values.lang;
  if (typeof lang === 'string' && !isFileLocale(lang)) return { ok: false, error: `--lang must be one of ${FILE_LOCALES.join(', ')}, not "${lang}"` };
  const text = (name: string) => (typeof values[name] === 'string' ? { [name]: values[name] as string } : {});
  return {
    ok: true,
    help: false,
    options: { file: positionals[0]!, json: values.json === true, ...text('out'), ...text('pdf'), ...text('html'), ...text('docx'), ...text('csv'), ...text('xlsx'), ...(typeof lang === 'string' ? { lang: lang as FileLocale } : {}) },
  };
}

/** The output flags given, as [flag, path], for checks that apply to every output file. */
export function outputsOf(options: CliOptions): [string, string][] {
  const record = options as unknown as Record<string, unknown>;
  return FLAGS.filter((f) => f.output && typeof record[f.name] === 'string').map((f) => [f.name, record[f.name] as string]);
}
