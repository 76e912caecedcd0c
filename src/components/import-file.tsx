import { ConfirmNotice } from './ui/confirm-notice.tsx';
import type { ImportState } from '../machine/types.ts';
import { useStrings } from '../i18n/use-strings.ts';
import { UnsavedWorkNotice } from './unsaved-work.tsx';

interface Props {
  state: ImportState;
  onFile: (file: File) => void;
  onConfirm: () => void;
  onCancel: () => void;
  /** The current answers cannot be kept in this browser (storage disabled or full). */
  atRisk?: boolean;
}

export const IMPORT_INPUT_ID = 'import-file';

/** Opens an assessment file; asks before it replaces the current answers. Errors show in the page's error summary. */
export function ImportFile({ state, onFile, onConfirm, onCancel, atRisk = false }: Props) {
  const t = useStrings();

  if (state.status === 'confirm') {
    const Notice = atRisk ? UnsavedWorkNotice : ConfirmNotice;
    return (
      <Notice
        id="import-confirm"
        heading={t.importFile.confirmHeading}
        text={atRisk ? t.reliability.replaceUnsaved(state.fileName) : t.importFile.confirm(state.fileName)}
        yes={t.importFile.confirmYes}
        no={t.importFile.confirmNo}
        onYes={onConfirm}
        onNo={onCancel}
      />
    );
  }
  const error = state.status === 'error';
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={IMPORT_INPUT_ID}>
        {t.importFile.choose}
      </label>
      <div className="hint" id={`${IMPORT_INPUT_ID}-hint`}>
        {t.start.importHint}
      </div>
      {error && (
        <div className="field-error" id={`${IMPORT_INPUT_ID}-error`}>
          <span className="visually-hidden">{t.errorPrefix.trim()}</span> {t.importFile.invalid(state.fileName)}
          <ul>{state.errors.map((e) => <li key={e}>{e}</li>)}</ul>
        </div>
      )}
      <input
        className="file-upload"
        type="file"
        id={IMPORT_INPUT_ID}
        accept=".json,application/json"
        aria-describedby={`${IMPORT_INPUT_ID}-hint${error ? ` ${IMPORT_INPUT_ID}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = '';
        }}
      />
    </div>
  );
}
