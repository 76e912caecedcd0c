import type { Assessment } from '../../engine/assessment.ts';
import { useStrings } from '../../i18n/use-strings.ts';
import { CiteList } from './cite-list.tsx';

/** Good practice beyond the Act's duties: titles in view, texts behind a disclosure. */
export function ResultGuidance({ assessment }: { assessment: Assessment }) {
  const t = useStrings();
  if (assessment.guidance.length === 0) return null;
  return (
    <section aria-labelledby="guidance">
      <h2 className="heading-m" id="guidance">{t.result.guidanceHeading}</h2>
      <ul className="obligations">
        {assessment.guidance.map((g) => (
          <li key={g.id} className="obligation">
            <details>
              <summary className="obligation__title">
                <strong>{g.title}</strong>
              </summary>
              <div className="obligation__body">
                <p>{g.summary}</p>
                {g.cites.length > 0 && (
                  <p className="small">
                    <CiteList cites={g.cites} />
                  </p>
                )}
              </div>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
