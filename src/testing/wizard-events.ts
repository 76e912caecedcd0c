/** Test helper: the events a user can send from a wizard snapshot (for xstate/graph traversal). */
import type { SnapshotFrom } from 'xstate';
import { UNKNOWN } from '../engine/answers.ts';
import type { Answers, AnswerValue } from '../engine/answers.ts';
import { route } from '../engine/journey.ts';
import { pageOf, pageQuestions } from '../engine/pages.ts';
import { isChoice } from '../questionnaire/kinds.ts';
import type { Question, Questionnaire } from '../questionnaire/schema.ts';
import type { wizardMachine } from '../machine/wizard-machine.ts';
import type { WizardEvent } from '../machine/types.ts';

type Snapshot = SnapshotFrom<typeof wizardMachine>;

export function userEvents(snapshot: Snapshot, { backAndChange = true } = {}): WizardEvent[] {
  const { questionnaire, question, work } = snapshot.context;
  if (snapshot.hasTag('start')) return [{ type: 'start' }];
  if (snapshot.hasTag('question') && question) {
    const members = pageOf(questionnaire, question)?.questions ?? [question];
    const answers: WizardEvent[] =
      members.length > 1
        ? pageCombinations(questionnaire, work.answers, question).map((given) => ({ type: 'answerPage', answers: given }))
        : valuesFor(questionnaire.questions.find((x) => x.id === question)!).map((value) => ({ type: 'answer', questionId: question, value }));
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

/** One value of each kind a user can give a question. */
function valuesFor(q: Question): AnswerValue[] {
  const values: AnswerValue[] = !isChoice(q) ? ['Some text'] : q.type === 'single' ? q.options.map((o) => o.value) : q.options.map((o) => [o.value]);
  if (isChoice(q) && q.unknown) values.push(q.type === 'multi' ? [UNKNOWN] : UNKNOWN);
  return values;
}

/**
 * Every way to fill in the page of `lead`: each question the page shows, given the
 * choices made above it on the page, with each of its values.
 */
export function pageCombinations(q: Questionnaire, answers: Answers, lead: string): Answers[] {
  const members = pageOf(q, lead)?.questions ?? [lead];
  const base: Record<string, AnswerValue> = { ...answers };
  for (const id of members) delete base[id];
  const out: Answers[] = [];
  const fill = (given: Record<string, AnswerValue>) => {
    const asked = pageQuestions(q, { ...base, ...given }, lead);
    const next = asked.find((id) => !(id in given));
    if (!next) return void out.push(given);
    for (const value of valuesFor(q.questions.find((x) => x.id === next)!)) fill({ ...given, [next]: value });
  };
  fill({});
  return out;
}
