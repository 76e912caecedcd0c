/** The zod shape of an assessment file; value checks against the questions come after (assessment-file.ts). */
import { z } from 'zod';
import { ReportDetails } from './report-details.ts';

export const FILE_FORMAT = 'eu-ai-act-assessment';
export const FORMAT_VERSION = 1;
export const MAX_TEXT = 20_000;
const MAX_LIST = 100;

const AnswerInFile = z.unknown().superRefine((value, ctx) => {
  const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `a ${typeof v}`);
  const add = (message: string) => ctx.addIssue({ code: 'custom', message });
  if (typeof value === 'string') {
    if (value.length > MAX_TEXT) add(`the text is longer than ${MAX_TEXT.toLocaleString('en')} characters`);
  } else if (Array.isArray(value)) {
    if (value.length > MAX_LIST) add(`lists more than ${MAX_LIST} values`);
    const bad = value.findIndex((v) => typeof v !== 'string' || v.length > 200);
    if (bad >= 0) add(`item ${bad + 1} of the list should be an option value, not ${typeof value[bad] === 'string' ? 'a long text' : kind(value[bad])}`);
  } else {
    add(`expected an option value, a list of option values or a text, not ${kind(value)}`);
  }
});

export const FileShape = z.object({
  format: z.literal(FILE_FORMAT, { error: `this is not an assessment file (expected "format": "${FILE_FORMAT}")` }),
  formatVersion: z.number({ error: 'expected a number' }).int(),
  questionnaire: z.object({
    id: z.string().min(1).max(100),
    version: z.string().regex(/^\d{1,6}\.\d{1,6}\.\d{1,6}$/, 'expected a version such as 1.0.0'),
  }),
  savedAt: z.iso.datetime({ offset: true, error: 'expected a date and time such as 2026-11-25T10:00:00Z' }).optional(),
  meta: z.object({ locale: z.string().max(35).optional() }).optional(),
  answers: z.record(z.string().max(200), AnswerInFile),
  /** Report details (cover, register); the engine ignores them. */
  details: ReportDetails.optional(),
  /** A buyer's request to the supplier (supplier-request.ts). */
  request: z.unknown().optional(),
  /** The supplier's reply to a request (supplier-reply.ts). */
  reply: z.unknown().optional(),
});

const Id = z.string().min(1).max(100);
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 fingerprint (64 hex digits)');
const Line = (max: number) => z.string().max(max, `expected at most ${max} characters`);

/** The `request` section: which questions the buyer asks the supplier, and about which assessment. */
export const RequestSection = z.strictObject({
  id: Id,
  assessmentId: Id,
  fingerprint: Sha256,
  questions: z.array(z.string().max(200)).min(1, 'the request asks no question').max(MAX_LIST),
  message: Line(MAX_TEXT),
  organisation: Line(300),
  reference: Line(300),
  createdAt: z.iso.datetime({ offset: true, error: 'expected a date and time' }),
});
export type RequestSection = z.infer<typeof RequestSection>;

/** The `reply` section: who answered which request, and when. */
export const ReplySection = z.strictObject({
  requestId: Id,
  assessmentId: Id,
  fingerprint: Sha256,
  supplier: z.string().trim().min(1, 'the reply does not name the supplier').max(300),
  date: z.iso.date({ error: 'expected a date such as 2026-12-01' }),
});
export type ReplySection = z.infer<typeof ReplySection>;

/** ['answers', 'scope.military'] → answers.scope.military */
export function pathOf(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

