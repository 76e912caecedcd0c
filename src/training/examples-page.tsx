import type { Questionnaire } from '../questionnaire/schema.ts';
import { TierBadge } from '../components/ui/tier-badge.tsx';
import { useFocusHeading } from '../components/ui/use-focus-heading.ts';
import { usePageTitle } from '../components/ui/use-page-title.ts';
import { tierTitle } from './outcome-label.ts';
import { trainingToHash } from './training-route.ts';
import { useTrainingStrings } from './use-training-strings.ts';

/** The library of worked examples: title, story and the outcome the law gives. */
export function ExamplesPage({ questionnaire: q }: { questionnaire: Questionnaire }) {
  const t = useTrainingStrings();
  const headingRef = useFocusHeading<HTMLHeadingElement>('examples');
  usePageTitle(t.examples.heading);
  return (
    <main id="main" className="main main--wide training" tabIndex={-1}>
      <h1 className="heading-xl" ref={headingRef} tabIndex={-1}>
        {t.examples.heading}
      </h1>
      <p className="lead">{t.examples.lead}</p>
      <p>
        <a href={trainingToHash({ kind: 'quiz' })}>{t.examples.toQuiz}</a>
      </p>
      <p className="small">{t.examples.count(q.examples.length)}</p>
      <ul className="example-list">
        {q.examples.map((example) => (
          <li key={example.id} className="example-card">
            <h2 className="heading-m">
              <a href={trainingToHash({ kind: 'example', id: example.id })}>{example.title}</a>
            </h2>
            <p>{example.story}</p>
            <p className="example-card__outcome">
              {t.examples.expected}: <TierBadge tier={example.expected.tier} label={tierTitle(q, example.expected.tier)} />
              {example.expected.provisional && ` (${t.examples.provisional})`}
            </p>
          </li>
        ))}
      </ul>
    </main>
  );
}
