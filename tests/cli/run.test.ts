// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.ts';
import { parseCliArgs } from '../../src/cli/args.ts';
import { serializeAssessmentFile } from '../../src/storage/assessment-file.ts';
import { highRiskPublic, loadMini, provisional } from '../fixtures/report-mini.ts';
import { memoryIo } from './cli-io.ts';

const q = loadMini();
const files = {
  'high.json': serializeAssessmentFile(q, highRiskPublic),
  'provisional.json': serializeAssessmentFile(q, provisional),
  'bad.json': serializeAssessmentFile(q, {}).replace('"answers": {}', '"answers": { "scope.military": "maybe", "foo": "x" }'),
  'broken.json': '{\n  "format": "eu-ai-act-assessment",\n  oops\n}',
};

describe('arguments', () => {
  it('reads the file and the flags', () => {
    expect(parseCliArgs(['a.json', '--json', '--out', 'r.json', '--pdf', 'r.pdf'])).toEqual({ ok: true, help: false, options: { file: 'a.json', json: true, out: 'r.json', pdf: 'r.pdf' } });
    expect(parseCliArgs(['--help'])).toEqual({ ok: true, help: true });
    expect(parseCliArgs(['a.json', '--html', 'r.html', '--docx', 'r.docx'])).toEqual({ ok: true, help: false, options: { file: 'a.json', json: false, html: 'r.html', docx: 'r.docx' } });
  });
  it.each([[[]], [['a.json', 'b.json']], [['a.json', '--nope']], [['a.json', '--pdf']], [['a.json', '--html']], [['a.json', '--docx', '--json']], [['a.json', '--out', '--json']]])('rejects %j', (argv) => {
    expect(parseCliArgs(argv).ok).toBe(false);
  });
});

describe('runCli', () => {
  it('prints a readable summary', async () => {
    const { io, out } = memoryIo(q, files);
    expect(await runCli(['high.json'], io)).toBe(0);
    const s = out.stdout;
    expect(s).toContain('RESULT: High-risk AI system (tier: high)');
    expect(s).toContain('Route: Annex III 3(a)');
    expect(s).toMatch(/- High-risk use listed in Annex III \(Art 6\(2\)\)\n.*\n\s+because "In which areas is it used\?" → Admission to education \(Annex III 3\(a\)\)/);
    expect(s).toMatch(/TRACKS\n\s+- transparency: Interacts with people \(Art 50\(1\)\)/);
    expect(s).toMatch(/ROLES\n\s+- Provider\n\s+- Deployer/);
    expect(s).toMatch(/OBLIGATIONS\n\s+Provider\n\s+\[ \] Technical documentation \(Art 11; Annex IV\); applies from 2 December 2027 \(was 2 August 2026\)/);
    expect(s).toContain('WHAT WOULD CHANGE THE RESULT');
    expect(s).toContain('If the answer to “In which areas is it used?” were “None of these”: Minimal risk');
    expect(out.stderr).toBe('');
  });

  it('flags a provisional result and lists what to find out', async () => {
    const { io, out } = memoryIo(q, files);
    expect(await runCli(['provisional.json'], io)).toBe(0);
    expect(out.stdout).toContain('Provisional: this result rests on an “I don’t know” answer.');
    expect(out.stdout).toMatch(/OPEN QUESTIONS\n\s+- In which areas is it used\?\n\s+find out: Compare the use with each area in Annex III\./);
    expect(out.stdout).toContain('[uncertain]');
  });

  it('prints the Assessment as JSON with --json and writes it with --out', async () => {
    const { io, out } = memoryIo(q, files);
    expect(await runCli(['high.json', '--json', '--out', 'result.json'], io)).toBe(0);
    const printed = JSON.parse(out.stdout);
    expect(printed.outcome.tier).toBe('high');
    expect(printed.obligations.map((o: { id: string }) => o.id)).toContain('fria');
    expect(JSON.parse(String(out.written.get('result.json')))).toEqual(printed);
  });

  it('writes the PDF with --pdf', async () => {
    const { io, out } = memoryIo(q, files);
    expect(await runCli(['high.json', '--pdf', 'report.pdf'], io)).toBe(0);
    const pdf = out.written.get('report.pdf') as Uint8Array;
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    expect(out.stderr).toMatch(/report written to report\.pdf \(\d+ KB\)/);
  });

  it('writes the HTML and Word reports with --html and --docx, with the file’s details on the cover', async () => {
    const withDetails = JSON.parse(files['high.json']) as Record<string, unknown>;
    withDetails.details = { supplier: 'EduSoft AB', contractRef: 'UPH-2026-114', status: 'final' };
    const { io, out } = memoryIo(q, { ...files, 'details.json': JSON.stringify(withDetails) });
    expect(await runCli(['details.json', '--html', 'report.html', '--docx', 'report.docx'], io)).toBe(0);
    const html = String(out.written.get('report.html'));
    expect(html).toMatch(/^<!doctype html>/);
    for (const s of ['EduSoft AB', 'UPH-2026-114', 'Final']) expect(html).toContain(s);
    const docx = out.written.get('report.docx') as Uint8Array;
    expect(new TextDecoder().decode(docx.subarray(0, 2))).toBe('PK');
    expect(out.stderr).toMatch(/report written to report\.html \(\d+ KB\)\nreport written to report\.docx \(\d+ KB\)/);
  });

  it('gives every citation in the JSON its parts beside the text', async () => {
    const { io, out } = memoryIo(q, files);
    expect(await runCli(['high.json', '--json'], io)).toBe(0);
    const rule = JSON.parse(out.stdout).rules.find((r: { cites: { cite: string }[] }) => r.cites.some((c) => c.cite === 'Art 6(2)'));
    expect(rule.cites.find((c: { cite: string }) => c.cite === 'Art 6(2)')).toMatchObject({ cite: 'Art 6(2)', parts: { refs: [{ kind: 'article', from: { article: '6', paragraph: '2' } }], amended: false } });
  });

  it('rejects a bad file with its problems on stderr, exit 2 and no result', async () => {
    for (const [file, message] of [
      ['bad.json', 'bad.json: answers.scope.military: "maybe" is not one of its options (yes, no, unknown)\nbad.json: unknown question id \'foo\'\n'],
      ['broken.json', "broken.json: not JSON: Unexpected token 'o' at line 3, column 3\n"],
      ['missing.json', 'missing.json: no such file\n'],
    ]) {
      const { io, out } = memoryIo(q, files);
      expect(await runCli([file!, '--out', 'r.json', '--pdf', 'r.pdf'], io)).toBe(2);
      expect(out.stderr).toBe(message);
      expect(out.stdout).toBe('');
      expect(out.written.size).toBe(0);
    }
  });

  it('shows usage on bad arguments (exit 2) and on --help (exit 0)', async () => {
    const bad = memoryIo(q, files);
    expect(await runCli(['high.json', '--frobnicate'], bad.io)).toBe(2);
    expect(bad.out.stderr).toMatch(/^error: Unknown option '--frobnicate'\n\nUsage: npm run assess --/);
    const help = memoryIo(q, files);
    expect(await runCli(['--help'], help.io)).toBe(0);
    expect(help.out.stdout).toMatch(/^Usage: npm run assess -- <answers\.json> \[--json\] \[--out result\.json\] \[--pdf report\.pdf\]/);
  });
});
