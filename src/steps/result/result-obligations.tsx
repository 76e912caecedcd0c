import type { Assessment, ObligationHit } from '../../engine/assessment.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { useStrings } from '../../i18n/use-strings.ts';
import { CiteList } from './cite-list.tsx';

function byWho(obligations: ObligationHit[]): [ObligationHit['who'], ObligationHit[]][] {
  const groups = new Map<ObligationHit['who'], ObligationHit[]>();
  for (const o of obligations) groups.set(o.who, [...(groups.get(o.who) ?? []), o]);
  return [...groups];
}

/** Obligations grouped by who must act, each with its article and the date it applies from. */
export function ResultObligations({ assessment }: { assessment: Assessment }) {
  const t = useStrings();
  if (assessment.obligations.length === 0) return null;
  return (
    <section aria-labelledby="obligations">
      <h2 className="heading-m" id="obligations">{t.result.obligationsHeading}</h2>
      {byWho(assessment.obligations).map(([who, list]) => (
        <div key={who} className="obligation-group">
          <h3 className="heading-s">{t.result.who(t.roles[who])}</h3>
          <ul className="obligations">
            {list.map((o) => (
              <li key={o.id} className="obligation">
                <p className="obligation__title">
                  <strong>{o.title}</strong> <span className="small">({o.groupTitle})</span>
                </p>
                <p>{o.summary}</p>
                {o.items && <ul>{o.items.map((item) => <li key={item}>{item}</li>)}</ul>}
                <p className="small">
                  <CiteList cites={o.cites} />
                  {' · '}
                  {t.result.appliesFrom(formatDate(o.appliesFrom.date, t.lang))}
                  {o.appliesFrom.was && ` (${t.result.was(formatDate(o.appliesFrom.was, t.lang))})`}
                </p>
                {o.appliesFrom.note && <p className="small">{o.appliesFrom.note}</p>}
                {!o.certain && <p className="small"><strong>{t.result.uncertain}</strong></p>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
