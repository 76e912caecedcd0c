import type { Assessment } from '../../engine/assessment.ts';
import type { OutcomeText } from '../../questionnaire/schema.ts';
import { useStrings } from '../../i18n/use-strings.ts';

/** What to find out (the "I don't know" answers) and what would change the result. */
export function ResultOpenPoints({ assessment, outcomes }: { assessment: Assessment; outcomes: OutcomeText[] }) {
  const t = useStrings();
  const titleOf = (tier: string | null) => (tier ? (outcomes.find((o) => o.tier === tier)?.title ?? tier) : null);
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
                {t.result.changeIf(c.question, c.ifAnswer.join(', '))}, {titleOf(c.tier) ? t.result.changeTo(titleOf(c.tier)!) : t.result.changeOpen}
                {c.provisional
                  ? ` (${t.result.provisionalShort})`
                  : c.tier === assessment.outcome.tier && assessment.outcome.provisional && ` (${t.result.confirmedShort})`}
                .
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
