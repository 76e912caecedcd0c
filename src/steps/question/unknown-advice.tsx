import type { ChoiceQuestion } from '../../questionnaire/schema.ts';
import { useStrings } from '../../i18n/use-strings.ts';

/** Shown as soon as "I don't know" is chosen: what to find out, and who can usually tell you. */
export function UnknownAdvice({ id, unknown }: { id: string; unknown: NonNullable<ChoiceQuestion['unknown']> }) {
  const t = useStrings();
  return (
    <div className="unknown-advice" id={id}>
      <p className="unknown-advice__title">{t.journey.findOut}</p>
      <p>{unknown.findOut}</p>
      {unknown.whoKnows && unknown.whoKnows.length > 0 && (
        <>
          <p className="unknown-advice__title">{t.whoKnows.label}</p>
          <ul className="plain-list">
            {unknown.whoKnows.map((who) => (
              <li key={who}>{t.whoKnows[who]}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
