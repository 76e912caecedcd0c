/** The register's table: one row per system, sortable by its column headers (buttons with aria-sort). */
import { TierBadge } from '../components/ui/tier-badge.tsx';
import { formatDate, formatDateTime } from '../i18n/format-date.ts';
import { useStrings } from '../i18n/use-strings.ts';
import type { SortKey } from './register-filter.ts';
import type { RegisterRow } from './register-rows.ts';
import { registerToHash } from './register-route.ts';

interface Props {
  rows: readonly RegisterRow[];
  sort: { key: SortKey; descending: boolean };
  onSort: (key: SortKey) => void;
  onOpen: (id: string) => void;
}

type Column = { key: keyof ReturnType<typeof useStrings>['register']['columns']; sort?: SortKey };

const COLUMNS: readonly Column[] = [
  { key: 'name', sort: 'name' },
  { key: 'roles' },
  { key: 'tier', sort: 'tier' },
  { key: 'nextDeadline', sort: 'nextDeadline' },
  { key: 'openPoints', sort: 'openPoints' },
  { key: 'status', sort: 'status' },
  { key: 'lastChanged', sort: 'lastChanged' },
];

function Meta({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd><bdi>{value}</bdi></dd>
    </div>
  );
}

export function RegisterTable({ rows, sort, onSort, onOpen }: Props) {
  const t = useStrings();
  const r = t.register;
  return (
    <div className="table-scroll" role="region" aria-labelledby="register-caption">
      <table className="table register-table">
        <caption id="register-caption" className="table__caption">{r.caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              const label = r.columns[c.key];
              const active = c.sort !== undefined && sort.key === c.sort;
              return (
                <th key={c.key} scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                  {c.sort ? (
                    <button type="button" className="table__sort" onClick={() => onSort(c.sort!)}>
                      {label}
                      <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}</span>
                    </button>
                  ) : (
                    label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="register-table__name">
                <button type="button" className="link-button" onClick={() => onOpen(row.id)}>
                  <bdi>{row.name || t.saved.unnamed}</bdi>
                </button>
                <dl className="register-table__meta">
                  {row.organisation && <Meta label={t.saved.organisation} value={row.organisation} />}
                  {row.unit && <Meta label={r.columns.unit} value={row.unit} />}
                  {row.supplier && <Meta label={r.columns.supplier} value={row.supplier} />}
                </dl>
              </th>
              <td>{row.roles.map((role) => t.roles[role]).join(', ') || '–'}</td>
              <td>
                <TierBadge tier={row.tier} label={row.provisional ? `${row.tierTitle} (${t.result.provisionalShort})` : row.tierTitle} />
                {!row.complete && <div className="muted">{r.unfinished}</div>}
              </td>
              <td>
                {row.nextDeadline ? (
                  <>
                    <time dateTime={row.nextDeadline.date}>{formatDate(row.nextDeadline.date, t.lang)}</time>
                    <div className="muted">{r.inDays(row.nextDeadline.days)} · {r.duties(row.nextDeadline.obligations.length)}</div>
                  </>
                ) : (
                  r.noDeadline
                )}
              </td>
              <td>{row.openPoints}</td>
              <td>
                {row.status === 'final' ? r.final : r.draft}
                <div className="muted">{r.columns.version} {row.questionnaireVersion}</div>
                {row.outdated && (
                  <div>
                    <a href={registerToHash({ kind: 'reassess', id: row.id })}>
                      {r.reassess}<span className="visually-hidden"> <bdi>{row.name}</bdi></span>
                    </a>
                  </div>
                )}
              </td>
              <td>{row.lastChanged ? formatDateTime(row.lastChanged, t.lang) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
