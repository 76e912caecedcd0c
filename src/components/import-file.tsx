import { useEffect, useRef } from 'react';
import type { ImportState } from '../machine/types.ts';
import { useStrings } from '../i18n/use-strings.ts';

interface Props {
  state: ImportState;
  onFile: (file: File) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

export const IMPORT_INPUT_ID = 'import-file';

/** Opens an assessment file; asks before it replaces the current answers. Errors show in the page's error summary. */
export function ImportFile({ state, onFile, onConfirm, onCancel }: Props) {
  const t = useStrings();
  const confirmRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state.status === 'confirm') confirmRef.current?.focus();
  }, [state.status]);

  if (state.status === 'confirm') {
    return (
      <div className="notice" role="region" aria-labelledby="import-confirm">
        <h2 className="heading-m" id="import-confirm" tabIndex={-1} ref={confirmRef}>
          {t.importFile.confirmHeading}
        </h2>
        <p>{t.importFile.confirm(state.fileName)}</p>
        <div className="button-group">
          <button type="button" className="button" onClick={onConfirm}>
            {t.importFile.confirmYes}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t.importFile.confirmNo}
          </button>
        </div>
      </div>
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
