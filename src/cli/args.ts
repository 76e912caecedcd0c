/** The command line: `assess <answers.json> [--json] [--out result.json] [--pdf report.pdf]`. */
import { parseArgs } from 'node:util';

export interface CliOptions {
  file: string;
  json: boolean;
  out?: string;
  pdf?: string;
  /** Folder mode: the register as CSV / spreadsheet. */
  csv?: string;
  xlsx?: string;
}

export type ParsedArgs = { ok: true; help: true } | { ok: true; help: false; options: CliOptions } | { ok: false; error: string };

export const USAGE = `Usage: npm run assess -- <answers.json> [--json] [--out result.json] [--pdf report.pdf]
       npm run assess -- <folder> [--csv register.csv] [--xlsx register.xlsx]

Reads an assessment file (as exported by the wizard) and prints the result.
Given a folder, assesses every .json file in it and writes the register
(columns: src/register/README.md); files that fail are listed and skipped.

  --json          print the full assessment as JSON instead of the summary
  --out <file>    also write the assessment as JSON to <file>
  --pdf <file>    also write the PDF report to <file>
  --csv <file>    folder mode: write the register as CSV
  --xlsx <file>   folder mode: write the register as a spreadsheet
  -h, --help      show this help

Exit codes: 0 done, 2 bad usage or a bad assessment file, 4 folder mode: some
files were not valid assessments (the register holds the others), 1 anything else.`;

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
        csv: { type: 'string' },
        xlsx: { type: 'string' },
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
  for (const key of ['out', 'pdf', 'csv', 'xlsx'] as const) {
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
      ...(values.csv !== undefined ? { csv: values.csv } : {}),
      ...(values.xlsx !== undefined ? { xlsx: values.xlsx } : {}),
    },
  };
}
