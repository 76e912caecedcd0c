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
      // Bytes, not file.text(): that would read UTF-16 and Windows-1252 files as UTF-8 with "�" in them.
      file.arrayBuffer().then(
        (buffer) => actor.send({ type: 'import.parsed', fileName: file.name, result: parseFile(new Uint8Array(buffer), questionnaire) }),
        () => actor.send({ type: 'import.parsed', fileName: file.name, result: { ok: false, errors: [t.importFile.unreadable] } }),
      );
    },
    [actor, t],
  );
}
