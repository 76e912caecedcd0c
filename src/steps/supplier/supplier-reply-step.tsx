import { useState } from 'react';
import { useStrings } from '../../i18n/use-strings.ts';
import { BackLink } from '../../components/ui/back-link.tsx';
import { ErrorSummary } from '../../components/ui/error-summary.tsx';
import { useFocusHeading } from '../../components/ui/use-focus-heading.ts';
import { usePageTitle } from '../../components/ui/use-page-title.ts';
import type { AnswerRow } from '../check-answers-step.tsx';
import { AnswerList } from './answer-list.tsx';

interface Props {
  rows: AnswerRow[];
  backHref: string;
  downloaded: boolean;
  onDownload: (supplier: string) => void;
}

const NAME_ID = 'reply-supplier';

/** The supplier's last page: its answers with Change links, its name, and the reply to download. */
export function SupplierReplyStep({ rows, backHref, downloaded, onDownload }: Props) {
  const t = useStrings();
  const [name, setName] = useState('');
  const [error, setError] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const headingRef = useFocusHeading<HTMLHeadingElement>('supplier-reply');
  usePageTitle(t.supplier.replyTitle, error);
  return (
    <>
      <BackLink href={backHref}>{t.supplier.back}</BackLink>
      <main id="main" className="main main--wide" tabIndex={-1}>
        <ErrorSummary errors={error ? [{ fieldId: NAME_ID, message: t.supplier.nameMissing }] : []} focusKey={attempt} />
        <h1 className="heading-l" tabIndex={-1} ref={headingRef}>
          {t.supplier.replyTitle}
        </h1>
        <p>{rows.length > 0 ? t.supplier.replyLead : t.supplier.none}</p>
        <AnswerList rows={rows} change={(row) => ({ label: t.supplier.change, hidden: t.supplier.changeHidden(row.question) })} />
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setAttempt((n) => n + 1);
            if (name.trim() === '') return setError(true);
            setError(false);
            onDownload(name);
          }}
        >
          <div className={`form-group${error ? ' form-group--error' : ''}`}>
            <label className="label" htmlFor={NAME_ID}>
              {t.supplier.name}
            </label>
            {error && (
              <p className="field-error" id={`${NAME_ID}-error`}>
                <span className="visually-hidden">{t.errorPrefix.trim()}</span> {t.supplier.nameMissing}
              </p>
            )}
            <input
              className="input"
              type="text"
              id={NAME_ID}
              maxLength={300}
              value={name}
              autoComplete="organization"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${NAME_ID}-error` : undefined}
              onChange={(e) => setName(e.target.value)}
            />
          </div>
          <button type="submit" className="button">
            {t.supplier.download}
          </button>
          <p role="status" className="small">
            {downloaded ? t.supplier.downloaded : ''}
          </p>
        </form>
      </main>
    </>
  );
}
