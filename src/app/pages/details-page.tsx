import { useSelector } from '@xstate/react';
import { DetailsStep } from '../../steps/details/details-step.tsx';
import { isComplete } from '../../machine/navigation.ts';
import { useWizard } from '../wizard-context.ts';

export function DetailsPage() {
  const actor = useWizard();
  const { questionnaire: q, work } = useSelector(actor, (s) => s.context);
  return (
    <DetailsStep
      details={work.details}
      backHref={isComplete(q, work.answers) ? '#/result' : '#/check'}
      onSave={(details) => actor.send({ type: 'details.save', details })}
    />
  );
}
