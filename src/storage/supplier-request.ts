/**
 * The supplier request: an assessment file with a `request` section, made by the
 * buyer for the supplier. It carries the buyer's answers (the supplier sees them
 * read-only), the questions asked, a message, the buyer's organisation and
 * reference, the assessment's id and the fingerprint of the buyer's answers.
 *
 *   { ...assessment file..., "request": { "id", "assessmentId", "fingerprint",
 *     "questions": ["<question id>", ...], "message", "organisation", "reference", "createdAt" } }
 */
import type { Answers } from '../engine/answers.ts';
import { supplierQuestions } from '../engine/supplier-journey.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { fingerprint } from './assessment-fingerprint.ts';
import { parseAssessmentFile, serializeAssessmentFile } from './assessment-file.ts';
import { pathOf, RequestSection } from './assessment-file-schema.ts';
import { compareVersions } from './migrations.ts';

export type ExchangeKind = 'assessment' | 'request' | 'reply';

/** What a file holds, judged by its sections; anything unreadable is left to the assessment-file parser to explain. */
export function fileKind(text: string): ExchangeKind {
  try {
    const data: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    if (data && typeof data === 'object' && !Array.isArray(data)) {
      if ('reply' in data) return 'reply';
      if ('request' in data) return 'request';
    }
  } catch {
    // not JSON: the assessment-file parser says where
  }
  return 'assessment';
}

/** Why an exchange file was refused: the view says it in the user's language and adds the details. */
export type ExchangeProblem = 'invalid' | 'newer-version' | 'older-version' | 'other-assessment' | 'fingerprint' | 'not-asked';

export type ExchangeFailure = { ok: false; problem: ExchangeProblem; errors: string[] };

export interface RequestInput {
  message: string;
  organisation: string;
  reference: string;
}

export interface OpenedRequest {
  request: RequestSection;
  /** The buyer's answers, as sent. */
  answers: Answers;
}

export async function serializeSupplierRequest(questionnaire: Questionnaire, assessmentId: string, answers: Answers, input: RequestInput, id: string, now = new Date()): Promise<string> {
  const file = JSON.parse(serializeAssessmentFile(questionnaire, answers, { savedAt: now, locale: questionnaire.locale })) as Record<string, unknown>;
  const request: RequestSection = {
    id,
    assessmentId,
    fingerprint: await fingerprint(questionnaire, answers),
    questions: supplierQuestions(questionnaire, answers).map((s) => s.id),
    message: input.message.trim(),
    organisation: input.organisation.trim(),
    reference: input.reference.trim(),
    createdAt: now.toISOString(),
  };
  return `${JSON.stringify({ ...file, request }, null, 2)}\n`;
}

/** The questionnaire version a file names, if it names one. */
export function versionProblem(text: string, questionnaire: Questionnaire): ExchangeFailure | null {
  let version: unknown;
  try {
    version = (JSON.parse(text.replace(/^\uFEFF/, '')) as { questionnaire?: { version?: unknown } }).questionnaire?.version;
  } catch {
    return null;
  }
  if (typeof version !== 'string' || !/^\d+\.\d+\.\d+$/.test(version)) return null;
  const order = compareVersions(version, questionnaire.version);
  if (order > 0) return { ok: false, problem: 'newer-version', errors: [`questionnaire version ${version}, newer than this tool's ${questionnaire.version}`] };
  if (order < 0) return { ok: false, problem: 'older-version', errors: [`questionnaire version ${version}, older than this tool's ${questionnaire.version}`] };
  return null;
}

export async function parseSupplierRequest(text: string, questionnaire: Questionnaire): Promise<({ ok: true } & OpenedRequest) | ExchangeFailure> {
  const version = versionProblem(text, questionnaire);
  if (version) return version;
  const file = parseAssessmentFile(text, questionnaire);
  if (!file.ok) return { ok: false, problem: 'invalid', errors: file.errors };
  const section = RequestSection.safeParse((JSON.parse(text.replace(/^\uFEFF/, '')) as { request?: unknown }).request);
  if (!section.success) return { ok: false, problem: 'invalid', errors: section.error.issues.slice(0, 10).map((i) => `request${i.path.length ? `.${pathOf(i.path)}` : ''}: ${i.message}`) };
  const ids = new Set(questionnaire.questions.map((q) => q.id));
  const strangers = section.data.questions.filter((id) => !ids.has(id));
  if (strangers.length > 0) return { ok: false, problem: 'invalid', errors: strangers.map((id) => `request.questions: unknown question id '${id}'`) };
  if ((await fingerprint(questionnaire, file.answers)) !== section.data.fingerprint) {
    return { ok: false, problem: 'fingerprint', errors: ["the buyer's answers in the file do not match the request's fingerprint"] };
  }
  return { ok: true, request: section.data, answers: file.answers };
}
