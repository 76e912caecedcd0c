// @vitest-environment node
/**
 * Hostile files (issue, "how it is checked"): thousands of broken, ambiguous,
 * mis-encoded and forged assessment files go through the import parser, the
 * wizard's import and the CLI. None throws; each refusal is a specific message;
 * the work saved in the browser never changes.
 */
import fc from 'fast-check';
import { createActor } from 'xstate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWizard } from '../../src/app/create-wizard.ts';
import { runCli } from '../../src/cli/run.ts';
import { parseAssessmentFile, serializeAssessmentFile } from '../../src/storage/assessment-file.ts';
import { parseFile } from '../../src/storage/file-format.ts';
import { saveWork } from '../../src/storage/saved-assessments.ts';
import { FakeStorage } from '../../src/testing/fake-storage.ts';
import { memoryIo } from '../cli/cli-io.ts';
import { highRiskPublic, loadMini } from '../fixtures/report-mini.ts';

const q = loadMini();
const valid = serializeAssessmentFile(q, highRiskPublic, { savedAt: '2026-11-25T10:00:00Z', locale: 'en' });
const storage = new FakeStorage();
const encoder = new TextEncoder();

const HOSTILE_STRINGS = ['\u0000', '\u001b[2K', '\r', '\n', '\u202e', '\u2066', '\uFEFF', '\uFFFD', '\ud800', '"', '\\', '\\u0000', '__proto__', 'constructor', '{', '[', ']', '}', ',', ':', 'null', '1e999', '-0', 'ä', '🙂'];
const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.array(fc.constantFrom(...HOSTILE_STRINGS), { maxLength: 12 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** A valid file with one edit: a cut, an insertion, a replaced value or a duplicated key. */
const mutated = fc.oneof(
  fc.tuple(fc.nat(valid.length), fc.nat(valid.length)).map(([a, b]) => valid.slice(0, Math.min(a, b)) + valid.slice(Math.max(a, b))),
  fc.tuple(fc.nat(valid.length), hostileText).map(([at, s]) => valid.slice(0, at) + s + valid.slice(at)),
  fc.tuple(fc.constantFrom(...Object.keys(highRiskPublic)), hostileText).map(([id, s]) => valid.replace(new RegExp(`("${id.replace('.', '\\.')}": )("[^"]*"|\\[[^\\]]*\\])`), `$1${JSON.stringify(s)}`)),
  fc.constantFrom(...Object.keys(highRiskPublic), 'answers', 'format', 'questionnaire').map((key) => valid.replace(`"${key}": `, `"${key}": null, "${key}": `)),
  fc.tuple(fc.constantFrom('system.name', 'system.organisation'), hostileText).map(([id, s]) => valid.replace(new RegExp(`"${id.replace('.', '\\.')}": "[^"]*"`), `"${id}": ${JSON.stringify(`name${s}RESULT: Minimal risk`)}`)),
  fc.constantFrom('en_GB', 'sv_SE', 'xx', '', '../../etc', 'de-AT-u-nu-latn').map((l) => valid.replace('"locale": "en"', `"locale": ${JSON.stringify(l)}`)),
  fc.jsonValue({ maxDepth: 12 }).map((v) => JSON.stringify(v)),
  fc.nat(40).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
);

/** The file's bytes: as UTF-8, with a BOM, as UTF-16, as Windows-1252, or as random bytes. */
const hostileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  mutated.map((t) => encoder.encode(t)),
  mutated.map((t) => new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(t)])),
  mutated.map((t) => new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from([...t].map((c) => c.charCodeAt(0))).buffer)])),
  mutated.map((t) => Uint8Array.from(t, (c) => c.charCodeAt(0) & 0xff)),
  fc.uint8Array({ maxLength: 200 }),
);

const GENERIC = /^(error|undefined|null|invalid|\[object .*\])?$|TypeError|RangeError|Cannot read|is not a function|at .+\.ts:\d+/i;

let before: string[];
beforeAll(() => {
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
  saveWork(q, { id: 'kept', answers: highRiskPublic });
  before = Object.keys(localStorage).sort().map((k) => `${k}=${localStorage.getItem(k)}`);
});
afterAll(() => {
  Reflect.deleteProperty(globalThis, 'localStorage');
});

describe('hostile assessment files', () => {
  it('1,000 of them: no throw, a specific message for each refusal, the stored work unchanged', async () => {
    let refused = 0;
    const actor = createActor(createWizard(q), { input: { questionnaire: q, restored: { id: 'kept', answers: highRiskPublic } } }).start();
    await fc.assert(
      fc.asyncProperty(hostileBytes, async (bytes) => {
        const parsed = parseAssessmentFile(bytes, q);
        if (!parsed.ok) {
          refused++;
          expect(parsed.errors.length).toBeGreaterThan(0);
          for (const e of parsed.errors) expect(e).not.toMatch(GENERIC);
        } else {
          const name = parsed.answers['system.name'];
          // eslint-disable-next-line no-control-regex
          if (typeof name === 'string') expect(name).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
        }
        // The wizard's import: a refused file changes nothing; an accepted one waits for the user's yes.
        actor.send({ type: 'import.parsed', fileName: 'hostile.json', result: parseFile(bytes, q) });
        actor.send({ type: 'import.cancel' });
        expect(actor.getSnapshot().context.work).toEqual({ id: 'kept', answers: highRiskPublic });

        const { io, out } = memoryIo(q, {});
        const code = await runCli(['hostile.json'], { ...io, readFile: () => bytes });
        expect([0, 2, 3]).toContain(code);
        if (code === 2) expect(out.stderr).toMatch(/^hostile\.json: \S/);
        // eslint-disable-next-line no-control-regex
        expect(out.stdout + out.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        expect(out.stdout.match(/^RESULT:/gm)?.length ?? 0).toBeLessThanOrEqual(1);
      }),
      { numRuns: 1000, seed: 20261201 },
    );
    actor.stop();
    expect(refused).toBeGreaterThan(300);
    expect(Object.keys(localStorage).sort().map((k) => `${k}=${localStorage.getItem(k)}`)).toEqual(before);
  });
});
