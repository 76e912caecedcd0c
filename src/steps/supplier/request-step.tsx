import { useState, type ReactNode } from 'react';
import { useStrings } from '../../i18n/use-strings.ts';
import { BackLink } from '../../components/ui/back-link.tsx';
import { ErrorSummary, type FieldError } from '../../components/ui/error-summary.tsx';
import { useFocusHeading } from '../../components/ui/use-focus-heading.ts';
import { usePageTitle } from '../../components/ui/use-page-title.ts';
import type { RequestInput } from '../../storage/supplier-request.ts';

export interface RequestedQuestion {
  id: string;
  question: string;
  reason: 'provider' | 'unknown';
  /** The buyer's answer now, as text. */
  answer: string;
}

export type WorkState = 'idle' | 'working' | 'done' | 'failed';

interface Props {
  questions: RequestedQuestion[];
  /** Requested questions not on the route now. */
  more: number;
  organisation: string;
  requestState: WorkState;
  onDownload: (input: RequestInput) => void;
  /** The tender annex and registration downloads, where the result has them. */
  exports: ReactNode;
  importer: ReactNode;
  errors: FieldError[];
}

/** The buyer's page: the questions for the supplier, the request to download, and where to open the reply. */
export function RequestStep({ questions, more, organisation, requestState, onDownload, exports, importer, errors }: Props) {
  const t = useStrings();
  const [input, setInput] = useState<RequestInput>({ organisation, reference: '', message: t.request.defaultMessage });
  const headingRef = useFocusHeading<HTMLHeadingElement>('request');
  usePageTitle(t.request.title, errors.length > 0);
  const field = (key: keyof RequestInput) => ({ id: `request-${key}`, value: input[key], onChange: (e: { target: { value: string } }) => setInput({ ...input, [key]: e.target.value }) });
  return (
    <>
      <BackLink href="#/result">{t.request.back}</BackLink>
      <main id="main" className="main main--wide" tabIndex={-1}>
        <ErrorSummary errors={errors} />
        <h1 className="heading-l" tabIndex={-1} ref={headingRef}>
          {t.request.title}
        </h1>
        <p className="lead">{t.request.lead}</p>
        <h2 className="heading-m">{t.request.questionsHeading}</h2>
        <ul className="plain-list requested-questions" id="requested-questions">
          {questions.map((q) => (
            <li key={q.id}>
              <strong>{q.question}</strong> <span className="tag">{q.reason === 'provider' ? t.request.provider : t.request.unknown}</span>
              <br />
              <span className="small">{t.request.yourAnswer(q.answer)}</span>
            </li>
          ))}
        </ul>
        {more > 0 && <p className="small">{t.request.more(more)}</p>}
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            onDownload(input);
          }}
        >
          <div className="form-group">
            <label className="label" htmlFor="request-organisation">
              {t.request.organisation}
            </label>
            <input className="input" type="text" maxLength={300} {...field('organisation')} />
          </div>
          <div className="form-group">
            <label className="label" htmlFor="request-reference">
              {t.request.reference}
            </label>
            <div className="hint" id="request-reference-hint">
              {t.request.referenceHint}
            </div>
            <input className="input" type="text" maxLength={300} aria-describedby="request-reference-hint" {...field('reference')} />
          </div>
          <div className="form-group">
            <label className="label" htmlFor="request-message">
              {t.request.message}
            </label>
            <textarea className="input" rows={4} maxLength={5000} {...field('message')} />
          </div>
          <button type="submit" className="button" disabled={requestState === 'working'}>
            {t.request.download}
          </button>
          <p role="status" className={requestState === 'failed' ? 'field-error' : 'small'}>
            {requestState === 'done' ? t.request.downloaded : requestState === 'failed' ? t.request.failed : requestState === 'working' ? t.request.working : ''}
          </p>
        </form>
        <h2 className="heading-m">{t.request.replyHeading}</h2>
        <p>{t.request.replyLead}</p>
        {importer}
        <h2 className="heading-m">{t.request.procurementHeading}</h2>
        {exports}
      </main>
    </>
  );
}
