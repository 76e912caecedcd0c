import type { Question, Term } from '../../questionnaire/schema.ts';
import { TermDisclosures } from '../../training/term-disclosures.tsx';
import { useStrings } from '../../i18n/use-strings.ts';

/** "Why we ask" and the expandable help: body, examples that count and do not, the law. */
export function QuestionHelp({ question, glossary = [], level = 2 }: { question: Question; glossary?: readonly Term[]; level?: 2 | 3 }) {
  const t = useStrings();
  const { help, cites } = question;
  const hasHelp = help || cites.length > 0;
  return (
    <>
      <div className="why">
        {level === 2 ? <h2 className="why__title">{t.question.whyHeading}</h2> : <h3 className="why__title">{t.question.whyHeading}</h3>}
        <p>{question.why}</p>
        <TermDisclosures question={question} glossary={glossary} />
      </div>
      {hasHelp && (
        <details className="details">
          <summary className="details__summary">{t.question.helpSummary}</summary>
          <div className="details__text">
            {help?.body && <p>{help.body}</p>}
            {help?.counts && help.counts.length > 0 && (
              <>
                <h3>{t.question.counts}</h3>
                <ul>{help.counts.map((c) => <li key={c}>{c}</li>)}</ul>
              </>
            )}
            {help?.doesNotCount && help.doesNotCount.length > 0 && (
              <>
                <h3>{t.question.doesNotCount}</h3>
                <ul>{help.doesNotCount.map((c) => <li key={c}>{c}</li>)}</ul>
              </>
            )}
            {cites.length > 0 && (
              <p className="cites">
                {t.question.law}: {cites.map((c) => c.cite).join('; ')}
              </p>
            )}
          </div>
        </details>
      )}
    </>
  );
}
