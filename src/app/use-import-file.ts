/** Reads a chosen file and hands the machine the parsed result; the machine decides what happens. */
import { useCallback } from 'react';
import { useStrings } from '../i18n/use-strings.ts';
import { parseFile } from '../storage/file-format.ts';
import { useWizard } from './wizard-context.ts';

export function useImportFile(): (file: File) => void {
  const actor = useWizard();
  const t = useStrings();
  return useCallback(
    (file: File) => {
      const { questionnaire } = actor.getSnapshot().context;
      file.text().then(
        (text) => actor.send({ type: 'import.parsed', fileName: file.name, result: parseFile(text, questionnaire) }),
        () => actor.send({ type: 'import.parsed', fileName: file.name, result: { ok: false, errors: [t.importFile.unreadable] } }),
      );
    },
    [actor, t],
  );
}
