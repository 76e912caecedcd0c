import type { TrainingStrings } from '../i18n/training-en.ts';
import type { Questionnaire } from '../questionnaire/schema.ts';
import type { CaseWalk } from './case-walk.ts';
import type { PathLayout } from './path-layout.ts';
import { MARKS } from './path-overview.tsx';

interface Props {
  q: Questionnaire;
  walk: CaseWalk;
  layout: PathLayout;
  whose: string;
  t: Pick<TrainingStrings, 'path' | 'overview'>;
}

/** Whose path it is, its outcome and where it was decided (the engine's), and how to read the boxes. */
export function PathOutcome({ q, walk, layout, whose, t }: Props) {
  const decided = layout.nodes.find((n) => n.mark);
  const stop = walk.route.stoppedBy ? q.rules.find((r) => r.id === walk.route.stoppedBy) : undefined;
  const outcome = decided ? t.overview.decidedAt(walk.assessment.outcome.title, decided.number) : null;
  const legend = [
    [MARKS.asked, t.overview.legendAsked],
    [MARKS['not-asked'], t.overview.legendNotAsked],
    [MARKS.current, t.overview.legendCurrent],
    [MARKS.decided, t.path.legendDecided],
    [MARKS.stopped, t.path.legendStop],
  ];
  return (
    <div className="path-outcome">
      <h2 className="heading-m path-outcome__whose">{whose}</h2>
      {walk.steps.length === 0 ? (
        <p className="path-outcome__text">{t.path.empty}</p>
      ) : outcome ? (
        <p className="path-outcome__text" data-outcome={walk.assessment.outcome.tier}>
          <strong>{outcome}</strong>
          {stop && decided && <> {t.overview.stoppedAt(stop.title, decided.number)}</>}
        </p>
      ) : (
        <p className="path-outcome__text">{t.path.notFinished}</p>
      )}
      <h3 className="visually-hidden">{t.path.legendHeading}</h3>
      <ul className="path-legend">
        {legend.map(([mark, text]) => (
          <li key={mark}>
            <span className="path-legend__symbol" aria-hidden="true">
              {mark}
            </span>{' '}
            {text}
          </li>
        ))}
      </ul>
    </div>
  );
}
