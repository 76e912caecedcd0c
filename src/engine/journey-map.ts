/**
 * The map of the journey: for each section, whether it is done, under way, still
 * to do, not needed, or not yet known, and which of its questions are left. All
 * from the engine's route; nothing here decides anything the route does not.
 *
 * A section is "not needed" only when that is certain: none of its questions is
 * asked, and none would be whatever the questions still open are answered (each
 * open question that can still be asked is read as "I don't know", which keeps
 * every condition it could make true uncertain). A section whose questions wait on answers not yet
 * given is "depends".
 */
import { UNKNOWN, type Answers, type AnswerValue } from './answers.ts';
import { compile } from './compile.ts';
import { Evaluator } from './evaluate.ts';
import { route, walk } from './journey.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';

export type SectionStatus = 'done' | 'in-progress' | 'to-do' | 'not-needed' | 'depends';

export interface MapSection {
  id: string;
  status: SectionStatus;
  /** Questions of the section answered on the route. */
  answered: string[];
  /** Questions of the section still to answer, as far as the answers so far tell. */
  left: string[];
}

export interface JourneyMap {
  sections: MapSection[];
  /** Questions still to answer as far as the answers so far tell: later answers can open more. */
  questionsLeft: number;
}

export function journeyMap(q: Questionnaire, answers: Answers): JourneyMap {
  const compiled = compile(q);
  const r = route(q, answers);
  const ahead = walk(q, answers, new Set(q.questions.map((x) => x.id)));
  const answered = new Set(r.steps);
  const left = new Set([...(r.current ? [r.current] : []), ...ahead.pending, ...ahead.route.steps.filter((id) => !answered.has(id))]);
  // Answers before the first open question are settled. The open ones could be
  // anything, except that a question that cannot be asked gets no answer.
  const openFrom = r.current ? compiled.position.get(r.current)! : Infinity;
  const anything: Record<string, AnswerValue> = { ...r.relevant };
  const never = new Set<string>();
  q.questions.forEach((x, i) => {
    if (i < openFrom) return;
    if (x.showIf && new Evaluator(compiled, anything).condition(x.showIf).v === 'F') never.add(x.id);
    else if (x.type === 'single' || x.type === 'multi') anything[x.id] = x.type === 'multi' ? [UNKNOWN] : UNKNOWN;
  });
  const settled = (id: string) => compiled.position.get(id)! < openFrom || never.has(id);

  const sections = q.sections.map((section): MapSection => {
    const ids = q.questions.filter((x) => x.section === section.id).map((x) => x.id);
    const done = ids.filter((id) => answered.has(id));
    const open = ids.filter((id) => left.has(id));
    let status: SectionStatus;
    if (open.length > 0) status = done.length > 0 || (r.current !== null && open.includes(r.current)) ? 'in-progress' : 'to-do';
    else if (done.length > 0) status = 'done';
    else status = ids.every(settled) || r.current === null ? 'not-needed' : 'depends';
    return { id: section.id, status, answered: done, left: open };
  });
  return { sections, questionsLeft: left.size };
}
