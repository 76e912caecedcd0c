import { useSelector } from '@xstate/react';
import { formatDateTime } from '../../i18n/format-date.ts';
import { useStrings } from '../../i18n/use-strings.ts';
import { StartStep } from '../../steps/start-step.tsx';
import startFacts from 'virtual:questionnaire-start/eu-ai-act';
import { listSaved, loadSaved } from '../../storage/saved-assessments.ts';
import { useStartNew } from '../../components/unsaved-work.tsx';
import { isolate } from '../../components/user-text.tsx';
import { Importer, useImportErrors } from '../importer.tsx';
import { reportField } from '../selectors.ts';
import { useWizard } from '../wizard-context.ts';

export function StartPage() {
  const actor = useWizard();
  const t = useStrings();
  const { questionnaire: q, work } = useSelector(actor, (s) => s.context);
  const errors = useImportErrors(t);
  const startNew = useStartNew();
  const hasWork = Object.keys(work.answers).length > 0;
  const saved = hasWork ? loadSaved(q, work.id) : null;
  const inProgress = hasWork
    ? { name: isolate(reportField(q, work.answers, 'system-name') ?? t.saved.unnamed), savedAt: saved?.ok ? formatDateTime(saved.entry.savedAt, t.lang) : '–' }
    : null;
  return (
    <StartStep
      inProgress={inProgress}
      damaged={listSaved(q).damaged.length}
      errors={errors}
      importer={<Importer />}
      onStart={() => startNew({ type: 'start' })}
      onResume={() => actor.send({ type: 'resume' })}
      length={startFacts.typicalPages}
    />
  );
}
