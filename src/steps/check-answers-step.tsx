import { useStrings } from '../i18n/use-strings.ts';
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
}

/** Every answer that counts, each with a Change link; answers a change made irrelevant are not listed. */
export function CheckAnswersStep({ sections, review, backHref, onContinue, onDismissReview }: Props) {
  const t = useStrings();
  const headingRef = useFocusHeading<HTMLHeadingElement>('check');
  usePageTitle(t.pages.check);
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
                <div className="summary-list__row" key={row.questionId}>
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
                  </dd>
                  <dd className="summary-list__actions">
                    <a href={row.changeHref}>
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
