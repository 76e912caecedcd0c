import type { Assessment } from '../../engine/assessment.ts';
import { timeline } from '../../engine/timeline.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { useStrings } from '../../i18n/use-strings.ts';
import { BackLink } from '../../components/ui/back-link.tsx';
import { useFocusHeading } from '../../components/ui/use-focus-heading.ts';
import { usePageTitle } from '../../components/ui/use-page-title.ts';
import { LawChanges } from './law-changes.tsx';
import { ModelOutcome } from './model-outcome.tsx';
import { ResultActions, type ResultActionsProps } from './result-actions.tsx';
import { ResultContents, type ContentsEntry } from './result-contents.tsx';
import { ResultGuidance } from './result-guidance.tsx';
import { ResultObligations } from './result-obligations.tsx';
import { ResultFindOut, ResultWouldChange } from './result-open-points.tsx';
import { ResultReasons } from './result-reasons.tsx';
import { ResultSummary } from './result-summary.tsx';
import { ResultTimeline } from './result-timeline.tsx';

interface Props extends ResultActionsProps {
  assessment: Assessment;
  disclaimer: string;
  systemName: string | null;
  /** ISO date the timeline counts from: the report details' assessment date, or today. */
  asOf: string;
}

/**
 * Summary first: the outcome, roles, legal route and the dated timeline of
 * duties on one screen, the downloads beside them; then contents, what to find
 * out (for a provisional result), why, the duties by role, what would change
 * the result, good practice and the law it reflects.
 */
export function ResultStep({ assessment, disclaimer, systemName, asOf, ...actions }: Props) {
  const t = useStrings();
  const { outcome, questionnaire: law } = assessment;
  const headingRef = useFocusHeading<HTMLHeadingElement>('result');
  usePageTitle(`${t.pages.result}: ${outcome.title}`);
  const open = new Set(assessment.uncertainties.map((u) => u.questionId));
  const contents: ContentsEntry[] = [
    ...(assessment.uncertainties.length > 0 ? [{ id: 'find-out', title: t.result.uncertaintiesHeading }] : []),
    ...(outcome.decidedBy.length > 0 ? [{ id: 'why', title: t.result.whyHeading }] : []),
    ...(assessment.obligations.length > 0 ? [{ id: 'obligations', title: t.result.obligationsHeading }] : []),
    ...(assessment.whatWouldChange.some((c) => !open.has(c.questionId)) ? [{ id: 'would-change', title: t.result.changeHeading }] : []),
    ...(assessment.guidance.length > 0 ? [{ id: 'guidance', title: t.result.guidanceHeading }] : []),
    { id: 'law', title: t.result.lawHeading },
  ];
  return (
    <>
      <BackLink href="#/check">{t.back}</BackLink>
      <main id="main" className="main main--result" tabIndex={-1}>
        <ResultSummary assessment={assessment} systemName={systemName} headingRef={headingRef} actions={<ResultActions {...actions} />} />
        {assessment.modelOutcome && <ModelOutcome outcome={assessment.modelOutcome} />}
        <ResultTimeline groups={timeline(assessment, asOf)} asOf={asOf} next={outcome.next} />
        <ResultContents entries={contents} />
        <ResultFindOut assessment={assessment} />
        <ResultReasons assessment={assessment} />
        <ResultObligations assessment={assessment} />
        <ResultWouldChange assessment={assessment} />
        <ResultGuidance assessment={assessment} />
        <section aria-labelledby="law">
          <h2 className="heading-m" id="law">{t.result.lawHeading}</h2>
          <p>
            {law.law}. {t.result.lawAsOf(formatDate(law.lawAsOf, t.lang))}
          </p>
          {law.amendments.length > 0 && <ul>{law.amendments.map((a) => <li key={a.act}>{a.act}: {a.title}</li>)}</ul>}
          <p className="small">{disclaimer}</p>
          <LawChanges version={law.version} />
        </section>
      </main>
    </>
  );
}
