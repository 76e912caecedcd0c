import type { Assessment, Change } from '../../engine/assessment.ts';
import { useStrings } from '../../i18n/use-strings.ts';

function changeText(t: ReturnType<typeof useStrings>, c: Change): string {
  const then = c.confirms ? t.openPoints.wouldConfirm : c.title ? t.openPoints.wouldBe(c.title) : t.result.changeOpen;
  return `${t.openPoints.ifAnswer(c.ifAnswer.join(', '))}, ${then}${c.provisional && !c.confirms ? ` (${t.result.provisionalShort})` : ''}.`;
}

/**
 * What to find out: each "I don't know" once, in plain words, with who can
 * answer it and what each answer would do to the result.
 */
export function ResultFindOut({ assessment }: { assessment: Assessment }) {
  const t = useStrings();
  if (assessment.uncertainties.length === 0) return null;
  return (
    <section aria-labelledby="find-out" className="find-out">
      <h2 className="heading-m" id="find-out">{t.result.uncertaintiesHeading}</h2>
      <p>{t.openPoints.lead}</p>
      <ol className="open-points">
        {assessment.uncertainties.map((u) => {
          const changes = assessment.whatWouldChange.filter((c) => c.questionId === u.questionId);
          return (
            <li key={u.questionId} className="open-point" data-question={u.questionId}>
              <p className="open-point__what">
                <strong>{u.findOut || u.question}</strong>
              </p>
              <p className="small">{t.openPoints.question(u.question)}</p>
              {u.whoKnows.length > 0 && (
                <p className="open-point__who">
                  <strong>{t.whoKnows.label}:</strong> {u.whoKnows.map((w) => t.whoKnows[w]).join(', ')}
                </p>
              )}
              {changes.length > 0 ? (
                <ul className="open-point__changes">{changes.map((c) => <li key={c.ifAnswer.join()}>{changeText(t, c)}</li>)}</ul>
              ) : (
                <p className="open-point__changes">{u.affects.length > 0 ? t.openPoints.noChange : t.openPoints.noEffect}</p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** What would change the result: the other answers that decide it (the open points' answers are listed with them). */
export function ResultWouldChange({ assessment }: { assessment: Assessment }) {
  const t = useStrings();
  const open = new Set(assessment.uncertainties.map((u) => u.questionId));
  const changes = assessment.whatWouldChange.filter((c) => !open.has(c.questionId));
  if (changes.length === 0) return null;
  return (
    <section aria-labelledby="would-change">
      <h2 className="heading-m" id="would-change">{t.result.changeHeading}</h2>
      <ul>
        {changes.map((c) => (
          <li key={`${c.questionId}:${c.ifAnswer.join()}`}>
            {t.result.changeIf(c.question, c.ifAnswer.join(', '))}, {c.confirms ? t.openPoints.wouldConfirm : c.title ? t.result.changeTo(c.title) : t.result.changeOpen}
            {c.provisional && !c.confirms && ` (${t.result.provisionalShort})`}.
          </li>
        ))}
      </ul>
    </section>
  );
}
