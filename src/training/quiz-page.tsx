import { useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { Questionnaire, Tier } from '../questionnaire/schema.ts';
import { useStrings } from '../i18n/use-strings.ts';
import { TierBadge } from '../components/ui/tier-badge.tsx';
import { ErrorSummary } from '../components/ui/error-summary.tsx';
import { ButtonPair } from '../components/ui/button-pair.tsx';
import { useFocusHeading } from '../components/ui/use-focus-heading.ts';
import { usePageTitle } from '../components/ui/use-page-title.ts';
import { walkExample } from './case-walk.ts';
import { DecidedBy } from './decided-by.tsx';
import { tierTitle } from './outcome-label.ts';
import { compareGuess, nextCase, recordAnswer, roundComplete } from './quiz.ts';
import { resetQuizSession, setQuizSession, useQuizSession } from './quiz-session.ts';
import { trainingToHash } from './training-route.ts';
import { useTrainingStrings } from './use-training-strings.ts';

type Phase = { kind: 'guess' } | { kind: 'walk'; guess: Tier; step: number } | { kind: 'result'; guess: Tier };

const GUESS_ID = 'quiz-guess';

/** Quiz: read a case, guess its tier, walk its answers, compare with the engine's outcome. */
export function QuizPage({ questionnaire: q }: { questionnaire: Questionnaire }) {
  const t = useTrainingStrings();
  const { errorPrefix } = useStrings();
  const session = useQuizSession();
  const caseIds = useMemo(() => q.examples.map((e) => e.id), [q]);
  const caseId = session.caseId && caseIds.includes(session.caseId) ? session.caseId : (caseIds[0] ?? null);
  const example = q.examples.find((e) => e.id === caseId);
  const walk = useMemo(() => (example ? walkExample(q, example) : null), [q, example]);
  const [phase, setPhase] = useState<Phase>({ kind: 'guess' });
  const [choice, setChoice] = useState<Tier | ''>('');
  const [error, setError] = useState(false);
  const [submits, setSubmits] = useState(0);
  const focusKey = `${caseId}:${phase.kind}:${phase.kind === 'walk' ? phase.step : ''}`;
  const headingRef = useFocusHeading<HTMLHeadingElement>(focusKey);
  const stepRef = useRef<HTMLHeadingElement>(null);
  usePageTitle(t.quiz.heading, error);
  useEffect(() => {
    if (phase.kind !== 'guess') stepRef.current?.focus();
  }, [focusKey, phase.kind]);

  if (!example || !walk || !caseId) {
    return (
      <main id="main" className="main training" tabIndex={-1}>
        <h1 className="heading-xl" ref={headingRef} tabIndex={-1}>
          {t.quiz.heading}
        </h1>
      </main>
    );
  }

  const { score } = session;
  const outcome = walk.assessment.outcome;
  const finish = (guess: Tier) => {
    setQuizSession({ caseId, score: recordAnswer(score, caseId, compareGuess(guess, outcome)) });
    setPhase({ kind: 'result', guess });
  };
  const goNext = () => {
    const next = nextCase(caseIds, score, caseId);
    setQuizSession({ caseId: next.caseId, score: next.score });
    setPhase({ kind: 'guess' });
    setChoice('');
    setError(false);
  };
  const reset = () => {
    resetQuizSession();
    setPhase({ kind: 'guess' });
    setChoice('');
    setError(false);
  };
  const scoreLine = score.answered === 0 ? t.quiz.noScore : t.quiz.score(score.correct, score.answered);
  const pick = (id: string) => {
    setQuizSession({ caseId: id, score });
    setPhase({ kind: 'guess' });
    setChoice('');
    setError(false);
  };

  return (
    <main id="main" className="main main--wide training quiz" tabIndex={-1}>
      {phase.kind === 'guess' && <ErrorSummary errors={error ? [{ fieldId: `${GUESS_ID}-0`, message: t.quiz.guessError }] : []} focusKey={submits} />}
      <h1 className="heading-xl" ref={headingRef} tabIndex={-1}>
        {t.quiz.heading}
      </h1>
      <p className="quiz__score" role="status">
        {scoreLine}
      </p>
      {phase.kind === 'guess' && <CasePicker cases={q.examples} current={caseId} done={score.done} onPick={pick} />}
      <h2 className="heading-l">{t.quiz.caseHeading(caseIds.indexOf(caseId) + 1, caseIds.length, example.title)}</h2>
      <p className="lead quiz__story">{example.story}</p>

      {phase.kind === 'guess' && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setSubmits((n) => n + 1);
            if (choice === '') {
              setError(true);
              return;
            }
            setPhase({ kind: 'walk', guess: choice, step: 0 });
          }}
        >
          <p>{t.quiz.lead}</p>
          <div className={`form-group${error ? ' form-group--error' : ''}`}>
            <fieldset className="fieldset" aria-describedby={error ? `${GUESS_ID}-error` : undefined}>
              <legend className="fieldset__legend heading-m">{t.quiz.guessLegend}</legend>
              {error && (
                <p className="field-error" id={`${GUESS_ID}-error`}>
                  <span className="visually-hidden">{errorPrefix.trim()}</span> {t.quiz.guessError}
                </p>
              )}
              <div className="radios">
                {q.outcomes.map((o, i) => (
                  <div className="radios__item" key={o.tier}>
                    <input
                      className="radios__input"
                      type="radio"
                      id={`${GUESS_ID}-${i}`}
                      name="guess"
                      value={o.tier}
                      checked={choice === o.tier}
                      onChange={() => {
                        setChoice(o.tier);
                        setError(false);
                      }}
                    />
                    <label className="label radios__label" htmlFor={`${GUESS_ID}-${i}`}>
                      {o.title}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          <button type="submit" className="button">
            {t.quiz.submitGuess}
          </button>
        </form>
      )}

      {phase.kind === 'walk' && (
        <section aria-labelledby="quiz-step" className="quiz__step">
          <p>{t.quiz.yourGuess(tierTitle(q, phase.guess))}</p>
          <h3 className="heading-m" id="quiz-step" ref={stepRef} tabIndex={-1}>
            {t.quiz.stepHeading(phase.step + 1, walk.steps.length)}
          </h3>
          <p className="caption">{walk.steps[phase.step]!.sectionTitle}</p>
          <p className="quiz__question">{walk.steps[phase.step]!.question}</p>
          <p>
            <strong>{t.quiz.why}:</strong> {walk.steps[phase.step]!.why}
          </p>
          <p className="quiz__answer">
            <strong>{t.quiz.answer}:</strong> {walk.steps[phase.step]!.answer.join(', ') || '–'}
          </p>
          <div className="button-group">
            <button
              type="button"
              className="button"
              onClick={() => (phase.step + 1 < walk.steps.length ? setPhase({ ...phase, step: phase.step + 1 }) : finish(phase.guess))}
            >
              {t.quiz.continue}
            </button>
            <button type="button" className="link-button" onClick={() => finish(phase.guess)}>
              {t.quiz.skipToResult}
            </button>
          </div>
        </section>
      )}

      {phase.kind === 'result' && (
        <QuizResult
          heading={compareGuess(phase.guess, outcome).correct ? t.quiz.right : t.quiz.wrong}
          lead={
            compareGuess(phase.guess, outcome).correct
              ? t.quiz.rightLead(tierTitle(q, outcome.tier))
              : t.quiz.wrongLead(tierTitle(q, phase.guess), tierTitle(q, outcome.tier))
          }
          headingRef={stepRef}
          correct={compareGuess(phase.guess, outcome).correct}
        >
          <p>
            <TierBadge tier={outcome.tier} label={outcome.title} />
          </p>
          {outcome.provisional && <p>{t.quiz.provisional}</p>}
          <h4 className="heading-s">{t.quiz.explanationHeading}</h4>
          <p>{example.expected.decisive}</p>
          {outcome.decidedBy.length > 0 && (
            <>
              <h4 className="heading-s">{t.quiz.decidedByHeading}</h4>
              <DecidedBy rules={outcome.decidedBy} />
            </>
          )}
          <p>
            <a href={trainingToHash({ kind: 'example', id: example.id })}>{t.quiz.openExample}</a>
          </p>
          {roundComplete(caseIds, score) && <p>{t.quiz.allDone}</p>}
          <ButtonPair primary={t.quiz.nextCase} secondary={t.quiz.resetScore} onPrimary={goNext} onSecondary={reset} />
        </QuizResult>
      )}
    </main>
  );
}

function QuizResult({
  heading,
  lead,
  correct,
  headingRef,
  children,
}: {
  heading: string;
  lead: string;
  correct: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby="quiz-result" className={`quiz__result quiz__result--${correct ? 'right' : 'wrong'}`} data-correct={correct}>
      <h3 className="heading-l" id="quiz-result" ref={headingRef} tabIndex={-1}>
        <span aria-hidden="true">{correct ? '✓ ' : '✗ '}</span>
        {heading}
      </h3>
      <p className="lead">{lead}</p>
      {children}
    </section>
  );
}

/** Lets a trainer pick the case to discuss instead of going through them in order. */
function CasePicker({ cases, current, done, onPick }: { cases: Questionnaire['examples']; current: string; done: readonly string[]; onPick: (id: string) => void }) {
  const t = useTrainingStrings();
  const [selected, setSelected] = useState(current);
  return (
    <form
      className="quiz__picker"
      onSubmit={(event) => {
        event.preventDefault();
        onPick(selected);
      }}
    >
      <label className="label" htmlFor="quiz-case">
        {t.journey.pickCase}
      </label>
      <select id="quiz-case" className="select" value={selected} onChange={(e) => setSelected(e.target.value)}>
        {cases.map((c) => (
          <option key={c.id} value={c.id}>
            {done.includes(c.id) ? t.journey.caseDone(c.title) : c.title}
          </option>
        ))}
      </select>{' '}
      <button type="submit" className="button button--secondary">
        {t.journey.showCase}
      </button>
    </form>
  );
}
