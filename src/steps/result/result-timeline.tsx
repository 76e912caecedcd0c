import type { TimelineEntry, TimelineGroup } from '../../engine/timeline.ts';
import { formatDate } from '../../i18n/format-date.ts';
import { useStrings } from '../../i18n/use-strings.ts';
import { InPageLink } from './in-page-link.tsx';

/** Entries shown per group before "show all". */
export const FIRST_ENTRIES = 3;

interface Props {
  groups: TimelineGroup[];
  /** ISO date the days are counted from. */
  asOf: string;
  next: string[];
}

/** What to do next as a dated timeline: what already applies, then one group per later date. */
export function ResultTimeline({ groups, asOf, next }: Props) {
  const t = useStrings();
  return (
    <section aria-labelledby="next" className="timeline">
      <div className="timeline__head">
        <h2 className="heading-m" id="next">{t.summary.timelineHeading}</h2>
        <p className="small">{t.summary.timelineLead(formatDate(asOf, t.lang))}</p>
      </div>
      {groups.length === 0 && <p>{t.summary.noDuties}</p>}
      <div className="timeline__groups">
        {groups.map((g) => (
          <Group key={g.key} group={g} />
        ))}
      </div>
      {next.length > 0 && <ul className="timeline__next">{next.map((n) => <li key={n}>{n}</li>)}</ul>}
    </section>
  );
}

function Group({ group }: { group: TimelineGroup }) {
  const t = useStrings();
  const id = `when-${group.key}`;
  const first = group.entries.slice(0, FIRST_ENTRIES);
  const rest = group.entries.slice(FIRST_ENTRIES);
  return (
    <section className="timeline__group" aria-labelledby={id} data-group={group.key} data-uncertain={group.hasUncertain}>
      <h3 className="heading-s" id={id}>
        {group.key === 'applies' ? t.summary.alreadyApplies : t.summary.from(formatDate(group.date, t.lang))}
        {group.key !== 'applies' && (
          <>
            {' '}
            <span className="timeline__days">{group.days === 0 ? t.summary.today : t.summary.inDays(group.days)}</span>
          </>
        )}
      </h3>
      {group.hasUncertain && (
        <p className="timeline__uncertain small">
          <InPageLink to="find-out">{t.summary.dependsOnOpenPoints}</InPageLink>
        </p>
      )}
      <ul className="timeline__entries">
        {first.map((e) => (
          <Entry key={e.obligationId} entry={e} applies={group.key === 'applies'} />
        ))}
      </ul>
      {rest.length > 0 && (
        <details className="timeline__more">
          <summary className="details__summary">{t.summary.showAll(group.entries.length)}</summary>
          <ul className="timeline__entries">
            {rest.map((e) => (
              <Entry key={e.obligationId} entry={e} applies={group.key === 'applies'} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function Entry({ entry, applies }: { entry: TimelineEntry; applies: boolean }) {
  const t = useStrings();
  return (
    <li className="timeline__entry">
      <InPageLink to={`duty-${entry.obligationId}`}>{entry.title}</InPageLink>{' '}
      <span className="small timeline__who">
        {t.roles[entry.who]}
        {applies && <> · {t.summary.since(formatDate(entry.date, t.lang))}</>}
      </span>
    </li>
  );
}
