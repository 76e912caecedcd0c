// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.ts';
import { EXIT_SOME_FAILED } from '../../src/cli/register-run.ts';
import { REGISTER_COLUMNS } from '../../src/register/register-columns.ts';
import { caseFiles, euAiAct } from '../engine/load.ts';
import { memoryIo } from './cli-io.ts';

const questionnaire = euAiAct();
const dir = join(import.meta.dirname, '..', 'acceptance');

function folderIo(extra: Record<string, string> = {}) {
  const files: Record<string, string> = { ...extra };
  for (const f of caseFiles()) files[`cases/${f}`] = readFileSync(join(dir, f), 'utf8');
  const { io, out } = memoryIo(questionnaire, files);
  io.listDir = (path) => (path === 'cases' ? Object.keys(files).filter((k) => k.startsWith('cases/')).map((k) => k.slice(6)) : null);
  return { io, out };
}

describe('assess a folder into the register', () => {
  it('writes one CSV row per assessment file with the documented columns', async () => {
    const { io, out } = folderIo();
    expect(await runCli(['cases', '--csv', 'register.csv'], io)).toBe(0);
    const csv = String(out.written.get('register.csv'));
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe(REGISTER_COLUMNS.map((c) => c.id).join(','));
    expect(lines).toHaveLength(caseFiles().length + 1);
    expect(lines.find((l) => l.startsWith('p01-school-admission,'))).toMatch(/,high,/);
    expect(out.stdout).toMatch(/^p01-school-admission: high, next deadline 2027-12-02/m);
  });

  it('lists the files that fail with their reason and keeps the others', async () => {
    const { io, out } = folderIo({ 'cases/zz-broken.json': '{ "format": "eu-ai-act-assessment", oops', 'cases/zz-other.json': '%PDF-1.7' });
    expect(await runCli(['cases', '--csv', 'register.csv'], io)).toBe(EXIT_SOME_FAILED);
    expect(out.stderr).toMatch(/not in the register: zz-broken\.json: not JSON/);
    expect(out.stderr).toMatch(/not in the register: zz-other\.json:/);
    const csv = String(out.written.get('register.csv'));
    expect(csv.trimEnd().split('\r\n')).toHaveLength(caseFiles().length + 1);
  });

  it('refuses --csv for a single file', async () => {
    const { io, out } = folderIo();
    expect(await runCli(['cases/p01-school-admission.json', '--csv', 'r.csv'], io)).toBe(2);
    expect(out.stderr).toMatch(/take a folder/);
  });
});
