/** Test helper: the events a user can send from a wizard snapshot (for xstate/graph traversal). */
import type { SnapshotFrom } from 'xstate';
import { UNKNOWN } from '../engine/answers.ts';
import { route } from '../engine/journey.ts';
import { isChoice } from '../questionnaire/kinds.ts';
import type { wizardMachine } from '../machine/wizard-machine.ts';
import type { WizardEvent } from '../machine/types.ts';

type Snapshot = SnapshotFrom<typeof wizardMachine>;

export function userEvents(snapshot: Snapshot, { backAndChange = true } = {}): WizardEvent[] {
  const { questionnaire, question, work } = snapshot.context;
  if (snapshot.hasTag('start')) return [{ type: 'start' }];
  if (snapshot.hasTag('question') && question) {
    const q = questionnaire.questions.find((x) => x.id === question)!;
    const values: (string | string[])[] = !isChoice(q)
      ? ['Some text']
      : q.type === 'single'
        ? q.options.map((o) => o.value)
        : q.options.map((o) => [o.value]);
    if (isChoice(q) && q.unknown) values.push(q.type === 'multi' ? [UNKNOWN] : UNKNOWN);
    const answers: WizardEvent[] = values.map((value) => ({ type: 'answer', questionId: question, value }));
    return backAndChange ? [...answers, { type: 'back' }] : answers;
  }
  if (snapshot.hasTag('check')) {
    const changes: WizardEvent[] = backAndChange
      ? route(questionnaire, work.answers).steps.map((id) => ({ type: 'change', questionId: id }))
      : [];
    return [{ type: 'continue' }, ...changes];
  }
  return [];
}

/** Identifies a wizard snapshot by page, answers and mode (ids and functions left out). */
export function serializeWizard(snapshot: Snapshot): string {
  const { question, work, reviewing } = snapshot.context;
  return JSON.stringify([snapshot.value, question, reviewing, Object.entries(work.answers).sort()]);
}
