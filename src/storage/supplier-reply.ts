/**
 * The supplier's reply: an assessment file whose answers are the supplier's
 * answers to the requested questions, with a `reply` section naming the
 * supplier, the date, and the request's assessment and fingerprint.
 *
 *   { ...assessment file (the supplier's answers)..., "reply": { "requestId", "assessmentId",
 *     "fingerprint", "supplier", "date" } }
 *
 * The buyer's tool refuses, and changes nothing for, a reply for another
 * assessment, one whose fingerprint is not that of the buyer's answers, one that
 * answers questions that were not asked or answers that do not fit their
 * questions, and one made with another questionnaire version.
 */
import type { Answers } from '../engine/answers.ts';
import { supplierQuestions } from '../engine/supplier-journey.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { fingerprint } from './assessment-fingerprint.ts';
import { parseAssessmentFile, serializeAssessmentFile } from './assessment-file.ts';
import { pathOf, ReplySection, type RequestSection } from './assessment-file-schema.ts';
import { versionProblem, type ExchangeFailure } from './supplier-request.ts';

export interface OpenedReply {
  reply: ReplySection;
  /** The supplier's answers. */
  answers: Answers;
}

export function serializeSupplierReply(questionnaire: Questionnaire, request: RequestSection, answers: Answers, supplier: string, now = new Date()): string {
  const file = JSON.parse(serializeAssessmentFile(questionnaire, answers, { savedAt: now, locale: questionnaire.locale })) as Record<string, unknown>;
  const reply: ReplySection = { requestId: request.id, assessmentId: request.assessmentId, fingerprint: request.fingerprint, supplier: supplier.trim(), date: now.toISOString().slice(0, 10) };
  return `${JSON.stringify({ ...file, reply }, null, 2)}\n`;
}

/** Reads a reply against the buyer's open assessment. */
export async function parseSupplierReply(text: string, questionnaire: Questionnaire, work: { id: string; answers: Answers }): Promise<({ ok: true } & OpenedReply) | ExchangeFailure> {
  const version = versionProblem(text, questionnaire);
  if (version) return version;
  const file = parseAssessmentFile(text, questionnaire);
  if (!file.ok) return { ok: false, problem: 'invalid', errors: file.errors };
  const raw = JSON.parse(text.replace(/^\uFEFF/, '')) as { reply?: unknown; answers: Record<string, unknown> };
  const section = ReplySection.safeParse(raw.reply);
  if (!section.success) return { ok: false, problem: 'invalid', errors: section.error.issues.slice(0, 10).map((i) => `reply${i.path.length ? `.${pathOf(i.path)}` : ''}: ${i.message}`) };
  const reply = section.data;
  if (reply.assessmentId !== work.id) return { ok: false, problem: 'other-assessment', errors: [`the reply is for assessment ${reply.assessmentId}`] };
  const asked = new Set(supplierQuestions(questionnaire, work.answers).map((s) => s.id));
  const notAsked = Object.keys(raw.answers).filter((id) => !asked.has(id));
  if (notAsked.length > 0) return { ok: false, problem: 'not-asked', errors: notAsked.map((id) => `answers.${id}`) };
  if ((await fingerprint(questionnaire, work.answers)) !== reply.fingerprint) return { ok: false, problem: 'fingerprint', errors: [`reply.fingerprint: ${reply.fingerprint.slice(0, 12)}…`] };
  const answers = Object.fromEntries(Object.entries(file.answers).filter(([id]) => Object.hasOwn(raw.answers, id)));
  return { ok: true, reply, answers };
}
