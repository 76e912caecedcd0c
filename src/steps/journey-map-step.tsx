import type { SectionStatus } from '../engine/journey-map.ts';
import { useStrings } from '../i18n/use-strings.ts';

export interface MapRow {
  id: string;
  title: string;
  status: SectionStatus;
  /** The texts of the questions still to answer in the section. */
  left: string[];
}

/**
 * The map of the journey, GOV.UK task-list style: each section with its status
 * and the questions left. It opens in place (a disclosure), so nothing chosen on
 * the page is lost.
 */
export function JourneyMapStep({ rows, questionsLeft }: { rows: MapRow[]; questionsLeft: number }) {
  const t = useStrings();
  return (
    <details className="details journey-map">
      <summary className="details__summary">{t.journey.mapSummary}</summary>
      <div className="details__text">
        <h2 className="heading-s">{t.journey.mapHeading}</h2>
        <p className="progress__answered">{t.journey.questionsLeft(questionsLeft)}</p>
        <ol className="task-list">
          {rows.map((row) => (
            <li className="task-list__item" key={row.id} data-section={row.id}>
              <span className="task-list__name">{row.title}</span>
              <strong className={`tag tag--${row.status}`}>{t.journey.status[row.status]}</strong>
              {row.left.length > 0 && row.status !== 'not-needed' && (
                <div className="task-list__left">
                  <p className="task-list__label">{t.journey.stillToAnswer}</p>
                  <ul className="plain-list">
                    {row.left.map((text) => (
                      <li key={text}>{text}</li>
                    ))}
                  </ul>
                </div>
              )}
            </li>
          ))}
        </ol>
      </div>
    </details>
  );
}
