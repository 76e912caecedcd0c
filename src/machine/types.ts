import type { Answers, AnswerValue } from '../engine/answers.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';

/** A page of the wizard, as it appears in the address (see `step-hash.ts`). */
export type Step =
  | { kind: 'start' }
  | { kind: 'question'; id: string }
  | { kind: 'check' }
  | { kind: 'result' }
  | { kind: 'saved' };

export type StorageStatus = 'ok' | 'unavailable' | 'full';

/** The work the wizard has open: one assessment, kept by id in saved assessments. */
export interface Work {
  id: string;
  answers: Answers;
}

export type ImportState =
  | { status: 'idle' }
  | { status: 'error'; fileName: string; errors: string[] }
  | { status: 'confirm'; fileName: string; answers: Answers; warnings: string[] };

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
}

export interface WizardInput {
  questionnaire: Questionnaire;
  /** The work saved on this device, offered to continue on the start page. */
  restored?: Work | null;
  storage?: StorageStatus;
  newId?: () => string;
}

export type ParsedFile = { ok: true; answers: Answers; warnings: string[] } | { ok: false; errors: string[] };

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
  | { type: 'autosave.status'; status: StorageStatus };

/** What the autosave actor receives. */
export type AutosaveEvent = { type: 'save'; work: Work };
