import type { Assessment } from '../../engine/assessment.ts';
import { useStrings } from '../../i18n/use-strings.ts';

/** What to find out (the "I don't know" answers) and what would change the result. */
export function ResultOpenPoints({ assessment }: { assessment: Assessment }) {
  const t = useStrings();
  return (
    <>
      {assessment.uncertainties.length > 0 && (
        <section aria-labelledby="find-out">
          <h2 className="heading-m" id="find-out">{t.result.uncertaintiesHeading}</h2>
          <ul>
            {assessment.uncertainties.map((u) => (
              <li key={u.questionId}>
                <strong>{u.question}</strong> {u.findOut}
              </li>
            ))}
          </ul>
        </section>
      )}
      {assessment.whatWouldChange.length > 0 && (
        <section aria-labelledby="would-change">
          <h2 className="heading-m" id="would-change">{t.result.changeHeading}</h2>
          <ul>
            {assessment.whatWouldChange.map((c) => (
              <li key={`${c.questionId}:${c.ifAnswer.join()}`}>
                {t.result.changeIf(c.question, c.ifAnswer.join(', '))}, {c.title ? t.result.changeTo(c.title) : t.result.changeOpen}
                {c.provisional && ` (${t.result.provisionalShort})`}
                {c.confirms && ` (${t.result.confirmedShort})`}.
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
