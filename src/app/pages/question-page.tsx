import { flushSync } from 'react-dom';
import { useSelector } from '@xstate/react';
import { QuestionStep } from '../../steps/question/question-step.tsx';
import { backHrefOf, progressOf } from '../selectors.ts';
import { useWizard } from '../wizard-context.ts';
import { useCompleteQuestionnaire } from '../use-complete-questionnaire.ts';
import { normaliseTextAnswer } from '../../storage/single-line.ts';

export function QuestionPage({ questionId }: { questionId: string }) {
  const actor = useWizard();
  const { questionnaire: q, work, review } = useSelector(actor, (s) => s.context);
  const question = q.questions.find((x) => x.id === questionId)!;
  // The glossary arrives with the questionnaire's second part; the question does not wait for it.
  const full = useCompleteQuestionnaire(q).questionnaire;
  return (
    <QuestionStep
      key={questionId}
      question={question}
      unknownLabel={q.unknownLabel}
      glossary={full?.glossary ?? []}
      value={work.answers[questionId]}
      progress={progressOf(q, work.answers, questionId)}
      backHref={backHrefOf(q, work.answers, questionId)}
      review={review}
      onDismissReview={() => actor.send({ type: 'review.dismiss' })}
      // Render the next page at once rather than in a later task: Continue should feel instant.
      // A pasted line break or control character never reaches a single-line answer (a name on a report, the CLI's output).
      onAnswer={(value) => flushSync(() => actor.send({ type: 'answer', questionId, value: normaliseTextAnswer(question.type, value) }))}
    />
  );
}
