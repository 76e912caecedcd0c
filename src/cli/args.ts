/** The command line: `assess <answers.json> [--json] [--out result.json] [--pdf report.pdf] [--html report.html] [--docx report.docx]`. */
import { parseArgs } from 'node:util';

export interface CliOptions {
  file: string;
  json: boolean;
  out?: string;
  pdf?: string;
  html?: string;
  docx?: string;
}

export type ParsedArgs = { ok: true; help: true } | { ok: true; help: false; options: CliOptions } | { ok: false; error: string };

export const USAGE = `Usage: npm run assess -- <answers.json> [--json] [--out result.json] [--pdf report.pdf] [--html report.html] [--docx report.docx]

Reads an assessment file (as exported by the wizard) and prints the result.

  --json          print the full assessment as JSON instead of the summary
  --out <file>    also write the assessment as JSON to <file>
  --pdf <file>    also write the PDF report to <file>
  --html <file>   also write the report as one self-contained HTML file to <file>
  --docx <file>   also write the report as a Word document to <file>
  -h, --help      show this help

Exit codes: 0 done, 2 bad usage or a bad assessment file, 1 anything else.`;

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        out: { type: 'string' },
        pdf: { type: 'string' },
        html: { type: 'string' },
        docx: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return { ok: false, error: (error as Error).message.split(/\n|\. /)[0]! };
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, help: true };
  if (positionals.length === 0) return { ok: false, error: 'no answers file given' };
  if (positionals.length > 1) return { ok: false, error: `expected one answers file, got ${positionals.length}: ${positionals.join(', ')}` };
  for (const key of ['out', 'pdf', 'html', 'docx'] as const) {
    const value = values[key];
    if (value !== undefined && (value === '' || value.startsWith('-'))) return { ok: false, error: `--${key} needs a file name` };
  }
  return {
    ok: true,
    help: false,
    options: {
      file: positionals[0]!,
      json: values.json ?? false,
      ...(values.out !== undefined ? { out: values.out } : {}),
      ...(values.pdf !== undefined ? { pdf: values.pdf } : {}),
      ...(values.html !== undefined ? { html: values.html } : {}),
      ...(values.docx !== undefined ? { docx: values.docx } : {}),
    },
  };
}
