import type { Answers, AnswerValue } from '../engine/answers.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import type { ReplySection, RequestSection } from '../storage/assessment-file-schema.ts';
import type { ReportDetails } from '../storage/report-details.ts';

/** A page of the wizard, as it appears in the address (see `step-hash.ts`). */
export type Step =
  | { kind: 'start' }
  | { kind: 'question'; id: string }
  | { kind: 'check' }
  | { kind: 'result' }
  | { kind: 'saved' }
  | { kind: 'request' }
  /** The supplier's pages: 'overview', a requested question's id, or 'reply'. */
  | { kind: 'supplier'; page: string }
  | { kind: 'compare' }
  | { kind: 'details' };

/** A supplier request being answered here, or a supplier's reply waiting for the buyer's decision. */
export type Exchange =
  | { mode: 'none' }
  | { mode: 'supplier'; request: RequestSection; buyer: Answers; answers: Answers; page: string }
  | { mode: 'compare'; reply: ReplySection; answers: Answers };

export type StorageStatus = 'ok' | 'unavailable' | 'full';

/** The work the wizard has open: one assessment, kept by id in saved assessments. */
export interface Work {
  id: string;
  answers: Answers;
  /** Report details (who assessed it, for which contract); the engine ignores them. */
  details?: ReportDetails;
}

export type ImportState =
  | { status: 'idle' }
  | { status: 'error'; fileName: string; errors: string[] }
  | { status: 'confirm'; fileName: string; answers: Answers; warnings: string[]; details?: ReportDetails };

export interface WizardContext {
  questionnaire: Questionnaire;
  work: Work;
  /** The question on screen while answering. */
  question: string | null;
  /** The user has reached "check your answers": a change returns there. */
  reviewing: boolean;
  importState: ImportState;
  /** Answers that need review after opening an older file. */
  review: string[];
  storage: StorageStatus;
  newId: () => string;
  exchange: Exchange;
}

export interface WizardInput {
  questionnaire: Questionnaire;
  /** The work saved on this device, offered to continue on the start page. */
  restored?: Work | null;
  storage?: StorageStatus;
  newId?: () => string;
}

export type ParsedFile = { ok: true; answers: Answers; warnings: string[]; details?: ReportDetails } | { ok: false; errors: string[] };

export type WizardEvent =
  | { type: 'start' }
  | { type: 'resume' }
  | { type: 'answer'; questionId: string; value: AnswerValue }
  /** The answers to the questions of the page on screen, submitted together. */
  | { type: 'answerPage'; answers: Answers }
  | { type: 'back' }
  | { type: 'nav'; step: Step }
  | { type: 'change'; questionId: string }
  | { type: 'continue' }
  | { type: 'reset' }
  | { type: 'discard'; id: string }
  | { type: 'open'; work: Work; warnings?: string[] }
  | { type: 'import.parsed'; fileName: string; result: ParsedFile }
  | { type: 'import.confirm' }
  | { type: 'import.cancel' }
  | { type: 'export' }
  | { type: 'review.dismiss' }
  | { type: 'autosave.status'; status: StorageStatus }
  | { type: 'supplier.open'; request: RequestSection; buyer: Answers }
  | { type: 'supplier.answer'; questionId: string; value: AnswerValue }
  | { type: 'reply.open'; reply: ReplySection; answers: Answers }
  | { type: 'reply.accept'; questionIds: string[] }
  | { type: 'exchange.close' }
  | { type: 'details.save'; details: ReportDetails | undefined };

/** What the autosave actor receives. */
export type AutosaveEvent = { type: 'save'; work: Work };
