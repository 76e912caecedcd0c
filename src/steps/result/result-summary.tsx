import { UserText } from '../../components/user-text.tsx';
import type { ReactNode } from 'react';
import type { Assessment } from '../../engine/assessment.ts';
import { useStrings } from '../../i18n/use-strings.ts';
import { TierBadge } from '../../components/ui/tier-badge.tsx';
import { InPageLink } from './in-page-link.tsx';

interface Props {
  assessment: Assessment;
  systemName: string | null;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  /** The report and file actions, drawn beside the outcome. */
  actions: ReactNode;
}

/** The outcome, the roles, the legal route in one sentence and any second track, with the downloads beside them. */
export function ResultSummary({ assessment, systemName, headingRef, actions }: Props) {
  const t = useStrings();
  const { outcome, roles, routes, tracks, uncertainties } = assessment;
  const route = outcome.decidedBy.map((r) => r.title).join('; ');
  // A track that is not already the headline gets a second headline line.
  const also = [
    ...(tracks.gpai.length > 0 && outcome.tier !== 'gpai-model' ? [{ key: 'gpai', title: t.result.gpai }] : []),
    ...(tracks.transparency.length > 0 && outcome.tier !== 'limited' ? [{ key: 'transparency', title: t.result.transparency }] : []),
  ];
  return (
    <div className="result-summary">
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
        {also.map((track) => (
          <p key={track.key} className="outcome__second" data-track={track.key}>
            <span className="visually-hidden">{t.summary.alsoApplies}: </span>
            <span aria-hidden="true">+ </span>
            {track.title}
          </p>
        ))}
        <p className="outcome__summary">{outcome.summary}</p>
        {outcome.provisional && (
          <div className="outcome__flag">
            <h2 className="outcome__flag-title">{t.result.provisionalHeading}.</h2> {t.summary.provisional(uncertainties.length)}{' '}
            <InPageLink to="find-out">{t.summary.seeFindOut}</InPageLink>.
          </div>
        )}
        <dl className="outcome__facts">
          {roles.length > 0 && (
            <div>
              <dt>{t.summary.roles}</dt>
              <dd>{roles.map((r) => (r.certain ? t.roles[r.role] : `${t.roles[r.role]} (${t.result.provisionalShort})`)).join(', ')}</dd>
            </div>
          )}
          {route && (
            <div>
              <dt>{t.summary.route}</dt>
              <dd>{t.summary.routeLine(route, routes.map((c) => c.cite).join(', '))}</dd>
            </div>
          )}
        </dl>
      </div>
      <aside className="result-summary__actions" aria-label={t.summary.actionsHeading}>
        {actions}
      </aside>
    </div>
  );
}
