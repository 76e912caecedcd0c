import { useEffect } from 'react';
import '../styles/journey.css';
import { useStrings } from '../i18n/use-strings.ts';
import { fieldIds } from './question/field-ids.ts';
import { BackLink } from '../components/ui/back-link.tsx';
import { VisuallyHidden } from '../components/ui/visually-hidden.tsx';
import { useFocusHeading } from '../components/ui/use-focus-heading.ts';
import { usePageTitle } from '../components/ui/use-page-title.ts';
import { UserText } from '../components/user-text.tsx';
import { ReviewNotice } from '../components/review-notice.tsx';
import { DownloadAssessment } from '../components/download-assessment.tsx';

export interface AnswerRow {
  questionId: string;
  question: string;
  answer: string[];
  changeHref: string;
  /** The answer is "I don't know". */
  unknown?: boolean;
}

export interface AnswerSection {
  id: string;
  title: string;
  rows: AnswerRow[];
}

interface Props {
  sections: AnswerSection[];
  review: string[];
  backHref: string;
  onContinue: () => void;
  onDismissReview: () => void;
  /** The question whose Change link was followed last: focus returns to its row. */
  returnTo?: string | null;
  onChange?: (questionId: string) => void;
}

const rowId = (questionId: string) => `${fieldIds(questionId).base}-row`;

/** Every answer that counts, each with a Change link; answers a change made irrelevant are not listed. */
export function CheckAnswersStep({ sections, review, backHref, onContinue, onDismissReview, returnTo = null, onChange }: Props) {
  const t = useStrings();
  const headingRef = useFocusHeading<HTMLHeadingElement>('check');
  usePageTitle(t.pages.check);
  // Back from a change: to the row that was changed (after the heading took focus).
  useEffect(() => {
    if (!returnTo) return;
    const row = document.getElementById(rowId(returnTo));
    row?.querySelector<HTMLAnchorElement>('a')?.focus();
    row?.scrollIntoView?.({ block: 'center' });
  }, [returnTo]);
  return (
    <>
      <BackLink href={backHref}>{t.back}</BackLink>
      <main id="main" className="main main--wide" tabIndex={-1}>
        <ReviewNotice items={review} onDismiss={onDismissReview} />
        <h1 className="heading-l" tabIndex={-1} ref={headingRef}>
          {t.check.heading}
        </h1>
        {sections.map((section) => (
          <section key={section.id} aria-labelledby={`section-${section.id}`}>
            <h2 className="heading-m" id={`section-${section.id}`}>
              {section.title}
            </h2>
            <dl className="summary-list">
              {section.rows.map((row) => (
                <div className="summary-list__row" key={row.questionId} id={rowId(row.questionId)}>
                  <dt className="summary-list__key">{row.question}</dt>
                  <dd className="summary-list__value">
                    {row.answer.length === 0 || (row.answer.length === 1 && row.answer[0] === '') ? (
                      <span className="muted">{t.check.notAnswered}</span>
                    ) : row.answer.length === 1 ? (
                      <p className="pre-wrap" dir="auto">
                        <UserText>{row.answer[0]}</UserText>
                      </p>
                    ) : (
                      <ul className="plain-list">{row.answer.map((a) => <li key={a}>{a}</li>)}</ul>
                    )}
                    {row.unknown && <strong className="answer-unknown">{t.journey.unknownAnswer}</strong>}
                  </dd>
                  <dd className="summary-list__actions">
                    <a href={row.changeHref} onClick={() => onChange?.(row.questionId)}>
                      {t.check.change}{' '}
                      <VisuallyHidden>{t.check.changeHidden(row.question)}</VisuallyHidden>
                    </a>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <button type="button" className="button" onClick={onContinue}>
          {t.check.continue}
        </button>
        <p>
          <a href="#/details">{t.summary.details}</a>
          <br />
          <span className="small">{t.summary.detailsHint}</span>
        </p>
        <DownloadAssessment />
      </main>
    </>
  );
}
