import { useId, useState } from 'react';
import { linkTerms } from '../questionnaire/glossary.ts';
import type { Question, Term } from '../questionnaire/schema.ts';
import { trainingToHash } from './training-route.ts';
import { useTrainingStrings } from './use-training-strings.ts';
import './term-disclosures.css';

/** The glossary terms a question's text, hint and reason use, in the order they first appear. */
export function termsIn(question: Question, glossary: readonly Term[]): Term[] {
  const ids: string[] = [];
  for (const text of [question.text, question.hint, question.why]) {
    if (!text) continue;
    for (const segment of linkTerms(text, glossary)) if (segment.termId && !ids.includes(segment.termId)) ids.push(segment.termId);
  }
  return ids.map((id) => glossary.find((t) => t.id === id)!).filter(Boolean);
}

function TermDisclosure({ term }: { term: Term }) {
  const t = useTrainingStrings();
  const [open, setOpen] = useState(false);
  const id = `${useId()}-definition`;
  return (
    <li className="term">
      <button type="button" className="term__button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        <span className="term__icon" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        {term.term}
      </button>
      <div className="term__definition" id={id} hidden={!open}>
        <p>{term.definition}</p>
        <p className="cites">
          {t.glossary.law}: {term.cites.map((c) => c.cite).join('; ')}
        </p>
        <p>
          {/* A new tab: the question and the answers chosen on it stay where they are. */}
          <a href={trainingToHash({ kind: 'glossary', termId: term.id })} target="_blank" rel="noopener">
            {t.glossary.inGlossary(term.term)} <span className="small">{t.journey.newTab}</span>
          </a>
        </p>
      </div>
    </li>
  );
}

/** "Terms used in this question": one disclosure per term, its definition right below it. */
export function TermDisclosures({ question, glossary }: { question: Question; glossary: readonly Term[] }) {
  const t = useTrainingStrings();
  const terms = termsIn(question, glossary);
  if (terms.length === 0) return null;
  return (
    <div className="terms">
      <h3 className="terms__title">{t.glossary.termsHeading}</h3>
      <ul className="terms__list">
        {terms.map((term) => (
          <TermDisclosure key={term.id} term={term} />
        ))}
      </ul>
    </div>
  );
}
