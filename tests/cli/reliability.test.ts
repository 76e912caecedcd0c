// @vitest-environment node
/** The CLI never misstates a result: unfinished files, forged names, locales, ambiguous or mis-encoded files, outputs over the input. */
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { USAGE } from '../../src/cli/args.ts';
import { caseAnswers } from '../report/acceptance.ts';
import { pageTexts, words, writePdf } from '../report/pdf-tools.ts';
import { exported, put, run, tmp } from './node-run.ts';

const p01 = caseAnswers('p01-school-admission');
const firstAnswers = (n: number) => Object.fromEntries(Object.entries(p01).slice(0, n));

describe('an unfinished assessment (issue point 5)', () => {
  it('prints an incomplete headline with the question still to answer and exits 3', async () => {
    const file = put('unfinished.json', exported(firstAnswers(4)));
    const r = await run(file, '--pdf', join(tmp, 'unfinished.pdf'));
    expect(r.code).toBe(3);
    expect(r.stdout).not.toMatch(/RESULT: Minimal risk/);
    expect(r.stdout).toMatch(/^RESULT: INCOMPLETE/m);
    expect(r.stdout).toMatch(/STILL TO ANSWER\n\s+- What kind of organisation is yours\?/);
    // Every question that can still come, in order, from the engine's journey.
    const listed = /STILL TO ANSWER\n([\s\S]*?)\n\n/.exec(r.stdout)![1]!;
    expect(listed.match(/^ {2}- /gm)!.length).toBeGreaterThan(1);
    expect(listed).toMatch(/The first is the next question; the others may follow, depending on the answers\./);
    expect(r.stderr).toMatch(/incomplete: questions are still to answer, starting with "What kind of organisation is yours\?"; exit code 3/);
    const cover = pageTexts(join(tmp, 'unfinished.pdf'))[0]!;
    expect(cover).toContain('DRAFT – INCOMPLETE');
    expect(cover).toContain('No result yet: the assessment is unfinished');
    expect(cover).not.toMatch(/RESULT\s+Minimal risk/);
  });

  it('documents exit code 3 in --help and the README', async () => {
    expect(USAGE).toMatch(/3 the assessment is unfinished/);
    expect(readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8')).toMatch(/\| `3` \| the assessment is unfinished/);
  });

  it('still exits 0 for a finished one', async () => {
    expect((await run(put('p01.json', exported(p01)))).code).toBe(0);
  });
});

describe('forged output (issue point 6)', () => {
  const forged = 'Chat helper\n\nRESULT: Minimal risk (tier: minimal)\r\u001b[2K\u001b[1A\u202eksir hgiH';

  it('a name with newlines and escape codes cannot print a second RESULT line or hide the real one', async () => {
    const r = await run(put('forged.json', exported({ ...p01, 'system.name': forged })));
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^RESULT:/gm)).toEqual(['RESULT:']);
    expect(r.stdout).toMatch(/^RESULT: High risk \(tier: high\)$/m);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
    expect(r.stdout.split('\n')[0]).toBe('EU AI Act risk assessment: Chat helper RESULT: Minimal risk (tier: minimal) [2K[1A\\u202eksir hgiH');
    expect(r.stderr).toMatch(/answers\.system\.name: line breaks or control characters in the text were replaced by spaces or removed/);
  });

  it('escapes control characters in --json output and keeps it valid JSON', async () => {
    const r = await run(put('forged-json.json', exported({ ...p01, 'system.purpose': 'a\u009b31mred\u202e' })), '--json');
    expect(r.stdout).not.toMatch(/[\u0080-\u009f\u202e]/);
    expect(JSON.parse(r.stdout).outcome.tier).toBe('high');
  });

  it('a 200-character name and a name with line breaks stay inside the PDF page and above its footer', async () => {
    const long = 'W'.repeat(200);
    for (const [label, name] of [['long', long], ['lines', forged]] as const) {
      const pdf = join(tmp, `${label}.pdf`);
      expect((await run(put(`${label}.json`, exported({ ...p01, 'system.name': name })), '--pdf', pdf)).code).toBe(0);
      const all = words(writePdf(`${label}-copy.pdf`, readFileSync(pdf)));
      const outside = all.filter((w) => w.xMax > w.width - 20 || w.xMin < 20 || w.yMax > w.height - 10);
      expect(outside.map((w) => w.text)).toEqual([]);
      const footers = all.filter((w) => w.page === 2 && w.yMin > w.height - 50);
      expect(footers.length).toBeGreaterThan(0);
    }
  });
});

describe('locales (issue point 7)', () => {
  it.each(['en_GB', 'en-GB', 'EN'])('writes a PDF for meta.locale %s', async (locale) => {
    const pdf = join(tmp, `${locale}.pdf`);
    const r = await run(put(`${locale}.json`, exported(p01, locale)), '--pdf', pdf);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('warning');
    expect(pageTexts(pdf)[0]).toContain('Report details');
  });

  it('writes the whole report in Swedish for sv_SE, questionnaire texts included', async () => {
    const pdf = join(tmp, 'sv.pdf');
    const r = await run(put('sv.json', exported(p01, 'sv_SE')), '--pdf', pdf);
    expect(r.code).toBe(0);
    const text = pageTexts(pdf).join('\n');
    expect(text).toContain('Vad heter AI-systemet?');
    expect(text).toContain('Vilken typ av organisation är ni?');
    expect(text).not.toContain('What is the AI system called?');
    expect(text).not.toContain('What kind of organisation is yours?');
  });

  it('--lang overrides the file; an unknown locale is English with a warning; a bad --lang is refused', async () => {
    const pdf = join(tmp, 'de.pdf');
    expect((await run(put('de.json', exported(p01, 'sv')), '--lang', 'de', '--pdf', pdf)).code).toBe(0);
    expect(pageTexts(pdf).join('\n')).toContain('Wie heißt das KI-System?');
    const unknown = await run(put('xx.json', exported(p01, 'xx_YY')), '--pdf', join(tmp, 'xx.pdf'));
    expect(unknown.code).toBe(0);
    expect(unknown.stderr).toContain('warning: meta.locale: "xx_YY" is not a language this tool speaks (en, sv, de); the report is in English');
    const bad = await run(put('p01-lang.json', exported(p01)), '--lang', 'fr');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--lang must be one of en, sv, de, not "fr"');
  });
});

describe('ambiguous and mis-encoded files (issue point 8)', () => {
  it('rejects a key given twice, naming it', async () => {
    const text = exported(p01);
    const twiceType = text.replace('"org.type": "public-body"', '"org.type": "public-body",\n    "org.type": "private"');
    const r = await run(put('twice.json', twiceType));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('answers.org.type: this key appears more than once');
    const twiceAnswers = text.replace(/\n}\n$/, ',\n  "answers": {}\n}\n');
    const r2 = await run(put('twice-answers.json', twiceAnswers));
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/: answers: this key appears more than once/);
  });

  it('reads Windows-1252 with a warning instead of "�"', async () => {
    const text = exported({ ...p01, 'system.name': 'Élève placement' });
    const bytes = Uint8Array.from(text, (c) => (c === 'É' ? 0xc9 : c === 'è' ? 0xe8 : c.charCodeAt(0)));
    const r = await run(put('cp1252.json', bytes));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(': Élève placement');
    expect(r.stdout).not.toContain('\uFFFD');
    expect(r.stderr).toContain('warning: the file is not UTF-8; it was read as Windows-1252');
  });

  it('reads UTF-16 with a byte-order mark (both byte orders) as the browser does', async () => {
    const text = exported({ ...p01, 'system.name': 'Åtgärdsmodell' });
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer)]);
    const be = new Uint8Array(le.length);
    be.set([0xfe, 0xff]);
    for (let i = 2; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
    for (const [name, bytes] of [['utf16le.json', le], ['utf16be.json', be]] as const) {
      const r = await run(put(name, bytes));
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(': Åtgärdsmodell');
    }
  });

  it('refuses binary data with a specific message', async () => {
    const r = await run(put('binary.json', new Uint8Array([0x7b, 0x00, 0xff, 0x00, 0x7d])));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the file is not text \(it holds zero bytes\)/);
  });
});

describe('outputs never overwrite the input (issue point 9)', () => {
  it.each([['--out'], ['--pdf']])('refuses %s naming the input file, also through another path or a link', async (flag) => {
    const text = exported(p01);
    const file = put(`same${flag}.json`, text);
    symlinkSync(file, join(tmp, `link${flag}.json`));
    for (const target of [file, join(tmp, '.', `same${flag}.json`), join(tmp, `link${flag}.json`)]) {
      const r = await run(file, flag, target);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`error: ${flag} ${target} is the input file; it would be overwritten`);
      expect(readFileSync(file, 'utf8')).toBe(text);
    }
  });

  it('refuses --out and --pdf naming the same file', async () => {
    const r = await run(put('both.json', exported(p01)), '--out', join(tmp, 'x.out'), '--pdf', join(tmp, 'x.out'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is also another output file');
  });
});

describe('the PDF measures what it draws (issue point 6)', () => {
  it('a name with line breaks and overrides that never went through import stays on one footer line inside the page', async () => {
    const { assess } = await import('../../src/engine/assess.ts');
    const { buildReport } = await import('../../src/report/build-report.ts');
    const { renderPdfInNode } = await import('../../src/report/pdf-node.ts');
    const { realQuestionnaire } = await import('../report/acceptance.ts');
    const q = realQuestionnaire();
    const answers = { ...p01, 'system.name': `Line one\n${'\n'.repeat(40)}\u202eRESULT: Minimal risk ${'W'.repeat(100)}` };
    const model = buildReport(assess(q, answers), q, { answers, generatedAt: '2026-11-25T10:00:00Z', fingerprint: 'f'.repeat(64), locale: 'en' });
    const file = writePdf('raw-name.pdf', await renderPdfInNode(model));
    const all = words(file);
    expect(all.filter((w) => w.xMax > w.width - 20 || w.yMax > w.height - 10).map((w) => w.text)).toEqual([]);
    const footerLines = new Set(all.filter((w) => w.page === 3 && w.yMin > w.height - 50).map((w) => Math.round(w.yMin)));
    expect(footerLines.size).toBe(2);
    // The whole name is on the footer's one line (cut to fit), not pushed below the page.
    const footer = all.filter((w) => w.page === 3 && w.yMin > w.height - 50).map((w) => w.text);
    expect(footer).toContain('RESULT:');
    expect(footer.some((w) => w.endsWith('…'))).toBe(true);
    expect(all.some((w) => w.text.includes('\u202e'))).toBe(false);
  });
});
