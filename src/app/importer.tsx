import { useSelector } from '@xstate/react';
import { ImportFile, IMPORT_INPUT_ID } from '../components/import-file.tsx';
import { useWorkAtRisk } from '../components/unsaved-work.tsx';
import type { FieldError } from '../components/ui/error-summary.tsx';
import type { Strings } from '../i18n/catalogue.ts';
import { useImportFile } from './use-import-file.ts';
import { useWizard } from './wizard-context.ts';

export function Importer() {
  const actor = useWizard();
  const state = useSelector(actor, (s) => s.context.importState);
  const onFile = useImportFile();
  const atRisk = useWorkAtRisk();
  return <ImportFile state={state} atRisk={atRisk} onFile={onFile} onConfirm={() => actor.send({ type: 'import.confirm' })} onCancel={() => actor.send({ type: 'import.cancel' })} />;
}

/** The import error as an error-summary entry, for the page that holds the file input. */
export function useImportErrors(t: Strings): FieldError[] {
  const actor = useWizard();
  const state = useSelector(actor, (s) => s.context.importState);
  return state.status === 'error' ? [{ fieldId: IMPORT_INPUT_ID, message: `${t.importFile.invalid(state.fileName)} ${state.errors.join(' ')}` }] : [];
}
