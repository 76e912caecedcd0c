import { useEffect } from 'react';
import type { Questionnaire } from '../questionnaire/schema.ts';
import { useFocusHeading } from '../components/ui/use-focus-heading.ts';
import { usePageTitle } from '../components/ui/use-page-title.ts';
import { trainingToHash } from './training-route.ts';
import { useTrainingStrings } from './use-training-strings.ts';

export const termAnchor = (id: string) => `term-${id.replace(/[^a-z0-9-]/gi, '-')}`;

/** Every term of the glossary with its definition and citations; #/glossary/<id> opens at the term. */
export function GlossaryPage({ questionnaire: q, termId }: { questionnaire: Questionnaire; termId: string | null }) {
  const t = useTrainingStrings();
  const headingRef = useFocusHeading<HTMLHeadingElement>('glossary');
  usePageTitle(t.glossary.heading);
  const terms = [...q.glossary].sort((a, b) => a.term.localeCompare(b.term, q.locale));
  useEffect(() => {
    if (!termId) return;
    const target = document.getElementById(termAnchor(termId));
    target?.scrollIntoView?.({ block: 'start' });
    target?.focus({ preventScroll: true });
  }, [termId]);
  return (
    <main id="main" className="main main--wide training" tabIndex={-1}>
      <h1 className="heading-xl" ref={headingRef} tabIndex={-1}>
        {t.glossary.heading}
      </h1>
      <p className="lead">{t.glossary.lead}</p>
      <nav aria-label={t.glossary.indexLabel}>
        <ul className="term-index">
          {terms.map((term) => (
            <li key={term.id}>
              <a href={trainingToHash({ kind: 'glossary', termId: term.id })}>{term.term}</a>
            </li>
          ))}
        </ul>
      </nav>
      <dl className="glossary">
        {terms.map((term) => (
          <div key={term.id} className={`glossary__entry${term.id === termId ? ' glossary__entry--target' : ''}`}>
            <dt id={termAnchor(term.id)} tabIndex={-1} className="heading-m">
              {term.term}
            </dt>
            <dd>
              <p>{term.definition}</p>
              <p className="cites">
                {t.glossary.law}: {term.cites.map((c) => c.cite).join('; ')}
              </p>
            </dd>
          </div>
        ))}
      </dl>
    </main>
  );
}
