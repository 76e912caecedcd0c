import { useMemo, useState } from 'react';
import type { Answers } from '../engine/answers.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { useFocusHeading } from '../components/ui/use-focus-heading.ts';
import { usePageTitle } from '../components/ui/use-page-title.ts';
import { walkAnswers } from './case-walk.ts';
import { PathDiagram } from './path-diagram.tsx';
import { layoutPath } from './path-layout.ts';
import { trainingToHash } from './training-route.ts';
import { useTrainingStrings } from './use-training-strings.ts';
import './path.css';

interface Props {
  questionnaire: Questionnaire;
  currentAnswers: Answers;
  /** Show a worked example's path instead of the current assessment's. */
  exampleId: string | null;
}

/** The questionnaire's route as a picture, with the path one assessment took; an ordered list for screen readers. */
export function PathPage({ questionnaire: q, currentAnswers, exampleId }: Props) {
  const t = useTrainingStrings();
  const example = exampleId ? q.examples.find((e) => e.id === exampleId) : undefined;
  const walk = useMemo(() => walkAnswers(q, example ? example.answers : currentAnswers), [q, example, currentAnswers]);
  const layout = useMemo(
    () => layoutPath(q, walk, { answer: t.path.answer, decidedHere: t.path.decidedHere, stoppedHere: t.path.stoppedHere, nextOpen: t.path.nextOpen }),
    [q, walk, t],
  );
  const [choice, setChoice] = useState(example?.id ?? '');
  const headingRef = useFocusHeading<HTMLHeadingElement>(`path:${exampleId}`);
  usePageTitle(t.path.heading);
  const whose = example ? t.path.example(example.title) : t.path.current;
  const finished = walk.route.current === null && walk.steps.length > 0;

  return (
    <main id="main" className="main main--wide training path-page" tabIndex={-1}>
      <h1 className="heading-xl" ref={headingRef} tabIndex={-1}>
        {t.path.heading}
      </h1>
      <p className="lead">{t.path.lead}</p>
      <form
        className="path-choice"
        onSubmit={(event) => {
          event.preventDefault();
          window.location.hash = trainingToHash({ kind: 'path', exampleId: choice || null });
        }}
      >
        <label className="label" htmlFor="path-whose">
          {t.path.whose}
        </label>
        <div className="path-choice__row">
          <select id="path-whose" className="select" value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">{t.path.current}</option>
            {q.examples.map((e) => (
              <option key={e.id} value={e.id}>
                {t.path.example(e.title)}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--secondary">
            {t.path.show}
          </button>
        </div>
      </form>
      <h2 className="heading-l">{whose}</h2>
      {walk.steps.length === 0 ? (
        <p>{t.path.empty}</p>
      ) : (
        !finished && <p>{t.path.notFinished}</p>
      )}

      <h3 className="heading-m">{t.path.legendHeading}</h3>
      <ul className="path-legend">
        <li>
          <span className="path-legend__swatch path-legend__swatch--asked" aria-hidden="true" /> {t.path.legendAsked}
        </li>
        <li>
          <span className="path-legend__swatch path-legend__swatch--not-asked" aria-hidden="true" /> {t.path.legendNotAsked}
        </li>
        <li>
          <span className="path-legend__symbol" aria-hidden="true">
            ↳
          </span>{' '}
          {t.path.legendBranch}
        </li>
        <li>
          <span className="path-legend__symbol" aria-hidden="true">
            ◆
          </span>{' '}
          {t.path.legendDecided}
        </li>
        <li>
          <span className="path-legend__symbol" aria-hidden="true">
            ■
          </span>{' '}
          {t.path.legendStop}
        </li>
      </ul>
      <p className="small">{t.path.scrollHint}</p>
      <figure className="path-figure">
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- the scrolling diagram must be reachable by keyboard */}
        <div className="path-scroll" tabIndex={0} role="region" aria-label={t.path.figureLabel}>
          <PathDiagram layout={layout} title={`${t.path.heading}: ${whose}`} t={t.path} />
        </div>
      </figure>

      <h2 className="heading-l">{t.path.textHeading}</h2>
      <ol className="path-list">
        {walk.steps.map((step) => {
          const node = layout.nodes.find((n) => n.id === step.questionId)!;
          return (
            <li key={step.questionId} value={node.number}>
              {step.question} <span className="path-list__answer">{t.path.answer(step.answer.join(', ') || '–')}</span>
              {node.mark && (
                <>
                  {' '}
                  <strong>{node.mark.text}</strong>
                </>
              )}
            </li>
          );
        })}
      </ol>
      {finished && <p className="heading-m">{t.path.outcome(walk.assessment.outcome.title)}</p>}
    </main>
  );
}
