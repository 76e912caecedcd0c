import type { Assessment } from '../../engine/assessment.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { useStrings } from '../../i18n/use-strings.ts';
import { BackLink } from '../../components/ui/back-link.tsx';
import { TierBadge } from '../../components/ui/tier-badge.tsx';
import { useFocusHeading } from '../../components/ui/use-focus-heading.ts';
import { usePageTitle } from '../../components/ui/use-page-title.ts';
import { LawChanges } from './law-changes.tsx';
import { ModelOutcome } from './model-outcome.tsx';
import { ResultActions, type ResultActionsProps } from './result-actions.tsx';
import { ResultObligations } from './result-obligations.tsx';
import { ResultOpenPoints } from './result-open-points.tsx';
import { UserText } from '../../components/user-text.tsx';
import { ResultReasons } from './result-reasons.tsx';

interface Props extends ResultActionsProps {
  assessment: Assessment;
  disclaimer: string;
  systemName: string | null;
}

/** The outcome stated plainly, then why, what applies, what must be done, and what is still open. */
export function ResultStep({ assessment, disclaimer, systemName, ...actions }: Props) {
  const t = useStrings();
  const { outcome, questionnaire: law } = assessment;
  const headingRef = useFocusHeading<HTMLHeadingElement>('result');
  usePageTitle(`${t.pages.result}: ${outcome.title}`);
  return (
    <>
      <BackLink href="#/check">{t.back}</BackLink>
      <main id="main" className="main main--wide" tabIndex={-1}>
        <div className={`outcome outcome--${outcome.tier}`} data-tier={outcome.tier} data-provisional={outcome.provisional}>
          {systemName && (
            <p className="caption">
              <UserText>{systemName}</UserText>
            </p>
          )}
          <h1 className="heading-l outcome__title" tabIndex={-1} ref={headingRef}>
            <span className="visually-hidden">{t.result.tierLabel}: </span>
            <TierBadge tier={outcome.tier} label={outcome.title} />
          </h1>
          <p className="lead">{outcome.summary}</p>
        </div>
        {assessment.modelOutcome && <ModelOutcome outcome={assessment.modelOutcome} />}
        {outcome.provisional && (
          <div className="warning" role="note">
            <span className="warning__icon" aria-hidden="true">!</span>
            <div>
              <h2 className="heading-s">{t.result.provisionalHeading}</h2>
              <p>{t.result.provisional}</p>
            </div>
          </div>
        )}
        <ResultReasons assessment={assessment} />
        <ResultObligations assessment={assessment} />
        <ResultOpenPoints assessment={assessment} />
        <section aria-labelledby="next">
          <h2 className="heading-m" id="next">{t.result.nextHeading}</h2>
          <ul>{outcome.next.map((n) => <li key={n}>{n}</li>)}</ul>
        </section>
        {assessment.guidance.length > 0 && (
          <section aria-labelledby="guidance">
            <h2 className="heading-m" id="guidance">{t.result.guidanceHeading}</h2>
            <ul>
              {assessment.guidance.map((g) => (
                <li key={g.id}>
                  <strong>{g.title}</strong>: {g.summary}
                </li>
              ))}
            </ul>
          </section>
        )}
        <section aria-labelledby="law">
          <h2 className="heading-m" id="law">{t.result.lawHeading}</h2>
          <p>
            {law.law}. {t.result.lawAsOf(formatDate(law.lawAsOf, t.lang))}
          </p>
          {law.amendments.length > 0 && <ul>{law.amendments.map((a) => <li key={a.act}>{a.act}: {a.title}</li>)}</ul>}
          <p className="small">{disclaimer}</p>
          <LawChanges version={law.version} />
        </section>
        <ResultActions {...actions} />
      </main>
    </>
  );
}
