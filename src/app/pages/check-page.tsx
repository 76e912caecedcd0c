import { useState } from 'react';
import { useSelector } from '@xstate/react';
import { CheckAnswersStep } from '../../steps/check-answers-step.tsx';
import { lastStep } from '../../machine/navigation.ts';
import { stepToHash } from '../../machine/step-hash.ts';
import { answerSections } from '../selectors.ts';
import { useWizard } from '../wizard-context.ts';

/** The row whose Change link was followed, so that coming back focuses it (view state only). */
let lastChange: string | null = null;

export function CheckPage() {
  const [returnTo] = useState(() => {
    const id = lastChange;
    lastChange = null;
    return id;
  });
  const actor = useWizard();
  const { questionnaire: q, work, review } = useSelector(actor, (s) => s.context);
  return (
    <CheckAnswersStep
      sections={answerSections(q, work.answers)}
      review={review}
      backHref={stepToHash(lastStep(q, work.answers))}
      onContinue={() => actor.send({ type: 'continue' })}
      onDismissReview={() => actor.send({ type: 'review.dismiss' })}
      returnTo={returnTo}
      onChange={(id) => (lastChange = id)}
    />
  );
}
