// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ACCEPTANCE_DIR, caseAnswers, realQuestionnaire } from '../report/acceptance.ts';
import { serializeAssessmentFile } from '../../src/storage/assessment-file.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cli-'));

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('npm run assess (the real questionnaire)', () => {
  it('assesses an acceptance case and writes JSON and PDF', async () => {
    const file = join(dir, 'p01.json');
    writeFileSync(file, serializeAssessmentFile(realQuestionnaire(), caseAnswers('p01-school-admission')));
    const out = join(dir, 'p01-result.json');
    const pdf = join(dir, 'p01.pdf');
    const r = await run(file, '--out', out, '--pdf', pdf);
    expect(r.stderr).toContain('report written to');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/RESULT: .+ \(tier: high\)/);
    expect(r.stdout).toContain('Annex III 3(a)');
    expect(JSON.parse(readFileSync(out, 'utf8')).outcome.tier).toBe('high');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('exits 2 with a specific message on a bad file and on bad usage', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, readFileSync(join(ACCEPTANCE_DIR, 'p01-school-admission.json'), 'utf8').replace('"scope.military": "no"', '"scope.military": "maybe"'));
    const r = await run(bad, '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/answers\.scope\.military: "maybe" is not one of its options \(yes, no, unknown\)/);
    const usage = await run();
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Usage: npm run assess --');
  });
});
