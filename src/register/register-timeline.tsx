/**
 * What falls due when across the systems shown: a picture (one bar per date,
 * its height the number of systems) with the same facts as a table beneath it,
 * which is the picture's text alternative. Everything comes from dueDates().
 */
import { formatDate } from '../i18n/format-date.ts';
import { useStrings } from '../i18n/use-strings.ts';
import type { DueDate } from './register-rows.ts';

const BAR_W = 96;
const GAP = 24;
const H = 160;

export function RegisterTimeline({ due }: { due: readonly DueDate[] }) {
  const t = useStrings();
  const r = t.register;
  if (due.length === 0) return <p>{r.timelineNone}</p>;
  const max = Math.max(...due.map((d) => d.systems.length));
  const width = due.length * (BAR_W + GAP) + GAP;
  const systems = new Set(due.flatMap((d) => d.systems.map((s) => s.id))).size;
  return (
    <>
      <figure className="register-timeline">
        <svg viewBox={`0 0 ${width} ${H + 56}`} width="100%" style={{ maxWidth: `${width}px` }} role="img" aria-labelledby="register-timeline-desc">
          <desc id="register-timeline-desc">{r.timelinePicture(due.length, systems)}</desc>
          <line x1={GAP / 2} x2={width - GAP / 2} y1={H + 8} y2={H + 8} className="register-timeline__axis" />
          {due.map((d, i) => {
            const h = Math.max(6, Math.round((d.systems.length / max) * (H - 28)));
            const x = GAP + i * (BAR_W + GAP);
            return (
              <g key={d.date}>
                <rect x={x} y={H + 8 - h} width={BAR_W} height={h} className="register-timeline__bar" />
                <text x={x + BAR_W / 2} y={H + 2 - h} textAnchor="middle" className="register-timeline__count">{d.systems.length}</text>
                <text x={x + BAR_W / 2} y={H + 30} textAnchor="middle" className="register-timeline__date">{formatDate(d.date, t.lang)}</text>
                <text x={x + BAR_W / 2} y={H + 48} textAnchor="middle" className="register-timeline__days">{r.inDays(d.days)}</text>
              </g>
            );
          })}
        </svg>
      </figure>
      <table className="table">
        <caption className="table__caption">{r.timelineCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{r.timelineDate}</th>
            <th scope="col">{r.timelineSystems}</th>
          </tr>
        </thead>
        <tbody>
          {due.map((d) => (
            <tr key={d.date}>
              <th scope="row">
                <time dateTime={d.date}>{formatDate(d.date, t.lang)}</time>
                <div className="muted">{r.inDays(d.days)}</div>
              </th>
              <td>
                <ul className="register-timeline__systems">
                  {d.systems.map((s) => (
                    <li key={s.id}>
                      <details>
                        <summary><bdi>{s.name || t.saved.unnamed}</bdi>: {r.duties(s.obligations.length)}</summary>
                        <ul>{s.titles.map((title, i) => <li key={s.obligations[i]}>{title}</li>)}</ul>
                      </details>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
