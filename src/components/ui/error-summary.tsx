import { useEffect, useRef } from 'react';
import { useStrings } from '../../i18n/use-strings.ts';

export interface FieldError {
  /** The id of the field to move to (for radios and checkboxes: the first option). */
  fieldId: string;
  message: string;
}

/** GOV.UK error summary: at the top of main, takes focus, links to each field. */
export function ErrorSummary({ errors, focusKey }: { errors: FieldError[]; focusKey?: unknown }) {
  const t = useStrings();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
    // focusKey changes on every failed submit, so each attempt moves focus here again.
  }, [errors.length, focusKey]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {t.errorSummaryTitle}
      </h2>
      <ul className="error-summary__list">
        {errors.map((e) => (
          <li key={e.fieldId + e.message}>
            <a
              href={`#${e.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                const field = document.getElementById(e.fieldId);
                field?.focus();
                field?.closest('fieldset, .form-group')?.scrollIntoView?.({ block: 'start' });
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
