/** The map of the journey for the question page (loaded with it, not with the start page). */
import type { Answers } from '../engine/answers.ts';
import { journeyMap } from '../engine/journey-map.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import type { MapRow } from '../steps/journey-map-step.tsx';

/** The map of the journey with the section titles and question texts to show. */
export function mapRowsOf(q: Questionnaire, answers: Answers): { rows: MapRow[]; questionsLeft: number } {
  const map = journeyMap(q, answers);
  const text = new Map(q.questions.map((x) => [x.id, x.text]));
  const rows = map.sections.map((s) => ({ id: s.id, title: q.sections.find((x) => x.id === s.id)!.title, status: s.status, left: s.left.map((id) => text.get(id)!) }));
  return { rows, questionsLeft: map.questionsLeft };
}
