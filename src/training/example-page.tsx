import { useMemo } from 'react';
import type { Answers } from '../engine/answers.ts';
import type { ImportState } from '../machine/types.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { TierBadge } from '../components/ui/tier-badge.tsx';
import { ConfirmNotice } from '../components/ui/confirm-notice.tsx';
import { useFocusHeading } from '../components/ui/use-focus-heading.ts';
import { usePageTitle } from '../components/ui/use-page-title.ts';
import { walkExample } from './case-walk.ts';
import { DecidedBy } from './decided-by.tsx';
import { trainingToHash } from './training-route.ts';
import { useTrainingStrings } from './use-training-strings.ts';

interface Props {
  questionnaire: Questionnaire;
  exampleId: string;
  importState: ImportState;
  onStart: (title: string, answers: Answers) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

/** One worked example: the outcome and its reason, then every answer with the reason for the question. */
export function ExamplePage({ questionnaire: q, exampleId, importState, onStart, onConfirm, onCancel }: Props) {
  const t = useTrainingStrings();
  const example = q.examples.find((e) => e.id === exampleId);
  const walk = useMemo(() => (example ? walkExample(q, example) : null), [q, example]);
  const headingRef = useFocusHeading<HTMLHeadingElement>(exampleId);
  const confirming = importState.status === 'confirm' && example !== undefined && importState.fileName === example.title;
  usePageTitle(example?.title ?? t.example.notFound);

  const back = (
    <nav aria-label={t.example.back}>
      <a className="back-link" href={trainingToHash({ kind: 'examples' })}>
        {t.example.back}
      </a>
    </nav>
  );
  if (!example || !walk) {
    return (
      <>
        {back}
        <main id="main" className="main training" tabIndex={-1}>
          <h1 className="heading-l" ref={headingRef} tabIndex={-1}>
            {t.example.notFound}
          </h1>
        </main>
      </>
    );
  }
  const { outcome } = walk.assessment;
  return (
    <>
      {back}
      <main id="main" className="main main--wide training" tabIndex={-1}>
        <h1 className="heading-xl" ref={headingRef} tabIndex={-1}>
          {example.title}
        </h1>
        <p className="lead">{example.story}</p>

        <section className={`outcome outcome--${outcome.tier}`} aria-labelledby="example-outcome" data-tier={outcome.tier}>
          <h2 className="heading-m" id="example-outcome">
            {t.example.outcomeHeading}: <TierBadge tier={outcome.tier} label={outcome.title} />
          </h2>
          {outcome.provisional && <p>{t.example.provisional}</p>}
          <h3 className="heading-s">{t.example.decisiveHeading}</h3>
          <p>{example.expected.decisive}</p>
          {outcome.decidedBy.length > 0 && (
            <>
              <h3 className="heading-s">{t.example.decidedByHeading}</h3>
              <DecidedBy rules={outcome.decidedBy} />
            </>
          )}
        </section>

        {confirming ? (
          <ConfirmNotice
            id="example-confirm"
            heading={t.example.confirmHeading}
            text={t.example.confirm(example.title)}
            yes={t.example.confirmYes}
            no={t.example.confirmNo}
            onYes={onConfirm}
            onNo={onCancel}
          />
        ) : (
          <div className="example-start">
            <button type="button" className="button" aria-describedby="example-start-hint" onClick={() => onStart(example.title, walk.answers)}>
              {t.example.startWizard}
            </button>
            <p className="hint" id="example-start-hint">
              {t.example.startHint}
            </p>
          </div>
        )}
        <p>
          <a href={trainingToHash({ kind: 'path', exampleId: example.id })}>{t.example.seePath}</a>
        </p>

        <h2 className="heading-l">{t.example.answersHeading}</h2>
        <p>{t.example.answersLead(walk.steps.length)}</p>
        <ol className="walk-list">
          {walk.steps.map((step) => (
            <li key={step.questionId} className="walk-step">
              <p className="caption">{step.sectionTitle}</p>
              <h3 className="heading-s">{step.question}</h3>
              <p className="walk-step__why">
                <strong>{t.example.why}:</strong> {step.why}
              </p>
              <p className="walk-step__answer">
                <strong>{t.example.answer}:</strong> {step.answer.length > 0 ? step.answer.join(', ') : t.example.skipped}
              </p>
            </li>
          ))}
        </ol>
      </main>
    </>
  );
}
