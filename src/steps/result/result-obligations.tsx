import type { Assessment, ObligationHit } from '../../engine/assessment.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { useStrings } from '../../i18n/use-strings.ts';
import { CiteList } from './cite-list.tsx';

function byWho(obligations: ObligationHit[]): [ObligationHit['who'], ObligationHit[]][] {
  const groups = new Map<ObligationHit['who'], ObligationHit[]>();
  for (const o of obligations) groups.set(o.who, [...(groups.get(o.who) ?? []), o]);
  return [...groups];
}

/**
 * Obligations grouped by who must act, each once: its title, article and date
 * in view, its full text behind a disclosure. Those that hang on an open point
 * are listed apart, under one heading per role.
 */
export function ResultObligations({ assessment }: { assessment: Assessment }) {
  const t = useStrings();
  if (assessment.obligations.length === 0) return null;
  return (
    <section aria-labelledby="obligations">
      <h2 className="heading-m" id="obligations">{t.result.obligationsHeading}</h2>
      {byWho(assessment.obligations).map(([who, list]) => {
        const certain = list.filter((o) => o.certain);
        const uncertain = list.filter((o) => !o.certain);
        return (
          <div key={who} className="obligation-group" data-role={who}>
            <h3 className="heading-s obligation-group__title">{t.result.who(t.roles[who])}</h3>
            {certain.length > 0 && <Duties list={certain} />}
            {uncertain.length > 0 && (
              <div className="obligation-group__uncertain" data-uncertain="true">
                <h4 className="heading-s">{t.duties.depends}</h4>
                <p className="small">{t.duties.dependsLead}</p>
                <Duties list={uncertain} />
              </div>
            )}
          </div>
        );
      })}
    </section>
  );
}

function Duties({ list }: { list: ObligationHit[] }) {
  const t = useStrings();
  return (
    <ul className="obligations obligations--compact">
      {list.map((o, i) => (
        <li key={o.id} className="obligation" id={`duty-${o.id}`}>
          {o.groupTitle !== list[i - 1]?.groupTitle && <p className="caption obligation__group">{o.groupTitle}</p>}
          <details className="obligation__details">
            <summary className="obligation__title">
              <strong>{o.title}</strong>
            </summary>
            <div className="obligation__body">
              <p>{o.summary}</p>
              {o.items && <ul>{o.items.map((item) => <li key={item}>{item}</li>)}</ul>}
              {o.appliesFrom.note && <p className="small">{o.appliesFrom.note}</p>}
            </div>
          </details>
          <p className="small obligation__meta">
            <CiteList cites={o.cites} />
            {' · '}
            {t.result.appliesFrom(formatDate(o.appliesFrom.date, t.lang))}
            {o.appliesFrom.was && ` (${t.result.was(formatDate(o.appliesFrom.was, t.lang))})`}
          </p>
        </li>
      ))}
    </ul>
  );
}
