import { useCallback, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useSelector } from '@xstate/react';
import type { Answers } from '../../engine/answers.ts';
import { pageOf, pageQuestions } from '../../engine/pages.ts';
import { QuestionStep } from '../../steps/question/question-step.tsx';
import { JourneyMapStep } from '../../steps/journey-map-step.tsx';
import { backHrefOf, progressOf } from '../selectors.ts';
import { mapRowsOf } from '../map-rows.ts';
import { useWizard } from '../wizard-context.ts';
import { dropDraft, readDraft, writeDraft } from '../page-draft.ts';
import { useCompleteQuestionnaire } from '../use-complete-questionnaire.ts';
import { normaliseTextAnswer } from '../../storage/single-line.ts';

/** The page that holds `questionId` (its first question on the route). */
export function QuestionPage({ questionId }: { questionId: string }) {
  const actor = useWizard();
  const { questionnaire: q, work, review } = useSelector(actor, (s) => s.context);
  const page = pageOf(q, questionId)!;
  const questions = useMemo(() => page.questions.map((id) => q.questions.find((x) => x.id === id)!), [page, q]);
  const section = q.sections.find((s) => s.id === page.section)!;
  const asked = useCallback((chosen: Answers) => pageQuestions(q, { ...work.answers, ...chosen }, questionId), [q, work.answers, questionId]);
  const map = mapRowsOf(q, work.answers);
  // A new assessment is saved with its first page; until then a reload starts a new one, which keeps the draft.
  const draftKey = Object.keys(work.answers).length > 0 ? work.id : 'new';
  const [initial] = useState(() => ({ ...work.answers, ...readDraft(draftKey, questionId) }));
  const onDraft = useCallback((chosen: Answers) => writeDraft(draftKey, questionId, chosen, work.answers), [draftKey, work.answers, questionId]);
  // The glossary arrives with the questionnaire's second part; the question does not wait for it.
  const full = useCompleteQuestionnaire(q).questionnaire;
  return (
    <QuestionStep
      key={questionId}
      questions={questions}
      asked={asked}
      section={{ title: section.title, intro: section.intro }}
      unknownLabel={q.unknownLabel}
      glossary={full?.glossary ?? []}
      values={initial}
      onDraft={onDraft}
      progress={progressOf(q, work.answers, questionId)}
      backHref={backHrefOf(q, work.answers, questionId)}
      map={<JourneyMapStep rows={map.rows} questionsLeft={map.questionsLeft} />}
      review={review}
      onDismissReview={() => actor.send({ type: 'review.dismiss' })}
      // Render the next page at once rather than in a later task: Continue should feel instant.
      onAnswer={(answers) => {
        dropDraft(draftKey, questionId);
        // A pasted line break or control character never reaches a single-line answer (a name on a report, the CLI's output).
        const clean = Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, normaliseTextAnswer(questions.find((x) => x.id === id)?.type ?? 'single', value)]));
        flushSync(() => actor.send({ type: 'answerPage', answers: clean }));
      }}
    />
  );
}
