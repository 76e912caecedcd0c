import type { Assessment } from '../../engine/assessment.ts';
import { useStrings } from '../../i18n/use-strings.ts';
import { CiteList } from './cite-list.tsx';

/** Why: each rule that decided the outcome, the answers behind it and the article. */
export function ResultReasons({ assessment }: { assessment: Assessment }) {
  const t = useStrings();
  const { decidedBy } = assessment.outcome;
  const { transparency, gpai } = assessment.tracks;
  return (
    <>
      {decidedBy.length > 0 && (
        <section aria-labelledby="why">
          <h2 className="heading-m" id="why">{t.result.whyHeading}</h2>
          <ul className="reasons">
            {decidedBy.map((rule) => (
              <li key={rule.id} className="reason">
                <h3 className="heading-s">{rule.title}</h3>
                <p>{rule.summary}</p>
                <ul className="because">
                  {rule.because.map((b) => (
                    <li key={b.questionId}>
                      {t.result.becauseAnswer(b.question, b.answer.join(', '))}
                      {b.cites.length > 0 && <> (<CiteList cites={b.cites} />)</>}
                    </li>
                  ))}
                </ul>
                <p className="small">{t.question.law}: <CiteList cites={rule.cites} /></p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {assessment.routes.length > 0 && (
        <section aria-labelledby="routes">
          <h2 className="heading-m" id="routes">{t.result.routesHeading}</h2>
          <ul>{assessment.routes.map((r) => <li key={r.cite}>{r.cite}</li>)}</ul>
        </section>
      )}
      {(transparency.length > 0 || gpai.length > 0) && (
        <section aria-labelledby="tracks">
          <h2 className="heading-m" id="tracks">{t.result.tracksHeading}</h2>
          {[
            { title: t.result.transparency, hits: transparency },
            { title: t.result.gpai, hits: gpai },
          ]
            .filter((track) => track.hits.length > 0)
            .map((track) => (
              <div key={track.title}>
                <h3 className="heading-s">{track.title}</h3>
                <ul>
                  {track.hits.map((h) => (
                    <li key={h.id}>
                      <strong>{h.title}</strong>: {h.summary} (<CiteList cites={h.cites} />)
                    </li>
                  ))}
                </ul>
              </div>
            ))}
        </section>
      )}
    </>
  );
}
