import { useSelector } from '@xstate/react';
import { useStrings } from '../../i18n/use-strings.ts';
import { SavedStep } from '../../steps/saved/saved-step.tsx';
import { Importer, useImportErrors } from '../importer.tsx';
import { useSavedList } from '../use-saved-list.ts';
import { useWizard } from '../wizard-context.ts';

export function SavedPage() {
  const actor = useWizard();
  const t = useStrings();
  const q = useSelector(actor, (s) => s.context.questionnaire);
  const currentId = useSelector(actor, (s) => s.context.work.id);
  const list = useSavedList(actor, q, currentId);
  return (
    <SavedStep
      rows={list.rows}
      damaged={list.damaged}
      actions={list.actions}
      onDownloadDamaged={list.onDownloadDamaged}
      onDeleteDamaged={list.onDeleteDamaged}
      errors={useImportErrors(t)}
      importer={<Importer />}
    />
  );
}
